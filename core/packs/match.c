/*
 * Matching a pack against a document.  The engine calls each rule of a
 * pack on its own, but the pack looks for the literals of all its rules in
 * one pass over each block, on the first call of a run (ctx->run), and
 * keeps which patterns may match in which blocks for the calls that
 * follow.  That state, the PCRE2 match data and the JIT stack belong to
 * the thread: rules run on several threads at once, and match data made
 * per call would cost more than most matches.
 */
#include "packs/internal.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef pack_hit hit;

/* What a rule asks of a block before reading it: its scopes (block_scopes,
 * which fit a byte) and its text's first byte, noted while the scan has the
 * text at hand, so that a huge document's blocks are not fetched again. */
typedef struct block_info {
    unsigned char scopes, first;
} block_info;

typedef struct span {
    size_t start, end;
} span;

struct scratch {
    pcre2_match_data *md;       /* for the rule's own patterns */
    pcre2_match_data *aux;      /* for exceptions, read between two matches */
    uint32_t pairs;
    pcre2_jit_stack *stack;
    pcre2_match_context *mc;

    /* The literal hits of one document for one pack. */
    const pack *pack;
    unsigned long run;
    vec blocks;                 /* block_info per block */
    vec first_hit;              /* size_t per block, and one past the last */
    vec hits;                   /* hit, grouped by block */
    vec rule_hits;              /* hit: one rule's in one block */
    uint32_t *seen;             /* per pattern: the block + 1 it was last noted in */
    size_t seen_cap;
    vec rule_bits;              /* uint64_t, rule_words per block: the rules with a hit there */
    size_t rule_words;
    size_t block;               /* the block being scanned */

    /* The exception spans of one rule in one block. */
    const pack_rule *except_rule;
    size_t except_block;
    unsigned long except_run;
    vec except_spans;           /* span */
};

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_free(void *arg)
{
    scratch *s = arg;
    pcre2_match_data_free(s->md);
    pcre2_match_data_free(s->aux);
    pcre2_match_context_free(s->mc);
    pcre2_jit_stack_free(s->stack);
    vec_free(&s->blocks);
    vec_free(&s->first_hit);
    vec_free(&s->hits);
    vec_free(&s->rule_hits);
    vec_free(&s->rule_bits);
    vec_free(&s->except_spans);
    free(s->seen);
    free(s);
}

static void make_key(void)
{
    pthread_key_create(&scratch_key, scratch_free);
}

/* PCRE2's allocations fail as the others do (util/xalloc.h). */
static void *need(void *p)
{
    if (!p) {
        fputs("clerk: out of memory\n", stderr);
        abort();
    }
    return p;
}

/* A pack may come from a pull request, and a pattern can backtrack for
 * ages ("(a|aa)+$" on a run of a's): every match runs under PCRE2's
 * limits, which no sound pattern comes near on a paragraph.  The match
 * limit counts backtracking steps from one starting place (JIT or not),
 * the depth and heap limits bound the interpreter's backtracking, and the
 * JIT stack grows up to its own limit. */
#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 5000
#define HEAP_LIMIT_KIB (16 * 1024)
#define JIT_STACK_MAX (1024 * 1024)

/* The error of the last pattern that reached a limit on this thread.
 * Until match_limit_take() clears it, every match fails: the rule stops
 * for the rest of the document, at the cost of one limit, not one per
 * place the pattern is tried. */
static _Thread_local int limit_error;
static _Thread_local const char *limit_text;

static scratch *thread_scratch(uint32_t pairs)
{
    pthread_once(&scratch_once, make_key);
    scratch *s = pthread_getspecific(scratch_key);
    if (!s) {
        s = xcalloc(1, sizeof *s);
        s->mc = need(pcre2_match_context_create(NULL));
        pcre2_set_match_limit(s->mc, MATCH_LIMIT);
        pcre2_set_depth_limit(s->mc, DEPTH_LIMIT);
        pcre2_set_heap_limit(s->mc, HEAP_LIMIT_KIB);
        s->stack = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL); /* NULL without JIT */
        if (s->stack)
            pcre2_jit_stack_assign(s->mc, NULL, s->stack);
        vec_init(&s->blocks, sizeof(block_info));
        vec_init(&s->first_hit, sizeof(size_t));
        vec_init(&s->hits, sizeof(hit));
        vec_init(&s->rule_hits, sizeof(hit));
        vec_init(&s->rule_bits, sizeof(uint64_t));
        vec_init(&s->except_spans, sizeof(span));
        pthread_setspecific(scratch_key, s);
    }
    if (s->pairs < pairs) {
        pcre2_match_data_free(s->md);
        pcre2_match_data_free(s->aux);
        s->md = need(pcre2_match_data_create(pairs, NULL));
        s->aux = need(pcre2_match_data_create(pairs, NULL));
        s->pairs = pairs;
    }
    return s;
}

