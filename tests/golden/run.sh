#!/usr/bin/env bash
# Golden tests: every <name>.md here and in the folders below is checked
# with `clerk check --format json <name>.md` run from its own folder (so
# paths in the output are relative) and the output is compared with
# <name>.expected.json beside it.  The tool's version is left out of the
# comparison, so a release does not touch the goldens.
#
#   CLERK=path/to/clerk bash tests/golden/run.sh        compare
#   CLERK_GOLDEN_UPDATE=1 bash tests/golden/run.sh      rewrite the expected files
#   bash tests/golden/run.sh dates/chronology.md        only these fixtures
set -u

here=$(cd "$(dirname "$0")" && pwd)
clerk=${CLERK:-$here/../../build/debug/bin/clerk}
case $clerk in /*) ;; *) clerk=$PWD/$clerk ;; esac
update=${CLERK_GOLDEN_UPDATE:-0}

if [ ! -x "$clerk" ]; then
    echo "golden: no clerk binary at $clerk (set CLERK)" >&2
    exit 2
fi

# The tool's version is the one string-valued "version" (the format's own
# "version": 1 is a number); inside messages quotes are escaped.
without_version() {
    grep -v '"version": *"' "$1"
}

# Fixtures named on the command line are relative to this folder.
fixtures() {
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@"
    else
        find . -name '*.md' | sed 's|^\./||' | LC_ALL=C sort
    fi
}

cd "$here" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
total=0
while IFS= read -r doc; do
    dir=$(dirname "$doc")
    name=$(basename "$doc" .md)
    expected=$dir/$name.expected.json
    expected=${expected#./}
    actual=$tmp/out.json
    total=$((total + 1))

    (cd "$dir" && "$clerk" check --format json "$name.md") >"$actual" 2>"$tmp/stderr"
    status=$?
    if [ "$status" -gt 1 ]; then
        echo "golden: FAIL $doc: clerk exited with status $status" >&2
        cat "$tmp/stderr" >&2
        failed=$((failed + 1))
        continue
    fi

    if [ "$update" = 1 ]; then
        cp "$actual" "$expected"
        echo "golden: wrote $expected"
        continue
    fi
    if [ ! -f "$expected" ]; then
        echo "golden: FAIL $doc: no $expected (run with CLERK_GOLDEN_UPDATE=1 to create it)" >&2
        failed=$((failed + 1))
        continue
    fi
    if ! diff -u --label "$expected" --label "clerk check --format json $doc" \
            <(without_version "$expected") <(without_version "$actual"); then
        echo "golden: FAIL $doc: output differs from $expected (diff above)" >&2
        failed=$((failed + 1))
    fi
done < <(fixtures "$@")

if [ "$failed" -gt 0 ]; then
    echo "golden: $failed of $total fixtures failed" >&2
    exit 1
fi
echo "golden: $total fixtures passed"
