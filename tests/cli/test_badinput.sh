#!/usr/bin/env bash
# Inputs nobody vetted (test_inputs.sh has the common ones: NUL bytes,
# Latin-1, missing and unreadable files, an empty file).  Each file clerk
# cannot lint is named with the reason, exit 2, and the files beside it are
# still linted; what it can lint, it lints with the right positions, in
# bounded time and memory.  The big inputs run with the bundled rules, so
# none of them may take time or memory out of proportion either.
. "$(dirname "$0")/lib.sh"

found() { printf '%s:%s: warning: found "TODO" [echo/word]' "$1" "$2"; }
summary() { # FILES WARNINGS FAILED
    printf '%s files checked: 0 errors, %s warnings, 0 infos; %s files could not be checked' "$@"
}
printf 'A TODO here.\n' >good.md

# refused FILE REASON: linted with good.md, FILE is named with REASON.
refused() {
    lint "$1" good.md
    expect_status 2
    expect_err_line "clerk: $1: $2"
    expect_out "$(found good.md 1:3)
2 files checked: 0 errors, 1 warning, 0 infos; 1 file could not be checked"
}

# ---- bytes that are not text ----------------------------------------------

printf '\211PNG\r\n\032\n\0\0\0\rIHDR' >image.md
refused image.md 'binary file: NUL byte at offset 8'
{ printf 'Valid text, then padding.\n'; head -c 64 /dev/zero; } >padded.md
refused padded.md 'binary file: NUL byte at offset 26'

# Invalid UTF-8 of every kind, each at byte offset 4.
utf8_refused() { # NAME BYTES
    printf 'TODO%b rest\n' "$2" >"$1.md"
    refused "$1.md" 'invalid UTF-8 at byte offset 4'
}
utf8_refused overlong-2 '\300\257'
utf8_refused overlong-3 '\340\200\257'
utf8_refused overlong-4 '\360\200\200\257'
utf8_refused surrogate-high '\355\240\200'
utf8_refused surrogate-low '\355\277\277'
utf8_refused past-10ffff '\364\220\200\200'
utf8_refused lone-continuation '\200'
utf8_refused truncated-before-ascii '\342\202'
utf8_refused byte-fe '\376'
utf8_refused byte-ff '\377'
printf 'TODO\342\202' >truncated-at-end.md
refused truncated-at-end.md 'invalid UTF-8 at byte offset 4'

# ---- what is text: BOM and line endings, with columns in code points -----

bom=$(printf '\357\273\277')
printf '%sA TODO.\n' "$bom" >bom.md
printf '%sA TODO.\r\n\303\251 TODO\r\n' "$bom" >bom-crlf.txt
printf '%s' "$bom" >bom-only.md
lint bom.md bom-crlf.txt bom-only.md
expect_status 0
expect_out "$(found bom.md 1:3)
$(found bom-crlf.txt 1:3)
$(found bom-crlf.txt 2:3)
3 files checked: 0 errors, 3 warnings, 0 infos"

# é is one column; CR alone, CRLF and LF each end a line.
printf '\303\251 TODO\r\303\251\303\251 TODO\r\n\r\nx TODO\nTODO' >endings.md
cp endings.md endings.txt
lint endings.md endings.txt
expect_status 0
expect_out "$(found endings.md 1:3)
$(found endings.md 2:4)
$(found endings.md 4:3)
$(found endings.md 5:1)
$(found endings.txt 1:3)
$(found endings.txt 2:4)
$(found endings.txt 4:3)
$(found endings.txt 5:1)
2 files checked: 0 errors, 8 warnings, 0 infos"
lint --format json endings.md
expect_out_has '"line":2,"column":4,"end_line":2,"end_column":8,"offset":13,"length":4,'

# ---- what is not a file ---------------------------------------------------

mkdir -p odd/sub
printf 'A TODO.\n' >odd/a.md
mkfifo odd/fifo.md
ln -s loop.md odd/loop.md                 # a link to itself
ln -s ping.md odd/pong.md                 # two links to each other
ln -s pong.md odd/ping.md
ln -s nowhere.md odd/dangling.md
ln -s .. odd/sub/up                       # a link to a folder: not followed
ln -s ../a.md odd/sub/link.md             # a link to a file: linted
run timeout 20 "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" odd
expect_status 2
expect_out "$(found odd/a.md 1:3)
$(found odd/sub/link.md 1:3)
7 files checked: 0 errors, 2 warnings, 0 infos; 5 files could not be checked"
expect_err_line 'clerk: odd/dangling.md: No such file or directory'
expect_err_line 'clerk: odd/fifo.md: not a regular file'
expect_err_line 'clerk: odd/loop.md: Too many levels of symbolic links'
expect_err_line 'clerk: odd/ping.md: Too many levels of symbolic links'
expect_err_line 'clerk: odd/pong.md: Too many levels of symbolic links'
run timeout 20 "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" odd/fifo.md /dev/null odd/loop.md good.md
expect_status 2
expect_err_line 'clerk: odd/fifo.md: not a regular file'
expect_err_line 'clerk: /dev/null: not a regular file'
expect_err_line 'clerk: odd/loop.md: Too many levels of symbolic links'
expect_out_line "$(found good.md 1:3)"

# ---- files that change between listing and reading -------------------------

# The saboteur plugin acts while the first file is linted; one job, so the
# others are read after it.
mkdir race
for f in a b c d; do printf 'A TODO.\n' >"race/$f.md"; done
printf '{"rules": {"saboteur/act": {"options": {"remove": "race/b.md", "lock": "race/c.md", "swap": "race/d.md"}}}}' >sabotage.json
run "$LONELY" check --color=never -j 1 --config sabotage.json --plugin "$ECHO_PLUGIN" \
    --plugin "$CLERK_TEST_PLUGINS/saboteur.so" race
