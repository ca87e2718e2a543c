/*
 * A test plugin.  echo/word reports every whole-word occurrence of a word
 * in the source (option "word"), suggests "replacement" as the fix when it
 * is set, and stops after "limit" findings when that is above 0.  The CLI
 * tests use it to see findings they can predict to the byte; a copy of it
 * is also built against an installed clerk, to show a plugin needs nothing
 * but the public header.
 */
#include "clerk/plugin.h"

#include <string.h>

static int is_word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || (unsigned char)c >= 0x80;
}

static void check_word(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const char *word = api->option_string(ctx, "word");
    const char *replacement = api->option_string(ctx, "replacement");
    long limit = api->option_int(ctx, "limit"), found = 0;
    if (!word || !*word)
        return;
    if (replacement && !*replacement)
        replacement = NULL;
    size_t len, n = strlen(word);
    const char *src = api->source(doc, &len);
    for (size_t i = 0; i + n <= len && (limit <= 0 || found < limit); i++) {
        if (memcmp(src + i, word, n) != 0 || (i > 0 && is_word_byte(src[i - 1])) ||
            (i + n < len && is_word_byte(src[i + n])))
            continue;
        api->report(ctx, i, n, replacement, "found \"%s\"", word);
        found++;
        i += n - 1;
    }
}

static const clerk_option options[] = {
    {"word", "string", "TODO", "the word to report"},
    {"replacement", "string", "", "the fix to suggest; none when empty"},
    {"limit", "int", "0", "report at most this many per document; 0 for all"},
    {NULL, NULL, NULL, NULL},
};

static const char *const good[] = {"Nothing is left to do.\n", NULL};
static const char *const bad[] = {"One TODO remains.\n", NULL};

static const clerk_rule rules[] = {
    {
        .name = "word",
        .summary = "Reports a word wherever it occurs",
        .severity = CLERK_WARNING,
        .check = check_word,
        .options = options,
        .good = good,
        .bad = bad,
    },
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "echo",
    .version = "1.0.0",
    .summary = "Test plugin: reports a chosen word",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
