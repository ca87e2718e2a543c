/* A finding: what a rule reports about a span of one document. */
#ifndef CLERK_FINDING_H
#define CLERK_FINDING_H

#include "clerk/plugin.h"
#include "util/vec.h"

typedef struct finding {
    size_t offset, length;      /* in the source */
    clerk_severity severity;
    const char *rule;           /* rule id; owned by the registry (or static) */
    char *message;              /* owned */
    char *replacement;          /* owned; NULL when the rule suggests no fix */
} finding;

/* Appends a finding to a vec of findings, taking ownership of message and replacement. */
void findings_add(vec *findings, size_t offset, size_t length, clerk_severity severity,
                  const char *rule, char *message, char *replacement);
/* Sorts by offset, then rule id, then message, so output is stable. */
void findings_sort(vec *findings);
void findings_free(vec *findings);

#endif
