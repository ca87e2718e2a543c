/*
 * A test plugin whose text is not what the host can pass on: a message cut
 * inside a character, a fix that is not UTF-8, a fix whose span splits a
 * character.  The message is repaired; each fix becomes a
 * clerk/plugin-error finding; the sound fix comes through.
 */
#include "clerk/plugin.h"

static void check_text(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)doc;
    api->report(ctx, 0, 1, NULL, "cut %.4s", "caf\xC3\xA9");
    api->report(ctx, 0, 1, "\xE9t\xE9", "a Latin-1 fix");
    api->report(ctx, 1, 1, "e", "a fix inside a character");
    api->report(ctx, 0, 3, "\xC3\xA9t\xC3\xA9", "a sound fix");
}

static const clerk_rule rules[] = {
    {.name = "text", .summary = "Reports text the host must check", .severity = CLERK_WARNING,
     .check = check_text},
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "bad-text",
    .version = "1.0.0",
    .rules = rules,
    .rule_count = 1,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
