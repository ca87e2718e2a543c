/*
 * procedure/explanatory-memorandum: rule 20 of the rules of procedure of
 * the General Assembly — "All items proposed for inclusion in the agenda
 * shall be accompanied by an explanatory memorandum" — so a request for an
 * item carries one: an annex or heading "Explanatory memorandum" (or
 * "note").  Which documents are requests is request.c's.  A memorandum the
 * letter says will follow ("will be issued as an addendum") or gives in its
 * own text ("as follows") is no slip, and one announced in an annex the
 * document lacks is structure/annex-missing's finding.
 */
#include "procedure.h"

#include <string.h>

static int has_memorandum(const clerk_api *api, const clerk_doc *doc, const phrase_list *words)
{
    for (size_t s = 0, n = api->section_count(doc); s < n; s++) {
        const char *title = api->section(doc, s)->title;
        if (phrase_in(words, title, 0, strlen(title)))
            return 1;
    }
    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (is_heading_like(b) && b->text_length && phrase_starts(words, b->text, b->text_length, 0))
            return 1;
    }
    return 0;
}

/* A sentence naming the memorandum says it comes later or stands in the
 * letter itself, or puts it in an annex (that structure/annex-missing
 * reports when the document lacks it). */
static int accounted_for(const clerk_api *api, const clerk_doc *doc, const procedure_state *st)
{
    const phrase_list *words = &st->memorandum->words;
    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        size_t p = 0, length;
        while ((p = phrase_find(words, b->text, p, b->text_length, &length)) != PHRASE_NONE) {
            size_t from, to;
            sentence_bounds(b->text, b->text_length, p, &from, &to);
            if (phrase_in(&st->memorandum_elsewhere, b->text, from, to))
                return 1;
            p += length;
        }
    }
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_XREF); i < n; i++) {
        const clerk_xref *x = clerk_xref_at(api, doc, i);
        if (x->kind == CLERK_XREF_ANNEX && !x->external &&
            phrase_in(words, x->promised, 0, strlen(x->promised)))
            return 1; /* present, or reported missing by structure/annex-missing */
    }
    return 0;
}

void check_explanatory_memorandum(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const procedure_state *st = api->state(ctx);
    clerk_body body = api->masthead(doc)->body;
    if (body != CLERK_BODY_GA && body != CLERK_BODY_UNKNOWN)
        return;
    text_span at;
    if (!find_request(api, ctx, doc, st, &at))
        return;
    if (has_memorandum(api, doc, &st->memorandum->words) || accounted_for(api, doc, st))
        return;
    api->report_text(ctx, at.block, at.offset, at.length, NULL,
                     "a request for the inclusion of an item needs %s (rule %d of the rules of "
                     "procedure of the General Assembly), and the document has none",
                     st->memorandum->name, st->memorandum_rule);
}
