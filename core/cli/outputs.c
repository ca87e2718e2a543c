#include "cli/outputs.h"
#include "cli/cli.h"

#include "engine/config.h"
#include "engine/finding.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void outputs_init(outputs *o)
{
    vec_init(&o->list, sizeof(output));
    o->stdout_taken = 0;
}

void outputs_free(outputs *o)
{
    for (size_t i = 0; i < o->list.len; i++) {
        output *out = vec_at(&o->list, i);
        if (out->file.target)
            atomic_abort(&out->file);
    }
    vec_free(&o->list);
}

static output *last(outputs *o)
{
    return o->list.len ? vec_at(&o->list, o->list.len - 1) : NULL;
}

void outputs_add_format(outputs *o, const char *format)
{
    output *out = last(o);
    if (!out || out->format)
        out = vec_push(&o->list);
    out->format = format;
}

void outputs_add_path(outputs *o, const char *path)
{
    output *out = last(o);
    if (!out || out->path)
        out = vec_push(&o->list);
    out->path = path;
}

static int to_stdout(const output *out)
{
    return !out->path || strcmp(out->path, "-") == 0;
}

int outputs_resolve(outputs *o)
{
    int implicit = !o->list.len; /* the default report, nothing asked for */
    if (implicit)
        outputs_add_format(o, "text");
    const char *on_stdout = NULL;
    for (size_t i = 0; i < o->list.len; i++) {
        output *out = vec_at(&o->list, i);
        if (!out->format)
            out->format = "text";
        if (!(out->ops = reporter_find(out->format)))
            return usage_error("unknown format '%s' (text, json, sarif, github or gitlab)", out->format);
        if (to_stdout(out)) {
            if (o->stdout_taken && !implicit)
                return usage_error("standard output is for the diff of --fix-dry-run: give --format %s "
                                   "an --output FILE",
                                   out->format);
            if (on_stdout)
                return usage_error("--format %s and --format %s both write to standard output: give "
                                   "one of them an --output FILE",
                                   on_stdout, out->format);
            on_stdout = out->format;
            continue;
        }
        for (size_t k = 0; k < i; k++) {
            const output *other = vec_at(&o->list, k);
            if (!to_stdout(other) && strcmp(other->path, out->path) == 0)
                return usage_error("--output %s is named twice", out->path);
        }
    }
    return 0;
}

int outputs_open(outputs *o, const registry *reg, int color)
{
    /* Every file first: when one cannot be written, no report has begun. */
    for (size_t i = 0; i < o->list.len; i++) {
        output *out = vec_at(&o->list, i);
        char err[1024];
        if (!to_stdout(out) && atomic_open(&out->file, out->path, err, sizeof err) != 0) {
            fprintf(stderr, "clerk: cannot write %s: %s\n", out->path, err);
            return -1;
        }
    }
    for (size_t i = 0; i < o->list.len; i++) {
        output *out = vec_at(&o->list, i);
        if (!to_stdout(out))
            out->rep = out->ops->open(out->file.fp, reg, 0);
        else if (!o->stdout_taken)
            out->rep = out->ops->open(stdout, reg, color);
    }
    return 0;
}

void outputs_file(outputs *o, const report_file *file)
{
    for (size_t i = 0; i < o->list.len; i++) {
        output *out = vec_at(&o->list, i);
        if (out->rep)
            out->ops->file(out->rep, file);
    }
}

int outputs_close(outputs *o, const report_totals *totals)
{
    int rc = 0;
    for (size_t i = 0; i < o->list.len; i++) {
        output *out = vec_at(&o->list, i);
        if (!out->rep)
            continue;
        out->ops->close(out->rep, totals);
        out->rep = NULL;
        char err[1024];
        if (to_stdout(out)) {
            if (fflush(stdout) != 0 || ferror(stdout)) {
                fprintf(stderr, "clerk: cannot write the report to standard output\n");
                rc = -1;
            }
        } else if (atomic_commit(&out->file, err, sizeof err) != 0) {
            fprintf(stderr, "clerk: cannot write %s: %s\n", out->path, err);
            rc = -1;
        }
    }
    return rc;
}

void report_totals_add(report_totals *totals, const report_file *file)
{
    totals->files++;
    if (file->error)
        totals->failed++;
    for (size_t i = 0; !file->error && i < file->findings->len; i++)
        totals->by_severity[((const finding *)vec_at(file->findings, i))->severity]++;
}

int use_color(const char *when)
{
    if (strcmp(when, "always") == 0)
        return 1;
    if (strcmp(when, "never") == 0)
        return 0;
    const char *no = getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no && *no);
}

int thresholds_fail_on(thresholds *t, const char *arg)
{
    int s = severity_parse(arg);
    if (s <= CLERK_OFF)
        return usage_error("--fail-on takes error, warning or info, not '%s'", arg);
    t->fail_on = (clerk_severity)s;
    return 0;
}

int thresholds_max_warnings(thresholds *t, const char *arg)
{
    char *end;
    long n = strtol(arg, &end, 10);
    if (end == arg || *end || n < 0)
        return usage_error("--max-warnings takes a number of 0 or more, not '%s'", arg);
    t->max_warnings = n;
    return 0;
}

int thresholds_status(const thresholds *t, const report_totals *totals)
{
    if (totals->failed)
        return EXIT_TROUBLE;
    for (int s = t->fail_on; s <= CLERK_ERROR; s++)
        if (totals->by_severity[s])
            return EXIT_FINDINGS;
    if (t->max_warnings >= 0 && totals->by_severity[CLERK_WARNING] > (size_t)t->max_warnings)
        return EXIT_FINDINGS;
    return EXIT_CLEAN;
}
