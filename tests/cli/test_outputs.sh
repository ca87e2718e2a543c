#!/usr/bin/env bash
# --output: several --format/--output pairs in one run, files replaced
# atomically (the mode kept, no temporary left, the old file untouched when
# writing fails: a read-only folder, a read-only file, RLIMIT_FSIZE), and
# --max-warnings.
. "$(dirname "$0")/lib.sh"

printf 'One TODO.\nTwo TODO.\n' >doc.md
text='doc.md:1:5: warning: found "TODO" [echo/word]
doc.md:2:5: warning: found "TODO" [echo/word]
1 file checked: 0 errors, 2 warnings, 0 infos'

# Each --output takes the --format before it; the format left over writes
# to standard output.
lint --format json --output r.json --format sarif -o r.sarif --format text doc.md
expect_status 0
expect_out "$text"
lint --format json doc.md
expect_same .out r.json "--output r.json differs from --format json on standard output"
lint --format sarif doc.md
expect_same .out r.sarif "--output r.sarif differs from --format sarif on standard output"

# An --output before any --format takes the next one; with none, text.
lint -o first.json -f json doc.md
expect_out ''
lint -f json doc.md
expect_same .out first.json "-o before -f: not the json report"
lint -o report.txt doc.md
expect_out ''
expect_line_in report.txt '1 file checked: 0 errors, 2 warnings, 0 infos'
# "-" is standard output.
lint -f json -o - doc.md
expect_same .out first.json "--output - is not standard output"

# The mode of a file replaced is kept; no temporary is left beside it.
printf 'old\n' >kept.json
chmod 640 kept.json
lint -f json -o kept.json doc.md
expect_status 0
expect_same kept.json first.json "kept.json was not rewritten"
if [ "$(stat -c %a kept.json)" = 640 ]; then pass; else fail "mode $(stat -c %a kept.json), expected 640"; fi
if ls -A | grep -q '\.clerk-'; then fail "a temporary file was left: $(ls -A | grep '\.clerk-')"; else pass; fi

# Usage errors: two reports for standard output, one file twice, a format
# that does not exist.  Nothing is written.
lint -f json -f sarif doc.md
expect_status 2
expect_err_has '--format json and --format sarif both write to standard output'
lint -f json -o same.out -f sarif -o same.out doc.md
expect_status 2
expect_err_has '--output same.out is named twice'
lint -f xml -o x.xml doc.md
expect_status 2
expect_err_has "unknown format 'xml'"
if [ -e same.out ] || [ -e x.xml ]; then fail "a report was written despite a usage error"; else pass; fi

# Writing fails: the old file stays whole, the run exits 2, the cause is said.
mkdir locked
printf 'old report\n' >locked/r.json
chmod 555 locked
lint -f json -o locked/r.json doc.md
expect_status 2
expect_err_line "clerk: cannot write locked/r.json: read-only folder 'locked'"
expect_line_in locked/r.json 'old report'
chmod 755 locked

printf 'old report\n' >readonly.json
chmod 444 readonly.json
lint -f json -o readonly.json doc.md
expect_status 2
expect_err_line 'clerk: cannot write readonly.json: read-only file'
expect_line_in readonly.json 'old report'

lint -f json -o missing/r.json doc.md
expect_status 2
expect_err_has "clerk: cannot write missing/r.json: cannot create a temporary file in 'missing': No such file or directory"

# A file size limit of 1 KiB: the SARIF log (the rules' metadata alone is
# more) cannot be written, the old one stays and no temporary is left.
printf 'old log\n' >big.sarif
(ulimit -f 1 && lint -f sarif -o big.sarif doc.md && echo "$status" >status.txt)
status=$(cat status.txt)
expect_status 2
expect_line_in big.sarif 'old log'
if ls -A | grep -q '\.clerk-'; then fail "a temporary was left after EFBIG"; else pass; fi
expect_err_has 'clerk: cannot write big.sarif: write error: File too large'

# A terminal, a FIFO or /dev/stdout is written in place.
lint -f json -o /dev/stdout doc.md
expect_status 0
expect_same .out first.json "--output /dev/stdout"

# --max-warnings: more warnings than N fail the run; N itself does not.
lint --max-warnings 2 doc.md
expect_status 0
lint --max-warnings 1 doc.md
expect_status 1
expect_out "$text"
lint --max-warnings 0 --fail-on error doc.md
expect_status 1
lint --max-warnings -1 doc.md
expect_status 2
expect_err_has "--max-warnings takes a number of 0 or more, not '-1'"
lint --max-warnings lots doc.md
expect_status 2

finish
