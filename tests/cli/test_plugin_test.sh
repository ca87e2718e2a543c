#!/usr/bin/env bash
# clerk test, the harness for plugin authors: one plugin's examples; one
# plugin's findings on a fixture, printed as a report or compared with an
# expected one (a unified diff when they differ); options from --config.
. "$(dirname "$0")/lib.sh"

# The binary with its bundled plugins: clerk test must run the one plugin
# it is given, and none of them ("31 June 2009" would be a dates finding).
printf 'One TODO here, on 31 June 2009.\n\nAnd TODO there.\n' >fixture.md

run "$CLERK" test "$ECHO_PLUGIN"
expect_status 0
expect_out 'self-test: 2 passed, 0 failed'

# Without an expected report: the report, in the format of check --format json.
run "$CLERK" test "$ECHO_PLUGIN" fixture.md
expect_status 0
expect_out_has '{"file":"fixture.md","line":1,"column":5,"end_line":1,"end_column":9,"offset":4,"length":4,"severity":"warning","rule":"echo/word","message":"found \"TODO\""}'
expect_out_lacks 'dates/'
cp "$tmp/.out" expected.json

run "$CLERK" test "$ECHO_PLUGIN" fixture.md expected.json
expect_status 0
expect_out 'ok fixture.md: 2 findings, as expected'

# Order does not matter; "file", "offset" and "length" are not compared.
cat >reordered.json <<'EOF'
{"findings": [
  {"line": 3, "column": 5, "end_line": 3, "end_column": 9, "severity": "warning", "rule": "echo/word", "message": "found \"TODO\""},
  {"file": "elsewhere.md", "line": 1, "column": 5, "end_line": 1, "end_column": 9, "severity": "warning", "rule": "echo/word", "message": "found \"TODO\""}
]}
EOF
run "$CLERK" test "$ECHO_PLUGIN" fixture.md reordered.json
expect_status 0

# A difference: the unified diff of the findings, expected first.
sed 's/"line":3,"column":5/"line":3,"column":6/' expected.json >moved.json
run "$CLERK" test "$ECHO_PLUGIN" fixture.md moved.json
expect_status 1
expect_out '--- moved.json
+++ fixture.md (actual findings)
@@ -1,2 +1,2 @@
 1:5-1:9 warning echo/word: found "TODO"
-3:6-3:9 warning echo/word: found "TODO"
+3:5-3:9 warning echo/word: found "TODO"
FAIL fixture.md: the findings differ from moved.json'

# A finding expected and missing, and --config setting severity and options.
cat >config.json <<'EOF'
{"rules": {"echo/word": {"severity": "error", "options": {"word": "there", "replacement": "here"}}}}
EOF
run "$CLERK" test --config config.json "$ECHO_PLUGIN" fixture.md expected.json
expect_status 1
expect_out '--- expected.json
+++ fixture.md (actual findings)
@@ -1,2 +1 @@
-1:5-1:9 warning echo/word: found "TODO"
-3:5-3:9 warning echo/word: found "TODO"
+3:10-3:15 error echo/word: found "there" => "here"
FAIL fixture.md: the findings differ from expected.json'
run "$CLERK" test --config config.json "$ECHO_PLUGIN" fixture.md
expect_out_has '"fix":{"offset":42,"length":5,"replacement":"here"}'

# Trouble: exit 2 with the reason.
printf '{"findings": [{"line": 1}]}\n' >partial.json
run "$CLERK" test "$ECHO_PLUGIN" fixture.md partial.json
expect_status 2
expect_err_has 'partial.json: finding 1 lacks one of line, column'
printf '{"findings": \n' >broken.json
run "$CLERK" test "$ECHO_PLUGIN" fixture.md broken.json
expect_status 2
expect_err_has 'clerk: broken.json:2:'
run "$CLERK" test "$CLERK_TEST_PLUGINS/wrong_abi.so" fixture.md expected.json
expect_status 2
expect_err_line "clerk: plugin refused: $CLERK_TEST_PLUGINS/wrong_abi.so: built for plugin ABI 99.0, this clerk provides ABI 1.2"
printf '{"rules": {"echo/nothing": "off"}}\n' >unknown.json
run "$CLERK" test --config unknown.json "$ECHO_PLUGIN" fixture.md
expect_status 2
expect_err_has 'unknown rule "echo/nothing"'
run "$CLERK" test "$ECHO_PLUGIN" missing.md expected.json
expect_status 2
expect_err_has 'clerk: missing.md: '
run "$CLERK" test
expect_status 2

finish
