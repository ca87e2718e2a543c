/*
 * The reports of one run: each --format with the --output it goes to.
 * An --output belongs to the --format just before it; one given before any
 * --format of its own takes the next --format, or text.  A format without
 * an --output (or with "-") writes to standard output, and at most one may.
 * Files are replaced atomically when the run ends, so a report on disk is
 * always whole: the old one or the new one.
 */
#ifndef CLERK_OUTPUTS_H
#define CLERK_OUTPUTS_H

#include "report/report.h"
#include "util/atomic.h"
#include "util/vec.h"

typedef struct output {
    const char *format;         /* NULL until its --format is seen */
    const char *path;           /* NULL or "-": standard output */
    const reporter_ops *ops;
    reporter *rep;
    atomic_file file;
} output;

typedef struct outputs {
    vec list;                   /* output */
    int stdout_taken;           /* standard output is for a diff: the default report is
                                 * not written, one asked for there is an error */
} outputs;

void outputs_init(outputs *o);
void outputs_free(outputs *o);

/* Each --format and --output, in the order given. */
void outputs_add_format(outputs *o, const char *format);
void outputs_add_path(outputs *o, const char *path);

/* Pairs them up and checks them: unknown formats, two reports for standard
 * output, one file named twice.  Prints the usage error and returns -1. */
int outputs_resolve(outputs *o);

/* Opens every report (files to temporaries).  Prints why and returns -1
 * when a file cannot be written; nothing is left behind. */
int outputs_open(outputs *o, const registry *reg, int color);

void outputs_file(outputs *o, const report_file *file);

/* Finishes every report and puts the files in place.  Returns -1 when one
 * could not be written (said on standard error; the old file is kept). */
int outputs_close(outputs *o, const report_totals *totals);

/* Counts a reported file and its findings. */
void report_totals_add(report_totals *totals, const report_file *file);

/* --color: auto (a terminal, and NO_COLOR unset), always or never. */
int use_color(const char *when);

/* When a run fails: --fail-on and --max-warnings. */
typedef struct thresholds {
    clerk_severity fail_on;
    long max_warnings;          /* -1: no limit */
} thresholds;

#define THRESHOLDS_INIT {CLERK_ERROR, -1}

/* Each parses its option's argument; a usage error (EXIT_TROUBLE) when wrong. */
int thresholds_fail_on(thresholds *t, const char *arg);
int thresholds_max_warnings(thresholds *t, const char *arg);

/* The exit status: EXIT_TROUBLE when a file could not be linted, else
 * EXIT_FINDINGS when a finding is at or above fail_on or the warnings are
 * more than max_warnings, else EXIT_CLEAN. */
int thresholds_status(const thresholds *t, const report_totals *totals);

#endif
