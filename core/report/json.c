/* The JSON report (docs/json-output.md): files and findings are kept as
 * serialised text until the end, one finding per line. */
#include "report/report.h"
#include "engine/finding.h"
#include "engine/config.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <jansson.h>

struct reporter {
    FILE *out;
    strbuf files;
    strbuf findings;
};

static reporter *json_open(FILE *out, const registry *reg, int color)
{
    (void)reg;
    (void)color;
    reporter *r = xcalloc(1, sizeof *r);
    r->out = out;
    return r;
}

static void append(strbuf *sb, json_t *obj)
{
    char *text = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
    sb_puts(sb, sb->len ? ",\n    " : "    ");
    sb_puts(sb, text);
    free(text);
    json_decref(obj);
}

static json_t *finding_json(const report_file *file, size_t i)
{
    const finding *f = vec_at(file->findings, i);
    report_span s = report_span_of(file, i);
    json_t *o = json_pack("{s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:s, s:s, s:s}",
                          "file", file->path,
                          "line", (json_int_t)s.line, "column", (json_int_t)s.column,
                          "end_line", (json_int_t)s.end_line, "end_column", (json_int_t)s.end_column,
                          "offset", (json_int_t)f->offset, "length", (json_int_t)f->length,
                          "severity", severity_name(f->severity), "rule", f->rule,
                          "message", f->message);
    if (report_is_docx(file))
        json_object_set_new(o, "locator", json_pack("{s:I, s:I}", "paragraph", (json_int_t)s.line,
                                                    "character", (json_int_t)s.column));
    if (f->replacement)
        json_object_set_new(o, "fix", json_pack("{s:I, s:I, s:s}", "offset", (json_int_t)f->offset,
                                                "length", (json_int_t)f->length,
                                                "replacement", f->replacement));
    return o;
}

static void json_file(reporter *r, const report_file *given)
{
    /* JSON strings are Unicode; a file name need not be. */
    report_file file = *given;
    char *path = utf8_repair(given->path);
    file.path = path;
    json_t *entry = json_pack("{s:s, s:s}", "path", file.path, "status", file.error ? "error" : "ok");
    if (file.error)
        json_object_set_new(entry, "error", json_string(file.error));
    append(&r->files, entry);
    for (size_t i = 0; !file.error && i < file.findings->len; i++)
        append(&r->findings, finding_json(&file, i));
    free(path);
}

static void json_close(reporter *r, const report_totals *t)
{
    fprintf(r->out,
            "{\n  \"version\": 1,\n"
            "  \"tool\": {\"name\": \"clerk\", \"version\": \"%s\"},\n"
            "  \"files\": [\n%s%s  ],\n"
            "  \"findings\": [\n%s%s  ],\n"
            "  \"summary\": {\"files\": %zu, \"errors\": %zu, \"warnings\": %zu, \"infos\": %zu}\n}\n",
            CLERK_VERSION, r->files.len ? r->files.data : "", r->files.len ? "\n" : "",
            r->findings.len ? r->findings.data : "", r->findings.len ? "\n" : "", t->files,
            t->by_severity[CLERK_ERROR], t->by_severity[CLERK_WARNING], t->by_severity[CLERK_INFO]);
    sb_free(&r->files);
    sb_free(&r->findings);
    free(r);
}

const reporter_ops report_json = {"json", json_open, json_file, json_close};
