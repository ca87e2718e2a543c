#!/usr/bin/env bash
# --format json: valid JSON that follows docs/clerk-report.schema.json,
# positions right to the byte and code point (non-ASCII text, CRLF line
# ends), fixes, files that fail, and output that does not depend on -j.
. "$(dirname "$0")/lib.sh"

schema="$CLERK_SOURCE_DIR/docs/clerk-report.schema.json"

# "é" is two bytes, one column; lines end in CRLF.
printf 'Caf\303\251 TODO\r\nSecond TODO line\r\nTODO' >pos.md

lint pos.md
expect_status 0
expect_out 'pos.md:1:6: warning: found "TODO" [echo/word]
pos.md:2:8: warning: found "TODO" [echo/word]
pos.md:3:1: warning: found "TODO" [echo/word]
1 file checked: 0 errors, 3 warnings, 0 infos'

lint --format json pos.md
expect_status 0
cp .out pos.json
expect_valid_json pos.json
expect_schema_valid pos.json "$schema"
# Findings are written one to a line, compact, keys in a fixed order.
expect_out_line '    {"file":"pos.md","line":1,"column":6,"end_line":1,"end_column":10,"offset":6,"length":4,"severity":"warning","rule":"echo/word","message":"found \"TODO\""},'
expect_out_line '    {"file":"pos.md","line":2,"column":8,"end_line":2,"end_column":12,"offset":19,"length":4,"severity":"warning","rule":"echo/word","message":"found \"TODO\""},'
expect_out_line '    {"file":"pos.md","line":3,"column":1,"end_line":3,"end_column":5,"offset":30,"length":4,"severity":"warning","rule":"echo/word","message":"found \"TODO\""}'
expect_out_line '  "summary": {"files": 1, "errors": 0, "warnings": 3, "infos": 0}'
expect_out_has '"tool": {"name": "clerk", "version": "'
expect_out_line '    {"path":"pos.md","status":"ok"}'

# A byte order mark counts in offsets, not in columns; a lone CR ends a line.
printf '\357\273\277A TODO\rB TODO\n' >bom.md
lint --format json bom.md
expect_out_has '{"file":"bom.md","line":1,"column":3,"end_line":1,"end_column":7,"offset":5,"length":4,'
expect_out_has '{"file":"bom.md","line":2,"column":3,"end_line":2,"end_column":7,"offset":12,"length":4,'

# A fix, non-ASCII text escaped, a file that fails, a file name to escape.
cat >.clerk.json <<'JSON'
{"rules": {"echo/word": {"severity": "error", "options": {"word": "naïve", "replacement": "naive"}}}}
JSON
printf 'A naïve "quoted" view.\n' >'résumé "1".md'
printf 'NUL\0\n' >broken.md
lint --format json 'résumé "1".md' broken.md missing.md
expect_status 2
cp .out mixed.json
expect_valid_json mixed.json
expect_schema_valid mixed.json "$schema"
expect_out_line '    {"file":"r\u00E9sum\u00E9 \"1\".md","line":1,"column":3,"end_line":1,"end_column":8,"offset":2,"length":6,"severity":"error","rule":"echo/word","message":"found \"na\u00EFve\"","fix":{"offset":2,"length":6,"replacement":"naive"}}'
expect_out_has '{"path":"broken.md","status":"error","error":"'
expect_out_line '    {"path":"missing.md","status":"error","error":"No such file or directory"}'
expect_out_line '  "summary": {"files": 3, "errors": 1, "warnings": 0, "infos": 0}'
rm .clerk.json

# No file at all to lint (an empty folder): still a whole document.
mkdir empty
lint --format json empty
expect_status 0
cp .out empty.json
expect_valid_json empty.json
expect_schema_valid empty.json "$schema"
expect_out_line '  "summary": {"files": 0, "errors": 0, "warnings": 0, "infos": 0}'

# The schema rejects what the format forbids (it is not a schema that
# accepts everything).
if have_jsonschema; then
    sed 's/"severity":"warning"/"severity":"fatal"/' pos.json >wrong.json
    if python3 -c 'import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' wrong.json "$schema" \
        >/dev/null 2>&1; then
        fail 'the schema accepts severity "fatal"'
    else
        pass
    fi
fi

# Output does not depend on the number of threads.
mkdir many
for i in $(seq 1 40); do
    n=$((i % 5))
    {
        printf 'Document %d.\n' "$i"
        for _ in $(seq 1 "$n"); do printf 'A TODO, and TODO again.\n'; done
    } >"many/doc-$(printf %02d "$i").md"
done
printf 'bad\0\n' >many/doc-17b.md
for format in json text; do
    lint --format "$format" -j 1 many
    cp .out "one.$format"
    lint --format "$format" -j 4 many
    cp .out "four.$format"
    expect_same "one.$format" "four.$format" "-j 1 and -j 4 differ in $format"
done
expect_status 2
expect_out_line '41 files checked: 0 errors, 160 warnings, 0 infos; 1 file could not be checked'

finish
