#!/usr/bin/env bash
# What check reads: standard input, folders (recursively, by extension,
# without dot-folders), files named whatever their extension, and files it
# cannot lint (binary, invalid UTF-8, missing, unreadable).
. "$(dirname "$0")/lib.sh"

found() { printf '%s:%s: warning: found "TODO" [echo/word]' "$1" "$2"; }

# Standard input.
printf 'A TODO from standard input.\n' >stdin.txt
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" - <stdin.txt
expect_status 0
expect_out "$(found - 1:3)
1 file checked: 0 errors, 1 warning, 0 infos"

# Folders: *.md, *.markdown and *.txt, in name order, dot-entries skipped.
mkdir -p tree/sub/deeper tree/.git tree/sub/.cache
for f in tree/a.md tree/b.txt tree/c.markdown tree/d.rst tree/e.json tree/.hidden.md \
    tree/.git/x.md tree/sub/f.md tree/sub/deeper/g.txt tree/sub/.cache/h.md; do
    printf 'TODO\n' >"$f"
done
ln -s .. tree/sub/loop          # a link to a folder is not followed
ln -s ../a.md tree/sub/link.md  # a link to a file is
lint tree
expect_status 0
expect_out "$(found tree/a.md 1:1)
$(found tree/b.txt 1:1)
$(found tree/c.markdown 1:1)
$(found tree/sub/deeper/g.txt 1:1)
$(found tree/sub/f.md 1:1)
$(found tree/sub/link.md 1:1)
6 files checked: 0 errors, 6 warnings, 0 infos"

lint tree/sub/
expect_out_line "$(found tree/sub/f.md 1:1)"

# A file named on the command line is linted whatever its name.
lint tree/d.rst tree/.hidden.md tree/.git/x.md
expect_status 0
expect_out "$(found tree/d.rst 1:1)
$(found tree/.hidden.md 1:1)
$(found tree/.git/x.md 1:1)
3 files checked: 0 errors, 3 warnings, 0 infos"

# An empty file has nothing to report.
: >empty.md
: >empty.txt
lint empty.md empty.txt
expect_status 0
expect_out '2 files checked: 0 errors, 0 warnings, 0 infos'
expect_err_empty

# Files that cannot be linted: exit 2, a message naming the file.
printf 'A TODO\0with a NUL byte\n' >binary.md
lint binary.md
expect_status 2
expect_err_has 'clerk: binary.md: '
expect_err_has 'NUL byte'
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos; 1 file could not be checked'

printf 'Caf\351 TODO in Latin-1.\n' >latin1.md
lint latin1.md
expect_status 2
expect_err_has 'clerk: latin1.md: '
expect_err_has 'UTF-8'

lint missing.md
expect_status 2
expect_err_line 'clerk: missing.md: No such file or directory'

lint missing-folder/
expect_status 2
expect_err_has 'clerk: missing-folder/: No such file or directory'

if [ "$(id -u)" = 0 ]; then
    skip 'running as root, who reads any file: unreadable files not tested'
else
    printf 'TODO\n' >secret.md
    chmod 000 secret.md
    lint secret.md
    expect_status 2
    expect_err_has 'clerk: secret.md: '
    expect_err_has 'Permission denied'

    mkdir -p locked
    printf 'TODO\n' >locked/inside.md
    chmod 600 locked           # listed, but nothing inside can be reached
    lint locked
    expect_status 2
    expect_err_has 'clerk: locked/inside.md: Permission denied'
    chmod 700 locked

    chmod 000 locked
    lint locked
    expect_status 2
    expect_err_has 'clerk: locked: Permission denied'
    chmod 700 locked
fi

# One bad file does not stop the others.
mkdir mixed
printf 'A\0B\n' >mixed/a-bad.md
printf 'A TODO here.\n' >mixed/b-good.md
lint mixed
expect_status 2
expect_out "$(found mixed/b-good.md 1:3)
2 files checked: 0 errors, 1 warning, 0 infos; 1 file could not be checked"
expect_err_has 'clerk: mixed/a-bad.md: '

lint --format json mixed
expect_status 2
expect_out_has '{"path":"mixed/a-bad.md","status":"error","error":"'
expect_out_has '{"path":"mixed/b-good.md","status":"ok"}'
expect_out_has '"file":"mixed/b-good.md","line":1,"column":3,'

finish
