/*
 * The opening of an operative paragraph: a verb in the present tense,
 * third person ("Requests", "Also decides", "Takes note").  Only a form of
 * a listed verb is held wrong — its participle ("Noting"), its bare form
 * ("Request"), its past ("Decided") — so that paragraphs that open
 * otherwise by design ("The Working Capital Fund shall be established ...",
 * "Should the credits exceed ...") are left alone.  "Acting under Chapter
 * VII ..., decides": a participle may lead to the verb later on.
 */
#include "resolution.h"

#include <string.h>

/* A participle ("Acting", "Emphasizing") may open a clause that leads to
 * the verb later on. */
static int leads_to_verb(const resolution_state *st, const clerk_block *b, span w)
{
    return w.length > 3 && strncmp(b->text + w.offset + w.length - 3, "ing", 3) == 0 &&
           has_operative_verb_after(st, b->text, b->text_length, w.offset + w.length);
}

static void operative_verbs(memo *m, clerk_ctx *ctx, const resolution *r)
{
    const resolution_state *st = m->st;
    for (size_t i = r->first; i < r->end; i++) {
        const clerk_block *b = m->api->block(m->doc, i);
        if (b->role != CLERK_ROLE_OPERATIVE)
            continue;
        const block_facts *f = memo_block(m, i);
        span w = f->main;
        char form[64];
        if (f->continuation || w.length == 0 || memo_opens_operative(m, i) ||
            leads_to_verb(st, b, w) ||
            !operative_form_of(st, w, b->text, form, sizeof form))
            continue;
        m->api->report_text(ctx, i, w.offset, w.length, form,
                            "the operative paragraph opens with \"%.*s\"; an operative paragraph "
                            "opens with a verb in the present tense, third person (\"%s\")",
                            (int)w.length, b->text + w.offset, form);
    }
}

void check_operative_verb(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, operative_verbs);
}
