/*
 * What the rules learn of each date once per run: five rules ask whether a
 * date is prose, and reading its block again for each would wait on memory
 * five times on a long document.  The cue before the date is learnt with
 * it, while its text is at hand, and spares dates/chronology the block of
 * every date that has none.
 */
#include "dates.h"

enum {
    LEARNT = 1,
    PROSE = 2,
    CUE_SHIFT = 2  /* the date_cue in the bits above */
};

date_memo date_memo_of(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const dates_state *st = api->state(ctx);
    size_t n = api->entity_count(doc, CLERK_ENT_DATE);
    return (date_memo){api, doc, run_bytes_of(&st->facts, api, doc, ctx, n)};
}

static unsigned learn(const date_memo *m, const clerk_date *d)
{
    size_t len, start;
    const char *t = loc_text(m->api, m->doc, &d->loc, &len);
    unsigned cue = cue_before(t, d->loc.text_offset, &start);
    return LEARNT | (date_is_prose(m->api, m->doc, d) ? PROSE : 0) | cue << CUE_SHIFT;
}

static unsigned facts_of(const date_memo *m, size_t i, const clerk_date *d)
{
    if (!m->facts)
        return learn(m, d); /* out of memory: learnt again each time */
    if (!m->facts[i])
        m->facts[i] = (unsigned char)learn(m, d);
    return m->facts[i];
}

int memo_is_prose(const date_memo *m, size_t i, const clerk_date *d)
{
    return (facts_of(m, i, d) & PROSE) != 0;
}

date_cue memo_cue(const date_memo *m, size_t i, const clerk_date *d)
{
    return (date_cue)(facts_of(m, i, d) >> CUE_SHIFT);
}
