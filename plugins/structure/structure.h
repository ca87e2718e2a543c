/*
 * The structure plugin: checks on the shape of a document (numbering,
 * annexes, paragraphs cut by page breaks, headings glued together, the
 * masthead) rather than on its wording.  One check function per rule, each
 * in the file named after its subject; structure.c holds the descriptor.
 */
#ifndef CLERK_STRUCTURE_H
#define CLERK_STRUCTURE_H

#include "clerk/plugin.h"

void check_paragraph_sequence(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_annex_missing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_annex_unannounced(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_split_paragraph(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_headings_run_together(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_masthead_symbol(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

#endif
