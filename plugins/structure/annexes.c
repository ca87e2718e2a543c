/*
 * structure/annex-missing and structure/annex-unannounced: the annexes a
 * document announces ("an explanatory note (annex I)", "annexed to the
 * present resolution", "see annex") are the annexes it has, both ways.
 *
 * Announcements are the core's cross-reference entities of kind annex that
 * point into the document itself (not "the annex to resolution 59/50");
 * annexes are its sections of kind annex.  A bare "annex" names whichever
 * annex there is.
 */
#include "structure.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Annex numbers are small; anything beyond is a misreading, not an annex. */
enum { MAX_ANNEX = 64 };

/* The section of kind annex numbered n (0: unnumbered), or NULL. */
static const clerk_section *find_annex(const clerk_api *api, const clerk_doc *doc, int n)
{
    for (size_t s = 0, count = api->section_count(doc); s < count; s++) {
        const clerk_section *sec = api->section(doc, s);
        if (sec->kind == CLERK_SECTION_ANNEX && sec->number == n)
            return sec;
    }
    return NULL;
}

static size_t annex_count(const clerk_api *api, const clerk_doc *doc)
{
    size_t annexes = 0;
    for (size_t s = 0, count = api->section_count(doc); s < count; s++)
        if (api->section(doc, s)->kind == CLERK_SECTION_ANNEX)
            annexes++;
    return annexes;
}

/* A lone unnumbered annex answers to "annex I" as well as to "annex". */
static int annex_exists(const clerk_api *api, const clerk_doc *doc, int n)
{
    if (find_annex(api, doc, n))
        return 1;
    return n == 1 && annex_count(api, doc) == 1 && find_annex(api, doc, 0);
}

static int is_own_annex_ref(const clerk_xref *x)
{
    return x->kind == CLERK_XREF_ANNEX && !x->external;
}

/*
 * A reference that surely means this document's annex: one in its running
 * text that says so ("annex II to the present letter"), or any one in the
 * running text of a document that has annexes.  Footnotes cite sources
 * ("Ibid., annex II") and tables quote other texts; a text with no annex at
 * all most often speaks of another document's ("its resolution 47/5, the
 * annex to which ...").
 */
static int is_announcement(const clerk_api *api, const clerk_doc *doc, const clerk_xref *x)
{
    clerk_block_kind where = api->block(doc, x->loc.block)->kind;
    if (!is_own_annex_ref(x) || where == CLERK_BLOCK_FOOTNOTE || where == CLERK_BLOCK_TABLE_CELL)
        return 0;
    return x->present_document || annex_count(api, doc) > 0;
}

static void format_annex(int n, char *out, size_t size)
{
    char numeral[16];
    label_roman(n, 1, numeral, sizeof numeral);
    snprintf(out, size, "annex %s", numeral);
}

void check_annex_missing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_XREF); i < n; i++) {
        const clerk_xref *x = clerk_xref_at(api, doc, i);
        if (!is_announcement(api, doc, x))
            continue;
        if (x->first == 0) {
            if (annex_count(api, doc) == 0)
                api->report(ctx, x->loc.offset, x->loc.length, NULL,
                            "an annex is announced here but the document has none");
            continue;
        }
        int last = x->last < x->first ? x->first : x->last;
        if (last > MAX_ANNEX)
            continue;
        for (int a = x->first; a <= last; a++) {
            if (annex_exists(api, doc, a))
                continue;
            char name[32];
            format_annex(a, name, sizeof name);
            api->report(ctx, x->loc.offset, x->loc.length, NULL,
                        "%s is announced here but the document has no %s", name, name);
        }
    }
}

/* Case-insensitive search for a word in a block's text. */
static int has_word(const char *text, size_t len, const char *word)
{
    size_t w = strlen(word);
    for (size_t i = 0; i + w <= len; i++) {
        if (strncasecmp(text + i, word, w) != 0)
            continue;
        int starts = i == 0 || !isalpha((unsigned char)text[i - 1]);
        int ends = i + w == len || !isalpha((unsigned char)text[i + w]);
        if (starts && ends)
            return 1;
    }
    return 0;
}

/*
 * A letter often announces its one annex without the word: "I have the
 * honour to transmit herewith the statement ...".  Such wording outside the
 * annex announces it when it is the only one.
 */
static int transmitted_herewith(const clerk_api *api, const clerk_doc *doc, size_t annex_section)
{
    static const char *const words[] = { "herewith", "hereto", "attached", "enclosed", "annexed" };
    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (b->section == annex_section)
            continue;
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
            if (has_word(b->text, b->text_length, words[w]))
                return 1;
    }
    return 0;
}

static int is_announced(const clerk_api *api, const clerk_doc *doc, size_t section,
                        const clerk_section *annex)
{
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_XREF); i < n; i++) {
        const clerk_xref *x = clerk_xref_at(api, doc, i);
        if (!is_own_annex_ref(x) || api->block(doc, x->loc.block)->section == section)
            continue;
        int number = annex->number ? annex->number : 1; /* a lone annex answers to "annex I" */
        if (x->first == 0 || (number >= x->first && number <= (x->last < x->first ? x->first : x->last)))
            return 1;
    }
    return annex_count(api, doc) == 1 && transmitted_herewith(api, doc, section);
}

/* The annex's first line ("Annex II", "## Annex II"), where it is reported. */
static size_t first_line_length(const clerk_api *api, const clerk_doc *doc, const clerk_section *sec)
{
    size_t len;
    const char *src = api->source(doc, &len);
    size_t end = sec->offset;
    while (end < len && end < sec->offset + sec->length && src[end] != '\n' && src[end] != '\r')
        end++;
    return end - sec->offset;
}

void check_annex_unannounced(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t s = 0, count = api->section_count(doc); s < count; s++) {
        const clerk_section *sec = api->section(doc, s);
        if (sec->kind != CLERK_SECTION_ANNEX || is_announced(api, doc, s, sec))
            continue;
        char name[32] = "the annex";
        if (sec->label[0])
            snprintf(name, sizeof name, "annex %s", sec->label);
        else if (sec->number)
            format_annex(sec->number, name, sizeof name);
        api->report(ctx, sec->offset, first_line_length(api, doc, sec), NULL,
                    "%s is not announced anywhere in the document", name);
    }
}
