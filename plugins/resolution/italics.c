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
static span opening_verb(memo *m, size_t i, const clerk_block *b)
{
    span none = { 0, 0 };
    const block_facts *f = memo_block(m, i);
    if (f->continuation || f->main.length == 0)
        return none;
    if (b->role == CLERK_ROLE_PREAMBULAR)
        return memo_opens_preamble(m, i) ? f->main : none;
    if (b->role == CLERK_ROLE_OPERATIVE)
        return memo_opens_operative(m, i) ? f->main : none;
    return none;
}

/* The paragraph opens in italics (its lead, as the reader saw it, or an
 * italic span over the word past a label or an invisible mark), or its
 * verb is in italics. */
static int verb_in_italics(memo *m, size_t i, const clerk_block *b, span verb)
{
    span first = memo_block(m, i)->first;
    return b->lead_length > 0 || (first.length > 0 && block_italic_at(b, first.offset)) ||
           block_italic_at(b, verb.offset);
}

static const char *part_name(clerk_role role)
{
    return role == CLERK_ROLE_PREAMBULAR ? "preambular phrase" : "operative verb";
}

/* The paragraphs of one part (preambular or operative) in italics: one by
 * one, or once for the part when none of several is. */
static void part_in_italics(memo *m, clerk_ctx *ctx, const resolution *r, clerk_role role)
{
    const clerk_api *api = m->api;
    size_t first = NO_BLOCK, count = 0, italic = 0;
    for (size_t i = r->first; i < r->end; i++) {
        const clerk_block *b = api->block(m->doc, i);
        span verb = b->role == role ? opening_verb(m, i, b) : (span){ 0, 0 };
        if (verb.length == 0)
            continue;
        if (first == NO_BLOCK)
            first = i;
        count++;
        italic += verb_in_italics(m, i, b, verb);
    }
    if (count > 1 && italic == 0) {
        const clerk_block *b = api->block(m->doc, first);
        span verb = opening_verb(m, first, b);
        api->report_text(ctx, first, verb.offset, verb.length, NULL,
                         "no %s of this resolution is in italics, from \"%.*s\" on", part_name(role),
                         (int)verb.length, b->text + verb.offset);
        return;
    }
    for (size_t i = r->first; i < r->end && italic < count; i++) {
        const clerk_block *b = api->block(m->doc, i);
        span verb = b->role == role ? opening_verb(m, i, b) : (span){ 0, 0 };
        if (verb.length > 0 && !verb_in_italics(m, i, b, verb))
            api->report_text(ctx, i, verb.offset, verb.length, NULL, "the %s \"%.*s\" is not in italics",
                             part_name(role), (int)verb.length, b->text + verb.offset);
    }
}

static void opening_in_italics(memo *m, clerk_ctx *ctx, const resolution *r)
{
    if (r->opening == NO_BLOCK)
        return;
    const clerk_block *b = m->api->block(m->doc, r->opening);
    const char *name = organ_name(r->body);
    size_t at = organ_name_offset(b, name);
    if (at != NO_BLOCK && !block_italic_at(b, at))
        m->api->report_text(ctx, r->opening, at, strlen(name), NULL,
                            "the opening line \"%s\" is not in italics", name);
}

static void resolution_in_italics(memo *m, clerk_ctx *ctx, const resolution *r)
{
    if (!memo_uses_italics(m))
        return;
    opening_in_italics(m, ctx, r);
    part_in_italics(m, ctx, r, CLERK_ROLE_PREAMBULAR);
    part_in_italics(m, ctx, r, CLERK_ROLE_OPERATIVE);
}

void check_italics(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, resolution_in_italics);
}
