/*
 * How a resolution cites resolutions in its own text (Editorial Manual):
 * the Assembly and the Council cite their own as "its resolution 59/50"
 * (references/its-resolution), and every resolution by its number rather
 * than its document symbol, "resolution 59/50", not "A/RES/59/50"
 * (references/running-text-symbol).  Both concern only the preambular and
 * operative paragraphs of a General Assembly or Security Council resolution
 * or draft; footnotes, annexes and other documents cite as they need.
 */
#include "references.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *body_name(clerk_body body)
{
    switch (body) {
    case CLERK_BODY_GA: return "General Assembly";
    case CLERK_BODY_SC: return "Security Council";
    case CLERK_BODY_ECOSOC: return "Economic and Social Council";
    case CLERK_BODY_HRC: return "Human Rights Council";
    default: return NULL;
    }
}

/* The body whose resolution the block is running text of (GA or SC), else
 * UNKNOWN. */
static clerk_body citing_body(const clerk_api *api, const clerk_doc *doc, size_t block)
{
    const clerk_block *b = api->block(doc, block);
    const clerk_section *s = block_section(api, doc, block);
    if (!b || !s || !s->is_resolution ||
        (b->kind != CLERK_BLOCK_PARAGRAPH && b->kind != CLERK_BLOCK_LIST_ITEM) ||
        (b->role != CLERK_ROLE_PREAMBULAR && b->role != CLERK_ROLE_OPERATIVE &&
         b->role != CLERK_ROLE_SUBPARAGRAPH))
        return CLERK_BODY_UNKNOWN;
    return s->resolution_body == CLERK_BODY_GA || s->resolution_body == CLERK_BODY_SC
               ? s->resolution_body : CLERK_BODY_UNKNOWN;
}

/* Whether src[at - n, at) is `word` standing alone before a space at `at`. */
static int word_before(const char *src, size_t at, const char *word, size_t *start)
{
    size_t n = strlen(word);
    if (at < n + 1 || src[at - 1] != ' ' || memcmp(src + at - 1 - n, word, n) != 0)
        return 0;
    *start = at - 1 - n;
    return *start == 0 || !isalpha((unsigned char)src[*start - 1]);
}

/* Past the words that may stand between a paragraph's opening verb and
 * what it governs: "*Recalling also* General Assembly resolution ...". */
static size_t skip_connectors(const char *t, size_t len, size_t p)
{
    static const char *const words[] = {"also", "further", "furthermore", "moreover", "again",
                                        "in particular", "especially", "all"};
    for (;;) {
        while (p < len && (t[p] == ' ' || t[p] == ','))
            p++;
        size_t k = 0;
        for (; k < sizeof words / sizeof words[0]; k++) {
            size_t n = strlen(words[k]);
            if (p + n <= len && memcmp(t + p, words[k], n) == 0 &&
                (p + n == len || !isalpha((unsigned char)t[p + n])))
                break;
        }
        if (k == sizeof words / sizeof words[0])
            return p;
        p += strlen(words[k]);
    }
}

/* Whether the body's name at text[at] is what the paragraph's own verb
 * governs, so that the body itself is citing: "*Recalling* General
 * Assembly resolution 59/50", "*Reaffirms* Security Council resolution
 * 1631 (2005)", and not "calls upon States to implement General Assembly
 * resolution 59/50", where the name is needed. */
static int governed_by_opening(const clerk_block *b, size_t at)
{
    size_t p = b->lead_length;
    if (!p) /* no italics: the opening verb is the first word */
        while (p < b->text_length && isalpha((unsigned char)b->text[p]))
            p++;
    return p > 0 && skip_connectors(b->text, b->text_length, p) == at;
}

/* Where the body's name stands before a citation in its block's text, or
 * (size_t)-1: "General Assembly resolution(s) 59/50". */
static size_t name_before(const clerk_block *b, const clerk_resolution_ref *r, const char *name)
{
    size_t n = strlen(name), p = r->loc.text_offset;
    const char *t = b->text;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    size_t word = p;
    while (word > 0 && isalpha((unsigned char)t[word - 1]))
        word--;
    if (p - word < 10 || strncmp(t + word, "resolution", 10) != 0 || word < n + 1 ||
        t[word - 1] != ' ' || memcmp(t + word - 1 - n, name, n) != 0)
        return (size_t)-1;
    return word - 1 - n;
}

/* Where a citation ends in its block's text, with the date cited with it. */
static size_t citation_end(const clerk_api *api, const clerk_doc *doc,
                           const clerk_resolution_ref *r)
{
    size_t end = r->loc.text_offset + r->loc.text_length;
    if (r->flags & CLERK_REF_HAS_DATE) {
        const clerk_date *d = clerk_date_at(api, doc, r->date_index);
        if (d && d->loc.block == r->loc.block && d->loc.text_offset >= end)
            end = d->loc.text_offset + d->loc.text_length;
    }
    return end;
}

