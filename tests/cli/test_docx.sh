#!/usr/bin/env bash
# Word documents read natively: found by content and by extension and in
# folders, findings at paragraph and character, never rewritten by --fix,
# and a clear error for an archive that is not a readable Word document.
. "$(dirname "$0")/lib.sh"

data="$CLERK_SOURCE_DIR/tests/data/docx"
cp "$data/resolution.docx" "$data/not-word.docx" "$data/malformed.docx" .

# Paragraph 14 (counting the empty one), character 26, the typed "2. " included.
found='resolution.docx:¶14:26: warning: found "TODO" [echo/word]'
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" resolution.docx
expect_status 0
expect_out_line "$found"
cp resolution.docx renamed.bin
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" renamed.bin
expect_out_line "${found/resolution.docx/renamed.bin}"
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --input-format docx - <resolution.docx
expect_out_line "${found/resolution.docx/-}"
mkdir -p tree && cp resolution.docx tree/
lint tree
expect_out_line "${found/resolution.docx/tree/resolution.docx}"

# The bundled rules see the automatic numbers and the accepted changes; JSON
# findings carry the paragraph and character as a locator.
run "$CLERK" check --color=never --format json --output report.json resolution.docx
cp report.json "$tmp/.out"
expect_out_has '"rule":"references/register-date"'
expect_out_has '"line":10,"column":35,'
expect_out_has '"locator":{"paragraph":10,"character":35}'
expect_out_lacks 'paragraph-sequence'
expect_schema_valid report.json "$CLERK_SOURCE_DIR/docs/clerk-report.schema.json"
run "$CLERK" check --color=never --format sarif --output report.sarif resolution.docx
cp report.sarif "$tmp/.out"
expect_out_has '"name": "paragraph 10, character 35",'
expect_schema_valid report.sarif "$CLERK_SOURCE_DIR/tests/data/sarif-schema-2.1.0.json"

# --changes-only: only what a tracked change inserted (" to act") is reported.
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --changes-only resolution.docx
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos'
mkdir -p changes && cp resolution.docx changes/
printf '{"rules": {"echo/word": {"options": {"word": "act"}}}}' >changes/.clerk.json
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --changes-only changes/resolution.docx
expect_out_line 'changes/resolution.docx:¶11:15: warning: found "act" [echo/word]'

# --fix leaves a .docx as it is.
cp resolution.docx before.docx
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --fix resolution.docx
expect_same before.docx resolution.docx "--fix rewrote a .docx"

# Bad archives: an error for each, the others still linted.
head -c 1000 before.docx >truncated.docx
printf 'Hello\n' >text.docx
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" truncated.docx not-word.docx \
    malformed.docx text.docx before.docx
expect_status 2
expect_err_has "truncated.docx: not a readable .docx"
expect_err_has "not-word.docx: not a Word document (the archive has no word/document.xml)"
expect_err_has "malformed.docx: malformed XML in word/document.xml at line 4"
expect_err_has "text.docx: not a readable .docx"
expect_out_line "${found/resolution.docx/before.docx}"

# A document.xml that inflates past 64 MiB is refused before it is parsed.
if have_python; then
    python3 -c '
import zipfile
with zipfile.ZipFile("huge.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", "<w:document>" + " " * (65 << 20) + "</w:document>")'
    run "$LONELY" check --color=never huge.docx
    expect_status 2
    expect_err_has "huge.docx: word/document.xml is too large (over 64 MiB uncompressed)"
fi

# The 28 resolutions of the shared corpus written as Word documents
# (md2docx.py: emphasis as run properties, footnotes as footnotes, numbers
# typed, then as Word's automatic numbering) give the findings their
# Markdown gives.  A .docx offset counts the text read from
# it, so findings are compared by rule and message (its line numbers aside).
samples="$CLERK_SHARED/samples/akn4un/en"

# same_findings DOCX_JSON MD_JSON: the two reports hold the same findings;
# what differs is printed.
same_findings() {
    python3 - "$1" "$2" <<'PY'
import json, re, sys
from collections import Counter

def findings(path):
    return Counter((f["rule"], re.sub(r"line \d+", "line N", f["message"]))
                   for f in json.load(open(path))["findings"])

docx, md = findings(sys.argv[1]), findings(sys.argv[2])
for key in sorted((docx - md).keys()):
    print("only in the .docx:", *key)
for key in sorted((md - docx).keys()):
    print("only in Markdown:", *key)
sys.exit(docx != md)
PY
}

if [ ! -d "$samples" ] || [ ! -d "$CLERK_SHARED/corpus" ]; then
    skip "no shared samples ($CLERK_SHARED/samples): the Word comparison was not run"
elif ! have_python; then
    skip "python3 not found: the Word comparison was not run"
else
    pairs=0
    for xml in "$samples"/*.xml; do
        symbol=$(basename "$xml" .xml)
        symbol=${symbol%-*}
        symbol=${symbol// (/_}
        symbol=${symbol//)/}
        md="$CLERK_SHARED/corpus/$symbol.md"
        "$CLERK" check --color=never -f json "$md" >md.json 2>/dev/null
        for numbering in "" --numbering; do
            python3 "$CLERK_SOURCE_DIR/tests/cli/md2docx.py" $numbering "$md" "$symbol.docx"
            "$CLERK" check --color=never -f json "$symbol.docx" >docx.json 2>/dev/null
            if same_findings docx.json md.json >diff.txt; then
                pass
            else
                fail "$symbol ${numbering:-typed}: the .docx and its Markdown give different findings"
                sed 's/^/    /' diff.txt
            fi
        done
        pairs=$((pairs + 1))
    done
    [ "$pairs" -gt 0 ] && pass || fail "no samples compared"
fi

finish
