#!/usr/bin/env bash
# Rule packs: --pack and a configuration's "packs" load them; their rules
# are listed, explained, configured, self-tested and reported like any
# other; a broken pack stops the run with a message naming the file; and
# the bundled UN style pack finds what it should in the seed document.
. "$(dirname "$0")/lib.sh"

cat >house.json <<'EOF'
{
  "name": "house",
  "version": "1.0",
  "summary": "House style",
  "rules": [
    {
      "id": "no-todo",
      "type": "existence",
      "summary": "No TODO is left",
      "message": "\"$0\" left in the text",
      "severity": "error",
      "patterns": ["\\bTODO\\b"],
      "examples": {"good": ["Done."], "bad": ["TODO: finish."]}
    },
    {
      "id": "programme",
      "type": "substitution",
      "message": "write \"${expected}\", not \"$0\"",
      "ignorecase": true,
      "swap": {"\\bprograms?\\b": "programme"},
      "examples": {"good": ["The programme."], "bad": ["The program."]}
    }
  ]
}
EOF
printf 'The program has a TODO.\n' >doc.md

lint_pack() {
    run "$LONELY" check --color=never "$@"
}

# --pack: the pack's rules run, with their ids, severities and fixes.
lint_pack --pack house.json doc.md
expect_status 1
expect_out_line 'doc.md:1:5: warning: write "programme", not "program" [house/programme]'
expect_out_line 'doc.md:1:19: error: "TODO" left in the text [house/no-todo]'
lint_pack --pack house.json --format json doc.md
expect_out_has '"fix":{"offset":4,"length":7,"replacement":"programme"}'
# The same file twice is loaded once; another pack of that name is refused.
lint_pack --pack house.json --pack ./house.json doc.md
expect_status 1
cp house.json twin.json
lint_pack --pack house.json --pack twin.json doc.md
expect_status 2
expect_err_line "clerk: pack refused: twin.json: duplicate plugin 'house' (already loaded from house.json)"

# A configuration names packs (relative to itself) and sets their rules.
mkdir proj
cp house.json proj/
printf 'A TODO.\n' >proj/doc.md
printf '{"packs": ["house.json"], "rules": {"house/no-todo": "warning"}}' >proj/.clerk.json
lint_pack proj/doc.md
expect_status 0
expect_out_line 'proj/doc.md:1:3: warning: "TODO" left in the text [house/no-todo]'
printf '{"rules": {"house/no-todo": "off"}}' >proj/.clerk.json
lint_pack proj/doc.md
expect_status 2
expect_err_has 'unknown rule "house/no-todo"'

# Listed, explained, in SARIF's rule metadata.
run "$LONELY" rules --pack house.json
expect_status 0
if grep -qE '^house/no-todo +error +No TODO is left$' .out; then pass; else fail 'rules does not list house/no-todo'; fi
run "$LONELY" explain --pack house.json house/programme
expect_status 0
expect_out_line '# `house/programme`'
expect_out_line '- Plugin: `house`'
lint_pack --pack house.json --format sarif doc.md
expect_out_has '"id": "house/no-todo"'

# Their examples are tests: they pass, and a wrong one is reported.
run "$LONELY" rules --self-test --pack house.json
expect_status 0
expect_out_line 'self-test: 4 passed, 0 failed'
sed 's/"The programme."/"The program again."/' house.json >wrong.json
run "$LONELY" rules --self-test --pack wrong.json
expect_status 1
expect_out_line 'FAIL house/programme: good example 1: 1 finding'

# Broken packs stop the run, naming the file and the place.
cat >badpattern.json <<'EOF'
{"name": "bad", "version": "1", "rules": [
  {"id": "paren", "type": "existence", "message": "m", "patterns": ["(unclosed"]}]}
EOF
lint_pack --pack badpattern.json doc.md
expect_status 2
expect_err_line 'clerk: pack refused: badpattern.json: rule '"'paren'"': pattern "(unclosed" does not compile: at offset 9: missing closing parenthesis'
expect_out ''
printf '{\n  "name": "bad",\n  "rules": [,]\n}\n' >badjson.json
lint_pack --pack badjson.json doc.md
expect_status 2
expect_err_has 'clerk: pack refused: badjson.json:3:13: '
run "$LONELY" rules --pack badjson.json
expect_status 2
printf '{"packs": ["badpattern.json"]}' >proj/.clerk.json
cp badpattern.json proj/
lint_pack proj/doc.md
expect_status 2
expect_err_has "clerk: pack refused: $tmp/proj/badpattern.json: rule 'paren': pattern \"(unclosed\" does not compile"
lint_pack --pack missing.json doc.md
expect_status 2
expect_err_line 'clerk: pack refused: missing.json: cannot read the pack (No such file or directory)'

# The bundled UN style pack: listed, its examples pass (test_rules runs the
# whole self-test), and the seed document has one slip of style.
run "$CLERK" rules
expect_out_has 'un-style/united-nations'
seed="${CLERK_SHARED:-}/fixtures/seed-A64-CSTO-request.md"
if [ -f "$seed" ]; then
    run "$CLERK" check --color=never --format json "$seed"
    count=$(grep -c '"rule":"un-style/' .out)
    if [ "$count" = 1 ]; then pass; else fail "the seed has $count un-style findings, expected 1"; fi
    expect_out_has '"message":"\"United Nation\": the Organization'\''s name is \"United Nations\""'
else
    skip "no seed document at $seed"
fi

finish
