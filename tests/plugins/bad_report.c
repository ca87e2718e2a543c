/*
 * A test plugin whose rule reports what no rule may: spans past the end of
 * the document or of a block, and a NULL message.  Each must become a
 * clerk/plugin-error finding; the one sound report must still come through.
 */
#include "clerk/plugin.h"

#include <stdint.h>

/* api->report without its printf attribute, so a NULL format compiles. */
typedef void (*unchecked_report)(clerk_ctx *ctx, size_t offset, size_t length,
                                 const char *replacement, const char *format, ...);

static void check_badly(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t len;
    api->source(doc, &len);
    api->report(ctx, len + 1, 1, NULL, "starts past the end");
    api->report(ctx, 0, SIZE_MAX, NULL, "runs past the end");
    unchecked_report report_unchecked = api->report;
    report_unchecked(ctx, 0, len, NULL, NULL);
    api->report_text(ctx, api->block_count(doc), 0, 1, NULL, "in a block that does not exist");
    api->report(ctx, 0, 0, NULL, "a sound report");
}

static const clerk_rule rules[] = {
    {.name = "spans", .summary = "Reports out of bounds", .severity = CLERK_WARNING, .check = check_badly},
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "bad-report",
    .version = "1.0.0",
    .rules = rules,
    .rule_count = 1,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
