/*
 * A test plugin that changes the files being linted while clerk runs, as
 * another process may between clerk listing a folder and reading what it
 * listed.  Checking any document, its rule removes the file named by the
 * option "remove", makes the one named by "lock" unreadable (mode 000),
 * and puts a folder in place of the one named by "swap" (which even root
 * cannot read as a file).  It reports nothing.
 */
#include "clerk/plugin.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static void sabotage(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)doc;
    const char *path = api->option_string(ctx, "remove");
    if (path && *path)
        remove(path);
    path = api->option_string(ctx, "lock");
    if (path && *path)
        chmod(path, 0);
    path = api->option_string(ctx, "swap");
    if (path && *path && remove(path) == 0)
        mkdir(path, 0700);
}

static const clerk_option options[] = {
    {"remove", "string", "", "a file to remove"},
    {"lock", "string", "", "a file to make unreadable"},
    {"swap", "string", "", "a file to replace with a folder"},
    {NULL, NULL, NULL, NULL},
};

static const clerk_rule rules[] = {
    {.name = "act", .summary = "Changes files while clerk runs", .severity = CLERK_WARNING,
     .check = sabotage, .options = options},
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "saboteur",
    .version = "1.0.0",
    .rules = rules,
    .rule_count = 1,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
