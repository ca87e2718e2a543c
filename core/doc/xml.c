/*
 * The XML readers' common ground: a parser that expands no entity and
 * fetches nothing, and the emission of a paragraph.
 */
#include "doc/xml.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

xmlDocPtr xml_parse(const char *s, size_t n, const char *what, char *err, size_t err_size)
{
    if (xml_library_open(err, err_size) != 0)
        return NULL;
    if (n > INT_MAX) {
        snprintf(err, err_size, "%s is too large", what ? what : "the document");
        return NULL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    /* No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD,
     * no XML_PARSE_HUGE (libxml2's limits on depth and text stand). */
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xmlDocPtr tree = xmlCtxtReadMemory(ctxt, s, (int)n, NULL, "UTF-8", options);
    if (!tree) {
        const xmlError *e = xmlCtxtGetLastError(ctxt);
        const char *message = e && e->message ? e->message : "unknown error";
        snprintf(err, err_size, "malformed XML%s%s at line %d: %.*s", what ? " in " : "",
                 what ? what : "", e ? e->line : 0, (int)strcspn(message, "\n"), message);
    }
    xmlFreeParserCtxt(ctxt);
    return tree;
}

/* Every non-blank character of the builder is bold. */
static int wholly_bold(const plain_builder *b)
{
    int any = 0;
    const clerk_emphasis *e = b->emphasis.data;
    for (size_t p = 0; p < b->len; p++) {
        if (b->text[p] == ' ')
            continue;
        int bold = 0;
        for (size_t i = 0; i < b->emphasis.len && !bold; i++)
            bold = (e[i].kind & CLERK_EMPH_BOLD) && e[i].start <= p && p < e[i].start + e[i].length;
        if (!bold)
            return 0;
        any = 1;
    }
    return any;
}

void xml_emit(clerk_doc *doc, const plain_builder *b, label_run *run, clerk_block shape)
{
    size_t from = 0, to = b->len;
    while (from < to && b->text[from] == ' ')
        from++;
    while (to > from && b->text[to - 1] == ' ')
        to--;
    if (from == to)
        return;
    shape.offset = plain_source(b, from);
    shape.length = plain_end(b, to) - shape.offset;
    if (shape.kind == CLERK_BLOCK_FOOTNOTE)
        shape.label_offset = shape.offset; /* the note's reference mark is elsewhere */
    if (shape.kind == CLERK_BLOCK_PARAGRAPH) {
        from = plain_label(doc, b, from, to, 1, run, &shape);
        if (shape.label_style == CLERK_LABEL_ARABIC) {
            shape.kind = CLERK_BLOCK_LIST_ITEM;
            shape.level = 1;
        } else if (!shape.label_style && wholly_bold(b)) {
            shape.kind = CLERK_BLOCK_HEADING;
            shape.level = 0;
            run->last_letter = 0;
        }
    }
    plain_emit(doc, b, from, to, &shape);
}
