/*
 * Whether a document asks for an item of the General Assembly's agenda:
 * its front matter is titled so ("Request for the inclusion of a
 * supplementary item in the agenda of the seventieth session") or its
 * letter says so ("I have the honour to request the inclusion in the agenda
 * ...").  The request names the agenda, which sets it apart from a request
 * to be included in a list of speakers; a report that only mentions
 * requests ("the General Committee considered a request for ...") uses
 * neither wording in its body.  The wordings are procedure-wording.json.
 */
#include "procedure.h"

/* The first block of a section of the given kind, outside resolutions,
 * with a sentence holding a phrase of the list and naming the agenda. */
static int find_in_sections(const clerk_api *api, const clerk_doc *doc, const procedure_state *st,
                            const phrase_list *list, clerk_section_kind kind, text_span *at)
{
    /* a block that does not name the agenda has no sentence that does */
    int agenda_first = phrases_stay_in_sentences(&st->request_object);
    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        const clerk_section *s = api->section(doc, b->section);
        if (!s || s->kind != kind || s->is_resolution ||
            (agenda_first && !phrase_in(&st->request_object, b->text, 0, b->text_length)))
            continue;
        size_t length, p = 0;
        while ((p = phrase_find(list, b->text, p, b->text_length, &length)) != PHRASE_NONE) {
            size_t from, to;
            sentence_bounds(b->text, b->text_length, p, &from, &to);
            if (phrase_in(&st->request_object, b->text, from, to)) {
                *at = (text_span){i, p, length};
                return 1;
            }
            p += length;
        }
    }
    return 0;
}

/* Two rules ask for a document's request: the answer is kept, per thread,
 * for the run of the rules over the document. */
typedef struct last_request {
    run_mark mark;
    int found;
    text_span at;
} last_request;

int find_request(const clerk_api *api, clerk_ctx *ctx, const clerk_doc *doc, const procedure_state *st,
                 text_span *at)
{
    last_request fresh = {0}, *last = thread_state_get(&st->requests, sizeof *last);
    if (!last)
        last = &fresh; /* out of memory: sought again at each call */
    if (run_begins(&last->mark, api, doc, ctx))
        last->found = find_in_sections(api, doc, st, &st->request_titles, CLERK_SECTION_FRONT, &last->at) ||
                      find_in_sections(api, doc, st, &st->request_sentences, CLERK_SECTION_BODY, &last->at);
    *at = last->at;
    return last->found;
}
