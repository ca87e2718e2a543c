#!/usr/bin/env bash
# .clerk.json as check uses it: the nearest file wins, --config replaces it,
# "extends" inherits, rule settings and options, ignore patterns, plugins
# named by a configuration only with --allow-config-plugins, and broken
# files reported with their position.
. "$(dirname "$0")/lib.sh"

found() { printf '%s:%s: %s: found "%s" [echo/word]' "$1" "$2" "$3" "$4"; }

mkdir proj
printf 'A TODO and a FIXME.\n' >proj/doc.md

# Broken files: exit 2, "clerk: configuration error: file:line:col: cause".
config_error() { # CONTENT EXPECTED-MESSAGE
    printf '%s' "$1" >proj/.clerk.json
    lint proj/doc.md
    expect_status 2
    expect_err_line "clerk: configuration error: $tmp/proj/.clerk.json:$2"
    expect_out ''
}
config_error '{
  "rules": {,
}' "2:13: string or '}' expected near ','"
config_error '{
  "rules": {},
  "colour": "red"
}' '3:3: unknown key "colour" (expected extends, rules, plugins, packs, data, ignore or baseline)'
config_error '{"rules": {"echo/word": "loud"}}' \
    '1:12: severity must be "off", "info", "warning" or "error"'
config_error '{"rules": {"echo/word": {"severity": "error", "option": {}}}}' \
    '1:12: a rule setting has only "severity" and "options"'
config_error '{
  "rules": {
    "echo/word": "error",
    "echo/wrod": "off"
  }
}' '4:5: unknown rule "echo/wrod" (see `clerk rules`)'

# Rule settings: severity and options.
printf '{"rules": {"echo/word": "error"}}' >proj/.clerk.json
lint proj/doc.md
expect_status 1
expect_out_line "$(found proj/doc.md 1:3 error TODO)"
printf '{"rules": {"echo/word": {"options": {"word": "FIXME"}}}}' >proj/.clerk.json
lint proj/doc.md
expect_status 0
expect_out "$(found proj/doc.md 1:14 warning FIXME)
1 file checked: 0 errors, 1 warning, 0 infos"
printf '{"rules": {"echo/word": "off"}}' >proj/.clerk.json
lint --fail-on info proj/doc.md
expect_status 0
expect_out '1 file checked: 0 errors, 0 warnings, 0 infos'
# The command line overrides the configuration.
lint --rule echo/word=error proj/doc.md
expect_status 1
expect_out_line "$(found proj/doc.md 1:3 error TODO)"

printf 'TODO TODO TODO\n' >proj/three.md
printf '{"rules": {"echo/word": {"options": {"limit": 2}}}}' >proj/.clerk.json
lint proj/three.md
expect_out_line '1 file checked: 0 errors, 2 warnings, 0 infos'

# "extends": the parent's settings, which the child overrides.
mkdir shared
cat >shared/base.json <<'JSON'
{"rules": {"echo/word": {"severity": "error", "options": {"word": "FIXME"}}}}
JSON
printf '{"extends": "../shared/base.json"}' >proj/.clerk.json
lint proj/doc.md
expect_status 1
expect_out_line "$(found proj/doc.md 1:14 error FIXME)"
printf '{"extends": "../shared/base.json", "rules": {"echo/word": "info"}}' >proj/.clerk.json
lint proj/doc.md
expect_status 0
expect_out_line "$(found proj/doc.md 1:14 info FIXME)"
printf '{"extends": ["../shared/base.json", "../shared/none.json"]}' >proj/.clerk.json
lint proj/doc.md
expect_status 2
expect_err_line "clerk: configuration error: $tmp/proj/../shared/none.json: No such file or directory"
printf '{"extends": "loop.json"}' >proj/loop.json
printf '{"extends": "loop.json"}' >proj/.clerk.json
lint proj/doc.md
expect_status 2
expect_err_has '"extends" nests deeper than 16 files (a cycle?)'

# The nearest file wins; --config replaces it for every file.
rm proj/three.md
mkdir -p proj/quiet proj/loud
printf 'A TODO.\n' >proj/quiet/q.md
printf 'A TODO.\n' >proj/loud/l.md
printf '{"rules": {"echo/word": "off"}}' >proj/quiet/.clerk.json
printf '{"rules": {"echo/word": "error"}}' >proj/.clerk.json
lint proj
expect_status 1
expect_out "$(found proj/doc.md 1:3 error TODO)
$(found proj/loud/l.md 1:3 error TODO)
3 files checked: 2 errors, 0 warnings, 0 infos"
printf '{}' >plain.json
lint --config plain.json proj
expect_status 0
expect_out_line '3 files checked: 0 errors, 3 warnings, 0 infos'
lint --config nowhere.json proj/doc.md
expect_status 2
expect_err_line 'clerk: configuration error: nowhere.json: No such file or directory'

# "ignore": files a folder walk finds are skipped; files named are not.
rm -r proj/quiet proj/loud
mkdir -p proj/drafts proj/sub/drafts proj/notes
for f in proj/drafts/a.md proj/sub/drafts/b.md proj/c.skip.md proj/notes/d.md proj/sub/e.md; do
    printf 'TODO\n' >"$f"
done
printf '{"ignore": ["drafts/", "*.skip.md", "/notes"]}' >proj/.clerk.json
lint proj
expect_status 0
expect_out "$(found proj/doc.md 1:3 warning TODO)
$(found proj/sub/e.md 1:1 warning TODO)
2 files checked: 0 errors, 2 warnings, 0 infos"
lint proj/drafts/a.md
expect_out_line "$(found proj/drafts/a.md 1:1 warning TODO)"
rm -r proj/drafts proj/sub proj/notes proj/c.skip.md

# Plugins named by a configuration load only when the command line allows.
mkdir proj/plugins
cp "$ECHO_PLUGIN" proj/plugins/echo.so
printf '{"plugins": ["plugins/echo.so"], "rules": {"echo/word": "error"}}' >proj/.clerk.json
run "$LONELY" check --color=never proj/doc.md
expect_status 2
expect_err_line "clerk: $tmp/proj/.clerk.json names plugins; plugins from a configuration run only with --allow-config-plugins (or CLERK_ALLOW_CONFIG_PLUGINS=1)"
expect_out ''
run "$LONELY" check --color=never --allow-config-plugins proj/doc.md
expect_status 1
expect_out_line "$(found proj/doc.md 1:3 error TODO)"
CLERK_ALLOW_CONFIG_PLUGINS=1 run "$LONELY" check --color=never proj/doc.md
expect_status 1
# Paths in a configuration are relative to its folder, wherever clerk runs.
cd proj/plugins
run "$LONELY" check --color=never --allow-config-plugins ../doc.md
expect_status 1
cd "$tmp"
printf '{"plugins": "plugins/gone.so"}' >proj/.clerk.json
run "$LONELY" check --allow-config-plugins proj/doc.md
expect_status 2
expect_err_line "clerk: plugin refused: $tmp/proj/plugins/gone.so: cannot read the plugin file"

finish
