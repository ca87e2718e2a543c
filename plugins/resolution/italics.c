/*
 * Italics: the organ's name in the opening line, the participle that opens
 * a preambular paragraph and the verb that opens an operative one are set
 * in italics.  Plain text has no italics at all, so the rule applies only
 * to documents that set something in italics; and a preamble or an
 * operative part none of whose paragraphs opens in italics lost them all at
 * once, which is said once rather than at every paragraph.
 */
#include "resolution.h"

#include <string.h>

/* The word the paragraph opens with, past a label and the modifiers; the
 * length is 0 when it opens with no verb or participle, which then needs
 * no italics ("The Working Capital Fund shall be established ..."). */
static span opening_verb(const resolution_state *st, const clerk_block *b)
{
    span none = { 0, 0 };
    if (text_is_continuation(b->text, b->text_length))
        return none;
    span w = text_main_word(st, b->text, b->text_length, text_start(b->text, b->text_length));
    if (w.length == 0)
        return none;
    if (b->role == CLERK_ROLE_PREAMBULAR)
        return is_preambular_opening(st, w, b->text) ? w : none;
    if (b->role == CLERK_ROLE_OPERATIVE)
        return is_third_person(st, w, b->text) ? w : none;
    return none;
}

static int verb_in_italics(const clerk_block *b, span verb)
{
    return block_opens_in_italics(b) || block_italic_at(b, verb.offset);
}

static const char *part_name(clerk_role role)
{
    return role == CLERK_ROLE_PREAMBULAR ? "preambular phrase" : "operative verb";
}

/* The paragraphs of one part (preambular or operative) in italics: one by
 * one, or once for the part when none of several is. */
static void part_in_italics(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            const resolution *r, clerk_role role)
{
    const resolution_state *st = api->state(ctx);
    size_t first = NO_BLOCK, count = 0, italic = 0;
    for (size_t i = r->first; i < r->end; i++) {
        const clerk_block *b = api->block(doc, i);
        span verb = b->role == role ? opening_verb(st, b) : (span){ 0, 0 };
        if (verb.length == 0)
            continue;
        if (first == NO_BLOCK)
            first = i;
        count++;
        italic += verb_in_italics(b, verb);
    }
    if (count > 1 && italic == 0) {
        const clerk_block *b = api->block(doc, first);
        span verb = opening_verb(st, b);
        api->report_text(ctx, first, verb.offset, verb.length, NULL,
                         "no %s of this resolution is in italics, from \"%.*s\" on", part_name(role),
                         (int)verb.length, b->text + verb.offset);
        return;
    }
    for (size_t i = r->first; i < r->end && italic < count; i++) {
        const clerk_block *b = api->block(doc, i);
        span verb = b->role == role ? opening_verb(st, b) : (span){ 0, 0 };
        if (verb.length > 0 && !verb_in_italics(b, verb))
            api->report_text(ctx, i, verb.offset, verb.length, NULL, "the %s \"%.*s\" is not in italics",
                             part_name(role), (int)verb.length, b->text + verb.offset);
    }
}

static void opening_in_italics(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                               const resolution *r)
{
    if (r->opening == NO_BLOCK)
        return;
    const clerk_block *b = api->block(doc, r->opening);
    const char *name = organ_name(r->body);
    size_t at = organ_name_offset(b, name);
    if (at != NO_BLOCK && !block_italic_at(b, at))
        api->report_text(ctx, r->opening, at, strlen(name), NULL,
                         "the opening line \"%s\" is not in italics", name);
}

static void resolution_in_italics(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                                  const resolution *r)
{
    opening_in_italics(api, doc, ctx, r);
    part_in_italics(api, doc, ctx, r, CLERK_ROLE_PREAMBULAR);
    part_in_italics(api, doc, ctx, r, CLERK_ROLE_OPERATIVE);
}

void check_italics(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    if (doc_uses_italics(api, doc))
        each_resolution(api, doc, ctx, resolution_in_italics);
}
