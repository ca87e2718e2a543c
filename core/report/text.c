/* The text report: "file:line:col: severity: message [rule]", and on a
 * terminal the source line with the span underlined, in colour. */
#include "report/report.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "util/xalloc.h"

struct reporter {
    FILE *out;
    int color;
};

static const char *const severity_color[] = {"", "\033[36m", "\033[33m", "\033[31m"};

static reporter *text_open(FILE *out, const registry *reg, int color)
{
    (void)reg;
    reporter *r = xcalloc(1, sizeof *r);
    r->out = out;
    r->color = color;
    return r;
}

static int is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The source line, then a caret under the first character of the span
 * and tildes under the rest of it on that line. */
static void show_source(reporter *r, const clerk_doc *doc, const finding *f, size_t line)
{
    size_t len;
    const char *text = doc_line_text(doc, line, &len);
    const char *start = doc->src + f->offset;
    fprintf(r->out, "  %.*s\n  ", (int)len, text);
    const char *p = text;
    for (; p < start && p < text + len; p++)
        if (!is_continuation((unsigned char)*p))
            fputc(*p == '\t' ? '\t' : ' ', r->out);
    if (r->color)
        fputs("\033[32m", r->out);
    fputc('^', r->out);
    for (p++; p < start + f->length && p < text + len; p++)
        if (!is_continuation((unsigned char)*p))
            fputc('~', r->out);
    fputs(r->color ? "\033[0m\n" : "\n", r->out);
}

static void text_file(reporter *r, const report_file *file)
{
    if (file->error) {
        fprintf(stderr, "clerk: %s: %s\n", file->path, file->error);
        return;
    }
    for (size_t i = 0; i < file->findings->len; i++) {
        const finding *f = vec_at(file->findings, i);
        report_span s = report_span_of(file, i);
        size_t line = s.line, column = s.column;
        /* A .docx has paragraphs, not lines: "file.docx:" then a pilcrow, "12:40:". */
        const char *mark = report_is_docx(file) ? "\xC2\xB6" : "";
        if (r->color)
            fprintf(r->out, "\033[1m%s:%s%zu:%zu:\033[0m %s%s:\033[0m %s \033[2m[%s]\033[0m\n",
                    file->path, mark, line, column, severity_color[f->severity],
                    severity_name(f->severity), f->message, f->rule);
        else
            fprintf(r->out, "%s:%s%zu:%zu: %s: %s [%s]\n", file->path, mark, line, column,
                    severity_name(f->severity), f->message, f->rule);
        if (r->color && file->doc)
            show_source(r, file->doc, f, line);
    }
}

static const char *plural(size_t n, const char *one, const char *many) { return n == 1 ? one : many; }

static void text_close(reporter *r, const report_totals *t)
{
    size_t e = t->by_severity[CLERK_ERROR], w = t->by_severity[CLERK_WARNING],
           i = t->by_severity[CLERK_INFO];
    fprintf(r->out, "%zu %s checked: %zu %s, %zu %s, %zu %s", t->files, plural(t->files, "file", "files"),
            e, plural(e, "error", "errors"), w, plural(w, "warning", "warnings"), i,
            plural(i, "info", "infos"));
    if (t->baselined)
        fprintf(r->out, "; %zu in the baseline", t->baselined);
    if (t->failed)
        fprintf(r->out, "; %zu %s could not be checked", t->failed, plural(t->failed, "file", "files"));
    fputc('\n', r->out);
    free(r);
}

const reporter_ops report_text = {"text", text_open, text_file, text_close};
