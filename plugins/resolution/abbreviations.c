/*
 * Abbreviations: spelt out the first time, "Collective Security Treaty
 * Organization (CSTO)", and used alone after that — not before, and not
 * spelt out again.  Each resolution of a document is a text of its own.
 *
 * A definition is a parenthesised abbreviation whose capitals can be read,
 * in order, in the words before it, the first of them starting one of those
 * words.  Left aside: a name the abbreviation stays part of ("the SIDS
 * Accelerated Modalities of Action (SAMOA) Pathway" names a document),
 * text in quotation marks (titles are quoted as written), headings (which
 * name their subject in full), Roman numerals ("(XXV)"), and the
 * abbreviations United Nations texts use without spelling them out
 * (common-abbreviations.json).
 */
#include "resolution.h"

#include <stdlib.h>
#include <string.h>

static int is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_alnum(char c)
{
    return is_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int is_token_char(char c)
{
    return is_alnum(c) || c == '-' || c == '&';
}

/* The offset of the text (len bytes at s) is inside a quotation: “...” or
 * "...". */
static int in_quotes(const char *s, size_t len, size_t offset)
{
    int curly = 0, straight = 0;
    for (size_t i = 0; i < offset; i++) {
        if (s[i] == '"')
            straight = !straight;
        else if ((unsigned char)s[i] == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D))
            curly = (unsigned char)s[i + 2] == 0x9C;
    }
    return curly || straight;
}

/* Mostly capitals, at least two of them, and not a Roman numeral. */
static int abbreviation_shaped(const char *s, size_t n)
{
    size_t upper = 0, letters = 0, roman = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_upper(s[i])) {
            upper++;
            roman += strchr("IVXL", s[i]) != NULL;
        }
        letters += is_alnum(s[i]) && !(s[i] >= '0' && s[i] <= '9');
    }
    return is_upper(s[0]) && upper >= 2 && 2 * upper >= letters && roman < n;
}

static char lower(char c)
{
    return is_upper(c) ? (char)(c - 'A' + 'a') : c;
}

/* The capitals of the abbreviation (n bytes at a) read in order in
 * text[from, to), the first of them at from. */
static int spelt_in(const char *a, size_t n, const char *text, size_t from, size_t to)
{
    size_t k = 0;
    while (k < n && !is_upper(a[k]))
        k++;
    for (size_t i = from; i < to && k < n; i++) {
        if (lower(text[i]) == lower(a[k])) {
            do
                k++;
            while (k < n && !is_upper(a[k]));
        } else if (i == from) {
            return 0;
        }
    }
    return k == n;
}

/* "(CSTO)" at text[open] spells out the abbreviation (n bytes at a): its
 * capitals can be read from the start of one of the words before it. */
static int defines(const char *text, size_t open, const char *a, size_t n)
{
    size_t words = 0;
    for (size_t i = open; i-- > 0 && words <= n + 4;) {
        if (text[i] == ' ')
            words++;
        else if (is_alnum(text[i]) && (i == 0 || !is_alnum(text[i - 1])) &&
                 spelt_in(a, n, text, i, open))
            return 1;
    }
    return 0;
}

/* The length of "(ABBR)" at text[i] when it holds an abbreviation; 0 else. */
static size_t bracketed_at(const char *text, size_t len, size_t i)
{
    if (text[i] != '(')
        return 0;
    size_t j = i + 1;
    while (j < len && is_token_char(text[j]))
        j++;
    return j < len && j > i + 1 && text[j] == ')' && abbreviation_shaped(text + i + 1, j - i - 1)
               ? j + 1 - i
               : 0;
}

/* A capitalised word follows: "(SAMOA) Pathway" names something else. */
static int name_goes_on(const char *text, size_t len, size_t i)
{
    return i + 1 < len && text[i] == ' ' && is_upper(text[i + 1]);
}

/* "(b) Security Sector Reform (SSR)", "Special Criminal Court (SCC):": a
 * heading names its subject in full whatever came before. */
static int heading_like(memo *m, size_t i, const clerk_block *b)
{
    if (b->role == CLERK_ROLE_TITLE || b->kind == CLERK_BLOCK_HEADING)
        return 1;
    if (b->text_length >= 120)
        return 0;
    int mark = memo_block(m, i)->mark;
    return mark == 0 || mark == ':';
}

static int push(mentions *m, mention x)
{
    if (m->count == m->capacity) {
        size_t cap = m->capacity ? 2 * m->capacity : 16;
        mention *items = realloc(m->items, cap * sizeof *items);
        if (!items)
            return -1;
        m->items = items;
        m->capacity = cap;
    }
    m->items[m->count++] = x;
    return 0;
}

/* The resolution's own text: its blocks up to the closing lines. */
static size_t text_end(const clerk_api *api, const clerk_doc *doc, const resolution *r)
{
    for (size_t i = r->first; i < r->end; i++)
        if (api->block(doc, i)->role == CLERK_ROLE_CLOSING)
            return i;
    return r->end;
}

