/* clerk test: lint a fixture with one plugin's rules and compare the
 * findings with those expected, for plugin authors. */
#include "cli/cli.h"
#include "doc/doc.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "report/report.h"
#include "util/diff.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

static const char test_usage[] =
    "usage: clerk test PLUGIN\n"
    "       clerk test [-c CONFIG] PLUGIN FIXTURE [EXPECTED]\n"
    "\n"
    "With PLUGIN alone, runs the good and bad examples of its rules.\n"
    "\n"
    "With a FIXTURE, lints it with the rules of PLUGIN alone and compares the\n"
    "findings with EXPECTED, a report in the format of 'clerk check --format json'\n"
    "(only its findings are read: rule, severity, message, line, column, end_line,\n"
    "end_column and fix).  Differences are printed as a unified diff.  Without\n"
    "EXPECTED, prints the report the fixture gives, to review and keep.\n"
    "\n"
    "  -c, --config FILE   rule severities, options and data folders from this file\n"
    "\n"
    "Exit status: 0 when the examples pass or the findings are those expected,\n"
    "1 when not, 2 on usage, plugin or file errors.\n";

/* A finding as compared: what the expected file says of it. */
typedef struct row {
    size_t line, column, end_line, end_column;
    const char *severity, *rule, *message, *fix;
} row;

static int compare_rows(const void *pa, const void *pb)
{
    const row *a = pa, *b = pb;
    const size_t ka[] = {a->line, a->column, a->end_line, a->end_column};
    const size_t kb[] = {b->line, b->column, b->end_line, b->end_column};
    for (size_t i = 0; i < 4; i++)
        if (ka[i] != kb[i])
            return ka[i] < kb[i] ? -1 : 1;
    int c = strcmp(a->rule, b->rule);
    return c ? c : strcmp(a->message, b->message);
}

/* "3:5-3:12 warning plugin/rule: message", then the fix quoted if any. */
static char *render(const row *r)
{
    json_t *quoted = r->fix ? json_string(r->fix) : NULL;
    char *fix = quoted ? json_dumps(quoted, JSON_ENCODE_ANY) : NULL;
    json_decref(quoted);
    char *line = xasprintf("%zu:%zu-%zu:%zu %s %s: %s%s%s", r->line, r->column, r->end_line,
                           r->end_column, r->severity, r->rule, r->message, fix ? " => " : "",
                           fix ? fix : "");
    free(fix);
    return line;
}

/* Sorted and rendered, into a vec of char *. */
static void render_rows(row *rows, size_t count, vec *lines)
{
    if (count > 1)
        qsort(rows, count, sizeof *rows, compare_rows);
    for (size_t i = 0; i < count; i++)
        *(char **)vec_push(lines) = render(&rows[i]);
}

static void actual_rows(const clerk_doc *doc, const vec *findings, vec *lines)
{
    row *rows = xcalloc(findings->len + 1, sizeof *rows);
    for (size_t i = 0; i < findings->len; i++) {
        const finding *f = vec_at(findings, i);
        row *r = &rows[i];
        doc_line_col(doc, f->offset, &r->line, &r->column);
        doc_line_col(doc, f->offset + f->length, &r->end_line, &r->end_column);
        r->severity = severity_name(f->severity);
        r->rule = f->rule;
        r->message = f->message;
        r->fix = f->replacement;
    }
    render_rows(rows, findings->len, lines);
    free(rows);
}

static int get_size(json_t *o, const char *key, size_t *out)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return -1;
    *out = (size_t)json_integer_value(v);
    return 0;
}

static int get_string(json_t *o, const char *key, const char **out)
{
    *out = json_string_value(json_object_get(o, key));
    return *out ? 0 : -1;
}

/* The findings of an expected report; -1 with a message when it is none. */
static int expected_rows(const char *path, json_t *root, vec *lines)
{
    json_t *list = json_object_get(root, "findings");
    if (!json_is_array(list)) {
        fprintf(stderr, "clerk: %s: expected a report with a \"findings\" array\n", path);
        return -1;
    }
    size_t count = json_array_size(list), i;
    row *rows = xcalloc(count + 1, sizeof *rows);
    json_t *item;
    int rc = 0;
    json_array_foreach(list, i, item) {
        row *r = &rows[i];
        json_t *fix = json_object_get(item, "fix");
        if (get_size(item, "line", &r->line) || get_size(item, "column", &r->column) ||
            get_size(item, "end_line", &r->end_line) || get_size(item, "end_column", &r->end_column) ||
            get_string(item, "severity", &r->severity) || get_string(item, "rule", &r->rule) ||
            get_string(item, "message", &r->message) ||
            (fix && get_string(fix, "replacement", &r->fix))) {
            fprintf(stderr,
                    "clerk: %s: finding %zu lacks one of line, column, end_line, end_column (numbers), "
                    "severity, rule, message (strings), or its fix a replacement\n",
                    path, i + 1);
            rc = -1;
            break;
        }
    }
    if (rc == 0)
        render_rows(rows, count, lines);
    free(rows);
    return rc;
}

