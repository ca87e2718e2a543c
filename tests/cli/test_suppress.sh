#!/usr/bin/env bash
# Inline suppression as a user writes it: next-line, same-line and range
# comments in Markdown, lines of their own in plain text, and rule ids a
# comment gets wrong reported as clerk/unknown-rule.
. "$(dirname "$0")/lib.sh"

found() { printf '%s:%s: warning: found "TODO" [echo/word]' "$1" "$2"; }

cat >doc.md <<'MD'
TODO one
<!-- clerk-disable-next-line echo/word -->
TODO two
<!-- clerk-disable echo/word -- a quoted passage -->
TODO three

TODO four
<!-- clerk-enable echo/word -->
TODO five <!-- clerk-disable-line echo/word -->
TODO six
<!-- clerk-disable-next-line echo/wrod -->
TODO seven
[//]: # (clerk-disable-next-line)
TODO eight
MD
lint doc.md
expect_status 0
expect_out "$(found doc.md 1:1)
$(found doc.md 10:1)
doc.md:11:30: warning: unknown rule \"echo/wrod\" in a suppression comment [clerk/unknown-rule]
$(found doc.md 12:1)
1 file checked: 0 errors, 4 warnings, 0 infos"

lint --fail-on warning doc.md
expect_status 1

lint --format json doc.md
expect_out_has '{"file":"doc.md","line":11,"column":30,"end_line":11,"end_column":39,"offset":'

cat >doc.txt <<'TXT'
TODO one
clerk-disable-next-line echo/word
TODO two
clerk-disable
TODO three
clerk-enable
TODO four
TXT
lint doc.txt
expect_status 0
expect_out "$(found doc.txt 1:1)
$(found doc.txt 7:1)
1 file checked: 0 errors, 2 warnings, 0 infos"

finish
