/*
 * The check function of every pack rule: it finds which rule of which
 * pack it runs for (ctx->state is the pack, ctx->rule its descriptor) and
 * applies the rule's type to the matches of its patterns in the blocks of
 * its scope, outside its exceptions.
 */
#include "packs/internal.h"
#include "engine/host.h"
#include "util/xalloc.h"

#include <string.h>

typedef struct env {
    const clerk_api *api;
    clerk_ctx *ctx;
    const clerk_doc *doc;
    const pack *pack;
    const pack_rule *rule;
    scratch *s;
    struct form_tally *tally;   /* consistency */
    long count;                 /* occurrence: matches counted so far */
} env;

typedef void (*match_fn)(env *e, size_t block, size_t pattern, match_iter *it);

static const pack_pattern *pattern_at(const pack *p, size_t i)
{
    return (const pack_pattern *)vec_at(&p->patterns, i);
}

static int in_scope(const env *e, size_t block)
{
    return (block_scopes(e->doc, block) & e->rule->scope) != 0;
}

/* Calls fn for each match of the rule's patterns in one block. */
static void block_matches(env *e, size_t block, match_fn fn)
{
    const clerk_block *b = doc_block(e->doc, block);
    for (size_t k = 0; k < e->rule->pattern_count; k++) {
        size_t pattern = e->rule->first_pattern + k;
        if (!scratch_may_match(e->s, e->pack, pattern, block))
            continue;
        match_iter it;
        match_begin(&it, e->s, pattern_at(e->pack, pattern)->code, b->text, b->text_length);
        while (match_next(&it))
            if (it.end > it.start &&
                !scratch_excepted(e->s, e->pack, e->rule, block, b->text, b->text_length,
                                  it.start, it.end))
                fn(e, block, pattern, &it);
    }
}

static void each_match(env *e, match_fn fn)
{
    for (size_t block = 0; block < e->doc->blocks.len; block++)
        if (in_scope(e, block))
            block_matches(e, block, fn);
}

static template_args match_args(const env *e, size_t block, const match_iter *it)
{
    template_args a = {doc_block(e->doc, block)->text, NULL, 0, NULL, 0, 0};
    a.ovector = match_ovector(it, &a.pairs);
    return a;
}

static void report(env *e, size_t block, size_t start, size_t end, const char *fix,
                   const template_args *a)
{
    char *message = template_expand(e->rule->message, a);
    e->api->report_text(e->ctx, block, start, end - start, fix, "%s", message);
    free(message);
}

/* ---- existence --------------------------------------------------------- */

static void found(env *e, size_t block, size_t pattern, match_iter *it)
{
    (void)pattern;
    template_args a = match_args(e, block, it);
    report(e, block, it->start, it->end, NULL, &a);
}

/* ---- substitution ------------------------------------------------------ */

static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }

/* A rule that ignores case gives the right form the case of the match:
 * all capitals, or an initial capital (ASCII letters). */
static void follow_case(const char *match, size_t n, char *right)
{
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < n; i++) {
        upper += is_upper(match[i]);
        lower += is_lower(match[i]);
    }
    if (upper > 1 && lower == 0) {
        for (char *r = right; *r; r++)
            if (is_lower(*r))
                *r = (char)(*r - 32);
    } else if (n && is_upper(match[0]) && is_lower(right[0])) {
        right[0] = (char)(right[0] - 32);
    }
}

static void substitute(env *e, size_t block, size_t pattern, match_iter *it)
{
    template_args a = match_args(e, block, it);
    char *right = template_expand(pattern_at(e->pack, pattern)->replacement, &a);
    const char *match = a.text + it->start;
    size_t n = it->end - it->start;
    if (e->rule->ignorecase)
        follow_case(match, n, right);
    if (strlen(right) != n || memcmp(right, match, n) != 0) {
        a.expected = right;
        report(e, block, it->start, it->end, right, &a);
    }
    free(right);
}

/* ---- capitalization ---------------------------------------------------- */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The match is the term as written, but for the spaces between words. */
static int written_as(const char *match, size_t n, const char *term)
{
    size_t i = 0;
    for (; *term; term++) {
        if (*term == ' ' && i < n && is_space(match[i])) {
            while (i < n && is_space(match[i]))
                i++;
        } else if (i < n && match[i] == *term) {
            i++;
        } else {
            return 0;
        }
    }
    return i == n;
}

static void capitalize(env *e, size_t block, size_t pattern, match_iter *it)
{
    const char *term = pattern_at(e->pack, pattern)->replacement;
    template_args a = match_args(e, block, it);
    if (written_as(a.text + it->start, it->end - it->start, term))
        return;
    a.expected = term;
    report(e, block, it->start, it->end, term, &a);
}

/* ---- consistency ------------------------------------------------------- */

struct form_tally {
    size_t *count;          /* per pattern of the rule */
    size_t *first;          /* order of each form's first match (0: none yet) */
    size_t seen;            /* forms met so far */
    size_t winner;          /* the form the document keeps */
};

static void tally(env *e, size_t block, size_t pattern, match_iter *it)
{
    (void)block;
    (void)it;
    struct form_tally *t = e->tally;
    size_t k = pattern - e->rule->first_pattern;
    if (!t->count[k]++)
        t->first[k] = ++t->seen;
}

