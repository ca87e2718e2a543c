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

finish
