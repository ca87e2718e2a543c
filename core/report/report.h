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

/* Where a finding starts and ends: 1-based lines, columns in code points. */
typedef struct report_span {
    size_t line, column, end_line, end_column;
} report_span;

typedef struct report_file {
    const char *path;
    const clerk_doc *doc;       /* NULL when it could not be linted or was not read (merge) */
    const char *error;          /* why it could not be linted; NULL when it was */
    const vec *findings;        /* finding, sorted by offset */
    const report_span *spans;   /* per finding, when there is no doc (merge); else NULL */
} report_file;

typedef struct report_totals {
    size_t files;               /* files given to the reporter */
    size_t failed;              /* of which could not be linted */
    size_t by_severity[4];      /* indexed by clerk_severity */
    size_t baselined;           /* findings left out because a baseline holds them */
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
extern const reporter_ops report_gitlab;

/* Where finding i of a file starts and ends: from its spans when given,
 * else from its document. */
report_span report_span_of(const report_file *file, size_t i);

/* A Word document: its lines are paragraphs, its columns characters. */
static inline int report_is_docx(const report_file *file)
{
    return file->doc && file->doc->format == DOC_FORMAT_DOCX;
}

/* The reporter of a format name, or NULL. */
const reporter_ops *reporter_find(const char *name);

#endif
