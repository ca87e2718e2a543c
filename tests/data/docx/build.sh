#!/bin/sh
# Builds the .docx fixtures from the hand-written parts beside this script:
# each folder <name>/ becomes <name>.docx.  The archives are committed, so
# the tests need no zip tool; run this after changing a part.
set -eu
cd "$(dirname "$0")"
for dir in */; do
    name=${dir%/}
    rm -f "$name.docx"
    (cd "$name" && zip -q -X -r "../$name.docx" .)
done