void scratch_release(void)
{
    pthread_once(&scratch_once, make_key);
    scratch *s = pthread_getspecific(scratch_key);
    if (s) {
        scratch_free(s);
        pthread_setspecific(scratch_key, NULL);
    }
}

static void note_hit(void *arg, uint32_t keyword, size_t end)
{
    scratch *s = arg;
    const pack *p = s->pack;
    uint32_t owner = p->literal_pattern[keyword];
    /* seen[]: patterns, then exceptions */
    size_t slot = owner & EXCEPTION_KEYWORD ? p->patterns.len + (owner & ~EXCEPTION_KEYWORD) : owner;
    if (!(owner & EXCEPTION_KEYWORD)) {
        uint32_t rule = p->pattern_rule[owner];
        ((uint64_t *)s->rule_bits.data)[s->block * s->rule_words + rule / 64] |= 1ull << (rule % 64);
    }
    if (!(owner & EXCEPTION_KEYWORD) && ((const pack_pattern *)vec_at(&p->patterns, owner))->prefix) {
        *(hit *)vec_push(&s->hits) = (hit){owner, (uint32_t)(end - p->literal_length[keyword])};
    } else if (s->seen[slot] != s->block + 1) {
        s->seen[slot] = (uint32_t)(s->block + 1);
        *(hit *)vec_push(&s->hits) = (hit){owner, 0};
    }
}

static void scan(scratch *s, const pack *p, const clerk_doc *doc)
{
    s->blocks.len = 0;
    s->first_hit.len = 0;
    s->hits.len = 0;
    s->rule_bits.len = 0;
    s->rule_words = (p->rule_count + 63) / 64;
    size_t owners = p->patterns.len + p->exceptions.len;
    if (s->seen_cap < owners) {
        free(s->seen);
        s->seen = xcalloc(owners, sizeof *s->seen);
        s->seen_cap = owners;
    } else if (owners) { /* none in a pack of repetition rules: seen may be NULL */
        memset(s->seen, 0, owners * sizeof *s->seen);
    }
    for (size_t b = 0; b < doc->blocks.len; b++) {
        unsigned scopes = block_scopes(doc, b);
        block_info *info = vec_push(&s->blocks);
        info->scopes = (unsigned char)scopes;
        info->first = 0;
        *(size_t *)vec_push(&s->first_hit) = s->hits.len;
        for (size_t w = 0; w < s->rule_words; w++)
            *(uint64_t *)vec_push(&s->rule_bits) = 0;
        if (scopes) {
            const clerk_block *blk = doc_block(doc, b);
            if (scopes & p->scan_scope) {
                s->block = b;
                automaton_scan(&p->literals, blk->text, blk->text_length, note_hit, s);
            }
            info->first = blk->text_length ? (unsigned char)blk->text[0] : 0;
        }
    }
    *(size_t *)vec_push(&s->first_hit) = s->hits.len;
}

scratch *scratch_for(const pack *p, const clerk_doc *doc, unsigned long run)
{
    scratch *s = thread_scratch(p->pairs);
    if (s->pack != p || s->run != run) {
        s->pack = p;
        s->run = run;
        scan(s, p, doc);
    }
    return s;
}

unsigned scratch_scopes(const scratch *s, size_t block)
{
    return ((const block_info *)s->blocks.data)[block].scopes;
}

unsigned char scratch_first_byte(const scratch *s, size_t block)
{
    return ((const block_info *)s->blocks.data)[block].first;
}

size_t scratch_next_block(const scratch *s, const pack_rule *r, size_t block)
{
    size_t blocks = s->blocks.len;
    const block_info *info = s->blocks.data;
    if (r->every_block) {
        while (block < blocks && !(info[block].scopes & r->scope))
            block++;
        return block;
    }
    const uint64_t *bits = s->rule_bits.data;
    size_t rule = (size_t)(r - s->pack->rules);
    for (; block < blocks; block++)
        if ((info[block].scopes & r->scope) &&
            (bits[block * s->rule_words + rule / 64] >> (rule % 64) & 1))
            return block;
    return blocks;
}

