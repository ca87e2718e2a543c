/*
 * structure/missing-symbol: a masthead without its document symbol.  Every
 * document issued carries one ("A/64/142"); a masthead that has the
 * distribution or the date line and the issuing body but no symbol lost it
 * in conversion or was never completed.  Texts without any masthead (a
 * draft, a body-only extract) are not concerned.
 */
#include "structure.h"


static int has_masthead(const clerk_masthead *m)
{
    return m->body != CLERK_BODY_UNKNOWN && (m->distribution[0] != '\0' || m->date.year != 0);
}

/* The front section's first line: the masthead's top, where the symbol goes. */
static void front_line(const clerk_api *api, const clerk_doc *doc, size_t *offset, size_t *length)
{
    size_t len;
    const char *src = api->source(doc, &len);
    *offset = *length = 0;
    for (size_t s = 0, n = api->section_count(doc); s < n; s++) {
        const clerk_section *sec = api->section(doc, s);
        if (sec->kind != CLERK_SECTION_FRONT || sec->block_count == 0)
            continue;
        const clerk_block *first = api->block(doc, sec->first_block);
        size_t end = first->offset;
        while (end < len && end < first->offset + first->length && src[end] != '\n')
            end++;
        *offset = first->offset;
        *length = end - first->offset;
        return;
    }
}

void check_masthead_symbol(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const clerk_masthead *m = api->masthead(doc);
    if (m->symbol[0] != '\0' || !has_masthead(m))
        return;
    size_t offset, length;
    front_line(api, doc, &offset, &length);
    api->report(ctx, offset, length, NULL,
                "the masthead has no document symbol (such as \"A/64/142\")");
}
