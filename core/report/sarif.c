/* SARIF 2.1.0 (OASIS), for code-scanning uploads: the rules' metadata in
 * tool.driver, one result per finding with its region in lines, code-point
 * columns and bytes, and fixes as byte replacements. */
#include "report/report.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <jansson.h>
#include <string.h>

struct reporter {
    FILE *out;
    const registry *reg;
    json_t *results;
    json_t *notifications;   /* files that could not be linted */
};

static const char *level(clerk_severity s)
{
    return s == CLERK_ERROR ? "error" : s == CLERK_WARNING ? "warning" : "note";
}

/* A path as a relative URI reference: unreserved characters and "/" stay,
 * every other byte is percent-encoded. */
static char *path_uri(const char *path)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p))
            sb_add(&sb, (const char *)p, 1);
        else
            sb_printf(&sb, "%%%02X", *p);
    }
    return sb.data;
}

static reporter *sarif_open(FILE *out, const registry *reg, int color)
{
    (void)color;
    reporter *r = xcalloc(1, sizeof *r);
    r->out = out;
    r->reg = reg;
    r->results = json_array();
    r->notifications = json_array();
    return r;
}

static json_t *region(const report_file *file, size_t i)
{
    const finding *f = vec_at(file->findings, i);
    report_span s = report_span_of(file, i);
    return json_pack("{s:I, s:I, s:I, s:I, s:I, s:I}", "startLine", (json_int_t)s.line, "startColumn",
                     (json_int_t)s.column, "endLine", (json_int_t)s.end_line, "endColumn",
                     (json_int_t)s.end_column, "byteOffset", (json_int_t)f->offset, "byteLength",
                     (json_int_t)f->length);
}

static json_t *result(const reporter *r, const report_file *file, size_t i, const char *uri)
{
    const finding *f = vec_at(file->findings, i);
    json_t *location = json_pack("{s:{s:{s:s}, s:o}}", "physicalLocation", "artifactLocation", "uri",
                                 uri, "region", region(file, i));
    if (report_is_docx(file)) {
        /* A .docx has paragraphs, not lines: its region's lines are paragraphs. */
        report_span s = report_span_of(file, i);
        char name[64];
        snprintf(name, sizeof name, "paragraph %zu, character %zu", s.line, s.column);
        json_object_set_new(location, "logicalLocations",
                            json_pack("[{s:s, s:s}]", "name", name, "kind", "paragraph"));
    }
    json_t *res = json_pack("{s:s, s:s, s:{s:s}, s:[o]}", "ruleId", f->rule, "level", level(f->severity),
                            "message", "text", f->message, "locations", location);
    long index = registry_find(r->reg, f->rule);
    if (index >= 0)
        json_object_set_new(res, "ruleIndex", json_integer(index));
    if (f->replacement) {
        json_t *fix = json_pack(
            "{s:{s:s}, s:[{s:{s:s}, s:[{s:{s:I, s:I}, s:{s:s}}]}]}", "description", "text",
            "Replace with the suggested text", "artifactChanges", "artifactLocation", "uri", uri,
            "replacements", "deletedRegion", "byteOffset", (json_int_t)f->offset, "byteLength",
            (json_int_t)f->length, "insertedContent", "text", f->replacement);
        json_object_set_new(res, "fixes", json_pack("[o]", fix));
    }
    return res;
}

static void sarif_file(reporter *r, const report_file *file)
{
    char *uri = path_uri(file->path);
    if (file->error) {
        json_array_append_new(r->notifications,
                              json_pack("{s:s, s:{s:s}, s:[{s:{s:{s:s}}}]}", "level", "error", "message",
                                        "text", file->error, "locations", "physicalLocation",
                                        "artifactLocation", "uri", uri));
    }
    for (size_t i = 0; !file->error && i < file->findings->len; i++)
        json_array_append_new(r->results, result(r, file, i, uri));
    free(uri);
}

static json_t *rules_json(const registry *reg)
{
    json_t *rules = json_array();
    for (size_t i = 0; i < reg->rules.len; i++) {
        const rule_info *ri = registry_rule(reg, i);
        json_t *rule = json_pack("{s:s, s:{s:s}, s:{s:s}}", "id", ri->id, "shortDescription", "text",
                                 ri->rule.summary, "defaultConfiguration", "level",
                                 level(ri->rule.severity));
        const char *help = ri->rule.description ? ri->rule.description : ri->rule.summary;
        json_object_set_new(rule, "fullDescription", json_pack("{s:s}", "text", help));
        json_object_set_new(rule, "help", json_pack("{s:s}", "text", help));
        json_array_append_new(rules, rule);
    }
    return rules;
}

static void sarif_close(reporter *r, const report_totals *t)
{
    json_t *invocation = json_pack("{s:b}", "executionSuccessful", t->failed == 0);
    if (json_array_size(r->notifications))
        json_object_set(invocation, "toolExecutionNotifications", r->notifications);
    json_t *run = json_pack("{s:{s:{s:s, s:s, s:o}}, s:s, s:o, s:[o]}", "tool", "driver", "name",
                            "clerk", "version", CLERK_VERSION, "rules", rules_json(r->reg),
                            "columnKind", "unicodeCodePoints", "results", r->results, "invocations",
                            invocation);
    json_t *root = json_pack("{s:s, s:s, s:[o]}", "$schema",
                             "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
                             "runs", run);
    json_dumpf(root, r->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', r->out);
    json_decref(root);
    json_decref(r->notifications);
    free(r);
}

const reporter_ops report_sarif = {"sarif", sarif_open, sarif_file, sarif_close};
