#!/usr/bin/env bash
# ABI stability: a plugin built against the frozen version-1 header
# (tests/abi/v1/clerk/plugin.h, a copy of the header as released) loads into
# this clerk and reads the same data at the same places; so does one built
# against the header of 1.1 (tests/abi/v1.1).  These headers must never
# change: a new minor version adds to core/include/clerk/plugin.h, and the
# copies go on proving that plugins built before still work.
. "$(dirname "$0")/lib.sh"

abi="$CLERK_SOURCE_DIR/tests/abi"

frozen() { # folder sha256
    last="sha256sum $abi/$1/clerk/plugin.h"
    if [ "$(sha256sum <"$abi/$1/clerk/plugin.h" | cut -d' ' -f1)" = "$2" ]; then
        pass
    else
        fail "the frozen header of $1 was edited: restore it; new members go in core/include/clerk/plugin.h"
    fi
}
frozen v1 5070b54515e2d2cadbfb8da4533223b13ffdd4f47543cb4bf6f93038bb81fe41
frozen v1.1 d7c632fdc130543d140cc70436e42d2f10fc010e8946d2e745f94fad6aca111f

# Its own compiler run, with the frozen header alone on the include path.
run "${CC:-cc}" -std=c11 -shared -fPIC -Wall -Wextra -Wpedantic -Werror -I "$abi/v1" \
    -o v1.so "$abi/v1_plugin.c"
expect_status 0

# The examples its descriptor carries, then the fixture's findings.
run "$CLERK" test ./v1.so
expect_status 0
expect_out 'self-test: 7 passed, 0 failed'
cp "$abi/fixture.md" fixture.md
run "$CLERK" test ./v1.so fixture.md "$abi/fixture.json"
expect_status 0
expect_out 'ok fixture.md: 13 findings, as expected'

# Options as configured reach it, and so does its state.
printf '{"rules": {"abi-v1/options": {"options": {"word": "Decides", "limit": 7, "strict": true}}}}\n' >.clerk.json
run "$LONELY" check --color=never --plugin ./v1.so --rule abi-v1/entities=off fixture.md
expect_status 1
expect_out_line 'fixture.md:1:1: error: word Decides, limit 7, strict 1; state from init, data 1 [abi-v1/options]'
expect_out_line 'fixture.md:25:5: warning: operative 1 (label "1") of a resolution: "Decides" [abi-v1/operative]'

# Beside the bundled plugins, as a user would load it; listed with its ABI.
run "$CLERK" check --color=never --format json --plugin ./v1.so fixture.md
expect_out_has '"rule":"abi-v1/masthead"'
CLERK_PLUGIN_PATH="$tmp/v1.so" run "$CLERK" version --verbose
expect_status 0
expect_out_line "plugin abi-v1 1.0.0 (ABI 1.0) $tmp/v1.so"

# A plugin of 1.1 has api->run, and block texts that end with a NUL, though
# 1.2 ends them at text_length.
rm .clerk.json
run "${CC:-cc}" -std=c11 -shared -fPIC -Wall -Wextra -Wpedantic -Werror -I "$abi/v1.1" \
    -o v1_1.so "$abi/v1_1_plugin.c"
expect_status 0
run "$LONELY" check --color=never --plugin ./v1_1.so fixture.md
expect_status 0
expect_out_line 'fixture.md:1:1: info: run numbered; 0 of 14 texts unterminated [abi-v1-1/texts]'

finish
