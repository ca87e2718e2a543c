/*
 * Runs every extractor over every block of a document, then turns the
 * plain-text positions into source offsets.  Blocks are visited in order
 * so "of that year" sees the year last named before it.
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "doc/doc.h"

static const size_t entity_sizes[CLERK_ENT_KIND_COUNT] = {
    [CLERK_ENT_DATE] = sizeof(clerk_date),
    [CLERK_ENT_RESOLUTION] = sizeof(clerk_resolution_ref),
    [CLERK_ENT_RULE] = sizeof(clerk_rule_cite),
    [CLERK_ENT_CHARTER] = sizeof(clerk_charter_cite),
    [CLERK_ENT_SYMBOL] = sizeof(clerk_symbol),
    [CLERK_ENT_SESSION] = sizeof(clerk_session_ref),
    [CLERK_ENT_XREF] = sizeof(clerk_xref),
};

typedef void (*extractor)(extract_ctx *cx, const char *text, size_t len, vec *out);

static const extractor extractors[CLERK_ENT_KIND_COUNT] = {
    [CLERK_ENT_DATE] = extract_dates,
    [CLERK_ENT_RESOLUTION] = extract_resolutions,
    [CLERK_ENT_RULE] = extract_rules,
    [CLERK_ENT_CHARTER] = extract_charter,
    [CLERK_ENT_SYMBOL] = extract_symbols,
    [CLERK_ENT_SESSION] = extract_sessions,
    [CLERK_ENT_XREF] = extract_xrefs,
};

/* Every entity begins with its clerk_loc. */
static void map_locations(const clerk_doc *doc, vec *v)
{
    for (size_t i = 0; i < v->len; i++) {
        clerk_loc *loc = vec_at(v, i);
        size_t start = doc_source_start(doc, loc->block, loc->text_offset);
        size_t end = doc_source_offset(doc, loc->block, loc->text_offset + loc->text_length);
        loc->offset = start;
        loc->length = end > start ? end - start : 0;
    }
}

/* The date a reference cites ("of 2 December 2004") is the first date
 * of its block that starts after the citation.  The block's dates are
 * dates[first ..]; reach[k] is the furthest start among the first k + 1 of
 * them.  Reach never decreases, and the first date starting at or after a
 * point is the first whose reach gets there: a binary search finds it, so
 * a block of thousands of citations and dates (one long line) is not
 * searched once per citation. */
static size_t cited_date_index(const vec *dates, size_t first, const size_t *reach,
                               const clerk_resolution_ref *r)
{
    size_t after = r->loc.text_offset + r->loc.text_length;
    size_t lo = 0, hi = dates->len - first;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (reach[mid] >= after)
            hi = mid;
        else
            lo = mid + 1;
    }
    return first + lo < dates->len ? first + lo : 0;
}

static void fill_reach(const vec *dates, size_t first, vec *reach)
{
    reach->len = 0;
    size_t furthest = 0;
    for (size_t i = first; i < dates->len; i++) {
        const clerk_date *d = vec_at(dates, i);
        if (d->loc.text_offset > furthest)
            furthest = d->loc.text_offset;
        *(size_t *)vec_push(reach) = furthest;
    }
}

/* The body a citation without words refers to: a resolution's own opening
 * ("The Security Council,") inside an annexed draft, else the masthead's. */
static clerk_body block_body(const clerk_doc *doc, const clerk_block *b)
{
    if (b->section < doc->sections.len) {
        const clerk_section *s = doc_section(doc, b->section);
        if (s->is_resolution && s->resolution_body)
            return s->resolution_body;
    }
    return doc->masthead.body;
}

void extract_document(clerk_doc *doc)
{
    vec *e = doc->entities;
    for (int k = 0; k < CLERK_ENT_KIND_COUNT; k++) {
        vec_free(&e[k]);
        vec_init(&e[k], entity_sizes[k]);
    }
    cue_list cues;
    cue_list_init(&cues);
    extract_ctx cx = {&doc->arena, 0, CLERK_BODY_UNKNOWN, 0, &cues};
    size_t first_date = 0;
    vec reach = VEC_INIT(size_t);
    for (size_t b = 0; b < doc->blocks.len; b++) {
        const clerk_block *block = doc_block(doc, b);
        if (block->kind == CLERK_BLOCK_COMMENT || block->kind == CLERK_BLOCK_CODE || !block->text_length)
            continue;
        cx.block = b;
        cx.doc_body = block_body(doc, block);
        const char *t = block->text;
        size_t n = block->text_length;
        size_t refs_before = e[CLERK_ENT_RESOLUTION].len;
        cues_find(&cues, t, n);
        /* dates first: a resolution's cited date is looked up among them */
        extract_dates(&cx, t, n, &e[CLERK_ENT_DATE]);
        /* the others start from keywords and slashes, which most blocks lack */
        if (cue_list_has_keywords(&cues))
            for (int k = 0; k < CLERK_ENT_KIND_COUNT; k++)
                if (k != CLERK_ENT_DATE)
                    extractors[k](&cx, t, n, &e[k]);
        if (refs_before < e[CLERK_ENT_RESOLUTION].len)
            fill_reach(&e[CLERK_ENT_DATE], first_date, &reach);
        for (size_t i = refs_before; i < e[CLERK_ENT_RESOLUTION].len; i++) {
            clerk_resolution_ref *r = vec_at(&e[CLERK_ENT_RESOLUTION], i);
            if (r->flags & CLERK_REF_HAS_DATE)
                r->date_index = cited_date_index(&e[CLERK_ENT_DATE], first_date, reach.data, r);
        }
        first_date = e[CLERK_ENT_DATE].len;
    }
    vec_free(&reach);
    cue_list_free(&cues);
    for (int k = 0; k < CLERK_ENT_KIND_COUNT; k++)
        map_locations(doc, &e[k]);
    /* the other positions entities hold, also text offsets until now */
    for (size_t i = 0; i < e[CLERK_ENT_DATE].len; i++) {
        clerk_date *d = vec_at(&e[CLERK_ENT_DATE], i);
        if (d->weekday)
            d->weekday_offset = doc_source_start(doc, d->loc.block, d->weekday_offset);
    }
    for (size_t i = 0; i < e[CLERK_ENT_RESOLUTION].len; i++) {
        clerk_resolution_ref *r = vec_at(&e[CLERK_ENT_RESOLUTION], i);
        r->keyword_offset = doc_source_start(doc, r->loc.block, r->keyword_offset);
        if (r->year_length)
            r->year_offset = doc_source_start(doc, r->loc.block, r->year_offset);
    }
}
