/*
 * Inline suppression comments:
 *   <!-- clerk-disable-next-line rule-a, rule-b -- reason -->
 *   text <!-- clerk-disable-line rule -->
 *   <!-- clerk-disable rule --> ... <!-- clerk-enable rule -->
 * the same words in a "[//]: # (...)" line and, in plain text, on a line of
 * their own.  Without rule ids a directive covers every rule.  The first
 * HTML comment of a line is read, wherever it stands on the line.
 */
#ifndef CLERK_SUPPRESS_H
#define CLERK_SUPPRESS_H

#include "doc/doc.h"
#include "engine/registry.h"
#include "util/vec.h"

/* Drops the findings the document's directives silence, and adds a
 * clerk/unknown-rule finding for each rule id a directive names that the
 * registry does not know. */
void suppress_apply(const clerk_doc *doc, const registry *reg, vec *findings);

#endif
