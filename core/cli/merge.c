/* clerk merge: the JSON reports of several runs (the shards of one) made
 * into one report, in any format. */
#include "cli/cli.h"
#include "cli/outputs.h"
#include "engine/finding.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <jansson.h>
#include <string.h>

static const char merge_usage[] =
    "usage: clerk merge [options] REPORT...\n"
    "\n"
    "Combines the JSON reports of 'clerk check --format json' (the shards of one\n"
    "run) into one report.  Files are sorted by path, folder by folder, as a\n"
    "folder walk lists them; a file in two reports is taken from the first.\n"
    "\n"
    "  -f, --format FORMAT      text (default), json, sarif, github or gitlab (repeatable)\n"
    "  -o, --output FILE        write the format given before it to FILE (repeatable)\n"
    "      --fail-on SEVERITY   exit 1 when a finding is at or above it (default: error)\n"
    "      --max-warnings N     exit 1 when there are more than N warnings\n"
    "  -p, --plugin PATH        load a plugin, for the rules' metadata in SARIF (repeatable)\n"
    "      --color WHEN         auto (default), always or never\n";

typedef struct merged_file {
    char *path;
    char *error;
    vec findings;       /* finding */
    vec spans;          /* report_span, parallel to findings */
} merged_file;

typedef struct merge_run {
    vec files;          /* merged_file */
    vec rules;          /* char *: the rule ids findings point to */
} merge_run;

/* Rule ids are kept once each: a finding's rule is borrowed. */
static const char *rule_id(merge_run *m, const char *id)
{
    for (size_t i = 0; i < m->rules.len; i++)
        if (strcmp(*(char **)vec_at(&m->rules, i), id) == 0)
            return *(char **)vec_at(&m->rules, i);
    return *(char **)vec_push(&m->rules) = xstrdup(id);
}

static merged_file *find_file(merge_run *m, size_t from, const char *path)
{
    for (size_t i = from; i < m->files.len; i++) {
        merged_file *f = vec_at(&m->files, i);
        if (strcmp(f->path, path) == 0)
            return f;
    }
    return NULL;
}

static int read_finding(merge_run *m, json_t *item, size_t first, merged_file **file)
{
    const char *path, *severity, *rule, *message, *replacement = NULL;
    json_int_t line, column, end_line, end_column, offset, length, fix_offset = 0, fix_length = 0;
    json_t *fix = NULL;
    if (json_unpack(item, "{s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:s, s:s, s:s, s?:o}", "file", &path,
                    "line", &line, "column", &column, "end_line", &end_line, "end_column",
                    &end_column, "offset", &offset, "length", &length, "severity", &severity,
                    "rule", &rule, "message", &message, "fix", &fix) != 0)
        return -1;
    if (fix && json_unpack(fix, "{s:I, s:I, s:s}", "offset", &fix_offset, "length", &fix_length,
                           "replacement", &replacement) != 0)
        return -1;
    int sev = severity_parse(severity);
    if (sev <= CLERK_OFF || line < 1 || column < 1 || end_line < 1 || end_column < 1 || offset < 0 ||
        length < 0)
        return -1;
    if (!*file || strcmp((*file)->path, path) != 0)
        *file = find_file(m, first, path);
    if (!*file)
        return -1;
    findings_add(&(*file)->findings, (size_t)offset, (size_t)length, (clerk_severity)sev,
                 rule_id(m, rule), xstrdup(message), replacement ? xstrdup(replacement) : NULL);
    report_span *s = vec_push(&(*file)->spans);
    *s = (report_span){(size_t)line, (size_t)column, (size_t)end_line, (size_t)end_column};
    return 0;
}

/* Adds the files and findings of one report; prints why and returns -1
 * when it is not a version-1 JSON report of clerk. */
