/*
 * procedure/annex-reference: what the text says an annex is ("a draft
 * resolution (annex II)") is what the annex is headed ("Draft resolution").
 *
 * Whether an announced annex exists at all, and whether every annex is
 * announced, is the structure plugin's (structure/annex-missing and
 * structure/annex-unannounced), for every reference to the document's own
 * annexes.  This rule adds the one case structure leaves: a reference that
 * says it is to the present document ("annex III to the present letter")
 * although the core also read it as pointing elsewhere, which structure
 * skips as another document's annex.
 */
#include "procedure.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The annex numbered n; a lone unnumbered annex answers to "annex I", and
 * a lone annex to a bare "annex" (n 0: "the draft decision annexed"). */
static const clerk_section *find_annex(const clerk_api *api, const clerk_doc *doc, int n)
{
    const clerk_section *lone = NULL;
    size_t annexes = 0;
    for (size_t s = 0, count = api->section_count(doc); s < count; s++) {
        const clerk_section *sec = api->section(doc, s);
        if (sec->kind != CLERK_SECTION_ANNEX)
            continue;
        annexes++;
        if (n && sec->number == n)
            return sec;
        if (sec->number == 0 || n == 0)
            lone = sec;
    }
    return annexes == 1 && (n == 0 || (n == 1 && lone)) ? lone : NULL;
}

/* How an annex reads at its head: its title and the heading-like lines
 * among its first blocks (a plain-text conversion keeps headings as short
 * paragraphs). */
enum { HEAD_BLOCKS = 3 };

typedef struct annex_head {
    const char *text[HEAD_BLOCKS + 1];
    size_t length[HEAD_BLOCKS + 1];
    size_t count;
} annex_head;

static void read_head(const clerk_api *api, const clerk_doc *doc, const clerk_section *sec,
                      annex_head *h)
{
    h->count = 0;
    h->text[h->count] = sec->title;
    h->length[h->count++] = strlen(sec->title);
    for (size_t i = 0; i < sec->block_count && i < HEAD_BLOCKS; i++) {
        const clerk_block *b = api->block(doc, sec->first_block + i);
        if (is_heading_like(b)) {
            h->text[h->count] = b->text;
            h->length[h->count++] = b->text_length;
        }
    }
}

static int head_has(const annex_head *h, const phrase_list *list)
{
    for (size_t i = 0; i < h->count; i++)
        if (phrase_in(list, h->text[i], 0, h->length[i]))
            return 1;
    return 0;
}

static int word_is(const char *word, size_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(word, w, n) == 0;
}

static int is_listed(const phrase_list *list, const char *word, size_t n)
{
    for (size_t i = 0; i < list->count; i++)
        if (word_is(word, n, list->items[i]))
            return 1;
    return 0;
}

static int head_has_word(const annex_head *h, const char *word, size_t n)
{
    char copy[64];
    snprintf(copy, sizeof copy, "%.*s", (int)n, word);
    char *items[] = {copy};
    phrase_list one = {.items = items, .count = 1};
    phrase_list_index(&one);
    return head_has(h, &one);
}

/*
 * The annex is what was promised: titles of one group of equivalents
 * ("explanatory memorandum", "explanatory note") answer for each other;
 * otherwise the noun the promise is about (its last word before a
 * preposition: "draft resolution", "list of participants") is at the
 * annex's head, or one of the words that qualify it is ("Participants"),
 * or the promise is a resolution and the untitled annex holds one.
 */
static int keeps_promise(const procedure_state *st, const char *promised, const clerk_section *sec,
                         const annex_head *h)
{
    size_t len = strlen(promised);
    for (size_t g = 0; g < st->equivalent_count; g++)
        if (phrase_in(&st->equivalents[g], promised, 0, len))
            return head_has(h, &st->equivalents[g]);
    const char *noun = NULL;
    size_t noun_length = 0;
    int qualified = 0;
    for (size_t p = 0; p < len;) {
        while (p < len && !isalpha((unsigned char)promised[p]))
            p++;
        size_t start = p;
        while (p < len && (isalpha((unsigned char)promised[p]) || promised[p] == '-'))
            p++;
        const char *w = promised + start;
        size_t n = p - start;
        int preposition = is_listed(&st->qualifiers, w, n);
        if (!n || is_listed(&st->filler, w, n) || (preposition && !noun))
            continue;
        if (preposition)
            qualified = 1;
        else if (!qualified)
            noun = w, noun_length = n;
        else if (head_has_word(h, w, n))
            return 1;
    }
    if (!noun || head_has_word(h, noun, noun_length))
        return 1;
    return word_is(noun, noun_length, "resolution") && sec->is_resolution && !sec->title[0];
}

/* The reference names the annex as what it promises: "a draft resolution
 * (annex II)", "attached as annex II", "the draft decision annexed hereto"
 * — not "the list contained in annex II", which is often one part of it. */
static int names_annex(const clerk_block *b, const clerk_xref *x)
{
    const char *t = b->text;
    size_t at = x->loc.text_offset, end = at + x->loc.text_length;
    if (at > 0 && t[at - 1] == '(' && end < b->text_length && t[end] == ')')
        return 1;
    if (at + 7 <= b->text_length && strncasecmp(t + at, "annexed", 7) == 0)
        return 1;
    size_t p = at;
    while (p > 0 && isspace((unsigned char)t[p - 1]))
        p--;
    return p >= 2 && (p == 2 || !isalpha((unsigned char)t[p - 3])) && strncasecmp(t + p - 2, "as", 2) == 0;
}

/* The annex's heading for the message: its title, else its first words. */
static void heading_of(const annex_head *h, char *out, size_t size)
{
    enum { SHOWN = 60 };
    for (size_t i = 0; i < h->count; i++) {
        if (!h->length[i])
            continue;
        size_t n = h->length[i] < SHOWN ? h->length[i] : SHOWN;
        while (n < h->length[i] && n > 0 && ((unsigned char)h->text[i][n] & 0xC0) == 0x80)
            n--; /* not in the middle of a character */
        snprintf(out, size, "%.*s%s", (int)n, h->text[i], n < h->length[i] ? "..." : "");
        return;
    }
    snprintf(out, size, "(empty)");
}

static void annex_name(int n, char *out, size_t size)
{
    static const char *const numerals[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    if (n >= 1 && n <= 10)
        snprintf(out, size, "annex %s", numerals[n]);
    else
        snprintf(out, size, "annex %d", n);
}

void check_annex_reference(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const procedure_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_XREF); i < n; i++) {
        const clerk_xref *x = clerk_xref_at(api, doc, i);
        if (x->kind != CLERK_XREF_ANNEX || x->first < 0 || (x->external && !x->present_document))
            continue;
        char name[32] = "the annex";
        if (x->first)
            annex_name(x->first, name, sizeof name);
        const clerk_section *sec = find_annex(api, doc, x->first);
        if (!sec) {
            if (x->external && x->first) /* structure took it for another document's */
                api->report(ctx, x->loc.offset, x->loc.length, NULL,
                            "%s of the present document is cited here, but the document has no %s",
                            name, name);
            continue;
        }
        if (!x->promised[0] || x->last != x->first || !names_annex(api->block(doc, x->loc.block), x))
            continue;
        annex_head h;
        read_head(api, doc, sec, &h);
        if (keeps_promise(st, x->promised, sec, &h))
            continue;
        char heading[80];
        heading_of(&h, heading, sizeof heading);
        api->report(ctx, x->loc.offset, x->loc.length, NULL,
                    "%s is announced as \"%s\", but it is headed \"%s\"", name, x->promised, heading);
    }
}
