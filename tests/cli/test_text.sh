#!/usr/bin/env bash
# The text report: one line per finding, a summary, and with colour the
# source line with the span underlined under the right characters.
. "$(dirname "$0")/lib.sh"

esc=$(printf '\033')
printf 'Caf\303\251 TODO\tTODO\n' >line.md

lint --color=always --rule echo/word=error line.md
expect_status 1
expect_out "${esc}[1mline.md:1:6:${esc}[0m ${esc}[31merror:${esc}[0m found \"TODO\" ${esc}[2m[echo/word]${esc}[0m
  Café TODO	TODO
       ${esc}[32m^~~~${esc}[0m
${esc}[1mline.md:1:11:${esc}[0m ${esc}[31merror:${esc}[0m found \"TODO\" ${esc}[2m[echo/word]${esc}[0m
  Café TODO	TODO
           	${esc}[32m^~~~${esc}[0m
1 file checked: 2 errors, 0 warnings, 0 infos"

# Not on a terminal, colour is off unless asked for.
lint line.md
expect_out 'line.md:1:6: warning: found "TODO" [echo/word]
line.md:1:11: warning: found "TODO" [echo/word]
1 file checked: 0 errors, 2 warnings, 0 infos'

# Singulars and plurals of the summary.
printf 'TODO\n' >one.md
lint --rule echo/word=info one.md
expect_out_line '1 file checked: 0 errors, 0 warnings, 1 info'
lint --rule echo/word=info one.md line.md
expect_out_line '2 files checked: 0 errors, 0 warnings, 3 infos'

finish
