/*
 * committee: a house rule on the names of the Main Committees of the
 * General Assembly.  They are named in words, both words capitalized:
 * "Third Committee", never "3rd Committee", "third Committee" or "Third
 * committee".  All in lower case ("the first committee of experts") is
 * left alone: it is as likely a committee of something else; all in
 * capitals is a heading's style.
 *
 * Built against the installed clerk/plugin.h only; see the Makefile
 * (pkg-config) and CMakeLists.txt (find_package).
 */
#include <clerk/plugin.h>

#include <string.h>

static const char *const names[] = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth"};
static const char *const figures[] = {"1st", "2nd", "3rd", "4th", "5th", "6th"};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }
static int upper(int c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }

/* Written in capitals throughout, as some headings are. */
static int shouted(const char *s, const char *name, size_t length)
{
    for (size_t i = 0; i < length; i++)
        if (s[i] != upper((unsigned char)name[i]))
            return 0;
    return 1;
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Length of word at s (ignoring case) when s starts with it as a whole
 * word; else 0. */
static size_t word_at(const char *s, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - s) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != lower((unsigned char)word[i]))
            return 0;
    return s + n < end && is_word_byte((unsigned char)s[n]) ? 0 : n;
}

/* The Main Committee named at s: its number 1..6, the bytes of the name in
 * *length, and in *figure whether the ordinal was written in figures. */
static int committee_at(const char *s, const char *end, size_t *length, int *figure)
{
    for (int k = 0; k < 6; k++) {
        size_t n = word_at(s, end, names[k]);
        *figure = !n;
        if (!n)
            n = word_at(s, end, figures[k]);
        if (!n || s + n >= end || s[n] != ' ')
            continue;
        size_t m = word_at(s + n + 1, end, "committee");
        if (m) {
            *length = n + 1 + m;
            return k + 1;
        }
    }
    return 0;
}

static void check_names(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t b = 0; b < api->block_count(doc); b++) {
        const clerk_block *block = api->block(doc, b);
        if (block->kind == CLERK_BLOCK_CODE || block->kind == CLERK_BLOCK_COMMENT)
            continue;
        const char *text = block->text, *end = text + block->text_length;
        for (const char *s = text; s < end; s++) {
            size_t length;
            int figure, k;
            if ((s > text && is_word_byte((unsigned char)s[-1])) || !(k = committee_at(s, end, &length, &figure)))
                continue;
            char right[32];
            strcpy(right, names[k - 1]);
            strcat(right, " Committee");
            int all_lower = !figure && s[0] == lower(s[0]) && s[length - 9] == 'c';
            if (memcmp(s, right, length) != 0 && !all_lower && !shouted(s, right, length))
                api->report_text(ctx, b, (size_t)(s - text), length, right,
                                 figure ? "\"%.*s\": a Main Committee is named in words, \"%s\""
                                        : "\"%.*s\": a Main Committee is named with capitals, \"%s\"",
                                 (int)length, s, right);
            s += length - 1;
        }
    }
}

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

static const clerk_rule rules[] = {
    {
        .name = "main-committee-name",
        .summary = "The Main Committees are named in words, with capitals: \"Third Committee\"",
        .severity = CLERK_WARNING,
        .check = check_names,
        .description =
            "The six Main Committees of the General Assembly are named by their ordinal in "
            "words, both words capitalized.  A name in figures or half in lower case is "
            "reported with the name as the fix.",
        .good = DOCS("The draft was referred to the Third Committee.\n",
                     "The first committee of experts met in Geneva.\n"),
        .bad = DOCS("The draft was referred to the 3rd Committee.\n",
                    "The report of the Sixth committee was adopted.\n"),
    },
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "committee",
    .version = "1.0.0",
    .summary = "House rules for the names of committees",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
