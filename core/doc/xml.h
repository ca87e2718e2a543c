/*
 * What the XML readers (Akoma Ntoso, Word) share: parsing with libxml2 in
 * the one safe way, and the emission of a paragraph built from markup.
 */
#ifndef CLERK_XML_H
#define CLERK_XML_H

#include "doc/libs.h"
#include "doc/plain.h"

#include <string.h>

/* libxml2's functions, called through the table libs.c fills. */
#define xmlInitParser xml_lib.xmlInitParser
#define xmlNewParserCtxt xml_lib.xmlNewParserCtxt
#define xmlFreeParserCtxt xml_lib.xmlFreeParserCtxt
#define xmlCtxtReadMemory xml_lib.xmlCtxtReadMemory
#define xmlCtxtGetLastError xml_lib.xmlCtxtGetLastError
#define xmlFreeDoc xml_lib.xmlFreeDoc
#define xmlDocGetRootElement xml_lib.xmlDocGetRootElement
#define xmlGetProp xml_lib.xmlGetProp
#define xmlNodeGetContent xml_lib.xmlNodeGetContent
#define xmlFree (*xml_lib.xmlFree)

/* Parses n bytes of XML with entity expansion, DTD loading and network
 * access off, opening libxml2 first.  Returns NULL with "malformed XML [in
 * <what>] at line N: ..." in err (what may be NULL), or why libxml2 could
 * not be opened.  Free with xmlFreeDoc(). */
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