/* Whether the list of citations opened by entity i is set beside another
 * body's: "General Assembly resolution 70/262 and Security Council
 * resolution 2282 (2016)" names both bodies on purpose. */
static int paired_with_other_body(const clerk_api *api, const clerk_doc *doc, size_t i,
                                  clerk_body own)
{
    const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
    const clerk_block *b = api->block(doc, r->loc.block);
    size_t n = api->entity_count(doc, CLERK_ENT_RESOLUTION), k = i + 1;
    while (k < n && clerk_resolution_at(api, doc, k)->keyword_offset == r->keyword_offset)
        k++;
    if (k == n)
        return 0;
    const clerk_resolution_ref *next = clerk_resolution_at(api, doc, k);
    const char *name = body_name(next->body);
    if (next->loc.block != r->loc.block || next->body == own || !name ||
        !(next->flags & CLERK_REF_BODY_EXPLICIT))
        return 0;
    size_t at = name_before(b, next, name);
    size_t p = citation_end(api, doc, clerk_resolution_at(api, doc, k - 1));
    if (at == (size_t)-1 || at < p)
        return 0;
    if (p < at && b->text[p] == ',')
        p++;
    while (p < at && b->text[p] == ' ')
        p++;
    return p == at || (at - p == 4 && memcmp(b->text + p, "and ", 4) == 0);
}

void check_its_resolution(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        clerk_body own = citing_body(api, doc, r->loc.block);
        /* the first of a list carries the words; "resolutions 1 and 2" once */
        if (own == CLERK_BODY_UNKNOWN || r->body != own || r->form == CLERK_FORM_SYMBOL ||
            (r->flags & CLERK_REF_OWN) || !(r->flags & CLERK_REF_BODY_EXPLICIT))
            continue;
        const clerk_block *b = api->block(doc, r->loc.block);
        const char *name = body_name(own);
        size_t at = name_before(b, r, name);
        if (at == (size_t)-1 || !governed_by_opening(b, at) ||
            paired_with_other_body(api, doc, i, own))
            continue;
        api->report_text(ctx, r->loc.block, at, strlen(name), "its",
                         "the %s cites its own resolutions as \"its resolution ...\"", name);
    }
}

/* "resolution 59/50", "Security Council resolution 1631 (2005)" for a symbol. */
static int number_form(const clerk_resolution_ref *r, clerk_body own, int keyword_before,
                       char *buf, size_t size)
{
    char label[16], number[48];
    if (r->body == CLERK_BODY_SC) {
        if (!r->year)
            return 0;
        snprintf(number, sizeof number, "%d (%d)", r->number, r->year);
    } else if (r->session) {
        session_label(r->session_kind, r->session, 0, label, sizeof label);
        snprintf(number, sizeof number, "%s/%d", label, r->number);
    } else {
        return 0; /* A/RES/1514: the roman numeral follows in the text */
    }
    const char *name = r->body == own ? NULL : body_name(r->body);
    if (keyword_before)
        snprintf(buf, size, "%s", number);
    else if (name)
        snprintf(buf, size, "%s resolution %s", name, number);
    else
        snprintf(buf, size, "resolution %s", number);
    return 1;
}

void check_running_text_symbol(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const char *src = api->source(doc, NULL);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        clerk_body own = citing_body(api, doc, r->loc.block);
        if (own == CLERK_BODY_UNKNOWN || r->form != CLERK_FORM_SYMBOL ||
            r->kind != CLERK_REF_RESOLUTION)
            continue;
        size_t start;
        int keyword_before = r->keyword_offset != r->loc.offset ||
                             word_before(src, r->loc.offset, "resolution", &start) ||
                             word_before(src, r->loc.offset, "resolutions", &start);
        char right[96], cited[64];
        source_text(api, doc, r->loc.offset, r->loc.length, cited, sizeof cited);
        if (!number_form(r, own, keyword_before, right, sizeof right))
            continue;
        /* "the General Assembly resolution, A/RES/70/1, entitled", "(document
         * A/RES/75/291)": no replacement of the symbol alone reads well */
        int apposition = (r->loc.offset >= 12 &&
                          memcmp(src + r->loc.offset - 12, "resolution, ", 12) == 0) ||
                         word_before(src, r->loc.offset, "document", &start);
        api->report(ctx, r->loc.offset, r->loc.length, apposition ? NULL : right,
                    "in the text of a resolution, \"%s\" is cited as \"%s\"", cited, right);
    }
}
