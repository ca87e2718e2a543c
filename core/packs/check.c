/*
 * The check function of every pack rule: it finds which rule of which
 * pack it runs for (ctx->state is the pack, ctx->rule its descriptor) and
 * applies the rule's type to the matches of its patterns in the blocks of
 * its scope, outside its exceptions.
 */
#include "packs/internal.h"
#include "engine/finding.h"
#include "engine/host.h"
#include "util/xalloc.h"

#include <stdint.h>
#include <stdio.h>
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
    return (scratch_scopes(e->s, block) & e->rule->scope) != 0;
}

/* Calls fn for each match of the rule's patterns in one block: a
 * pattern without literals is searched for, one whose literals start its
 * matches is tried where they occur, and any other is searched for where
 * one occurs. */
static void block_matches(env *e, size_t block, match_fn fn)
{
    const clerk_block *b = NULL; /* read only when a pattern is run */
    const pack_hit *hits;
    size_t n = scratch_rule_hits(e->s, e->rule, block, &hits), j = 0;
    unsigned char c = scratch_first_byte(e->s, block);
    for (size_t k = 0; k < e->rule->pattern_count; k++) {
        size_t pattern = e->rule->first_pattern + k, from = j;
        const pack_pattern *pat = pattern_at(e->pack, pattern);
        while (j < n && hits[j].pattern == pattern)
            j++;
        if (pat->has_literal && j == from)
            continue;
        if (pat->anchored_first && !(pat->first_bytes[c / 8] & (1u << (c % 8))))
            continue;
        if (!b)
            b = doc_block(e->doc, block);
        match_iter it;
        if (pat->prefix) {
            match_begin_at(&it, e->s, pat->code, b->text, b->text_length, hits + from, j - from);
            if (e->rule->type == PACK_CAPITALIZATION) /* a term written right needs no match */
                match_settle(&it, pat->replacement);
        } else
            match_begin(&it, e->s, pat->code, b->text, b->text_length);
        while (match_next(&it))
            if (it.end > it.start &&
                !scratch_excepted(e->s, e->pack, e->rule, block, b->text, b->text_length,
                                  it.start, it.end))
                fn(e, block, pattern, &it);
    }
}

static void each_match(env *e, match_fn fn)
{
    size_t blocks = e->doc->blocks.len;
    for (size_t b = scratch_next_block(e->s, e->rule, 0); b < blocks; b = scratch_next_block(e->s, e->rule, b + 1))
        block_matches(e, b, fn);
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

/* The bytes of the white space character at s (what \s matches with
 * PCRE2_UCP: ASCII spaces, no-break and typographic spaces), or 0. */
static size_t space_width(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r')))
        return 1;
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xA0 || u[1] == 0x85))
        return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8A || u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
        return 3;
    if (n >= 3 && ((u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F) || (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||
                   (u[0] == 0xE1 && u[1] == 0x9A && u[2] == 0x80)))
        return 3;
    return 0;
}

/* The match is the term as written, but for the spaces between words. */
static int written_as(const char *match, size_t n, const char *term)
{
    size_t i = 0, w;
    for (; *term; term++) {
        if (*term == ' ' && i < n && space_width(match + i, n - i)) {
            while (i < n && (w = space_width(match + i, n - i)) > 0)
                i += w;
        } else if (i < n && match[i] == *term) {
            i++;
        } else {
            return 0;
        }
    }
    return i == n;
}

/* Terms that differ only in case match the same text. */
static int same_but_case(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (*a != *b && !((unsigned char)*a < 0x80 && (*a | 0x20) == (*b | 0x20)))
            return 0;
    return *a == *b;
}

static int all_capitals(const char *s, size_t n)
{
    size_t upper = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_lower(s[i]))
            return 0;
        upper += is_upper(s[i]);
    }
    return upper > 1;
}

/* A match is right when written as any of the rule's terms (a rule may
 * accept "Member States" and "member States"), or all in capitals (as
 * headings and mastheads are set).  Otherwise the first term that matches
 * it is the right form, reported once however many terms match; when the
 * rule accepts several such forms only the writer knows which is meant,
 * so no fix is offered. */
static void capitalize(env *e, size_t block, size_t pattern, match_iter *it)
{
    template_args a = match_args(e, block, it);
    const char *match = a.text + it->start;
    size_t n = it->end - it->start;
    const char *term = pattern_at(e->pack, pattern)->replacement;
    int ambiguous = 0;
    if (all_capitals(match, n))
        return;
    for (size_t k = 0; k < e->rule->pattern_count; k++) {
        size_t other_pattern = e->rule->first_pattern + k;
        const char *other = pattern_at(e->pack, other_pattern)->replacement;
        if (written_as(match, n, other))
            return;
        if (other_pattern != pattern && same_but_case(other, term)) {
            if (other_pattern < pattern)
                return; /* reported for that term */
            ambiguous = 1;
        }
    }
    a.expected = term;
    report(e, block, it->start, it->end, ambiguous ? NULL : term, &a);
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

/* The bytes of the letter at s: ASCII letters, and beyond ASCII the
 * Latin, Greek, Cyrillic, Arabic and other alphabets up to U+1FFF but for
 * the signs of Latin-1; 0 for anything else. */
static size_t letter_width(const unsigned char *s, size_t left)
{
    if (s[0] < 0x80)
        return (unsigned)((s[0] | 0x20) - 'a') < 26u;
    if (s[0] >= 0xC3 && s[0] < 0xE0 && left >= 2) {
        unsigned cp = (unsigned)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return cp == 0xD7 || cp == 0xF7 ? 0 : 2;
    }
    if (s[0] == 0xE1 && left >= 3) /* U+1000 to U+1FFF */
        return 3;
    return 0;
}

static int same_word(const char *a, const char *b, size_t n, int caseless)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i] && !(caseless && (unsigned char)a[i] < 0x80 && (a[i] | 0x20) == (b[i] | 0x20)))
            return 0;
    return 1;
}

