/*
 * A plugin built against the frozen version-1.1 header (tests/abi/v1.1),
 * never against the current one.  It uses what 1.1 added, api->run, and
 * reads block texts as 1.1 promised them: ending with a NUL.
 */
#include "clerk/plugin.h"

#include <string.h>

#if CLERK_ABI_MAJOR != 1 || CLERK_ABI_MINOR != 1
#error "built against a header other than the frozen version 1.1"
#endif

static void check_texts(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    if (!CLERK_API_HAS(api, run))
        return;
    size_t unterminated = 0, n = api->block_count(doc);
    for (size_t i = 0; i < n; i++)
        unterminated += strlen(api->block(doc, i)->text) != api->block(doc, i)->text_length;
    api->report(ctx, 0, 0, NULL, "run %s; %zu of %zu texts unterminated",
                api->run(ctx) ? "numbered" : "0", unterminated, n);
}

static const clerk_rule rules[] = {
    {"texts", "Reports the run and whether block texts end with a NUL", CLERK_INFO, check_texts,
     NULL, NULL, NULL, NULL},
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "abi-v1-1",
    .version = "1.1.0",
    .summary = "A plugin of plugin ABI 1.1",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void) { return &plugin; }
