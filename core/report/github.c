/* GitHub Actions workflow commands: one annotation per finding,
 * "::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message". */
#include "report/report.h"
#include "engine/finding.h"
#include "util/xalloc.h"

struct reporter {
    FILE *out;
};

static reporter *github_open(FILE *out, const registry *reg, int color)
{
    (void)reg;
    (void)color;
    reporter *r = xcalloc(1, sizeof *r);
    r->out = out;
    return r;
}

/* Workflow commands escape "%", CR and LF everywhere, and ":" and "," in
 * property values too. */
static void escaped(FILE *out, const char *s, int property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%': fputs("%25", out); break;
        case '\r': fputs("%0D", out); break;
        case '\n': fputs("%0A", out); break;
        case ':': fputs(property ? "%3A" : ":", out); break;
        case ',': fputs(property ? "%2C" : ",", out); break;
        default: fputc(*s, out);
        }
    }
}

static const char *command(clerk_severity s)
{
    return s == CLERK_ERROR ? "error" : s == CLERK_WARNING ? "warning" : "notice";
}

static void github_file(reporter *r, const report_file *file)
{
    if (file->error) {
        fputs("::error file=", r->out);
        escaped(r->out, file->path, 1);
        fputs(",title=clerk::", r->out);
        escaped(r->out, file->error, 0);
        fputc('\n', r->out);
        return;
    }
    for (size_t i = 0; i < file->findings->len; i++) {
        const finding *f = vec_at(file->findings, i);
        report_span s = report_span_of(file, i);
        fprintf(r->out, "::%s file=", command(f->severity));
        escaped(r->out, file->path, 1);
        fprintf(r->out, ",line=%zu,col=%zu,endLine=%zu,endColumn=%zu,title=", s.line, s.column,
                s.end_line, s.end_column);
        escaped(r->out, f->rule, 1);
        fputs("::", r->out);
        escaped(r->out, f->message, 0);
        fputc('\n', r->out);
    }
}

static void github_close(reporter *r, const report_totals *t)
{
    (void)t;
    free(r);
}

const reporter_ops report_github = {"github", github_open, github_file, github_close};