/* Bytes for the word scan: ASCII letters, ASCII spaces, the lead bytes
 * of wider characters (decoded by letter_width), the rest. */
enum { B_OTHER, B_LETTER, B_SPACE, B_WIDE };
#define BC(c) ((unsigned)(((c) | 0x20) - 'a') < 26u ? B_LETTER : (c) == ' ' || ((c) >= 9 && (c) <= 13) ? B_SPACE \
               : (c) >= 0xC0 ? B_WIDE : B_OTHER)
#define BC4(i) BC(i), BC(i + 1), BC(i + 2), BC(i + 3)
#define BC16(i) BC4(i), BC4(i + 4), BC4(i + 8), BC4(i + 12)
#define BC64(i) BC16(i), BC16(i + 16), BC16(i + 32), BC16(i + 48)
static const unsigned char byte_class[256] = {BC64(0), BC64(64), BC64(128), BC64(192)};

/* Where the run of ASCII letters from i ends.  Eight bytes are tested at
 * once while eight are left in the text, the rest one by one: a byte is a
 * letter when, with its 0x20 bit set, it lies from 'a' to 'z' (each test
 * sets a byte's high bit, and no byte carries into the next). */
static size_t letters_end(const unsigned char *u, size_t i, size_t len)
{
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    for (; i + 8 <= len; i += 8) {
        uint64_t x, low;
        memcpy(&x, u + i, 8);
        low = (x | 0x20 * ones) & ~high;
        uint64_t letters = (low + (0x80 - 'a') * ones) & ~(low + (0x80 - 'z' - 1) * ones) & ~x & high;
        if (letters != high)
            return i + (size_t)__builtin_ctzll(~letters & high) / 8;
    }
#endif
    while (i < len && byte_class[u[i]] == B_LETTER)
        i++;
    return i;
}

/* Two words in a row with nothing but space between them, the second the
 * same as the first. */
static void repeated_words(env *e, size_t block)
{
    const clerk_block *b = doc_block(e->doc, block);
    const char *t = b->text;
    const unsigned char *u = (const unsigned char *)t;
    size_t len = b->text_length, prev = (size_t)-1, prev_len = 0, i = 0, w;
    while (i < len) {
        int spaced = 1; /* only space since the last word */
        for (;;) {
            while (i < len && byte_class[u[i]] == B_SPACE)
                i++;
            if (i >= len || byte_class[u[i]] == B_LETTER ||
                (byte_class[u[i]] == B_WIDE && letter_width(u + i, len - i)))
                break;
            size_t space = space_width(t + i, len - i);
            spaced &= space > 0;
            i += space ? space : 1;
        }
        size_t start = i;
        for (;;) {
            i = letters_end(u, i, len);
            if (i >= len || byte_class[u[i]] != B_WIDE || !(w = letter_width(u + i, len - i)))
                break;
            i += w;
        }
        size_t n = i - start;
        if (n && spaced && n == prev_len && prev != (size_t)-1 &&
            same_word(t + prev, t + start, n, e->rule->ignorecase) &&
            !scratch_excepted(e->s, e->pack, e->rule, block, t, len, prev, i)) {
            PCRE2_SIZE whole[2] = {prev, i};
            char *word = xstrndup(t + prev, n);
            template_args a = {t, whole, 1, word, 0, 0};
            report(e, block, prev, i, word, &a);
            free(word);
        }
        prev = start;
        prev_len = n;
    }
}

/* ------------------------------------------------------------------------ */

/* A pattern of the rule reached a PCRE2 limit, which stopped the rule: a
 * finding of its own, at the block where it happened. */
static void limit_reached(const env *e, int error, const char *text)
{
    size_t offset = 0;
    for (size_t b = 0; b < e->doc->blocks.len; b++)
        if (doc_block(e->doc, b)->text == text)
            offset = doc_block(e->doc, b)->offset;
    PCRE2_UCHAR why[120];
    if (pcre2_get_error_message(error, why, sizeof why) < 0)
        snprintf((char *)why, sizeof why, "error %d", error);
    findings_add(e->ctx->findings, offset, 0, CLERK_ERROR, "clerk/pattern-limit",
                 xasprintf("rule %s stopped here: a pattern reached PCRE2's limit (%s); "
                           "the rest of the document was not checked by it",
                           e->ctx->rule_id, (const char *)why),
                 NULL);
}

void pack_check(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const pack *p = api->state(ctx);
    size_t r = 0;
    while (r < p->rule_count && p->descs[r].name != ctx->rule->name)
        r++;
    if (r == p->rule_count)
        return;
    env e = {api, ctx, doc, p, &p->rules[r], scratch_for(p, doc, ctx->run), NULL, 0};
    match_limit_take(NULL);
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
    const char *text;
    int error = match_limit_take(&text);
    if (error)
        limit_reached(&e, error, text);
}
