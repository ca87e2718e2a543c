/* A test plugin with two rules of the same name: refused as a whole. */
#include "clerk/plugin.h"

static void check_nothing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)api, (void)doc, (void)ctx;
}

static const clerk_rule rules[] = {
    {.name = "twin", .summary = "Reports nothing", .severity = CLERK_WARNING, .check = check_nothing},
    {.name = "twin", .summary = "Reports nothing either", .severity = CLERK_INFO, .check = check_nothing},
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "dup-rule",
    .version = "1.0.0",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
