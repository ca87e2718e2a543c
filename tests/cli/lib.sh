# Helpers shared by the CLI tests: a scratch folder removed on exit, a way
# to run clerk and keep what it printed, and assertions on the exit status
# and the output.  Each test script sources this file, makes its checks and
# ends with `finish`.
#
# The environment (set by ctest): CLERK (the binary), CLERK_SOURCE_DIR,
# CLERK_BUILD_DIR, CLERK_TEST_PLUGINS (the test plugins), CLERK_SHARED, CC.

set -u
: "${CLERK:?CLERK must name the clerk binary}"
: "${CLERK_TEST_PLUGINS:?CLERK_TEST_PLUGINS must name the folder of test plugins}"

# Settings of the caller's shell must not change what clerk does here.
unset CLERK_PLUGIN_PATH CLERK_ALLOW_CONFIG_PLUGINS NO_COLOR

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clerk-cli.XXXXXX") || exit 1
# Undo any chmod a test made, so everything can be removed.
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
# A canonical spelling, as clerk prints configuration paths resolved.
tmp=$(cd "$tmp" && pwd -P)
cd "$tmp" || exit 1

checks=0
failures=0
status=
last=

ECHO_PLUGIN="$CLERK_TEST_PLUGINS/echo.so"

# A copy of the binary in a folder of its own finds no bundled plugins
# (they are looked for next to the binary), so tests of the engine see
# only the test plugins they load and are not moved by new bundled rules.
mkdir -p "$tmp/.lonely/bin"
cp "$CLERK" "$tmp/.lonely/bin/clerk"
LONELY="$tmp/.lonely/bin/clerk"

# run CMD [ARG]...: runs a command, its output in $tmp/.out and $tmp/.err,
# its exit status in $status.
run() {
    last="$*"
    "$@" >"$tmp/.out" 2>"$tmp/.err"
    status=$?
}

# lint [ARG]...: `clerk check` with the echo plugin alone, no colour.
lint() {
    run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" "$@"
}

pass() {
    checks=$((checks + 1))
}

fail() {
    checks=$((checks + 1))
    failures=$((failures + 1))
    printf 'FAIL: %s\n  command: %s\n  status: %s\n' "$1" "$last" "$status"
    printf '  stdout:\n'
    sed 's/^/    | /' "$tmp/.out" 2>/dev/null | head -40
    printf '  stderr:\n'
    sed 's/^/    | /' "$tmp/.err" 2>/dev/null | head -40
}

skip() {
    printf 'SKIP: %s\n' "$*"
}

expect_status() {
    if [ "$status" = "$1" ]; then pass; else fail "exit status $status, expected $1"; fi
}

# expect_line_in FILE LINE: FILE has LINE, whole.
expect_line_in() {
    if grep -qxF -- "$2" "$1"; then pass; else fail "no line '$2' in $(basename "$1")"; fi
}

expect_out_line() { expect_line_in "$tmp/.out" "$1"; }
expect_err_line() { expect_line_in "$tmp/.err" "$1"; }

expect_out_has() {
    if grep -qF -- "$1" "$tmp/.out"; then pass; else fail "stdout lacks '$1'"; fi
}

expect_err_has() {
    if grep -qF -- "$1" "$tmp/.err"; then pass; else fail "stderr lacks '$1'"; fi
}

expect_out_lacks() {
    if grep -qF -- "$1" "$tmp/.out"; then fail "stdout has '$1'"; else pass; fi
}

# expect_out TEXT: stdout is exactly TEXT (lines joined by newlines).
expect_out() {
    if [ "$(cat "$tmp/.out")" = "$1" ]; then
        pass
    else
        fail "stdout differs from the expected text:"
        printf '%s\n' "$1" | diff - "$tmp/.out" | sed 's/^/    /'
    fi
}

expect_err_empty() {
    if [ -s "$tmp/.err" ]; then fail "stderr is not empty"; else pass; fi
}

# expect_same FILE1 FILE2 WHAT: the two files are byte-identical.
expect_same() {
    if cmp -s "$1" "$2"; then
        pass
    else
        fail "$3"
        diff "$1" "$2" | head -20 | sed 's/^/    /'
    fi
}

have_python() {
    command -v python3 >/dev/null 2>&1
}

have_jsonschema() {
    have_python && python3 -c 'import jsonschema' >/dev/null 2>&1
}

# expect_valid_json FILE: the file parses as one JSON document.
expect_valid_json() {
    if ! have_python; then
        skip "python3 not found: JSON syntax of $(basename "$1") not checked"
    elif python3 -m json.tool "$1" >/dev/null 2>"$tmp/.json-err"; then
        pass
    else
        fail "$(basename "$1") is not valid JSON: $(cat "$tmp/.json-err")"
    fi
}

# expect_schema_valid FILE SCHEMA: the document validates against the schema.
expect_schema_valid() {
    if ! have_jsonschema; then
        skip "python3 with jsonschema not found: $(basename "$1") not checked against $(basename "$2")"
        return
    fi
    if python3 - "$1" "$2" >"$tmp/.schema-err" 2>&1 <<'EOF'; then
import json, sys, jsonschema
with open(sys.argv[1]) as f:
    document = json.load(f)
with open(sys.argv[2]) as f:
    schema = json.load(f)
jsonschema.validators.validator_for(schema).check_schema(schema)
jsonschema.validate(document, schema)
EOF
        pass
    else
        fail "$(basename "$1") does not validate against $(basename "$2"): $(tail -5 "$tmp/.schema-err")"
    fi
}

finish() {
    if [ "$failures" -gt 0 ]; then
        printf '%s: %d of %d checks failed\n' "$(basename "$0")" "$failures" "$checks"
        exit 1
    fi
    printf '%s: %d checks passed\n' "$(basename "$0")" "$checks"
    exit 0
}