static void free_lines(vec *lines)
{
    for (size_t i = 0; i < lines->len; i++)
        free(*(char **)vec_at(lines, i));
    vec_free(lines);
}

/* Prints the diff and a verdict; EXIT_CLEAN when nothing differs. */
static int compare(const char *fixture, const char *expected_path, const clerk_doc *doc,
                   const vec *findings)
{
    json_error_t jerr;
    json_t *root = json_load_file(expected_path, 0, &jerr);
    if (!root) {
        fprintf(stderr, "clerk: %s:%d:%d: %s\n", expected_path, jerr.line, jerr.column, jerr.text);
        return EXIT_TROUBLE;
    }
    vec want = VEC_INIT(char *), got = VEC_INIT(char *);
    int rc = EXIT_TROUBLE;
    if (expected_rows(expected_path, root, &want) == 0) {
        actual_rows(doc, findings, &got);
        char *got_name = xasprintf("%s (actual findings)", fixture);
        size_t changed = diff_unified(stdout, expected_path, (const char *const *)want.data, want.len,
                                      got_name, (const char *const *)got.data, got.len, 3);
        free(got_name);
        if (changed)
            printf("FAIL %s: the findings differ from %s\n", fixture, expected_path);
        else
            printf("ok %s: %zu finding%s, as expected\n", fixture, got.len, got.len == 1 ? "" : "s");
        rc = changed ? EXIT_FINDINGS : EXIT_CLEAN;
    }
    free_lines(&want);
    free_lines(&got);
    json_decref(root);
    return rc;
}

static void print_report(const char *fixture, const registry *reg, const clerk_doc *doc,
                         const vec *findings)
{
    reporter *r = report_json.open(stdout, reg, 0);
    report_file file = {.path = fixture, .doc = doc, .findings = findings};
    report_totals totals = {.files = 1};
    for (size_t i = 0; i < findings->len; i++)
        totals.by_severity[((const finding *)vec_at(findings, i))->severity]++;
    report_json.file(r, &file);
    report_json.close(r, &totals);
}

/* Fills an empty registry with the one plugin, the bundled data and the
 * folders the configuration names. */
static int load_plugin(registry *reg, const char *plugin, const config *cfg)
{
    char *data = exe_relative_path(CLERK_RULES_RELDIR "/data");
    registry_add_data_dir(reg, data);
    free(data);
    for (size_t i = 0; i < cfg->data.len; i++)
        registry_add_data_dir(reg, *(char **)vec_at(&cfg->data, i));
    char err[1024];
    if (registry_load_plugin(reg, plugin, err, sizeof err) != 0) {
        fprintf(stderr, "clerk: plugin refused: %s: %s\n", plugin, err);
        return -1;
    }
    if (config_check_rules(cfg, reg, err, sizeof err) != 0) {
        fprintf(stderr, "clerk: configuration error: %s\n", err);
        return -1;
    }
    return 0;
}

/* Lints the fixture, then prints its report or compares it with the one expected. */
static int run_fixture(const registry *reg, const config *cfg, const char *fixture,
                       const char *expected)
{
    char err[256], *buf;
    size_t len;
    clerk_doc *doc;
    if (doc_read_file(fixture, &buf, &len, err, sizeof err) != 0 ||
        !(doc = lint_parse(reg, fixture, buf, len, DOC_FORMAT_AUTO, err, sizeof err))) {
        fprintf(stderr, "clerk: %s: %s\n", fixture, err);
        return EXIT_TROUBLE;
    }
    rule_state *states = config_resolve(cfg, reg, NULL, 0);
    vec findings = VEC_INIT(finding);
    lint_document(reg, states, doc, &findings);
    int rc = EXIT_CLEAN;
    if (expected)
        rc = compare(fixture, expected, doc, &findings);
    else
        print_report(fixture, reg, doc, &findings);
    findings_free(&findings);
    free(states);
    doc_free(doc);
    return rc;
}

int cmd_test(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"config", required_argument, NULL, 'c'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *config_path = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "c:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'c': config_path = optarg; break;
        case 'h': fputs(test_usage, stdout); return EXIT_CLEAN;
        default: return EXIT_TROUBLE;
        }
    }
    int operands = argc - optind;
    if (operands < 1 || operands > 3)
        return usage_error("test takes a plugin, then a fixture and the expected report");
    const char *plugin = argv[optind], *fixture = operands > 1 ? argv[optind + 1] : NULL;
    const char *expected = operands > 2 ? argv[optind + 2] : NULL;

    config cfg;
    config_init(&cfg);
    registry reg;
    registry_init(&reg);
    char err[1024];
    int rc = EXIT_TROUBLE;
    if (config_path && config_load(config_path, &cfg, err, sizeof err) != 0)
        fprintf(stderr, "clerk: configuration error: %s\n", err);
    else if (load_plugin(&reg, plugin, &cfg) == 0)
        rc = fixture ? run_fixture(&reg, &cfg, fixture, expected) : rules_self_test(&reg);
    registry_free(&reg);
    config_free(&cfg);
    return rc;
}
