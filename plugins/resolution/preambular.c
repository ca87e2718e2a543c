/*
 * The opening of a preambular paragraph: a participle or an adjective
 * ("Recalling", "Deeply concerned", "Aware"), never an operative verb.  The
 * list of known phrases decides what is known; a participle the list lacks
 * ("Appalled") is accepted by its shape, and anything else is only noted,
 * since drafters may open with an adjective no list holds.
 */
#include "resolution.h"

/* A paragraph the rules can read as preambular: not a page's continuation,
 * not a numbered paragraph the reader took for one ("1, Requests"), not a
 * text the paragraph before introduced with a colon ("... on the
 * following question:" then the question). */
static int readable(memo *m, size_t i, size_t first)
{
    const block_facts *f = memo_block(m, i);
    if (f->continuation || f->numbered)
        return 0;
    return i == first || memo_block(m, i - 1)->mark != ':';
}

typedef void (*opening_fn)(const clerk_api *api, clerk_ctx *ctx, size_t i, const clerk_block *b,
                           const block_facts *f);

static void each_preambular(memo *m, clerk_ctx *ctx, const resolution *r, opening_fn each)
{
    for (size_t i = r->first; i < r->end; i++) {
        const clerk_block *b = m->api->block(m->doc, i);
        if ((b->role != CLERK_ROLE_PREAMBULAR && !serves_as_preamble(m, i, r->end)) ||
            !readable(m, i, r->first))
            continue;
        const block_facts *f = memo_block(m, i);
        span w = f->main;
        if (w.length == 0 || memo_opens_preamble(m, i))
            continue;
        /* "While noting", "Ever mindful": a conjunction or adverb first */
        span next = text_word(b->text, b->text_length, w.offset + w.length);
        if (!(next.length > 0 && is_preambular_opening(m->st, next, b->text)))
            each(m->api, ctx, i, b, f);
    }
}

/* "Notes the request ...,": an operative verb written as a preambular
 * paragraph. */
static int operative_verb(const resolution_state *st, const clerk_block *b, const block_facts *f)
{
    return word_list_has(&st->operative, b->text + f->main.offset, f->main.length) && f->mark == ',';
}

/* A paragraph that opens unknown and does not end with a comma is no
 * preambular paragraph at all but some text the preamble swallowed. */
static void unknown_phrase(const clerk_api *api, clerk_ctx *ctx, size_t i, const clerk_block *b,
                           const block_facts *f)
{
    span w = f->main;
    if (f->mark == ',' && !operative_verb(api->state(ctx), b, f))
        api->report_text(ctx, i, w.offset, w.length, NULL,
                         "\"%.*s\" is not a known opening of a preambular paragraph, which opens "
                         "with a participle or an adjective (\"Recalling\", \"Aware\")",
                         (int)w.length, b->text + w.offset);
}

static void verb_in_preamble(const clerk_api *api, clerk_ctx *ctx, size_t i, const clerk_block *b,
                             const block_facts *f)
{
    const resolution_state *st = api->state(ctx);
    span w = f->main;
    char participle[64];
    if (!operative_verb(st, b, f))
        return;
    if (participle_of(st, w, b->text, participle, sizeof participle))
        api->report_text(ctx, i, w.offset, w.length, participle,
                         "the preambular paragraph opens with the operative verb \"%.*s\"; a "
                         "preambular paragraph opens with a participle (\"%s\")",
                         (int)w.length, b->text + w.offset, participle);
    else
        api->report_text(ctx, i, w.offset, w.length, NULL,
                         "the preambular paragraph opens with the operative verb \"%.*s\"; a "
                         "preambular paragraph opens with a participle",
                         (int)w.length, b->text + w.offset);
}

static void phrases_of(memo *m, clerk_ctx *ctx, const resolution *r)
{
    each_preambular(m, ctx, r, unknown_phrase);
}

static void verbs_of(memo *m, clerk_ctx *ctx, const resolution *r)
{
    each_preambular(m, ctx, r, verb_in_preamble);
}

void check_preambular_phrase(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, phrases_of);
}

void check_preambular_verb(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, verbs_of);
}
