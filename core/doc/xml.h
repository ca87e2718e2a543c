/*
 * What the XML readers (Akoma Ntoso, Word) share: parsing with libxml2 in
 * the one safe way, and the emission of a paragraph built from markup.
 */
#ifndef CLERK_XML_H
#define CLERK_XML_H

#include "doc/plain.h"

#include <libxml/tree.h>
#include <string.h>

/* Parses n bytes of XML with entity expansion, DTD loading and network
 * access off.  Returns NULL with "malformed XML [in <what>] at line N: ..."
 * in err (what may be NULL).  Free with xmlFreeDoc(). */
xmlDocPtr xml_parse(const char *s, size_t n, const char *what, char *err, size_t err_size);

/* Whether node is the element called name (its namespace aside). */
static inline int xml_named(const xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

/* Emits the builder's text, trimmed of spaces, as a block shaped like
 * shape.  A paragraph (shape.kind) takes its label from its start ("12.",
 * "(a)") and becomes a list item when the label is arabic, or a heading of
 * level 0 when wholly bold, as a Markdown paragraph would. */
void xml_emit(clerk_doc *doc, const plain_builder *b, label_run *run, clerk_block shape);

#endif
