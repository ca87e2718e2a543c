#!/usr/bin/env bash
# Suppression comments with a reason: --require-reason makes one without a
# reason a finding (clerk/missing-reason), --report-unused-disables reports
# comments and rule ids that silence nothing (clerk/unused-disable).
. "$(dirname "$0")/lib.sh"

cat >doc.md <<'MD'
<!-- clerk-disable-next-line echo/word -- quoted from the source -->
TODO one
<!-- clerk-disable-next-line echo/word -->
TODO two
<!-- clerk-disable-next-line echo/word -- nothing to silence -->
Nothing here.
<!-- clerk-disable -->
TODO three
<!-- clerk-enable -->
[//]: # (clerk-disable-next-line echo/word -- as printed)
TODO four
TODO five <!-- clerk-disable-line -- said so -->
<!-- clerk-disable-next-line echo/word, echo/nope -- mixed -->
Nothing again.
MD

# By default a comment needs no reason and may silence nothing.
lint doc.md
expect_status 0
expect_out 'doc.md:13:41: warning: unknown rule "echo/nope" in a suppression comment [clerk/unknown-rule]
1 file checked: 0 errors, 1 warning, 0 infos'

lint --require-reason doc.md
expect_status 1
expect_out 'doc.md:3:6: error: clerk-disable-next-line without a reason: add "-- why" after the rule ids [clerk/missing-reason]
doc.md:7:6: error: clerk-disable without a reason: add "-- why" after the rule ids [clerk/missing-reason]
doc.md:13:41: warning: unknown rule "echo/nope" in a suppression comment [clerk/unknown-rule]
1 file checked: 2 errors, 1 warning, 0 infos'

lint --report-unused-disables doc.md
expect_status 0
expect_out 'doc.md:5:30: warning: clerk-disable-next-line echo/word silences nothing here [clerk/unused-disable]
doc.md:13:30: warning: clerk-disable-next-line echo/word silences nothing here [clerk/unused-disable]
doc.md:13:41: warning: unknown rule "echo/nope" in a suppression comment [clerk/unknown-rule]
1 file checked: 0 errors, 3 warnings, 0 infos'

# A comment without rule ids that silences nothing is reported at its keyword.
printf '<!-- clerk-disable-line -- just in case -->\nNothing.\n' >empty.md
lint --report-unused-disables --fail-on warning empty.md
expect_status 1
expect_out 'empty.md:1:6: warning: clerk-disable-line silences nothing here [clerk/unused-disable]
1 file checked: 0 errors, 1 warning, 0 infos'

# Plain text: the reason runs to the end of the line.
printf 'clerk-disable-next-line echo/word -- a reason\nTODO\nclerk-disable-next-line echo/word\nTODO\n' >doc.txt
lint --require-reason --report-unused-disables doc.txt
expect_out 'doc.txt:3:1: error: clerk-disable-next-line without a reason: add "-- why" after the rule ids [clerk/missing-reason]
1 file checked: 1 error, 0 warnings, 0 infos'

finish
