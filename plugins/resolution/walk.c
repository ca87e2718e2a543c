/*
 * The resolutions of a document.  The core marks the sections that hold a
 * resolution and the role of each block in it; an opening line begins a
 * resolution, which runs to the next opening line or to the end of its
 * section (a document may hold resolutions A and B, each with its own).
 */
#include "resolution.h"

#include <string.h>

int is_text_block(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_PARAGRAPH || b->kind == CLERK_BLOCK_LIST_ITEM ||
           b->kind == CLERK_BLOCK_HEADING;
}

int is_paragraph(const clerk_block *b)
{
    return b->role == CLERK_ROLE_PREAMBULAR || b->role == CLERK_ROLE_OPERATIVE ||
           b->role == CLERK_ROLE_SUBPARAGRAPH;
}

static int has_paragraph(const clerk_api *api, const clerk_doc *doc, const resolution *r)
{
    for (size_t i = r->first; i < r->end; i++)
        if (is_paragraph(api->block(doc, i)))
            return 1;
    return 0;
}

static void walk_section(memo *m, clerk_ctx *ctx, const clerk_section *s, resolution_fn each)
{
    const clerk_api *api = m->api;
    const clerk_doc *doc = m->doc;
    size_t end = s->first_block + s->block_count;
    /* Paragraphs before the first opening line in the section: a scan ran
     * the opening onto the end of the masthead. */
    resolution r = { NO_BLOCK, s->first_block, end, s->resolution_body };
    if (s->first_block > 0 && api->block(doc, s->first_block - 1)->role == CLERK_ROLE_OPENING)
        r.opening = s->first_block - 1;
    for (size_t i = s->first_block; i < end; i++) {
        if (api->block(doc, i)->role != CLERK_ROLE_OPENING)
            continue;
        r.end = i;
        if (r.opening != NO_BLOCK || has_paragraph(api, doc, &r))
            each(m, ctx, &r);
        r = (resolution){ i, i + 1, end, s->resolution_body };
    }
    if (r.opening != NO_BLOCK || has_paragraph(api, doc, &r))
        each(m, ctx, &r);
}

void each_resolution(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, resolution_fn each)
{
    size_t n = api->section_count(doc);
    memo *m = NULL;
    for (size_t k = 0; k < n; k++) {
        const clerk_section *s = api->section(doc, k);
        if (!s->is_resolution)
            continue;
        if (!m && !(m = memo_of(api, doc, ctx)))
            return;
        walk_section(m, ctx, s, each);
    }
}

int serves_as_preamble(memo *m, size_t i, size_t end)
{
    const clerk_block *b = m->api->block(m->doc, i);
    if (b->role != CLERK_ROLE_OPERATIVE || b->label_style != CLERK_LABEL_NONE)
        return 0;
    const block_facts *f = memo_block(m, i);
    if (f->numbered || f->mark != ',')
        return 0;
    while (++i < end) {
        const clerk_block *next = m->api->block(m->doc, i);
        if (is_paragraph(next))
            return next->role == CLERK_ROLE_OPERATIVE && next->label_style == CLERK_LABEL_ARABIC;
    }
    return 0;
}

int doc_uses_italics(const clerk_api *api, const clerk_doc *doc)
{
    size_t n = api->block_count(doc);
    for (size_t i = 0; i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        for (size_t k = 0; k < b->emphasis_count; k++)
            if (b->emphasis[k].kind & CLERK_EMPH_ITALIC)
                return 1;
    }
    return 0;
}

const char *organ_name(clerk_body body)
{
    switch (body) {
    case CLERK_BODY_GA:
        return "The General Assembly";
    case CLERK_BODY_SC:
        return "The Security Council";
    case CLERK_BODY_ECOSOC:
        return "The Economic and Social Council";
    case CLERK_BODY_HRC:
        return "The Human Rights Council";
    default:
        return "";
    }
}

/* Where the organ's name stands in the opening block: at its start, or at
 * the end of a masthead line a scan ran it onto; NO_BLOCK when the name is
 * written otherwise. */
size_t organ_name_offset(const clerk_block *b, const char *name)
{
    size_t n = strlen(name), len = b->text_length, at = text_start(b->text, len);
    if (n == 0)
        return NO_BLOCK;
    if (len - at >= n && memcmp(b->text + at, name, n) == 0)
        return at;
    at = NO_BLOCK;
    for (size_t p = 0; (p = text_find(b->text, len, p, name, n)) < len; p += n)
        at = p;
    return at;
}
