/*
 * Reporters turn the findings of each file into an output format.  The
 * check command hands them the files in the order given, one at a time.
 */
#ifndef CLERK_REPORT_H
#define CLERK_REPORT_H

#include "doc/doc.h"
#include "engine/registry.h"
#include "util/vec.h"

#include <stdio.h>

typedef struct report_file {
    const char *path;
    const clerk_doc *doc;       /* NULL when the file could not be linted */
    const char *error;          /* why not; NULL when it was */
    const vec *findings;        /* finding, sorted by offset */
} report_file;

typedef struct report_totals {
    size_t files;               /* files given to the reporter */
    size_t failed;              /* of which could not be linted */
    size_t by_severity[4];      /* indexed by clerk_severity */
} report_totals;

typedef struct reporter reporter;

typedef struct reporter_ops {
    const char *name;
    reporter *(*open)(FILE *out, const registry *reg, int color);
    void (*file)(reporter *r, const report_file *file);
    /* Writes what remains and frees the reporter. */
    void (*close)(reporter *r, const report_totals *totals);
} reporter_ops;

extern const reporter_ops report_text;
extern const reporter_ops report_json;
extern const reporter_ops report_sarif;
extern const reporter_ops report_github;

/* The reporter of a format name, or NULL. */
const reporter_ops *reporter_find(const char *name);

#endif
