/*
 * length: a word limit by type of document, the type read from the
 * masthead.  A letter, a report, a draft resolution and a resolution each
 * have their own limit, set by the rule's options; the finding stands on
 * the first word past the limit, so the writer sees where to cut.
 *
 * The defaults are placeholders: set the limits your house applies in
 * .clerk.json, as in tests/limits.json.
 *
 * Built against the installed clerk/plugin.h only; see the Makefile
 * (pkg-config) and CMakeLists.txt (find_package).
 */
#include <clerk/plugin.h>

#include <string.h>

/* Document types, each with the option that sets its limit. */
static const struct {
    const char *option, *name;
} types[] = {
    {"letter", "letter"},
    {"report", "report"},
    {"draft", "draft resolution"},
    {"resolution", "resolution"},
    {"other", "document"},
};

enum { LETTER, REPORT, DRAFT, RESOLUTION, OTHER };

/* The masthead says which: the symbol (A/RES/..., .../L.n), a date of
 * adoption, a "Letter dated ..." title, a title opening with "Report". */
static int type_of(const clerk_masthead *m)
{
    if (strstr(m->symbol, "/RES/") || m->adoption_date.year)
        return RESOLUTION;
    if (strstr(m->symbol, "/L."))
        return DRAFT;
    if (m->letter_date.year)
        return LETTER;
    if (strncmp(m->title, "Report", 6) == 0)
        return REPORT;
    return OTHER;
}

/* What is counted: the text after the front matter, comments and code aside. */
static int counted(const clerk_api *api, const clerk_doc *doc, const clerk_block *b)
{
    const clerk_section *s = api->section(doc, b->section);
    return s && s->kind != CLERK_SECTION_FRONT && b->role != CLERK_ROLE_MASTHEAD &&
           b->kind != CLERK_BLOCK_COMMENT && b->kind != CLERK_BLOCK_CODE;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* A word is a run between spaces holding a letter or a digit ("-" and "—"
 * alone are not words). */
static int has_alnum(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
            return 1;
    }
    return 0;
}

static void check_word_limit(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    int type = type_of(api->masthead(doc));
    long limit = api->option_int(ctx, types[type].option);
    if (limit <= 0)
        return; /* no limit for this type */
    size_t words = 0, past_block = 0, past_offset = 0, past_length = 0;
    for (size_t b = 0; b < api->block_count(doc); b++) {
        const clerk_block *block = api->block(doc, b);
        if (!counted(api, doc, block))
            continue;
        const char *text = block->text;
        for (size_t i = 0; i < block->text_length;) {
            while (i < block->text_length && is_space(text[i]))
                i++;
            size_t start = i;
            while (i < block->text_length && !is_space(text[i]))
                i++;
            if (i > start && has_alnum(text + start, i - start) && ++words == (size_t)limit + 1) {
                past_block = b;
                past_offset = start;
                past_length = i - start;
            }
        }
    }
    if (words > (size_t)limit)
        api->report_text(ctx, past_block, past_offset, past_length, NULL,
                         "this %s has %zu words, %zu over its limit of %ld (option \"%s\"): the "
                         "limit is passed here",
                         types[type].name, words, words - (size_t)limit, limit, types[type].option);
}

static const clerk_option options[] = {
    {"letter", "int", "1500", "words allowed in a letter; 0 for no limit"},
    {"report", "int", "10700", "words allowed in a report; 0 for no limit"},
    {"draft", "int", "3000", "words allowed in a draft resolution; 0 for no limit"},
    {"resolution", "int", "3000", "words allowed in a resolution; 0 for no limit"},
    {"other", "int", "0", "words allowed in any other document; 0 for no limit"},
    {NULL, NULL, NULL, NULL},
};

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})
/* Short words: an example stays under the 4095 bytes C requires of a string. */
#define WORDS_10 "a a a a a a a a a a "
#define WORDS_100 WORDS_10 WORDS_10 WORDS_10 WORDS_10 WORDS_10 WORDS_10 WORDS_10 WORDS_10 WORDS_10 WORDS_10
#define WORDS_500 WORDS_100 WORDS_100 WORDS_100 WORDS_100 WORDS_100
#define LETTER_FRONT                                                                        \
    "United Nations\n\nA/64/142\n\nGeneral Assembly\n\nDistr.: General\n\n11 August 2009\n\n" \
    "Letter dated 14 July 2009 from the Permanent Representative of Ruritania addressed to "  \
    "the Secretary-General\n\n"

static const clerk_rule rules[] = {
    {
        .name = "word-limit",
        .summary = "A document keeps within the word limit of its type",
        .severity = CLERK_WARNING,
        .check = check_word_limit,
        .description =
            "Letters, reports, draft resolutions and resolutions each have a word limit, set "
            "by this rule's options.  The type is read from the masthead: the symbol (A/RES/, "
            "/L.), a date of adoption, a \"Letter dated\" title, a title opening with "
            "\"Report\".  The words after the front matter are counted, and the finding "
            "stands on the first word past the limit.",
        .options = options,
        .good = DOCS(LETTER_FRONT "I have the honour to ask for a meeting.\n"),
        .bad = DOCS(LETTER_FRONT WORDS_500 WORDS_500 WORDS_500 "and one more.\n"),
    },
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "length",
    .version = "1.0.0",
    .summary = "Word limits by type of document",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
