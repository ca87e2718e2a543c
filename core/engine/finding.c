#include "engine/finding.h"

#include <stdlib.h>
#include <string.h>

void findings_add(vec *findings, size_t offset, size_t length, clerk_severity severity,
                  const char *rule, char *message, char *replacement)
{
    finding *f = vec_push(findings);
    f->offset = offset;
    f->length = length;
    f->severity = severity;
    f->rule = rule;
    f->message = message;
    f->replacement = replacement;
}

static int compare(const void *pa, const void *pb)
{
    const finding *a = pa, *b = pb;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    int c = strcmp(a->rule, b->rule);
    if (c)
        return c;
    if (a->length != b->length)
        return a->length < b->length ? -1 : 1;
    return strcmp(a->message, b->message);
}

void findings_sort(vec *findings)
{
    if (findings->len > 1)
        qsort(findings->data, findings->len, sizeof(finding), compare);
}

void findings_free(vec *findings)
{
    for (size_t i = 0; i < findings->len; i++) {
        finding *f = vec_at(findings, i);
        free(f->message);
        free(f->replacement);
    }
    vec_free(findings);
}
