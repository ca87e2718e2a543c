/*
 * Inline suppression comments:
 *   <!-- clerk-disable-next-line rule-a, rule-b -- reason -->
 *   text <!-- clerk-disable-line rule -->
 *   <!-- clerk-disable rule --> ... <!-- clerk-enable rule -->
 * the same words in a "[//]: # (...)" line and, in plain text, on a line of
 * their own.  Without rule ids a directive covers every rule.  The first
 * HTML comment of a line is read, wherever it stands on the line.  A reason
 * follows two dashes after the ids; clerk-enable needs none.
 */
#ifndef CLERK_SUPPRESS_H
#define CLERK_SUPPRESS_H

#include "doc/doc.h"
#include "engine/registry.h"
#include "util/vec.h"

/* What else the directives are held to. */
typedef struct suppress_options {
    /* A directive without "-- reason" is a clerk/missing-reason finding (error). */
    int require_reason;
    /* A directive, or a rule id of one, that silences nothing is a
     * clerk/unused-disable finding (warning). */
    int report_unused;
} suppress_options;

/* Drops the findings the document's directives silence, and adds a
 * clerk/unknown-rule finding for each rule id a directive names that the
 * registry does not know.  opt may be NULL: no more than that. */
void suppress_apply(const clerk_doc *doc, const registry *reg, const suppress_options *opt,
                    vec *findings);

#endif
