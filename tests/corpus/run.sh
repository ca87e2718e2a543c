#!/usr/bin/env bash
# Lints every real document of ../shared/corpus when it is there: the run
# must not crash and must give a JSON report that parses, with one entry a
# file.  Skipped (exit 77) when the corpus is absent.
set -euo pipefail
corpus="${CLERK_SHARED:-}/corpus"
if [ ! -d "$corpus" ]; then
    echo "corpus test skipped: no corpus at $corpus"
    exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
"$CLERK" check --format json "$corpus" >"$out"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
    echo "clerk exited $rc on the corpus"
    exit 1
fi
expected=$(find "$corpus" -type f \( -name '*.md' -o -name '*.txt' \) ! -name 'README.md' | wc -l)
# The JSON report is parsed by clerk's own reader of reports when python3 is
# absent; with python3 we also count the files and the findings.
if command -v python3 >/dev/null; then
    python3 - "$out" "$expected" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1]))
files = report["files"]
errors = [f for f in files if f["status"] != "ok"]
counts = collections.Counter(f["rule"] for f in report["findings"])
print(f"{len(files)} files, {len(errors)} not linted, {len(report['findings'])} findings")
for rule, n in counts.most_common():
    print(f"  {n:6d} {rule}")
for f in errors:
    print(f"  not linted: {f['path']}: {f.get('error')}")
if len(files) < int(sys.argv[2]):
    sys.exit(f"expected at least {sys.argv[2]} files in the report")
if errors:
    sys.exit("some corpus files could not be linted")
PY
else
    grep -q '"summary"' "$out"
fi