static int compare_hits(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    if (x->pattern != y->pattern)
        return x->pattern < y->pattern ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

size_t scratch_rule_hits(scratch *s, const pack_rule *r, size_t block, const pack_hit **out)
{
    const size_t *first = s->first_hit.data;
    const hit *hits = s->hits.data;
    s->rule_hits.len = 0;
    for (size_t i = first[block]; i < first[block + 1]; i++)
        if (hits[i].pattern - r->first_pattern < r->pattern_count)
            *(hit *)vec_push(&s->rule_hits) = hits[i];
    hit *h = s->rule_hits.data;
    size_t n = 0;
    /* Found in the order they end: sorted by start, each once. */
    if (s->rule_hits.len > 1)
        qsort(h, s->rule_hits.len, sizeof *h, compare_hits);
    for (size_t i = 0; i < s->rule_hits.len; i++)
        if (n == 0 || compare_hits(&h[i], &h[n - 1]) != 0)
            h[n++] = h[i];
    *out = h;
    return n;
}

void match_begin(match_iter *it, scratch *s, const pcre2_code *code, const char *text, size_t len)
{
    *it = (match_iter){code, text, len, 0, s->md, s->mc, NULL, 0, 0, NULL, 0, 0, 0};
}

void match_begin_at(match_iter *it, scratch *s, const pcre2_code *code, const char *text,
                    size_t len, const pack_hit *hits, size_t count)
{
    match_begin(it, s, code, text, len);
    it->at = hits;
    it->at_count = count;
}

static size_t utf8_step(const char *s, size_t i, size_t len)
{
    do
        i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

static int found_at(match_iter *it, size_t from)
{
    if (limit_error)
        return 0;
    int rc = pcre2_match(it->code, (PCRE2_SPTR)it->text, it->len, from, PCRE2_NO_UTF_CHECK,
                         it->md, it->mc);
    if (rc <= 0) {
        if (rc != PCRE2_ERROR_NOMATCH) { /* a limit (or another matching error) */
            limit_error = rc;
            limit_text = it->text;
        }
        return 0;
    }
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(it->md);
    it->start = ov[0];
    it->end = ov[1];
    /* After an empty match, look again one character on. */
    it->pos = it->end > it->start ? it->end : utf8_step(it->text, it->end, it->len);
    return 1;
}

void match_settle(match_iter *it, const char *text)
{
    it->settled = text;
    it->settled_length = strlen(text);
}

/* Neither a letter nor a digit nor a hyphen, in ASCII: a word boundary
 * for a term (see term_pattern in load.c). */
static int ascii_boundary(unsigned char c)
{
    return c < 0x80 && c != '-' && !((unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u);
}

/* Where the settled text ends when it is written at `at` between word
 * boundaries; 0 when it is not (or when only the pattern can tell). */
static size_t settled_end(const match_iter *it, size_t at)
{
    size_t end = at + it->settled_length;
    if (end > it->len || memcmp(it->text + at, it->settled, it->settled_length) != 0)
        return 0;
    if (at > 0 && !ascii_boundary((unsigned char)it->text[at - 1]))
        return 0;
    if (end < it->len && !ascii_boundary((unsigned char)it->text[end]))
        return 0;
    return end;
}

/* Block texts come from a document already checked as UTF-8. */
int match_next(match_iter *it)
{
    if (it->at) { /* tried where a literal starts, past the last match */
        while (it->next_at < it->at_count) {
            size_t at = it->at[it->next_at++].start, end;
            if (at < it->pos)
                continue;
            if (it->settled && (end = settled_end(it, at)) != 0)
                it->pos = end;
            else if (found_at(it, at))
                return 1;
        }
        return 0;
    }
    if (it->pos > it->len)
        return 0;
    if (found_at(it, it->pos))
        return 1;
    it->pos = it->len + 1;
    return 0;
}

int match_limit_take(const char **text)
{
    int error = limit_error;
    if (text)
        *text = limit_text;
    limit_error = 0;
    limit_text = NULL;
    return error;
}

const PCRE2_SIZE *match_ovector(const match_iter *it, uint32_t *pairs)
{
    *pairs = pcre2_get_ovector_count(it->md);
    return pcre2_get_ovector_pointer(it->md);
}

static int block_has_hit(const scratch *s, size_t block, uint32_t owner)
{
    const size_t *first = s->first_hit.data;
    const hit *hits = s->hits.data;
    for (size_t i = first[block]; i < first[block + 1]; i++)
        if (hits[i].pattern == owner)
            return 1;
    return 0;
}

int scratch_excepted(scratch *s, const pack *p, const pack_rule *r, size_t block,
                     const char *text, size_t len, size_t start, size_t end)
{
    if (!r->exception_count)
        return 0;
    if (s->except_rule != r || s->except_block != block || s->except_run != s->run) {
        s->except_rule = r;
        s->except_block = block;
        s->except_run = s->run;
        s->except_spans.len = 0;
        for (size_t k = 0; k < r->exception_count; k++) {
            size_t index = r->first_exception + k;
            const pack_exception *x = vec_at(&p->exceptions, index);
            if (x->has_literal && !block_has_hit(s, block, (uint32_t)index | EXCEPTION_KEYWORD))
                continue;
            match_iter it;
            match_begin(&it, s, x->code, text, len);
            it.md = s->aux;
            while (match_next(&it))
                *(span *)vec_push(&s->except_spans) = (span){it.start, it.end};
        }
    }
    for (size_t i = 0; i < s->except_spans.len; i++) {
        const span *e = vec_at(&s->except_spans, i);
        if (e->start <= start && end <= e->end)
            return 1;
    }
    return 0;
}