int definitions_of(memo *m, const resolution *r, mentions *out)
{
    const word_list *common = &m->st->abbreviations;
    size_t end = text_end(m->api, m->doc, r);
    for (size_t i = r->first; i < end; i++) {
        const clerk_block *b = m->api->block(m->doc, i);
        if (!is_text_block(b) || heading_like(m, i, b))
            continue;
        const char *open;
        size_t len = b->text_length;
        for (size_t j = 0; (open = memchr(b->text + j, '(', len - j)) != NULL; j++) {
            j = (size_t)(open - b->text);
            size_t n = bracketed_at(b->text, len, j);
            if (n == 0 || in_quotes(b->text, len, j) || name_goes_on(b->text, len, j + n) ||
                !defines(b->text, j, b->text + j + 1, n - 2) ||
                word_list_has(common, b->text + j + 1, n - 2))
                continue;
            if (push(out, (mention){ i, j + 1, n - 2 }) != 0)
                return -1;
        }
    }
    return 0;
}

/* The abbreviation used alone at text[i]: a whole word, not part of a
 * symbol ("A/RES/"), a longer name ("UN-Women") or its own brackets. */
static int used_at(const char *text, size_t len, size_t i, size_t n)
{
    char before = i > 0 ? text[i - 1] : ' ', after = i + n < len ? text[i + n] : ' ';
    if (is_alnum(before) || before == '/' || is_alnum(after) || after == '/' ||
        (after == '-' && i + n + 1 < len && is_upper(text[i + n + 1])))
        return 0;
    return !(before == '(' && after == ')') && !in_quotes(text, len, i);
}

/* The first use of the abbreviation before where it is spelt out. */
static int used_before(const clerk_api *api, const clerk_doc *doc, const resolution *r,
                       const mention *def, const char *a, mention *use)
{
    for (size_t i = r->first; i <= def->block; i++) {
        const clerk_block *b = api->block(doc, i);
        size_t len = b->text_length, limit = i == def->block ? def->offset : len;
        if (!is_text_block(b))
            continue;
        for (size_t p = 0; (p = text_find(b->text, len, p, a, def->length)) < limit; p++) {
            if (used_at(b->text, len, p, def->length)) {
                *use = (mention){ i, p, def->length };
                return 1;
            }
        }
    }
    return 0;
}

/* 1-based line of a source offset, for messages that point elsewhere. */
static size_t line_of(const clerk_api *api, const clerk_doc *doc, size_t offset)
{
    size_t len, line = 1;
    const char *src = api->source(doc, &len);
    for (size_t i = 0; i < offset && i < len; i++)
        line += src[i] == '\n';
    return line;
}

static size_t line_of_mention(const clerk_api *api, const clerk_doc *doc, const mention *m)
{
    return line_of(api, doc, api->source_offset(doc, m->block, m->offset));
}

/* The earlier definition of the same abbreviation, or NULL. */
static const mention *defined_earlier(const clerk_api *api, const clerk_doc *doc, const mentions *defs,
                                      size_t k)
{
    const mention *d = &defs->items[k];
    const char *a = api->block(doc, d->block)->text + d->offset;
    for (size_t j = 0; j < k; j++) {
        const mention *e = &defs->items[j];
        if (e->length == d->length &&
            memcmp(api->block(doc, e->block)->text + e->offset, a, d->length) == 0)
            return e;
    }
    return NULL;
}

typedef enum abbreviation_rule { BEFORE_DEFINITION, REDEFINED } abbreviation_rule;

static void abbreviations_of(memo *m, clerk_ctx *ctx, const resolution *r, abbreviation_rule rule)
{
    const clerk_api *api = m->api;
    const clerk_doc *doc = m->doc;
    const mentions *defs = memo_definitions(m, r);
    if (!defs)
        return;
    for (size_t k = 0; k < defs->count; k++) {
        const mention *d = &defs->items[k];
        const mention *first = defined_earlier(api, doc, defs, k);
        char a[64];
        if (d->length >= sizeof a)
            continue;
        memcpy(a, api->block(doc, d->block)->text + d->offset, d->length);
        a[d->length] = '\0';
        mention use;
        if (rule == REDEFINED && first)
            api->report_text(ctx, d->block, d->offset, d->length, NULL,
                             "\"%s\" is spelt out again; it was spelt out on line %zu", a,
                             line_of_mention(api, doc, first));
        else if (rule == BEFORE_DEFINITION && !first && used_before(api, doc, r, d, a, &use))
            api->report_text(ctx, use.block, use.offset, use.length, NULL,
                             "\"%s\" is used before it is spelt out, on line %zu", a,
                             line_of_mention(api, doc, d));
    }
}

static void before_definition(memo *m, clerk_ctx *ctx, const resolution *r)
{
    abbreviations_of(m, ctx, r, BEFORE_DEFINITION);
}

static void redefined(memo *m, clerk_ctx *ctx, const resolution *r)
{
    abbreviations_of(m, ctx, r, REDEFINED);
}

void check_abbreviation_before_definition(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, before_definition);
}

void check_abbreviation_redefined(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, redefined);
}