expect_status 2
expect_out_line "$(found race/a.md 1:3)"
expect_err_line 'clerk: race/b.md: No such file or directory'
expect_err_line 'clerk: race/d.md: is a directory'
if [ "$(id -u)" = 0 ]; then
    skip 'running as root, who reads any file: a file made unreadable while linting not tested'
    expect_out_line "$(found race/c.md 1:3)"
else
    expect_err_line 'clerk: race/c.md: Permission denied'
fi

# ---- names ------------------------------------------------------------------

mkdir -p 'dossier é'
printf 'A TODO.\n' >'dossier é/un fichier à lire.md'
lint 'dossier é'
expect_status 0
expect_out_line "$(found 'dossier é/un fichier à lire.md' 1:3)"
lint --format json 'dossier é'
expect_out_has '"file":"dossier \u00E9/un fichier \u00E0 lire.md","line":1,"column":3,'
lint --format github 'dossier é'
expect_out_has '::warning file=dossier é/un fichier à lire.md,line=1,col=3,'

# ---- size -------------------------------------------------------------------

# peak COMMAND...: runs it, its peak resident memory in KiB in $peak_kb.
measure="${CLERK_BUILD_DIR:-}/bin/clerk-bench-measure"
peak() {
    last="$*"
    if [ -x "$measure" ]; then
        read -r _ _ peak_kb status < <("$measure" -n 1 -o "$tmp/.out" timeout 120 "$@" 2>"$tmp/.err")
    else
        peak_kb=
        timeout 120 "$@" >"$tmp/.out" 2>"$tmp/.err"
        status=$?
    fi
}
# expect_peak_below MiB WHAT
expect_peak_below() {
    if [ -z "$peak_kb" ]; then
        skip "clerk-bench-measure not built: peak memory of $2 not measured"
    elif [ "$peak_kb" -lt $(($1 * 1024)) ]; then
        printf 'INFO: %s: peak %d MiB\n' "$2" $((peak_kb / 1024))
        pass
    else
        fail "$2: peak memory $((peak_kb / 1024)) MiB, expected below $1 MiB"
    fi
}

# 200 MB: refused before it is read, as a file and on standard input.
truncate -s 200M huge.md
peak "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" huge.md good.md
expect_status 2
expect_err_line 'clerk: huge.md: too large: clerk reads files of up to 16 MiB (see --max-file-size)'
expect_out_line "$(found good.md 1:3)"
expect_peak_below 64 'a 200 MB file'
rm huge.md
peak bash -c 'yes "A line of text on standard input." | head -c 200000000 | "$@"' - \
    "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" -
expect_status 2
expect_err_line 'clerk: -: too large: clerk reads files of up to 16 MiB (see --max-file-size)'
expect_peak_below 128 '200 MB on standard input'

# --max-file-size raises the limit: 20 MB is read with 32, refused with 16.
yes "A line of text, with no finding in it." | head -c 20000000 >big.md
"$LONELY" check --color=never --plugin "$ECHO_PLUGIN" big.md >"$tmp/.out" 2>"$tmp/.err"; status=$?
expect_status 2
expect_err_line 'clerk: big.md: too large: clerk reads files of up to 16 MiB (see --max-file-size)'
"$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --max-file-size 32 big.md >"$tmp/.out" 2>"$tmp/.err"; status=$?
expect_status 0
"$LONELY" check --max-file-size 0 big.md >"$tmp/.out" 2>"$tmp/.err"; status=$?
expect_status 2
expect_err_has "--max-file-size takes a number of MiB from 1 to 4095, not '0'"
rm big.md

# 10 MB on one line, with every kind of entity in it, and the bundled rules.
sentence='The General Assembly, recalling its resolution 59/50 of 2 December 2004 and rule 14 of its rules of procedure, notes the report (A/64/142) of 14 July 2009 under Article 2, paragraph 4, annex II, at its sixty-fourth session. '
yes "$sentence" | head -c 10000000 | tr -d '\n' >line.md
echo >>line.md
peak "$CLERK" check --color=never --format json line.md
if [ "$status" = 0 ] || [ "$status" = 1 ]; then pass; else fail "a 10 MB line: exit status $status"; fi
expect_out_has '"summary": {"files": 1,'
expect_peak_below 1024 'a 10 MB line'
rm line.md

# A million paragraphs of one letter.
yes a | head -n 2000000 | sed 'n;s/.*//' >paragraphs.md
peak "$CLERK" check --color=never --format json paragraphs.md
if [ "$status" = 0 ] || [ "$status" = 1 ]; then pass; else fail "a million paragraphs: exit status $status"; fi
expect_out_has '"summary": {"files": 1,'
expect_peak_below 2048 'a million paragraphs'
rm paragraphs.md

# Emphasis nested 10,000 deep, in Markdown and in HTML.
{ for _ in $(seq 10000); do printf '*a '; done; printf 'x'; for _ in $(seq 10000); do printf ' a*'; done; echo; } >nested.md
{ for _ in $(seq 10000); do printf '<em>'; done; printf 'x'; for _ in $(seq 10000); do printf '</em>'; done; echo; } >nested-html.md
peak "$CLERK" check --color=never nested.md nested-html.md
if [ "$status" = 0 ] || [ "$status" = 1 ]; then pass; else fail "nested emphasis: exit status $status"; fi
expect_out_has '2 files checked'
expect_peak_below 256 'emphasis nested 10,000 deep'

finish
