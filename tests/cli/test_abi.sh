#!/usr/bin/env bash
# ABI stability: a plugin built against the frozen version-1 header
# (tests/abi/v1/clerk/plugin.h, a copy of the header as released) loads into
# this clerk and reads the same data at the same places.  The header must
# never change: a new minor version adds to core/include/clerk/plugin.h,
# and this copy goes on proving that plugins built before still work.
. "$(dirname "$0")/lib.sh"

abi="$CLERK_SOURCE_DIR/tests/abi"
frozen_sha256=5070b54515e2d2cadbfb8da4533223b13ffdd4f47543cb4bf6f93038bb81fe41

last="sha256sum $abi/v1/clerk/plugin.h"
if [ "$(sha256sum <"$abi/v1/clerk/plugin.h" | cut -d' ' -f1)" = "$frozen_sha256" ]; then
    pass
else
    fail 'the frozen version-1 header was edited: restore it; new members go in core/include/clerk/plugin.h'
fi

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

finish
