/*
 * The opening line: "The General Assembly," names the organ, and its comma
 * leads into the preamble.  With no preamble ("The General Assembly" /
 * "Adopts the following declaration:") the comma may go, so only an
 * opening followed by a preambular paragraph needs it.
 */
#include "resolution.h"

#include <stdio.h>
#include <string.h>

/* The first paragraph of the resolution is preambular. */
static int preamble_follows(const clerk_api *api, const clerk_doc *doc, const resolution *r)
{
    for (size_t i = r->first; i < r->end; i++) {
        const clerk_block *b = api->block(doc, i);
        if (is_paragraph(b))
            return b->role == CLERK_ROLE_PREAMBULAR;
    }
    return 0;
}

static void opening_punctuation(memo *m, clerk_ctx *ctx, const resolution *r)
{
    const clerk_api *api = m->api;
    const clerk_doc *doc = m->doc;
    if (r->opening == NO_BLOCK)
        return;
    const clerk_block *b = api->block(doc, r->opening);
    const char *name = organ_name(r->body);
    size_t at = organ_name_offset(b, name);
    if (at == NO_BLOCK)
        return;
    size_t after = at + strlen(name);
    char c = after < b->text_length ? b->text[after] : '\n';
    if (c == '\n' && preamble_follows(api, doc, r)) {
        char fix[64];
        snprintf(fix, sizeof fix, "%s,", name);
        api->report_text(ctx, r->opening, at, after - at, fix,
                         "the opening line \"%s\" ends without the comma that leads into the preamble",
                         name);
    } else if (c == ';' || c == '.' || c == ':') {
        api->report_text(ctx, r->opening, after, 1, ",",
                         "the opening line \"%s\" ends with '%c' instead of a comma", name, c);
    }
}

void check_opening_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, opening_punctuation);
}

/* ---- a resolution with no opening line ----------------------------------- */

/* "The Economic Commission for Latin America and the Caribbean,": a short
 * line naming an organ, which the core may not know. */
static int organ_line(const clerk_block *b)
{
    size_t i = text_start(b->text, b->text_length), rest = b->text_length - i;
    if (rest >= 120 || rest < 4 || memcmp(b->text + i, "The ", 4) != 0)
        return 0;
    size_t mark_at;
    int mark = text_final_mark(b->text, b->text_length, &mark_at);
    return mark == ',' || mark == 0;
}

static int opens_with(const resolution_state *st, const clerk_block *b, const word_list *list)
{
    size_t i = text_start(b->text, b->text_length);
    span w = text_main_word(st, b->text, b->text_length, text_word(b->text, b->text_length, i));
    return w.length > 0 && word_list_has(list, b->text + w.offset, w.length);
}

/* A listed preambular phrase that ends with a comma, unnumbered. */
static int preambular_shape(const resolution_state *st, const clerk_block *b)
{
    size_t at;
    return b->kind == CLERK_BLOCK_PARAGRAPH && b->label_style == CLERK_LABEL_NONE &&
           opens_with(st, b, &st->preambular) && text_final_mark(b->text, b->text_length, &at) == ',';
}

static int is_paragraph_or_item(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_PARAGRAPH || b->kind == CLERK_BLOCK_LIST_ITEM;
}

/* The first preambular paragraph of the section, unless an organ line
 * comes before it (or is it); NO_BLOCK if none.  Looked for first, as
 * few blocks can be one without their text being read, and the texts
 * before it read only when there is one: a long report has none. */
static size_t first_preamble(const clerk_api *api, const clerk_doc *doc, const resolution_state *st,
                             size_t first, size_t end)
{
    size_t preamble = first;
    while (preamble < end && !preambular_shape(st, api->block(doc, preamble)))
        preamble++;
    if (preamble == end)
        return NO_BLOCK;
    for (size_t i = first; i <= preamble; i++) {
        const clerk_block *b = api->block(doc, i);
        if (is_paragraph_or_item(b) && organ_line(b))
            return NO_BLOCK;
    }
    return preamble;
}

/* A section shaped like a resolution — listed preambular paragraphs, then a
 * numbered paragraph that opens with a listed operative verb — with no
 * line naming the organ before them. */
static void opening_missing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            const clerk_section *s)
{
    const resolution_state *st = api->state(ctx);
    size_t end = s->first_block + s->block_count, preamble = first_preamble(api, doc, st, s->first_block, end);
    if (preamble == NO_BLOCK)
        return;
    for (size_t i = preamble + 1; i < end; i++) {
        const clerk_block *b = api->block(doc, i);
        if (is_paragraph_or_item(b) && b->label_style == CLERK_LABEL_ARABIC && opens_with(st, b, &st->operative)) {
            const char *name = organ_name(api->masthead(doc)->body);
            const clerk_block *p = api->block(doc, preamble);
            size_t at = text_start(p->text, p->text_length);
            api->report_text(ctx, preamble, at, text_word(p->text, p->text_length, at).length, NULL,
                             "the resolution has no opening line: \"%s,\" comes before its first "
                             "preambular paragraph",
                             *name ? name : "The General Assembly");
            return;
        }
    }
}

void check_opening_missing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t n = api->section_count(doc);
    for (size_t k = 0; k < n; k++) {
        const clerk_section *s = api->section(doc, k);
        if (!s->is_resolution && s->kind != CLERK_SECTION_FRONT && s->kind != CLERK_SECTION_FOOTNOTES)
            opening_missing(api, doc, ctx, s);
    }
}
