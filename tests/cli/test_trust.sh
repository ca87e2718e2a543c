#!/usr/bin/env bash
# What clerk does not trust.  A configuration may come from a pull request:
# through "extends" and "ignore" it must not hang clerk or exhaust its
# memory (that it cannot load plugins without --allow-config-plugins is in
# test_config.sh).  Nor can file names break a report.  A plugin is code
# clerk runs: one that others could have changed is refused, and text from
# a plugin that the host cannot pass on is repaired or dropped.
. "$(dirname "$0")/lib.sh"

mkdir proj
printf 'A TODO.\n' >proj/doc.md

# guarded ARG...: clerk with the echo plugin, stopped if it runs 20 seconds.
guarded() {
    run timeout 20 "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" "$@"
}

config_refused() { # CONTENT MESSAGE
    printf '%s' "$1" >proj/.clerk.json
    guarded proj/doc.md
    expect_status 2
    expect_err_line "clerk: configuration error: $2"
    expect_out ''
}

# "extends" names only regular files of bounded size: not a device read
# forever, not a FIFO that waits for a writer, not a huge file.
config_refused '{"extends": "/dev/zero"}' '/dev/zero: not a regular file'
mkfifo proj/fifo.json
config_refused '{"extends": "fifo.json"}' "$tmp/proj/fifo.json: not a regular file"
truncate -s 17M proj/huge.json
config_refused '{"extends": "huge.json"}' "$tmp/proj/huge.json: too large: clerk reads files of up to 16 MiB (see --max-file-size)"

# Each of 12 files extending the next four times would be 4^12 loads.
for i in $(seq 0 11); do
    next="base$((i + 1)).json"
    printf '{"extends": ["%s", "%s", "%s", "%s"]}' "$next" "$next" "$next" "$next" >"proj/base$i.json"
done
printf '{}' >proj/base12.json
printf '{"extends": "base0.json"}' >proj/.clerk.json
guarded proj/doc.md
expect_status 2
expect_err_has '"extends" reaches more than 64 files'
rm proj/base*.json

# An "ignore" pattern that backtracks exponentially in a naive matcher.
long=$(printf 'a%.0s' $(seq 1 120))
mkdir -p "proj/$long"
printf 'A TODO.\n' >"proj/$long/$long.md"
printf '{"ignore": ["**a**a**a**a**a**a**a**a**a**a**a**a**b"]}' >proj/.clerk.json
guarded proj
expect_status 0
expect_out_line "2 files checked: 0 errors, 2 warnings, 0 infos"
rm proj/.clerk.json

# A pack from a configuration whose pattern backtracks catastrophically on
# a run of a's: PCRE2's limits stop it at the first paragraph, with a
# finding naming the rule; the pack's other rule still runs.
mkdir proj/packs
cat >proj/packs/slow.json <<'JSON'
{
  "name": "slow",
  "version": "1.0.0",
  "summary": "One pattern that backtracks exponentially, one that does not",
  "rules": [
    {"id": "nested", "type": "existence", "message": "found $0", "patterns": ["(a|aa)+$"]},
    {"id": "todo", "type": "existence", "message": "found $0", "patterns": ["\\bTODO\\b"]}
  ]
}
JSON
printf '{"packs": ["packs/slow.json"]}' >proj/.clerk.json
runs=$(printf 'a%.0s' $(seq 1 200))
for _ in $(seq 1 20); do printf '%s!\n\n' "$runs"; done >proj/runs.md
printf 'A TODO.\n' >>proj/runs.md
run timeout 20 "$LONELY" check --color=never proj/runs.md
expect_status 1
expect_out "proj/runs.md:1:1: error: rule slow/nested stopped here: a pattern reached PCRE2's limit (match limit exceeded); the rest of the document was not checked by it [clerk/pattern-limit]
proj/runs.md:41:3: warning: found TODO [slow/todo]
1 file checked: 1 error, 1 warning, 0 infos"
rm -r proj/.clerk.json proj/packs proj/runs.md

