#!/usr/bin/env bash
# Exit status: 0 when nothing at or above --fail-on was found, 1 when
# something was, 2 on usage errors; --rule changes a rule's severity.
. "$(dirname "$0")/lib.sh"

printf 'One TODO is left.\n' >todo.md
printf 'Nothing is left.\n' >clean.md
warning='todo.md:1:5: warning: found "TODO" [echo/word]'

lint clean.md
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos'
expect_err_empty

# echo/word is a warning by default: below the default --fail-on error.
lint todo.md
expect_status 0
expect_out "$warning
1 file checked: 0 errors, 1 warning, 0 infos"

for level in warning info; do
    lint --fail-on "$level" todo.md
    expect_status 1
done
lint --fail-on error todo.md
expect_status 0

lint --rule echo/word=error todo.md
expect_status 1
expect_out_line 'todo.md:1:5: error: found "TODO" [echo/word]'
expect_out_line '1 file checked: 1 error, 0 warnings, 0 infos'

lint -r echo/word=info --fail-on warning todo.md
expect_status 0
expect_out_line 'todo.md:1:5: info: found "TODO" [echo/word]'
lint --rule echo/word=info --fail-on info todo.md
expect_status 1

lint --rule echo/word=off --fail-on info todo.md
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos'

# The last --rule for a rule wins.
lint --rule echo/word=error --rule echo/word=warning todo.md
expect_status 0
expect_out_line "$warning"

# Findings in one file and none in another: the run fails.
lint --rule echo/word=error clean.md todo.md
expect_status 1
expect_out_line '2 files checked: 1 error, 0 warnings, 0 infos'

# Usage errors.
lint --rule echo/nope=off todo.md
expect_status 2
expect_err_line "clerk: --rule: unknown rule 'echo/nope' (see 'clerk rules')"
expect_out ''

lint --rule echo/word=loud todo.md
expect_status 2
expect_err_has "--rule takes ID=off|info|warning|error, not 'echo/word=loud'"

lint --rule echo/word todo.md
expect_status 2
expect_err_has "--rule takes ID=off|info|warning|error, not 'echo/word'"

for level in off bogus; do
    lint --fail-on "$level" todo.md
    expect_status 2
    expect_err_has "--fail-on takes error, warning or info, not '$level'"
done

lint --format xml todo.md
expect_status 2
expect_err_has "unknown format 'xml'"

lint --jobs 0 todo.md
expect_status 2
expect_err_has "--jobs takes a number from 1 to 1024, not '0'"

lint --input-format html todo.md
expect_status 2
expect_err_has "--input-format takes markdown, text, akn or docx, not 'html'"

lint
expect_status 2
expect_err_has 'check needs at least one path'

lint --no-such-option todo.md
expect_status 2

run "$LONELY"
expect_status 2
expect_err_has 'clerk: no command given'

run "$LONELY" frobnicate
expect_status 2
expect_err_has "clerk: unknown command 'frobnicate'"

run "$LONELY" --help
expect_status 0
expect_out_has 'usage: clerk <command>'

run "$LONELY" check --help
expect_status 0
expect_out_has 'usage: clerk check'

finish
