#!/usr/bin/env bash
# The bundled rules: listed as text and JSON, their own examples pass the
# self-test, explain describes one, version names the ABI, and
# docs/rules.md is what `clerk rules --format markdown` prints now.
. "$(dirname "$0")/lib.sh"

run "$CLERK" rules
expect_status 0
awk '{print $1}' .out | sort >ids.text
if grep -qx 'structure/paragraph-sequence' ids.text; then pass; else fail 'structure/paragraph-sequence not listed'; fi
if grep -qE '^structure/paragraph-sequence +warning +Numbered paragraphs' .out; then
    pass
else
    fail 'rules does not print id, severity and summary'
fi

run "$CLERK" rules --format json
expect_status 0
cp .out rules.json
expect_valid_json rules.json
grep -o '"id": "[^"]*"' rules.json | sed 's/"id": "\(.*\)"/\1/' | sort >ids.json
expect_same ids.text ids.json 'rules --format json does not list the rules the text lists'
expect_out_has '"severity": "warning"'

run "$CLERK" rules --format yaml
expect_status 2
expect_err_has "unknown format 'yaml'"

# Each rule's own examples: bad ones reported, good ones not.
run "$CLERK" rules --self-test
expect_status 0
expect_out_has ' 0 failed'
if grep -q '^FAIL ' .out; then fail 'a bundled rule fails its own examples'; else pass; fi
run "$CLERK" rules --self-test --plugin "$ECHO_PLUGIN"
expect_status 0

run "$CLERK" explain structure/paragraph-sequence
expect_status 0
expect_out_line '# `structure/paragraph-sequence`'
expect_out_line '- Default severity: warning'
expect_out_line 'Reported:'
expect_out_line 'Not reported:'

run "$CLERK" explain structure/no-such-rule
expect_status 2
expect_err_has "unknown rule 'structure/no-such-rule'"
run "$CLERK" explain
expect_status 2

run "$CLERK" version
expect_status 0
if grep -qE '^clerk [0-9]+\.[0-9]+\.[0-9]+$' .out; then pass; else fail 'version prints no version'; fi
run "$CLERK" version --verbose
expect_status 0
expect_out_line 'plugin ABI 1.2'
expect_out_has 'plugin structure '

# The rule reference is generated, and must be regenerated when rules change.
run "$CLERK" rules --format markdown
expect_status 0
if [ ! -f "$CLERK_SOURCE_DIR/docs/rules.md" ]; then
    fail 'docs/rules.md is missing: run `make docs`'
elif cmp -s .out "$CLERK_SOURCE_DIR/docs/rules.md"; then
    pass
else
    fail 'docs/rules.md is stale: run `make docs` and commit it'
    diff "$CLERK_SOURCE_DIR/docs/rules.md" .out | head -20 | sed 's/^/    /'
fi

finish
