/* GitLab's code quality report (a subset of Code Climate's issue format):
 * a JSON array of issues with a description, the rule as check_name, a
 * severity, a location and a fingerprint that stays the same while the
 * finding does, so merge requests show what they add and what they fix. */
#include "report/report.h"
#include "engine/finding.h"
#include "engine/fingerprint.h" /* fnv1a */
#include "util/xalloc.h"

#include <inttypes.h>
#include <jansson.h>
#include <string.h>

struct reporter {
    FILE *out;
    size_t issues;
};

static reporter *gitlab_open(FILE *out, const registry *reg, int color)
{
    (void)reg;
    (void)color;
    reporter *r = xcalloc(1, sizeof *r);
    r->out = out;
    fputs("[", out);
    return r;
}

static const char *severity(clerk_severity s)
{
    return s == CLERK_ERROR ? "major" : s == CLERK_WARNING ? "minor" : "info";
}

static void issue(reporter *r, const char *path, const char *rule, const char *message,
                  const char *level, size_t line, size_t end_line, uint64_t hash)
{
    char fp[17];
    snprintf(fp, sizeof fp, "%016" PRIx64, hash);
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:{s:s, s:{s:I, s:I}}}", "description", message,
                          "check_name", rule, "fingerprint", fp, "severity", level, "location",
                          "path", path, "lines", "begin", (json_int_t)line, "end", (json_int_t)end_line);
    char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
    fprintf(r->out, "%s\n  %s", r->issues++ ? "," : "", text);
    free(text);
    json_decref(o);
}

static uint64_t hash_str(const char *s, uint64_t h)
{
    return fnv1a(s, strlen(s) + 1, h);
}

/* A fingerprint from what a JSON report keeps too, so a merged report gives
 * the same: the file, the rule and the message (which names what was
 * found), and the finding's rank among those of the file that share them.
 * Lines are left out: an edit above a finding does not change it. */
static uint64_t issue_hash(const report_file *file, size_t i, vec *seen)
{
    const finding *f = vec_at(file->findings, i);
    uint64_t h = hash_str(f->message, hash_str(f->rule, hash_str(file->path, FNV_OFFSET)));
    size_t rank = 0;
    for (size_t k = 0; k < seen->len; k++)
        rank += *(uint64_t *)vec_at(seen, k) == h;
    *(uint64_t *)vec_push(seen) = h;
    char text[32];
    snprintf(text, sizeof text, "%zu", rank);
    return hash_str(text, h);
}

static void gitlab_file(reporter *r, const report_file *given)
{
    /* JSON strings are Unicode; a file name need not be.  The fingerprint
     * hashes the name as the report writes it, as a merge of reports sees it. */
    report_file file = *given;
    char *path = utf8_repair(given->path);
    file.path = path;
    if (file.error) {
        issue(r, file.path, "clerk/not-linted", file.error, "blocker", 1, 1,
              hash_str(file.path, FNV_OFFSET));
        free(path);
        return;
    }
    vec seen = VEC_INIT(uint64_t);
    for (size_t i = 0; i < file.findings->len; i++) {
        const finding *f = vec_at(file.findings, i);
        report_span s = report_span_of(&file, i);
        issue(r, file.path, f->rule, f->message, severity(f->severity), s.line, s.end_line,
              issue_hash(&file, i, &seen));
    }
    vec_free(&seen);
    free(path);
}

static void gitlab_close(reporter *r, const report_totals *t)
{
    (void)t;
    fputs(r->issues ? "\n]\n" : "]\n", r->out);
    free(r);
}

const reporter_ops report_gitlab = {"gitlab", gitlab_open, gitlab_file, gitlab_close};
