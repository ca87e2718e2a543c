#!/usr/bin/env bash
# --fix applies the rules' fixes and reports what is left: the fixed file
# lints clean, its mode is kept, a read-only file is left intact with an
# error, and a fix that never settles stops after a bounded number of
# passes.  --fix-dry-run prints a unified diff and changes nothing.
. "$(dirname "$0")/lib.sh"

cat >.clerk.json <<'JSON'
{"rules": {"echo/word": {"options": {"word": "TODO", "replacement": "DONE"}}}}
JSON
cat >doc.md <<'MD'
# A TODO list

Nothing on this line.
One TODO, and TODO again.
Nothing on this one either.
MD
cp doc.md original.md
chmod 640 doc.md

lint --fix-dry-run doc.md
expect_status 0
expect_out '--- a/doc.md
+++ b/doc.md
@@ -1,5 +1,5 @@
-# A TODO list
+# A DONE list
 
 Nothing on this line.
-One TODO, and TODO again.
+One DONE, and DONE again.
 Nothing on this one either.'
expect_err_line 'clerk: would apply 3 fixes in 1 file'
expect_same original.md doc.md "--fix-dry-run changed the file"
# The diff applies as it is.
cp .out fixes.diff
cp doc.md patched.md
if command -v patch >/dev/null 2>&1; then
    if patch -s patched.md <fixes.diff; then pass; else fail "patch refused the diff"; fi
fi

# A report asked for goes to a file: standard output is the diff's.
lint --fix-dry-run -f json -o dry.json doc.md
expect_out_has '+# A DONE list'
expect_line_in dry.json '  "summary": {"files": 1, "errors": 0, "warnings": 0, "infos": 0}'
lint --fix-dry-run -f json doc.md
expect_status 2
expect_err_has 'standard output is for the diff of --fix-dry-run: give --format json an --output FILE'

# --fix: the report shows what is left (nothing), the file lints clean.
lint --fix --fail-on info doc.md
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos'
expect_err_line 'clerk: applied 3 fixes in 1 file'
expect_line_in doc.md 'One DONE, and DONE again.'
expect_line_in doc.md '# A DONE list'
if [ -f patched.md ]; then expect_same patched.md doc.md "--fix and the dry run's diff differ"; fi
if [ "$(stat -c %a doc.md)" = 640 ]; then pass; else fail "mode $(stat -c %a doc.md) after --fix, expected 640"; fi
if ls -A | grep -q '\.clerk-'; then fail "a temporary file was left"; else pass; fi
lint --fail-on info doc.md
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos'
# Nothing left to fix: nothing is written, nothing said.
lint --fix doc.md
expect_status 0
expect_err_empty

# A read-only file is left intact, with an error; other files are fixed.
cp original.md ro.md
chmod 444 ro.md
cp original.md rw.md
lint --fix ro.md rw.md
expect_status 2
expect_err_line 'clerk: ro.md: not fixed: read-only file'
expect_same original.md ro.md "the read-only file was changed"
expect_line_in rw.md 'One DONE, and DONE again.'
expect_out '2 files checked: 0 errors, 0 warnings, 0 infos; 1 file could not be checked'

# In a read-only folder: intact, with an error.
mkdir locked
cp original.md locked/doc.md
chmod 555 locked
lint --fix locked/doc.md
expect_status 2
expect_err_line "clerk: locked/doc.md: not fixed: read-only folder 'locked'"
expect_same original.md locked/doc.md "the file in a read-only folder was changed"
chmod 755 locked

# A file size limit the fixed text would pass: the write fails, the
# original is whole and no temporary is left.
head -c 1000 /dev/zero | tr '\0' 'x' >big.md
printf '\nTODO\n' >>big.md
cp big.md big-original.md
cat >.clerk.json <<'JSON'
{"rules": {"echo/word": {"options": {"word": "TODO", "replacement": "DONE, and a replacement long enough to pass the limit of one kibibyte"}}}}
JSON
(ulimit -f 1 && lint --fix big.md && echo "$status" >status.txt && cp .err err.txt)
status=$(cat status.txt)
expect_status 2
expect_line_in err.txt 'clerk: big.md: not fixed: write error: File too large'
expect_same big-original.md big.md "the file was changed though its write failed"
if ls -A | grep -q '\.clerk-'; then fail "a temporary was left after EFBIG"; else pass; fi

# The report after --fix is of the fixed text: positions in the new file.
printf 'TODO and\nTODO\n' >pos.md
cat >.clerk.json <<'JSON'
{"rules": {"echo/word": {"options": {"word": "TODO", "replacement": "A DONE\nB"}}}}
JSON
lint --fix -f json pos.md
expect_line_in pos.md 'B and'
expect_out_line '  "summary": {"files": 1, "errors": 0, "warnings": 0, "infos": 0}'

# A fix that makes its own finding again never settles: --fix stops after
# ten passes and reports what is left.
cat >.clerk.json <<'JSON'
{"rules": {"echo/word": {"options": {"word": "TODO", "replacement": "TODO!"}}}}
JSON
printf 'A TODO.\n' >loop.md
lint --fix loop.md
expect_status 0
expect_line_in loop.md 'A TODO!!!!!!!!!!.'
expect_out 'loop.md:1:3: warning: found "TODO" [echo/word]
1 file checked: 0 errors, 1 warning, 0 infos'
expect_err_line 'clerk: applied 10 fixes in 1 file'

# Standard input: shown as a diff, never "fixed in place".
printf 'TODO\n' >in.md
lint --fix-dry-run - <in.md
expect_status 0
expect_out '--- a/-
+++ b/-
@@ -1 +1 @@
-TODO
+TODO!!!!!!!!!!'
lint --fix - <in.md
expect_status 2
expect_err_has 'standard input cannot be fixed in place'

finish
