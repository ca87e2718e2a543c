/*
 * The memo of a run: what the rules of the plugin learn of a document,
 * learnt once.  Each thread has its memo, for one run at a time
 * (common/thread_state.h).
 */
#include "resolution.h"

#include <stdlib.h>
#include <string.h>

static void memo_release(void *arg)
{
    memo *m = arg;
    for (size_t k = 0; k < m->part_capacity; k++) {
        free(m->parts[k].tree.nodes);
        free(m->parts[k].definitions.items);
    }
    free(m->parts);
    free(m->facts);
    free(m->ready);
}

int memos_create(resolution_state *st)
{
    return thread_state_create(&st->memos, memo_release);
}

void memos_delete(resolution_state *st)
{
    thread_state_delete(&st->memos);
}

static int grow(memo *m, size_t blocks)
{
    if (blocks <= m->capacity)
        return 0;
    block_facts *facts = realloc(m->facts, blocks * sizeof *facts);
    if (facts)
        m->facts = facts;
    unsigned char *ready = realloc(m->ready, blocks);
    if (ready)
        m->ready = ready;
    if (!facts || !ready)
        return -1;
    m->capacity = blocks;
    return 0;
}

/* Forgets the last run's document and makes room for this one's. */
static int start_run(memo *m, const clerk_api *api, const clerk_doc *doc)
{
    size_t blocks = api->block_count(doc);
    if (grow(m, blocks) != 0)
        return -1;
    if (blocks > 0) /* ready is NULL until a document has blocks */
        memset(m->ready, 0, blocks);
    m->doc = doc;
    m->blocks = blocks;
    m->uses_italics = -1;
    m->part_count = 0;
    return 0;
}

memo *memo_of(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const resolution_state *st = api->state(ctx);
    memo *m = thread_state_get(&st->memos, sizeof *m);
    if (!m)
        return NULL;
    if (run_begins(&m->mark, api, doc, ctx) && start_run(m, api, doc) != 0) {
        m->mark.doc = NULL; /* the next call starts again */
        return NULL;
    }
    m->api = api;
    m->st = st;
    return m;
}

static void learn(memo *m, size_t i)
{
    const clerk_block *b = m->api->block(m->doc, i);
    const char *text = b->text;
    size_t len = b->text_length;
    block_facts *f = &m->facts[i];
    f->start = text_start(text, len);
    f->first = text_word(text, len, f->start);
    f->main = text_main_word(m->st, text, len, f->first);
    f->mark_at = 0; /* as it stays when there is no mark */
    f->mark = text_final_mark(text, len, &f->mark_at);
    f->numbered = text_numbered(text, len);
    f->continuation = text_is_continuation(text, len);
    f->preambular_opening = f->third_person = -1;
    m->ready[i] = 1;
}

static block_facts *facts_of(memo *m, size_t block)
{
    if (!m->ready[block])
        learn(m, block);
    return &m->facts[block];
}

const block_facts *memo_block(memo *m, size_t block)
{
    return facts_of(m, block);
}

int memo_opens_preamble(memo *m, size_t block)
{
    block_facts *f = facts_of(m, block);
    if (f->preambular_opening < 0)
        f->preambular_opening = is_preambular_opening(m->st, f->main, m->api->block(m->doc, block)->text);
    return f->preambular_opening;
}

int memo_opens_operative(memo *m, size_t block)
{
    block_facts *f = facts_of(m, block);
    if (f->third_person < 0)
        f->third_person = is_third_person(m->st, f->main, m->api->block(m->doc, block)->text);
    return f->third_person;
}

int memo_uses_italics(memo *m)
{
    if (m->uses_italics < 0)
        m->uses_italics = doc_uses_italics(m->api, m->doc);
    return m->uses_italics;
}

/* The memo of the resolution, a new one (its buffers an earlier run's,
 * when there are some) the first time it is met; NULL when out of memory. */
static resolution_memo *part_of(memo *m, const resolution *r)
{
    for (size_t k = 0; k < m->part_count; k++)
        if (m->parts[k].first == r->first)
            return &m->parts[k];
    if (m->part_count == m->part_capacity) {
        size_t cap = m->part_capacity ? 2 * m->part_capacity : 4;
        resolution_memo *parts = realloc(m->parts, cap * sizeof *parts);
        if (!parts)
            return NULL;
        memset(parts + m->part_capacity, 0, (cap - m->part_capacity) * sizeof *parts);
        m->parts = parts;
        m->part_capacity = cap;
    }
    resolution_memo *p = &m->parts[m->part_count++];
    p->first = r->first;
    p->has_tree = p->has_definitions = 0;
    return p;
}

const tree *memo_tree(memo *m, const resolution *r)
{
    resolution_memo *p = part_of(m, r);
    if (!p)
        return NULL;
    if (!p->has_tree) {
        if (tree_build(m, r, &p->tree) != 0)
            return NULL;
        p->has_tree = 1;
    }
    return &p->tree;
}

const mentions *memo_definitions(memo *m, const resolution *r)
{
    resolution_memo *p = part_of(m, r);
    if (!p)
        return NULL;
    if (!p->has_definitions) {
        p->definitions.count = 0;
        if (definitions_of(m, r, &p->definitions) != 0)
            return NULL;
        p->has_definitions = 1;
    }
    return &p->definitions;
}
