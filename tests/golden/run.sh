#!/usr/bin/env bash
# Golden tests: every <name>.md here is checked with `clerk check --format json`
# from this folder (so paths in the output are relative) and the output is
# compared with <name>.expected.json.  The tool's version is left out of the
# comparison, so a release does not touch the goldens.
#
#   CLERK=path/to/clerk bash tests/golden/run.sh        compare
#   CLERK_GOLDEN_UPDATE=1 bash tests/golden/run.sh      rewrite the expected files
set -u

here=$(cd "$(dirname "$0")" && pwd)
clerk=${CLERK:-$here/../../build/debug/bin/clerk}
update=${CLERK_GOLDEN_UPDATE:-0}

if [ ! -x "$clerk" ]; then
    echo "golden: no clerk binary at $clerk (set CLERK)" >&2
    exit 2
fi

# The tool's version: "version": "0.1.0" on a line of its own when the JSON
# is indented, after "name": "clerk" when it is not.  The format's own
# "version": 1 is a number and stays.
without_version() {
    sed -E -e '/^[[:space:]]*"version":[[:space:]]*"[^"]*",?[[:space:]]*$/d' \
           -e 's/("name":[[:space:]]*"clerk",[[:space:]]*)"version":[[:space:]]*"[^"]*",?[[:space:]]*/\1/' "$1"
}

cd "$here" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
total=0
for doc in *.md; do
    name=${doc%.md}
    expected=$name.expected.json
    actual=$tmp/$name.json
    total=$((total + 1))

    "$clerk" check --format json "$doc" >"$actual" 2>"$tmp/stderr"
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
done

if [ "$failed" -gt 0 ]; then
    echo "golden: $failed of $total fixtures failed" >&2
    exit 1
fi
echo "golden: $total fixtures passed"
