#!/usr/bin/env bash
# Baselines: --write-baseline records today's findings; after an edit that
# moves every line and adds one finding, --baseline reports only the new
# one; --prune-baseline drops what no longer matches; the "baseline" key of
# .clerk.json; bad baselines are refused.
. "$(dirname "$0")/lib.sh"

mkdir docs
cat >docs/letter.md <<'MD'
The TODO of the opening.

1. A first TODO paragraph.

2. A second paragraph, TODO and TODO again.
MD
printf 'Nothing to do.\n' >docs/clean.md

lint --write-baseline base.json docs
expect_status 0
expect_out '2 files checked: 0 errors, 0 warnings, 0 infos; 4 in the baseline'
expect_err_line 'clerk: 4 findings recorded in base.json'
cp base.json written.json
expect_valid_json written.json
expect_line_in base.json '    {"file":"docs/letter.md","rule":"echo/word","fingerprint":"'"$(grep -o '"fingerprint":"[0-9a-f]*","count":2' base.json | cut -d'"' -f4)"'","count":2,"anchor":"body #2","text":"TODO"}'
if grep -q '"anchor":"body #1"' base.json && grep -q '"anchor":"body","text":"TODO"' base.json; then
    pass
else
    fail "the anchors are not body, body #1 and body #2: $(cat base.json)"
fi

# Nothing new: nothing reported, and the run passes even at --fail-on info.
lint --baseline base.json --fail-on info docs
expect_status 0
expect_out '2 files checked: 0 errors, 0 warnings, 0 infos; 4 in the baseline'

# Lines inserted above (every finding moves), a line wrapped differently,
# and one new finding: only that one is reported.
cat >docs/letter.md <<'MD'
A new first line.

Another new line.

The TODO of the opening.

1. A first TODO
   paragraph.

2. A second paragraph, TODO and TODO again.

3. A new TODO here.
MD
lint --baseline base.json --fail-on warning docs
expect_status 1
expect_out 'docs/letter.md:12:10: warning: found "TODO" [echo/word]
2 files checked: 0 errors, 1 warning, 0 infos; 4 in the baseline'

# The same file from another folder and spelled otherwise: the same entries.
mkdir elsewhere
(cd elsewhere && run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --baseline ../base.json ./../docs//letter.md)
expect_out './../docs//letter.md:12:10: warning: found "TODO" [echo/word]
1 file checked: 0 errors, 1 warning, 0 infos; 4 in the baseline'

# A third TODO in paragraph 2: the entry holds two, the third is new.
sed -i 's/TODO and TODO again/TODO and TODO and TODO again/' docs/letter.md
lint --baseline base.json docs/letter.md
expect_out_has 'docs/letter.md:10:42: warning: found "TODO" [echo/word]'
expect_out_has '1 file checked: 0 errors, 2 warnings, 0 infos; 4 in the baseline'

# Fixed findings: --prune-baseline keeps only what still matches; a file
# that was not linted keeps its entries; a file that is gone loses them.
cat >docs/letter.md <<'MD'
The TODO of the opening.

1. A first paragraph, done.

2. A second paragraph, TODO and done.
MD
printf 'One TODO.\n' >docs/other.md
printf 'One TODO.\n' >docs/gone.md
lint --write-baseline all.json docs
expect_status 0
rm docs/gone.md
cp all.json before-prune.json
lint --baseline all.json --prune-baseline docs/letter.md
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos; 2 in the baseline'
expect_valid_json all.json
if grep -q '"file":"docs/other.md"' all.json; then pass; else fail "prune dropped a file it did not lint"; fi
if grep -q '"file":"docs/gone.md"' all.json; then fail "prune kept a file that is gone"; else pass; fi
if [ "$(grep -c '"file":"docs/letter.md"' all.json)" = 2 ]; then pass; else fail "letter.md entries after prune: $(cat all.json)"; fi
# Pruning again changes nothing.
cp all.json pruned.json
lint --baseline all.json --prune-baseline docs/letter.md
expect_same pruned.json all.json "a second prune changed the baseline"

# The "baseline" key of .clerk.json, relative to the configuration's folder.
cp written.json docs/.baseline.json
sed -i 's|"file":"docs/|"file":"|' docs/.baseline.json
printf '{"baseline": ".baseline.json"}\n' >docs/.clerk.json
cat >docs/letter.md <<'MD'
The TODO of the opening.

1. A first TODO paragraph.

2. A second paragraph, TODO and TODO again.

3. New TODO.
MD
lint docs/letter.md
expect_out 'docs/letter.md:7:8: warning: found "TODO" [echo/word]
1 file checked: 0 errors, 1 warning, 0 infos; 4 in the baseline'
# --baseline on the command line wins over the configuration's.
printf '{"version": 1, "findings": []}\n' >empty.json
lint --baseline empty.json docs/letter.md
expect_out_line '1 file checked: 0 errors, 5 warnings, 0 infos'
rm docs/.clerk.json

# Anchors: lettered subparagraphs under their paragraph, an annex by its label.
cat >anchors.md <<'MD'
Letter TODO.

1. First TODO.

2. Second:

   (a) Sub TODO;

   (b) Other TODO.

# Annex II

Intro TODO.

4. Annex paragraph TODO.
MD
lint --write-baseline anchors.json anchors.md
grep -o '"anchor":"[^"]*"' anchors.json | cut -d'"' -f4 >anchors.txt
printf '%s\n' 'body' 'body #1' 'body #2(a)' 'body #2(b)' 'annex II' 'annex II #4' >expected-anchors.txt
expect_same expected-anchors.txt anchors.txt "the anchors of sections, paragraphs and subparagraphs"

# Bad baselines and bad combinations are refused before anything is linted.
lint --baseline missing.json docs
expect_status 2
expect_err_has 'clerk: cannot read the baseline: missing.json: '
printf '{"version": 2, "findings": []}\n' >v2.json
lint --baseline v2.json docs
expect_status 2
expect_err_line 'clerk: cannot read the baseline: v2.json: not a clerk baseline (version 1 with a "findings" array)'
printf '{"version": 1, "findings": [{"file": "a.md", "rule": "x/y", "fingerprint": "zz"}]}\n' >bad.json
lint --baseline bad.json docs
expect_status 2
expect_err_has 'entry 1 needs "file", "rule", a 16-digit "fingerprint"'
lint --prune-baseline docs
expect_status 2
expect_err_has '--prune-baseline needs a baseline'
lint --write-baseline a.json --baseline base.json docs
expect_status 2
expect_err_has '--write-baseline records every finding'
expect_out ''

finish
