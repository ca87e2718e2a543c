#!/usr/bin/env bash
# Loading plugins: refused ones (wrong ABI, no entry symbol, duplicate
# rule or plugin) stop the run with a message naming the file; a plugin's
# bad reports become clerk/plugin-error findings; and a plugin built out of
# tree against an installed clerk loads and reports.
. "$(dirname "$0")/lib.sh"

printf 'One TODO is left.\n' >doc.md
refused() { # PLUGIN-PATH REASON
    run "$LONELY" check --plugin "$1" doc.md
    expect_status 2
    expect_err_line "clerk: plugin refused: $1: $2"
    expect_out ''
}

refused "$CLERK_TEST_PLUGINS/wrong_abi.so" 'built for plugin ABI 99.0, this clerk provides ABI 1.2'
refused "$CLERK_TEST_PLUGINS/no_entry.so" 'no clerk_plugin_entry symbol: not a clerk plugin'
refused "$CLERK_TEST_PLUGINS/dup_rule.so" "duplicate rule id 'dup-rule/twin'"
refused "$tmp/none.so" 'cannot read the plugin file'
printf 'not a shared object\n' >text.so
run "$LONELY" check --plugin text.so doc.md
expect_status 2
expect_err_has 'clerk: plugin refused: text.so: not a loadable shared object ('

# Loaded twice from one file: once.  The same name from another file: refused.
lint --plugin "$ECHO_PLUGIN" doc.md
expect_status 0
expect_out_line 'doc.md:1:5: warning: found "TODO" [echo/word]'
cp "$ECHO_PLUGIN" echo-copy.so
lint --plugin echo-copy.so doc.md
expect_status 2
expect_err_line "clerk: plugin refused: echo-copy.so: duplicate plugin 'echo' (already loaded from $ECHO_PLUGIN)"

# A folder of plugins: every *.so in it, and a refusal names the file.
mkdir plugins
cp "$ECHO_PLUGIN" plugins/
run "$LONELY" check --color=never --plugin plugins doc.md
expect_status 0
expect_out_line 'doc.md:1:5: warning: found "TODO" [echo/word]'
cp "$CLERK_TEST_PLUGINS/wrong_abi.so" plugins/
run "$LONELY" check --plugin plugins doc.md
expect_status 2
expect_err_line 'clerk: plugin refused: plugins/wrong_abi.so: built for plugin ABI 99.0, this clerk provides ABI 1.2'

# CLERK_PLUGIN_PATH: files or folders, separated by colons.
rm plugins/wrong_abi.so
CLERK_PLUGIN_PATH="$tmp/nothing-here-but-fine:$tmp/plugins" run "$LONELY" check --color=never doc.md
expect_status 2
expect_err_has "clerk: plugin refused: $tmp/nothing-here-but-fine: cannot read the plugin file"
CLERK_PLUGIN_PATH="$tmp/plugins" run "$LONELY" check --color=never doc.md
expect_status 0
expect_out_line 'doc.md:1:5: warning: found "TODO" [echo/word]'
CLERK_PLUGIN_PATH="$tmp/plugins" run "$LONELY" rules
expect_status 0
expect_out_has 'echo/word'

# Bad reports are the plugin's bug: findings of clerk/plugin-error, never a crash.
run "$LONELY" check --color=never --plugin "$CLERK_TEST_PLUGINS/bad_report.so" doc.md
expect_status 1
expect_out 'doc.md:1:1: warning: a sound report [bad-report/spans]
doc.md:1:1: error: rule bad-report/spans reported a null message; its finding was dropped [clerk/plugin-error]
doc.md:1:1: error: rule bad-report/spans reported a span outside its block; its finding was dropped [clerk/plugin-error]
doc.md:1:1: error: rule bad-report/spans reported a span outside the document; its finding was dropped [clerk/plugin-error]
doc.md:1:1: error: rule bad-report/spans reported a span outside the document; its finding was dropped [clerk/plugin-error]
1 file checked: 4 errors, 1 warning, 0 infos'
run "$LONELY" check --format json --plugin "$CLERK_TEST_PLUGINS/bad_report.so" doc.md
expect_status 1
expect_out_has '"rule":"clerk/plugin-error"'

# A plugin built out of tree, against the installed header, by pkg-config.
if ! command -v pkg-config >/dev/null 2>&1 || ! command -v "${CC:-cc}" >/dev/null 2>&1; then
    skip 'pkg-config or a C compiler missing: out-of-tree plugin not built'
else
    prefix="$tmp/prefix"
    run cmake --install "$CLERK_BUILD_DIR" --prefix "$prefix"
    expect_status 0
    pc=$(find "$prefix" -name clerk.pc | head -1)
    if [ -z "$pc" ]; then
        fail 'clerk.pc was not installed'
    else
        pass
        mkdir oot
        cp "$CLERK_SOURCE_DIR/tests/plugins/echo.c" oot/echo.c
        export PKG_CONFIG_PATH
        PKG_CONFIG_PATH=$(dirname "$pc")
        # The install was moved from the configured prefix: say where it is.
        cflags=$(pkg-config --define-variable=prefix="$prefix" --cflags clerk)
        run "${CC:-cc}" -shared -fPIC -Wall -Wextra -Werror $cflags -o oot/echo.so oot/echo.c
        expect_status 0
        run "$prefix/bin/clerk" check --color=never --plugin oot/echo.so --rule echo/word=error doc.md
        expect_status 1
        expect_out_line 'doc.md:1:5: error: found "TODO" [echo/word]'
        # The installed binary finds its bundled plugins next to it.
        run "$prefix/bin/clerk" version --verbose
        expect_status 0
        expect_out_has "$prefix/bin/../lib/clerk/plugins/"
    fi
fi

finish