static void dissent(env *e, size_t block, size_t pattern, match_iter *it)
{
    const struct form_tally *t = e->tally;
    if (pattern - e->rule->first_pattern == t->winner)
        return;
    template_args a = match_args(e, block, it);
    a.expected = pattern_at(e->pack, e->rule->first_pattern + t->winner)->replacement;
    report(e, block, it->start, it->end, NULL, &a);
}

/* The form used most wins; between equals, the one met first (forms are
 * counted block by block, so "first" is at the granularity of a block). */
static void check_consistency(env *e)
{
    size_t n = e->rule->pattern_count;
    struct form_tally t = {xcalloc(n, sizeof(size_t)), xcalloc(n, sizeof(size_t)), 0, 0};
    e->tally = &t;
    each_match(e, tally);
    size_t used = 0;
    for (size_t k = 0; k < n; k++) {
        used += t.count[k] > 0;
        if (t.count[k] > t.count[t.winner] ||
            (t.count[k] == t.count[t.winner] && t.count[k] && t.first[k] < t.first[t.winner]))
            t.winner = k;
    }
    if (used > 1)
        each_match(e, dissent);
    free(t.count);
    free(t.first);
    e->tally = NULL;
}

/* ---- occurrence -------------------------------------------------------- */

static void occur(env *e, size_t block, size_t pattern, match_iter *it)
{
    (void)pattern;
    e->count++;
    if (e->rule->max >= 0 && e->count > e->rule->max) {
        template_args a = match_args(e, block, it);
        a.count = e->count;
        a.limit = e->rule->max;
        report(e, block, it->start, it->end, NULL, &a);
    }
}

static void too_few(env *e, size_t block, long count)
{
    const clerk_block *b = doc_block(e->doc, block);
    template_args a = {b->text, NULL, 0, NULL, count, e->rule->min};
    report(e, block, 0, b->text_length, NULL, &a);
}

static void check_occurrence(env *e)
{
    size_t first = (size_t)-1;
    for (size_t block = 0; block < e->doc->blocks.len; block++) {
        if (!in_scope(e, block))
            continue;
        if (first == (size_t)-1)
            first = block;
        if (!e->rule->per_document)
            e->count = 0;
        block_matches(e, block, occur);
        if (!e->rule->per_document && e->count < e->rule->min)
            too_few(e, block, e->count);
    }
    if (e->rule->per_document && first != (size_t)-1 && e->count < e->rule->min)
        too_few(e, first, e->count);
}

/* ---- repetition -------------------------------------------------------- */

/* A letter beyond ASCII: Latin, Greek, Cyrillic, Arabic and the other
 * alphabets up to U+1FFF, but for the signs of Latin-1. */
static size_t letter_width(const unsigned char *s, size_t left)
{
    if (s[0] < 0x80)
        return (s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z';
    if (s[0] >= 0xC3 && s[0] < 0xE0 && left >= 2) {
        unsigned cp = (unsigned)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return cp == 0xD7 || cp == 0xF7 ? 0 : 2;
    }
    if (s[0] == 0xE1 && left >= 3) /* U+1000 to U+1FFF */
        return 3;
    return 0;
}

static size_t word_at(const char *text, size_t len, size_t i)
{
    size_t j = i, w;
    while (j < len && (w = letter_width((const unsigned char *)text + j, len - j)) > 0)
        j += w;
    return j - i;
}

static int same_word(const char *a, const char *b, size_t n, int caseless)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i] && !(caseless && (unsigned char)a[i] < 0x80 && (a[i] | 0x20) == (b[i] | 0x20)))
            return 0;
    return 1;
}

static void repeated_words(env *e, size_t block)
{
    const clerk_block *b = doc_block(e->doc, block);
    const char *t = b->text;
    size_t len = b->text_length, prev = (size_t)-1, prev_len = 0;
    for (size_t i = 0; i < len;) {
        size_t w = word_at(t, len, i);
        if (!w) {
            if (!is_space(t[i]))
                prev = (size_t)-1;
            i++;
            continue;
        }
        if (prev != (size_t)-1 && w == prev_len && same_word(t + prev, t + i, w, e->rule->ignorecase) &&
            !scratch_excepted(e->s, e->pack, e->rule, block, t, len, prev, i + w)) {
            PCRE2_SIZE whole[2] = {prev, i + w};
            char *word = xstrndup(t + prev, w);
            template_args a = {t, whole, 1, word, 0, 0};
            report(e, block, prev, i + w, word, &a);
            free(word);
        }
        prev = i;
        prev_len = w;
        i += w;
    }
}

/* ------------------------------------------------------------------------ */

void pack_check(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const pack *p = api->state(ctx);
    size_t r = 0;
    while (r < p->rule_count && p->descs[r].name != ctx->rule->name)
        r++;
    if (r == p->rule_count)
        return;
    env e = {api, ctx, doc, p, &p->rules[r], scratch_for(p, doc, ctx->run), NULL, 0};
    switch (e.rule->type) {
    case PACK_EXISTENCE: each_match(&e, found); break;
    case PACK_SUBSTITUTION: each_match(&e, substitute); break;
    case PACK_CAPITALIZATION: each_match(&e, capitalize); break;
    case PACK_CONSISTENCY: check_consistency(&e); break;
    case PACK_OCCURRENCE: check_occurrence(&e); break;
    case PACK_REPETITION:
        for (size_t block = 0; block < doc->blocks.len; block++)
            if (in_scope(&e, block))
                repeated_words(&e, block);
        break;
    }
}
