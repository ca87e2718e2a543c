#!/usr/bin/env bash
# --shard K/N splits the files by path, every file in exactly one shard;
# clerk merge makes the shards' JSON reports one report, the same as one
# run over everything, in any format; --files-from reads the paths to lint
# from a file or standard input, one a line or NUL-separated with -0.
. "$(dirname "$0")/lib.sh"

mkdir -p docs/sub docs/a
for i in $(seq 1 20); do
    printf 'Document %d, TODO.\n' "$i" >"docs/d$i.md"
done
printf 'TODO in a sub folder.\n' >docs/sub/x.md
printf 'TODO beside the folder a.\n' >docs/a-b.md
printf 'TODO in folder a.\n' >docs/a/y.md
printf 'bad\0\n' >docs/broken.md

lint -f json docs
cp .out all.json
for k in 1 2 3; do
    lint --shard "$k/3" -f json -o "shard$k.json" docs
done
# Every file is in one shard and one only, and each shard has some.
cat shard1.json shard2.json shard3.json | grep -o '"path":"[^"]*"' | sort >in-shards.txt
grep -o '"path":"[^"]*"' all.json | sort >in-all.txt
expect_same in-all.txt in-shards.txt "the shards do not cover the files exactly once"
for k in 1 2 3; do
    if grep -q '"path"' "shard$k.json"; then pass; else fail "shard $k/3 is empty"; fi
done
# A shard is the same wherever it runs and however the path is spelled.
lint --shard 2/3 -f json ./docs/
sed 's|"\./docs/|"docs/|g; s|"docs//|"docs/|g' .out >respelled.json
expect_same shard2.json respelled.json "shard 2/3 of ./docs/ differs from that of docs"

# Merged, the shards are the run over everything, whatever their order.
run "$LONELY" merge -f json shard3.json shard1.json shard2.json
expect_status 2
expect_same all.json .out "merge of the shards differs from one run"
for format in text sarif github gitlab; do
    lint -f "$format" docs
    cp .out "all.$format"
    run "$LONELY" merge --plugin "$ECHO_PLUGIN" --color=never -f "$format" shard1.json shard2.json shard3.json
    expect_same "all.$format" .out "merge -f $format differs from check -f $format"
done
# Several outputs, thresholds.
run "$LONELY" merge -f sarif -o merged.sarif -f text shard1.json shard2.json shard3.json
expect_status 2
expect_out_line '24 files checked: 0 errors, 23 warnings, 0 infos; 1 file could not be checked'
if have_jsonschema; then
    expect_schema_valid merged.sarif "$CLERK_SOURCE_DIR/tests/data/sarif-schema-2.1.0.json"
fi
lint -f json docs/d1.md docs/d2.md
cp .out two.json
run "$LONELY" merge --max-warnings 1 two.json
expect_status 1
run "$LONELY" merge --max-warnings 2 two.json
expect_status 0
run "$LONELY" merge --fail-on warning two.json
expect_status 1

# A file in two reports is taken once.
run "$LONELY" merge -f json two.json two.json
expect_err_has 'docs/d1.md is in an earlier report too; that one is kept'
expect_out_line '  "summary": {"files": 2, "errors": 0, "warnings": 2, "infos": 0}'

# What is not a report is refused.
printf '{"version": 1}\n' >nothing.json
run "$LONELY" merge nothing.json
expect_status 2
expect_err_line 'clerk: nothing.json: not a JSON report of clerk check (version 1)'
printf 'not json' >text.json
run "$LONELY" merge text.json
expect_status 2
expect_err_has 'clerk: text.json:1:'
run "$LONELY" merge
expect_status 2
expect_err_has 'merge needs at least one JSON report'

# Bad shards.
for bad in 0/3 4/3 3 1/0 a/b 1/3x -1/3; do
    lint --shard "$bad" docs
    expect_status 2
    expect_err_has "--shard takes K/N with 1 <= K <= N, not '$bad'"
done

# --files-from: a list, standard input, NUL-separated, CR LF line ends; a
# folder in the list is walked; the configuration's ignores apply.
printf 'docs/d1.md\r\n\r\ndocs/sub\n' >list.txt
lint --files-from list.txt
expect_status 0
expect_out 'docs/d1.md:1:13: warning: found "TODO" [echo/word]
docs/sub/x.md:1:1: warning: found "TODO" [echo/word]
2 files checked: 0 errors, 2 warnings, 0 infos'
printf 'docs/d2.md\0docs/a/y.md\0' >list0
lint --files-from - -0 docs/d3.md <list0
expect_out 'docs/d3.md:1:13: warning: found "TODO" [echo/word]
docs/d2.md:1:13: warning: found "TODO" [echo/word]
docs/a/y.md:1:1: warning: found "TODO" [echo/word]
3 files checked: 0 errors, 3 warnings, 0 infos'
printf '{"ignore": ["d1.md"]}\n' >docs/.clerk.json
lint --files-from list.txt
expect_out_lacks 'docs/d1.md'
lint docs/d1.md
expect_out_has 'docs/d1.md:1:13'
rm docs/.clerk.json
lint --files-from missing.txt
expect_status 2
expect_err_has 'clerk: --files-from missing.txt: No such file or directory'
lint --files-from - - <list.txt
expect_status 2
expect_err_has 'standard input cannot be both --files-from - and a document'

finish
