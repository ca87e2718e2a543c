/*
 * How a resolution cites resolutions in its own text (Editorial Manual):
 * the Assembly and the Council cite their own as "its resolution 59/50"
 * (references/its-resolution), and every resolution by its number rather
 * than its document symbol, "resolution 59/50", not "A/RES/59/50"
 * (references/running-text-symbol).  Both concern only the preambular and
 * operative paragraphs of a General Assembly or Security Council resolution
 * or draft; footnotes, annexes and other documents cite as they need.
 */
#include "references.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *body_name(clerk_body body)
{
    switch (body) {
    case CLERK_BODY_GA: return "General Assembly";
    case CLERK_BODY_SC: return "Security Council";
    case CLERK_BODY_ECOSOC: return "Economic and Social Council";
    case CLERK_BODY_HRC: return "Human Rights Council";
    default: return NULL;
    }
}

/* The body whose resolution the block is running text of (GA or SC), else
 * UNKNOWN. */
static clerk_body citing_body(const clerk_api *api, const clerk_doc *doc, size_t block)
{
    const clerk_block *b = api->block(doc, block);
    const clerk_section *s = block_section(api, doc, block);
    if (!b || !s || !s->is_resolution ||
        (b->kind != CLERK_BLOCK_PARAGRAPH && b->kind != CLERK_BLOCK_LIST_ITEM) ||
        (b->role != CLERK_ROLE_PREAMBULAR && b->role != CLERK_ROLE_OPERATIVE &&
         b->role != CLERK_ROLE_SUBPARAGRAPH))
        return CLERK_BODY_UNKNOWN;
    return s->resolution_body == CLERK_BODY_GA || s->resolution_body == CLERK_BODY_SC
               ? s->resolution_body : CLERK_BODY_UNKNOWN;
}

/* Whether src[at - n, at) is `word` standing alone before a space at `at`. */
static int word_before(const char *src, size_t at, const char *word, size_t *start)
{
    size_t n = strlen(word);
    if (at < n + 1 || src[at - 1] != ' ' || memcmp(src + at - 1 - n, word, n) != 0)
        return 0;
    *start = at - 1 - n;
    return *start == 0 || !isalpha((unsigned char)src[*start - 1]);
}

void check_its_resolution(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const char *src = api->source(doc, NULL);
    size_t last_keyword = (size_t)-1;
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        clerk_body own = citing_body(api, doc, r->loc.block);
        if (own == CLERK_BODY_UNKNOWN || r->body != own || r->form == CLERK_FORM_SYMBOL ||
            (r->flags & CLERK_REF_OWN) || !(r->flags & CLERK_REF_BODY_EXPLICIT) ||
            r->keyword_offset == last_keyword)
            continue;
        const char *name = body_name(own);
        size_t start, the;
        if (!word_before(src, r->keyword_offset, name, &start) || word_before(src, start, "the", &the))
            continue;
        last_keyword = r->keyword_offset;
        if (start > 0 && src[start - 1] == '(') {
            /* "(General Assembly resolution 60/1)": the reference needs no body */
            api->report(ctx, start, r->keyword_offset - start, "",
                        "the %s names its own resolutions without its name: \"(resolution ...)\"",
                        name);
            continue;
        }
        api->report(ctx, start, strlen(name), "its",
                    "the %s cites its own resolutions as \"its resolution ...\"", name);
    }
}

/* "resolution 59/50", "Security Council resolution 1631 (2005)" for a symbol. */
static int number_form(const clerk_resolution_ref *r, clerk_body own, int keyword_before,
                       char *buf, size_t size)
{
    char label[16], number[48];
    if (r->body == CLERK_BODY_SC) {
        if (!r->year)
            return 0;
        snprintf(number, sizeof number, "%d (%d)", r->number, r->year);
    } else if (r->session) {
        session_label(r->session_kind, r->session, 0, label, sizeof label);
        snprintf(number, sizeof number, "%s/%d", label, r->number);
    } else {
        return 0; /* A/RES/1514: the roman numeral follows in the text */
    }
    const char *name = r->body == own ? NULL : body_name(r->body);
    if (keyword_before)
        snprintf(buf, size, "%s", number);
    else if (name)
        snprintf(buf, size, "%s resolution %s", name, number);
    else
        snprintf(buf, size, "resolution %s", number);
    return 1;
}

void check_running_text_symbol(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const char *src = api->source(doc, NULL);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        clerk_body own = citing_body(api, doc, r->loc.block);
        if (own == CLERK_BODY_UNKNOWN || r->form != CLERK_FORM_SYMBOL ||
            r->kind != CLERK_REF_RESOLUTION)
            continue;
        size_t start;
        int keyword_before = word_before(src, r->loc.offset, "resolution", &start);
        char right[96], cited[64];
        source_text(api, doc, r->loc.offset, r->loc.length, cited, sizeof cited);
        if (!number_form(r, own, keyword_before, right, sizeof right))
            continue;
        api->report(ctx, r->loc.offset, r->loc.length, right,
                    "in the text of a resolution, \"%s\" is cited as \"%s\"", cited, right);
    }
}
