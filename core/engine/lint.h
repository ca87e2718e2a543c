/* Runs the enabled rules over one document. */
#ifndef CLERK_LINT_H
#define CLERK_LINT_H

#include "doc/doc.h"
#include "engine/config.h"
#include "engine/registry.h"
#include "engine/suppress.h"
#include "util/vec.h"

/* doc_parse() with the texts the registry's plugins can read: NUL-terminated
 * copies when one of them was built for ABI 1.0 or 1.1. */
clerk_doc *lint_parse(const registry *reg, const char *path, char *src, size_t len,
                      doc_format format, char *err, size_t err_size);

/* Appends the findings of every rule whose state is not off, minus those
 * suppressed inline, sorted by offset. */
void lint_document(const registry *reg, const rule_state *states, const clerk_doc *doc,
                   vec *findings);

/* The same, the suppression comments held to opt (NULL: the defaults). */
void lint_document_with(const registry *reg, const rule_state *states, const suppress_options *opt,
                        const clerk_doc *doc, vec *findings);

/* Runs one rule over one document at its default severity (self-tests). */
void lint_one_rule(const registry *reg, size_t rule, const clerk_doc *doc, vec *findings);

#endif
