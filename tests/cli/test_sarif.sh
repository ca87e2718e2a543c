#!/usr/bin/env bash
# --format sarif validates against the official SARIF 2.1.0 schema (kept in
# tests/data) and carries the rules' metadata, the regions and the fixes;
# --format github writes one workflow command a finding; --format gitlab
# writes GitLab's code quality report with fingerprints that survive edits
# elsewhere in the file.
. "$(dirname "$0")/lib.sh"

schema="$CLERK_SOURCE_DIR/tests/data/sarif-schema-2.1.0.json"

cat >.clerk.json <<'JSON'
{"rules": {"echo/word": {"severity": "error", "options": {"word": "naïve", "replacement": "naive"}}}}
JSON
printf 'A naïve view,\nand a second naïve one.\n' >'a b.md'
printf 'bad\0\n' >broken.md

lint --format sarif 'a b.md' broken.md
expect_status 2
cp .out run.sarif
expect_valid_json run.sarif
expect_schema_valid run.sarif "$schema"

# The same checks on the parsed log, where python3 is there.
if have_python; then
    if python3 - run.sarif >"$tmp/.py-err" 2>&1 <<'EOF'; then
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0"
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "clerk"
rule = driver["rules"][0]
assert rule["id"] == "echo/word", rule
assert rule["shortDescription"]["text"] == "Reports a word wherever it occurs"
assert rule["defaultConfiguration"]["level"] == "warning"
assert rule["help"]["text"]
results = run["results"]
assert len(results) == 2, results
first = results[0]
assert first["ruleId"] == "echo/word" and first["ruleIndex"] == 0 and first["level"] == "error"
loc = first["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"] == "a%20b.md", loc
assert loc["region"] == {"startLine": 1, "startColumn": 3, "endLine": 1, "endColumn": 8,
                         "byteOffset": 2, "byteLength": 6}, loc["region"]
second = results[1]["locations"][0]["physicalLocation"]["region"]
assert (second["startLine"], second["startColumn"]) == (2, 14), second
change = first["fixes"][0]["artifactChanges"][0]
assert change["artifactLocation"]["uri"] == "a%20b.md"
assert change["replacements"][0] == {"deletedRegion": {"byteOffset": 2, "byteLength": 6},
                                     "insertedContent": {"text": "naive"}}
invocation = run["invocations"][0]
assert invocation["executionSuccessful"] is False
note = invocation["toolExecutionNotifications"][0]
assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.md"
EOF
        pass
    else
        fail "the SARIF log is not as expected: $(tail -3 "$tmp/.py-err")"
    fi
fi

# The schema is a real check: a log without results' messages fails it.
if have_jsonschema; then
    python3 -c 'import json, sys
log = json.load(open(sys.argv[1]))
del log["runs"][0]["results"][0]["message"]
json.dump(log, open(sys.argv[2], "w"))' run.sarif wrong.sarif
    if python3 -c 'import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' wrong.sarif "$schema" \
        >/dev/null 2>&1; then
        fail 'the SARIF schema accepts a result without a message'
    else
        pass
    fi
fi

# No findings, no files: still a valid log.
mkdir empty
lint --format sarif empty
expect_status 0
cp .out empty.sarif
expect_schema_valid empty.sarif "$schema"

# GitHub workflow commands: properties escaped, the message after "::".
printf 'x naïve, y\n' >'c,d.md'
lint --format github 'c,d.md' broken.md
expect_status 2
expect_out "::error file=c%2Cd.md,line=1,col=3,endLine=1,endColumn=8,title=echo/word::found \"naïve\"
::error file=broken.md,title=clerk::binary file: NUL byte at offset 3"
rm .clerk.json

# GitLab code quality: one issue a finding, a fingerprint per issue that an
# edit above it leaves as it was.
printf 'A TODO here.\n\nAnd TODO there.\n' >gl.md
lint --format gitlab gl.md
expect_status 0
cp .out gl.json
expect_valid_json gl.json
expect_out_has '{"description":"found \"TODO\"","check_name":"echo/word","fingerprint":"'
expect_out_has '"severity":"minor","location":{"path":"gl.md","lines":{"begin":3,"end":3}}}'
printf 'A new first line.\n\nA TODO here.\n\nAnd TODO there.\n' >gl.md
lint --format gitlab gl.md
cp .out gl2.json
if have_python; then
    if python3 -c 'import json, sys
a = [i["fingerprint"] for i in json.load(open(sys.argv[1]))]
b = [i["fingerprint"] for i in json.load(open(sys.argv[2]))]
assert len(a) == 2 and len(set(a)) == 2 and a == b, (a, b)' gl.json gl2.json 2>"$tmp/.py-err"; then
        pass
    else
        fail "gitlab fingerprints moved with the lines: $(tail -1 "$tmp/.py-err")"
    fi
fi

finish