# A pack or a baseline is read as a configuration is: not a FIFO, not a
# huge file.
printf '{"packs": ["fifo.json"]}' >proj/.clerk.json
guarded proj/doc.md
expect_status 2
expect_err_line "clerk: pack refused: $tmp/proj/fifo.json: not a regular file"
printf '{"packs": ["huge.json"]}' >proj/.clerk.json
guarded proj/doc.md
expect_status 2
expect_err_line "clerk: pack refused: $tmp/proj/huge.json: too large: clerk reads files of up to 16 MiB (see --max-file-size)"
printf '{"baseline": "fifo.json"}' >proj/.clerk.json
guarded proj/doc.md
expect_status 2
expect_err_line "clerk: cannot read the baseline: $tmp/proj/fifo.json: not a regular file"
rm proj/.clerk.json

# A file name that is not UTF-8 (Latin-1 "café") in reports that must be
# Unicode: U+FFFD stands for the byte.
mkdir names
printf 'A TODO.\n' >"names/caf$(printf '\351').md"
for format in json gitlab sarif; do
    lint --format "$format" names
    expect_status 0
    expect_valid_json "$tmp/.out"
done
lint --format json names
expect_out_has '"file":"names/caf\uFFFD.md","line":1,"column":3,'

# Plugins others could change: the file, or its folder, writable by them.
mkdir plugins
cp "$ECHO_PLUGIN" plugins/echo.so
chmod 755 plugins
chmod 644 plugins/echo.so
run "$LONELY" check --color=never --plugin plugins/echo.so proj/doc.md
expect_status 0
expect_out_line 'proj/doc.md:1:3: warning: found "TODO" [echo/word]'

chmod 666 plugins/echo.so
run "$LONELY" check --plugin plugins/echo.so proj/doc.md
expect_status 2
expect_err_line 'clerk: plugin refused: plugins/echo.so: writable by others (mode 0666), who could change the code it runs; remove their write permission (chmod go-w)'
expect_out ''
run "$LONELY" check --plugin plugins proj/doc.md
expect_status 2
expect_err_has 'clerk: plugin refused: plugins/echo.so: writable by others (mode 0666)'
chmod 644 plugins/echo.so

chmod 777 plugins
run "$LONELY" check --plugin plugins/echo.so proj/doc.md
expect_status 2
expect_err_line "clerk: plugin refused: plugins/echo.so: its folder $tmp/plugins is writable by others (mode 0777), who could replace the plugin; remove their write permission (chmod go-w)"
# In a sticky folder (as /tmp) no one replaces another's file.
chmod 1777 plugins
run "$LONELY" check --color=never --plugin plugins/echo.so proj/doc.md
expect_status 0
chmod 755 plugins

# Group-writable counts when the group is not the owner's private one.
chmod 664 plugins/echo.so
if chgrp "$(getent group daemon | cut -d: -f3)" plugins/echo.so 2>/dev/null; then
    run "$LONELY" check --plugin plugins/echo.so proj/doc.md
    expect_status 2
    expect_err_has 'clerk: plugin refused: plugins/echo.so: writable by others (mode 0664)'
else
    skip 'cannot give the plugin another group: group-writable plugins not tested'
fi

# A plugin's message cut inside a character is repaired; a fix that would
# write what is not UTF-8 into the file is dropped, with a diagnostic.
printf '\303\251t\303\251 here.\n' >ete.md
run "$LONELY" check --color=never --plugin "$CLERK_TEST_PLUGINS/bad_text.so" ete.md
expect_status 1
expect_out "ete.md:1:1: warning: cut caf$(printf '\357\277\275') [bad-text/text]
ete.md:1:1: warning: a sound fix [bad-text/text]
ete.md:1:1: error: rule bad-text/text reported a fix that is not UTF-8 or splits a character; its finding was dropped [clerk/plugin-error]
ete.md:1:1: error: rule bad-text/text reported a fix that is not UTF-8 or splits a character; its finding was dropped [clerk/plugin-error]
1 file checked: 2 errors, 2 warnings, 0 infos"

finish