static int read_report(merge_run *m, const char *path)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        fprintf(stderr, "clerk: %s:%d:%d: %s\n", path, jerr.line, jerr.column, jerr.text);
        return -1;
    }
    json_t *files = json_object_get(root, "files"), *findings = json_object_get(root, "findings");
    json_t *version = json_object_get(root, "version");
    int rc = 0;
    if (!json_is_integer(version) || json_integer_value(version) != 1 || !json_is_array(files) ||
        !json_is_array(findings)) {
        fprintf(stderr, "clerk: %s: not a JSON report of clerk check (version 1)\n", path);
        rc = -1;
    }
    size_t first = m->files.len, i;
    json_t *item;
    vec skipped = VEC_INIT(char *); /* files an earlier report gave */
    if (rc == 0)
        json_array_foreach(files, i, item) {
            const char *name, *status, *error = NULL;
            if (json_unpack(item, "{s:s, s:s, s?:s}", "path", &name, "status", &status, "error",
                            &error) != 0) {
                fprintf(stderr, "clerk: %s: files[%zu] is not a file entry\n", path, i);
                rc = -1;
                break;
            }
            if (find_file(m, 0, name)) {
                fprintf(stderr, "clerk: %s: %s is in an earlier report too; that one is kept\n",
                        path, name);
                *(const char **)vec_push(&skipped) = name;
                continue;
            }
            merged_file *f = vec_push(&m->files);
            f->path = xstrdup(name);
            f->error = strcmp(status, "ok") != 0 ? xstrdup(error ? error : status) : NULL;
            vec_init(&f->findings, sizeof(finding));
            vec_init(&f->spans, sizeof(report_span));
        }
    merged_file *current = NULL;
    if (rc == 0)
        json_array_foreach(findings, i, item) {
            const char *name = json_string_value(json_object_get(item, "file"));
            int dropped = 0;
            for (size_t k = 0; name && k < skipped.len; k++)
                dropped |= strcmp(*(const char **)vec_at(&skipped, k), name) == 0;
            if (!dropped && read_finding(m, item, first, &current) != 0) {
                fprintf(stderr, "clerk: %s: findings[%zu] is not a finding of a file of the report\n",
                        path, i);
                rc = -1;
                break;
            }
        }
    vec_free(&skipped);
    json_decref(root);
    return rc;
}

/* Paths in the order a folder walk gives them: component by component, so
 * "a/x.md" comes before "a-b.md" as "a" comes before "a-b.md". */
static int compare_paths(const void *pa, const void *pb)
{
    const unsigned char *a = (const unsigned char *)((const merged_file *)pa)->path;
    const unsigned char *b = (const unsigned char *)((const merged_file *)pb)->path;
    for (; *a && *a == *b; a++, b++)
        ;
    int ca = *a == '/' ? 1 : *a, cb = *b == '/' ? 1 : *b;
    return ca - cb;
}

static void merge_free(merge_run *m)
{
    for (size_t i = 0; i < m->files.len; i++) {
        merged_file *f = vec_at(&m->files, i);
        free(f->path);
        free(f->error);
        findings_free(&f->findings);
        vec_free(&f->spans);
    }
    vec_free(&m->files);
    for (size_t i = 0; i < m->rules.len; i++)
        free(*(char **)vec_at(&m->rules, i));
    vec_free(&m->rules);
}

int cmd_merge(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"fail-on", required_argument, NULL, 'F'},
        {"max-warnings", required_argument, NULL, 'W'},
        {"plugin", required_argument, NULL, 'p'},
        {"color", required_argument, NULL, 'C'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    thresholds limits = THRESHOLDS_INIT;
    const char *color = "auto";
    outputs outs;
    outputs_init(&outs);
    plugin_sources sources;
    plugin_sources_init(&sources);
    merge_run m = {VEC_INIT(merged_file), VEC_INIT(char *)};
    int rc = 0, opt;
    optind = 1;
    while (rc == 0 && (opt = getopt_long(argc, argv, "f:o:p:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'f': outputs_add_format(&outs, optarg); break;
        case 'o': outputs_add_path(&outs, optarg); break;
        case 'F': rc = thresholds_fail_on(&limits, optarg); break;
        case 'W': rc = thresholds_max_warnings(&limits, optarg); break;
        case 'p': *(const char **)vec_push(&sources.paths) = optarg; break;
        case 'C': color = optarg; break;
        case 'h':
            fputs(merge_usage, stdout);
            outputs_free(&outs);
            plugin_sources_free(&sources);
            return EXIT_CLEAN;
        default: rc = EXIT_TROUBLE; break;
        }
    }
    if (rc == 0 && optind >= argc)
        rc = usage_error("merge needs at least one JSON report");
    if (rc == 0)
        rc = outputs_resolve(&outs);
    for (int i = optind; rc == 0 && i < argc; i++)
        rc = read_report(&m, argv[i]);
    registry reg;
    int have_registry = rc == 0;
    if (have_registry)
        rc = registry_setup(&reg, &sources, NULL, 0);
    if (rc == 0)
        rc = outputs_open(&outs, &reg, use_color(color));
    int status = EXIT_TROUBLE;
    if (rc == 0) {
        if (m.files.len > 1)
            qsort(m.files.data, m.files.len, sizeof(merged_file), compare_paths);
        report_totals totals = {0};
        for (size_t i = 0; i < m.files.len; i++) {
            const merged_file *f = vec_at(&m.files, i);
            report_file rf = {f->path, NULL, f->error, &f->findings, f->spans.data};
            outputs_file(&outs, &rf);
            report_totals_add(&totals, &rf);
        }
        if (outputs_close(&outs, &totals) == 0)
            status = thresholds_status(&limits, &totals);
    }
    if (have_registry)
        registry_free(&reg);
    outputs_free(&outs);
    plugin_sources_free(&sources);
    merge_free(&m);
    return status;
}
