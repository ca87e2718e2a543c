/* A test plugin built for an ABI major this host does not have: refused. */
#include "clerk/plugin.h"

static void check_nothing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)api, (void)doc, (void)ctx;
}

static const clerk_rule rules[] = {
    {.name = "nothing", .summary = "Reports nothing", .severity = CLERK_WARNING, .check = check_nothing},
};

static const clerk_plugin plugin = {
    .abi_major = 99,
    .abi_minor = 0,
    .rule_size = sizeof(clerk_rule),
    .name = "wrong-abi",
    .version = "1.0.0",
    .rules = rules,
    .rule_count = 1,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
