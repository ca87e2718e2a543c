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
static int readable(const clerk_block *b, const clerk_block *prev)
{
    size_t at;
    if (text_is_continuation(b->text, b->text_length) || text_numbered(b->text, b->text_length))
        return 0;
    return !prev || text_final_mark(prev->text, prev->text_length, &at) != ':';
}

typedef void (*opening_fn)(const clerk_api *api, clerk_ctx *ctx, size_t i, const clerk_block *b,
                           span w);

static void each_preambular(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            const resolution *r, opening_fn each)
{
    const resolution_state *st = api->state(ctx);
    const clerk_block *prev = NULL;
    for (size_t i = r->first; i < r->end; prev = api->block(doc, i), i++) {
        const clerk_block *b = api->block(doc, i);
        if ((b->role != CLERK_ROLE_PREAMBULAR && !serves_as_preamble(api, doc, i, r->end)) ||
            !readable(b, prev))
            continue;
        span w = text_main_word(st, b->text, b->text_length, text_start(b->text, b->text_length));
        /* "While noting", "Ever mindful": a conjunction or adverb first */
        span next = text_word(b->text, b->text_length, w.offset + w.length);
        if (w.length > 0 && !is_preambular_opening(st, w, b->text) &&
            !(next.length > 0 && is_preambular_opening(st, next, b->text)))
            each(api, ctx, i, b, w);
    }
}

/* "Notes the request ...,": an operative verb written as a preambular
 * paragraph. */
static int operative_verb(const resolution_state *st, const clerk_block *b, span w)
{
    size_t at;
    return word_list_has(&st->operative, b->text + w.offset, w.length) &&
           text_final_mark(b->text, b->text_length, &at) == ',';
}

/* A paragraph that opens unknown and does not end with a comma is no
 * preambular paragraph at all but some text the preamble swallowed. */
static void unknown_phrase(const clerk_api *api, clerk_ctx *ctx, size_t i, const clerk_block *b,
                           span w)
{
    size_t at;
    if (text_final_mark(b->text, b->text_length, &at) == ',' && !operative_verb(api->state(ctx), b, w))
        api->report_text(ctx, i, w.offset, w.length, NULL,
                         "\"%.*s\" is not a known opening of a preambular paragraph, which opens "
                         "with a participle or an adjective (\"Recalling\", \"Aware\")",
                         (int)w.length, b->text + w.offset);
}

static void verb_in_preamble(const clerk_api *api, clerk_ctx *ctx, size_t i, const clerk_block *b,
                             span w)
{
    const resolution_state *st = api->state(ctx);
    char participle[64];
    if (!operative_verb(st, b, w))
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

static void phrases_of(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const resolution *r)
{
    each_preambular(api, doc, ctx, r, unknown_phrase);
}

static void verbs_of(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const resolution *r)
{
    each_preambular(api, doc, ctx, r, verb_in_preamble);
}

void check_preambular_phrase(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, phrases_of);
}

void check_preambular_verb(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, verbs_of);
}
