/* The registry (descriptors accepted or refused, init and fini, plugin
 * files and folders) and the host table handed to plugins (reports checked
 * before they become findings, options, data folders). */
#include "doc/doc.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "util/xalloc.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void check_nothing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)api;
    (void)doc;
    (void)ctx;
}

#define RULE(n, sev) {.name = n, .summary = "summary of " n, .severity = sev, .check = check_nothing}

static const clerk_rule two_rules[] = {RULE("first", CLERK_WARNING), RULE("second-2", CLERK_ERROR)};

/* A descriptor of the two rules above under a given name. */
static clerk_plugin plugin_named(const char *name)
{
    clerk_plugin p = {CLERK_PLUGIN_HEADER, .name = name, .version = "1.0", .rules = two_rules,
                      .rule_count = 2};
    return p;
}

/* Adds a descriptor expected to be refused, checks the message and that
 * the registry is left as it was. */
static void refused(registry *reg, const clerk_plugin *desc, const char *expected)
{
    size_t plugins = reg->plugins.len, rules = reg->rules.len;
    char err[512] = "";
    ck_assert_int_eq(registry_add(reg, desc, "<test>", NULL, err, sizeof err), -1);
    ck_assert_str_eq(err, expected);
    ck_assert_uint_eq(reg->plugins.len, plugins);
    ck_assert_uint_eq(reg->rules.len, rules);
}

static void added(registry *reg, const clerk_plugin *desc)
{
    char err[512] = "";
    ck_assert_msg(registry_add(reg, desc, "<test>", NULL, err, sizeof err) == 0, "refused: %s", err);
}

START_TEST(test_rules_are_registered_as_plugin_slash_name)
{
    registry reg;
    registry_init(&reg);
    ck_assert_uint_eq(reg.api.size, sizeof(clerk_api));
    ck_assert_int_eq(reg.api.abi_major, CLERK_ABI_MAJOR);
    ck_assert(CLERK_API_HAS(&reg.api, data_dir));

    clerk_plugin a = plugin_named("alpha"), b = plugin_named("beta-2");
    added(&reg, &a);
    added(&reg, &b);
    ck_assert_uint_eq(reg.plugins.len, 2);
    ck_assert_uint_eq(reg.rules.len, 4);
    ck_assert_str_eq(registry_rule(&reg, 0)->id, "alpha/first");
    ck_assert_str_eq(registry_rule(&reg, 3)->id, "beta-2/second-2");
    ck_assert_uint_eq(registry_rule(&reg, 3)->plugin, 1);
    ck_assert_int_eq(registry_rule(&reg, 1)->rule.severity, CLERK_ERROR);
    ck_assert_int_eq(registry_find(&reg, "beta-2/first"), 2);
    ck_assert_int_eq(registry_find(&reg, "beta-2"), -1);
    ck_assert_int_eq(registry_find(&reg, "gamma/first"), -1);
    ck_assert_str_eq(registry_plugin(&reg, 1)->path, "<test>");
    registry_free(&reg);
}
END_TEST

START_TEST(test_wrong_abi_is_refused)
{
    registry reg;
    registry_init(&reg);
    clerk_plugin p = plugin_named("future");
    p.abi_major = 99;
    p.abi_minor = 3;
    refused(&reg, &p, "built for plugin ABI 99.3, this clerk provides ABI 1.2");
    p.abi_major = 0;
    refused(&reg, &p, "built for plugin ABI 0.3, this clerk provides ABI 1.2");
    /* A newer minor of the same major is fine: hosts only append. */
    p.abi_major = CLERK_ABI_MAJOR;
    p.abi_minor = CLERK_ABI_MINOR + 7;
    added(&reg, &p);
    registry_free(&reg);
}
END_TEST

START_TEST(test_invalid_plugin_names_are_refused)
{
    static const char *const names[] = {"", "Upper", "has/slash", "has space", "dots.no", "under_score"};
    registry reg;
    registry_init(&reg);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        clerk_plugin p = plugin_named(names[i]);
        char *want = xasprintf("invalid plugin name '%s' (lower-case letters, digits, hyphens)", names[i]);
        refused(&reg, &p, want);
        free(want);
    }
    clerk_plugin unnamed = plugin_named(NULL);
    refused(&reg, &unnamed, "invalid plugin name '(null)' (lower-case letters, digits, hyphens)");
    registry_free(&reg);
}
END_TEST

START_TEST(test_duplicates_are_refused)
{
    registry reg;
    registry_init(&reg);
    clerk_plugin a = plugin_named("alpha");
    added(&reg, &a);
    refused(&reg, &a, "duplicate plugin 'alpha' (already loaded from <test>)");

    static const clerk_rule twins[] = {RULE("one", CLERK_INFO), RULE("twin", CLERK_INFO),
                                       RULE("twin", CLERK_ERROR)};
    clerk_plugin d = {CLERK_PLUGIN_HEADER, .name = "dup", .rules = twins, .rule_count = 3};
    refused(&reg, &d, "duplicate rule id 'dup/twin'");
    ck_assert_int_eq(registry_find(&reg, "dup/one"), -1); /* nothing of it was kept */
    registry_free(&reg);
}
END_TEST

START_TEST(test_malformed_rules_are_refused)
{
    registry reg;
    registry_init(&reg);
    static const char *const why =
        "plugin 'p': rule 2 has an invalid name, no summary or no check function";
    static const clerk_rule bad_name[] = {RULE("ok", CLERK_INFO), RULE("Not-OK", CLERK_INFO)};
    static const clerk_rule slash_name[] = {RULE("ok", CLERK_INFO), RULE("a/b", CLERK_INFO)};
    static const clerk_rule no_check[] = {RULE("ok", CLERK_INFO),
                                          {.name = "x", .summary = "x", .severity = CLERK_INFO}};
    static const clerk_rule no_summary[] = {RULE("ok", CLERK_INFO),
                                            {.name = "x", .severity = CLERK_INFO, .check = check_nothing}};
    const clerk_rule *tables[] = {bad_name, slash_name, no_check, no_summary};
    for (size_t i = 0; i < 4; i++) {
        clerk_plugin p = {CLERK_PLUGIN_HEADER, .name = "p", .rules = tables[i], .rule_count = 2};
        refused(&reg, &p, why);
    }

    static const clerk_rule off[] = {RULE("quiet", CLERK_OFF)};
    clerk_plugin p = {CLERK_PLUGIN_HEADER, .name = "p", .rules = off, .rule_count = 1};
    refused(&reg, &p, "rule 'p/quiet' has an unknown default severity 0");
    static const clerk_rule loud[] = {RULE("loud", (clerk_severity)4)};
    p.rules = loud;
    refused(&reg, &p, "rule 'p/loud' has an unknown default severity 4");

    static const clerk_rule latin1[] = {{.name = "caf", .summary = "caf\xE9", .severity = CLERK_INFO,
                                         .check = check_nothing}};
    p.rules = latin1;
    refused(&reg, &p, "rule 'p/caf' has a summary or description that is not UTF-8");
    static const clerk_rule latin1_description[] = {
        {.name = "caf", .summary = "caf", .severity = CLERK_INFO, .check = check_nothing,
         .description = "caf\xE9"}};
    p.rules = latin1_description;
    refused(&reg, &p, "rule 'p/caf' has a summary or description that is not UTF-8");

    p.rules = NULL;
    refused(&reg, &p, "plugin 'p' has a malformed rule table");
    p.rules = two_rules;
    p.rule_size = offsetof(clerk_rule, check);
    refused(&reg, &p, "plugin 'p' has a malformed rule table");

    /* No rules at all is allowed (a plugin may only provide data). */
    clerk_plugin empty = {CLERK_PLUGIN_HEADER, .name = "empty"};
    added(&reg, &empty);
    registry_free(&reg);
}
END_TEST

/* The rule struct as an older header declared it: the same leading
 * members, nothing after check. */
typedef struct old_rule {
    const char *name;
    const char *summary;
    clerk_severity severity;
    clerk_check_fn check;
} old_rule;

START_TEST(test_older_rule_struct_is_read_with_its_own_size)
{
    static const old_rule old[] = {
        {"first", "the first", CLERK_INFO, check_nothing},
        {"second", "the second", CLERK_ERROR, check_nothing},
    };
    clerk_plugin p = {CLERK_ABI_MAJOR, 0, sizeof(old_rule), .name = "old",
                      .rules = (const clerk_rule *)(const void *)old, .rule_count = 2};
    registry reg;
    registry_init(&reg);
    added(&reg, &p);
    const rule_info *second = registry_rule(&reg, 1);
    ck_assert_str_eq(second->id, "old/second");
    ck_assert_str_eq(second->rule.summary, "the second");
    ck_assert_int_eq(second->rule.severity, CLERK_ERROR);
    ck_assert_ptr_null(second->rule.description); /* past the plugin's size: zero */
    ck_assert_ptr_null(second->rule.options);
    ck_assert_ptr_null(second->rule.good);
    ck_assert_ptr_null(second->rule.bad);
    registry_free(&reg);
}
END_TEST

/* ---- init and fini ---- */

static int fini_calls;
static void *fini_state;
static const clerk_api *init_api;
static int state_value = 42;

static int init_ok(const clerk_api *api, void **state, char *error, size_t error_size)
{
    (void)error;
    (void)error_size;
    init_api = api;
    *state = &state_value;
    return 0;
}

static int init_fails(const clerk_api *api, void **state, char *error, size_t error_size)
{
    (void)api;
    (void)state;
    snprintf(error, error_size, "table %s is missing", "sessions.tsv");
    return -1;
}

static int init_fails_silently(const clerk_api *api, void **state, char *error, size_t error_size)
{
    (void)api;
    (void)state;
    (void)error;
    (void)error_size;
    return 1;
}

static void fini_count(void *state)
{
    fini_calls++;
    fini_state = state;
}

START_TEST(test_init_and_fini)
{
    fini_calls = 0;
    registry reg;
    registry_init(&reg);
    clerk_plugin p = plugin_named("stateful");
    p.init = init_fails;
    p.fini = fini_count;
    refused(&reg, &p, "plugin 'stateful' failed to initialise: table sessions.tsv is missing");
    p.init = init_fails_silently;
    refused(&reg, &p, "plugin 'stateful' failed to initialise: no reason given");
    ck_assert_int_eq(fini_calls, 0); /* never initialised, never finalised */

    p.init = init_ok;
    added(&reg, &p);
    ck_assert_ptr_eq(init_api, &reg.api);
    ck_assert_ptr_eq(registry_plugin(&reg, 0)->state, &state_value);
    registry_free(&reg);
    ck_assert_int_eq(fini_calls, 1);
    ck_assert_ptr_eq(fini_state, &state_value);
}
END_TEST

/* ---- data folders, plugin files and folders ---- */

static char scratch[PATH_MAX];

static void make_scratch(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/clerk-registry-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(scratch));
}

static void remove_scratch(void)
{
    char *cmd = xasprintf("rm -rf '%s'", scratch);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static char *write_file(const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", scratch, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

START_TEST(test_plugin_files_that_are_not_plugins)
{
    registry reg;
    registry_init(&reg);
    char err[512];
    char *missing = xasprintf("%s/missing.so", scratch);
    ck_assert_int_eq(registry_load_plugin(&reg, missing, err, sizeof err), -1);
    ck_assert_str_eq(err, "cannot read the plugin file");
    free(missing);

    char *text = write_file("text.so", "not an ELF file\n");
    ck_assert_int_eq(registry_load_plugin(&reg, text, err, sizeof err), -1);
    ck_assert_msg(strncmp(err, "not a loadable shared object (", 30) == 0, "%s", err);
    free(text);
    ck_assert_uint_eq(reg.plugins.len, 0);
    registry_free(&reg);
}
END_TEST

START_TEST(test_plugin_folders)
{
    registry reg;
    registry_init(&reg);
    char err[1024];
    char *none = xasprintf("%s/none", scratch);
    ck_assert_int_eq(registry_load_dir(&reg, none, err, sizeof err), -1);
    char *want = xasprintf("%s: cannot open the plugin folder", none);
    ck_assert_str_eq(err, want);
    free(want);
    free(none);

    /* Only *.so files are plugins, and dot-files are skipped. */
    free(write_file("README.md", "plugins go here\n"));
    free(write_file(".hidden.so", "not loaded\n"));
    ck_assert_int_eq(registry_load_dir(&reg, scratch, err, sizeof err), 0);
    ck_assert_uint_eq(reg.plugins.len, 0);

    char *bad = write_file("broken.so", "not an ELF file\n");
    ck_assert_int_eq(registry_load_dir(&reg, scratch, err, sizeof err), -1);
    want = xasprintf("%s: not a loadable shared object (", bad);
    ck_assert_msg(strncmp(err, want, strlen(want)) == 0, "%s", err);
    free(want);
    free(bad);
    registry_free(&reg);
}
END_TEST

static void count_call(void *arg) { ++*(int *)arg; }

/* The caller's work runs once, whether the folder cannot be read, holds no
 * plugin or holds one that fails. */
START_TEST(test_work_meanwhile)
{
    registry reg;
    registry_init(&reg);
    char err[1024];
    int calls = 0;
    char *none = xasprintf("%s/none", scratch), *empty = xasprintf("%s/empty", scratch);
    ck_assert_int_eq(registry_load_dir_meanwhile(&reg, none, count_call, &calls, err, sizeof err), -1);
    ck_assert_int_eq(calls, 1);
    ck_assert_int_eq(mkdir(empty, 0700), 0);
    ck_assert_int_eq(registry_load_dir_meanwhile(&reg, empty, count_call, &calls, err, sizeof err), 0);
    ck_assert_int_eq(calls, 2);
    free(write_file("empty/broken.so", "not an ELF file\n"));
    ck_assert_int_eq(registry_load_dir_meanwhile(&reg, empty, count_call, &calls, err, sizeof err), -1);
    ck_assert_int_eq(calls, 3);
    free(none);
    free(empty);
    registry_free(&reg);
}
END_TEST

START_TEST(test_data_folders_in_order)
{
    registry reg;
    registry_init(&reg);
    ck_assert_ptr_null(reg.api.data_dir(&reg.api, 0));
    registry_add_data_dir(&reg, "/bundled/data");
    registry_add_data_dir(&reg, "/project/data");
    ck_assert_str_eq(reg.api.data_dir(&reg.api, 0), "/bundled/data");
    ck_assert_str_eq(reg.api.data_dir(&reg.api, 1), "/project/data");
    ck_assert_ptr_null(reg.api.data_dir(&reg.api, 2));
    registry_free(&reg);
}
END_TEST

START_TEST(test_exe_relative_path)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    ck_assert_int_gt(n, 0);
    exe[n] = '\0';
    *strrchr(exe, '/') = '\0';
    char *got = exe_relative_path("../lib/x");
    char *want = xasprintf("%s/../lib/x", exe);
    ck_assert_str_eq(got, want);
    free(got);
    free(want);
}
END_TEST

/* ---- the host table, seen from a rule ---- */

static void check_options(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)doc;
    const char *s = api->option_string(ctx, "name");
    api->report(ctx, 0, 0, NULL, "name=%s count=%ld strict=%d undeclared=%s", s ? s : "(null)",
                api->option_int(ctx, "count"), api->option_bool(ctx, "strict"),
                api->option_string(ctx, "undeclared") ? "set" : "(null)");
}

/* api->report without its printf attribute, so a NULL format compiles. */
typedef void (*unchecked_report)(clerk_ctx *ctx, size_t offset, size_t length,
                                 const char *replacement, const char *format, ...);

static void check_out_of_bounds(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t len;
    api->source(doc, &len);
    api->report(ctx, len + 1, 0, NULL, "past the end");
    api->report(ctx, len, 1, NULL, "one byte too far");
    api->report(ctx, 1, SIZE_MAX, NULL, "wraps around");
    unchecked_report report_unchecked = api->report;
    report_unchecked(ctx, 0, 1, NULL, NULL);
    api->report_text(ctx, api->block_count(doc), 0, 0, NULL, "no such block");
    const clerk_block *b = api->block(doc, 0);
    api->report_text(ctx, 0, b->text_length, 1, NULL, "past the block");
    api->report(ctx, len, 0, NULL, "at the very end");
}

/* Reports the first plain-text character of each block with a fix. */
static void check_text(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t i = 0; i < api->block_count(doc); i++)
        if (api->block(doc, i)->text_length)
            api->report_text(ctx, i, 0, 1, "X", "block %zu starts with '%c'", i, api->block(doc, i)->text[0]);
}

static void check_state(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)doc;
    api->report(ctx, 0, 0, NULL, "state=%d", *(int *)api->state(ctx));
}

/* Reports the number of its run: two rules, to compare those of one run. */
static void check_run(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)doc;
    api->report(ctx, 0, 0, NULL, "%lu", api->run(ctx));
}

static const clerk_option host_options[] = {
    {"name", "string", "plain", "a string"},
    {"count", "int", "7", "a number"},
    {"strict", "bool", "true", "a flag"},
    {NULL, NULL, NULL, NULL},
};

static const clerk_rule host_rules[] = {
    {.name = "options", .summary = "options", .severity = CLERK_INFO, .check = check_options,
     .options = host_options},
    {.name = "bounds", .summary = "bounds", .severity = CLERK_WARNING, .check = check_out_of_bounds},
    {.name = "text", .summary = "text", .severity = CLERK_ERROR, .check = check_text},
    {.name = "state", .summary = "state", .severity = CLERK_INFO, .check = check_state},
    {.name = "run-first", .summary = "run", .severity = CLERK_INFO, .check = check_run},
    {.name = "run-second", .summary = "run", .severity = CLERK_INFO, .check = check_run},
};

static const clerk_plugin host_plugin = {
    CLERK_PLUGIN_HEADER, .name = "h", .rules = host_rules,
    .rule_count = sizeof host_rules / sizeof host_rules[0], .init = init_ok,
};

/* A lint of one document with the rules of the host plugin whose names
 * begin with `only`; findings name their rule by pointers into the
 * registry, so both live together. */
typedef struct lint_run {
    registry reg;
    vec findings;
} lint_run;

static void lint_with(lint_run *run, const char *src, const char *only, json_t *options)
{
    registry_init(&run->reg);
    added(&run->reg, &host_plugin);
    rule_state *states = config_resolve(NULL, &run->reg, NULL, 0);
    for (size_t i = 0; i < run->reg.rules.len; i++) {
        int wanted = strncmp(registry_rule(&run->reg, i)->rule.name, only, strlen(only)) == 0;
        states[i].severity = wanted ? states[i].severity : CLERK_OFF;
        states[i].options = wanted ? options : NULL;
    }
    char err[256];
    clerk_doc *doc = doc_parse("t.md", xstrdup(src), strlen(src), DOC_FORMAT_MARKDOWN, err, sizeof err);
    ck_assert_msg(doc != NULL, "doc_parse: %s", err);
    vec_init(&run->findings, sizeof(finding));
    lint_document(&run->reg, states, doc, &run->findings);
    doc_free(doc);
    free(states);
}

static void lint_done(lint_run *run)
{
    findings_free(&run->findings);
    registry_free(&run->reg);
}

static const finding *finding_at(const vec *findings, size_t i)
{
    ck_assert_uint_lt(i, findings->len);
    return vec_at(findings, i);
}

START_TEST(test_option_defaults_and_configured_values)
{
    lint_run run;
    lint_with(&run, "Some text.\n", "options", NULL);
    ck_assert_uint_eq(run.findings.len, 1);
    ck_assert_str_eq(finding_at(&run.findings, 0)->message, "name=plain count=7 strict=1 undeclared=(null)");
    ck_assert_int_eq(finding_at(&run.findings, 0)->severity, CLERK_INFO);
    ck_assert_str_eq(finding_at(&run.findings, 0)->rule, "h/options");
    lint_done(&run);

    json_t *options = json_pack("{s:s, s:i, s:b}", "name", "set", "count", -3, "strict", 0);
    lint_with(&run, "Some text.\n", "options", options);
    ck_assert_str_eq(finding_at(&run.findings, 0)->message, "name=set count=-3 strict=0 undeclared=(null)");
    lint_done(&run);
    json_decref(options);

    /* A value of the wrong type falls back to the default. */
    options = json_pack("{s:i, s:s, s:s}", "name", 1, "count", "many", "strict", "yes");
    lint_with(&run, "Some text.\n", "options", options);
    ck_assert_str_eq(finding_at(&run.findings, 0)->message, "name=plain count=7 strict=1 undeclared=(null)");
    lint_done(&run);
    json_decref(options);
}
END_TEST

START_TEST(test_bad_reports_become_plugin_errors)
{
    lint_run run;
    const char *src = "# Title\n\nBody text.\n";
    lint_with(&run, src, "bounds", NULL);
    static const char *const expected[] = {
        "rule h/bounds reported a span outside the document; its finding was dropped",
        "rule h/bounds reported a span outside the document; its finding was dropped",
        "rule h/bounds reported a span outside the document; its finding was dropped",
        "rule h/bounds reported a null message; its finding was dropped",
        "rule h/bounds reported a span outside its block; its finding was dropped",
        "rule h/bounds reported a span outside its block; its finding was dropped",
    };
    size_t n = sizeof expected / sizeof *expected;
    ck_assert_uint_eq(run.findings.len, n + 1);
    size_t errors = 0;
    for (size_t i = 0; i < run.findings.len; i++) {
        const finding *f = finding_at(&run.findings, i);
        if (strcmp(f->rule, "clerk/plugin-error") == 0) {
            ck_assert_int_eq(f->severity, CLERK_ERROR);
            ck_assert_uint_eq(f->offset, 0);
            int known = 0;
            for (size_t k = 0; k < n; k++)
                known |= strcmp(f->message, expected[k]) == 0;
            ck_assert_msg(known, "unexpected message: %s", f->message);
            errors++;
        } else {
            /* The one sound report, at the end of the source. */
            ck_assert_str_eq(f->rule, "h/bounds");
            ck_assert_str_eq(f->message, "at the very end");
            ck_assert_uint_eq(f->offset, strlen(src));
            ck_assert_int_eq(f->severity, CLERK_WARNING);
        }
    }
    ck_assert_uint_eq(errors, n);
    lint_done(&run);
}
END_TEST

START_TEST(test_text_reports_map_to_the_source)
{
    lint_run run;
    lint_with(&run, "# *Title*\n\nBody **text**.\n", "text", NULL);
    ck_assert_uint_eq(run.findings.len, 2);
    const finding *title = finding_at(&run.findings, 0), *body = finding_at(&run.findings, 1);
    ck_assert_uint_eq(title->offset, 3); /* the T after "# *" */
    ck_assert_uint_eq(title->length, 1);
    ck_assert_str_eq(title->replacement, "X");
    ck_assert_str_eq(title->message, "block 0 starts with 'T'");
    ck_assert_uint_eq(body->offset, 11);
    ck_assert_int_eq(body->severity, CLERK_ERROR);
    lint_done(&run);
}
END_TEST

START_TEST(test_plugin_state_reaches_rules)
{
    lint_run run;
    lint_with(&run, "Text.\n", "state", NULL);
    ck_assert_uint_eq(run.findings.len, 1);
    ck_assert_str_eq(finding_at(&run.findings, 0)->message, "state=42");
    lint_done(&run);
}
END_TEST

START_TEST(test_rules_of_a_run_share_its_number)
{
    lint_run first, second;
    lint_with(&first, "Text.\n", "run-", NULL);
    lint_with(&second, "Text.\n", "run-", NULL);
    ck_assert_uint_eq(first.findings.len, 2);
    const char *number = finding_at(&first.findings, 0)->message;
    ck_assert_str_ne(number, "0");
    ck_assert_str_eq(finding_at(&first.findings, 1)->message, number);
    ck_assert_str_ne(finding_at(&second.findings, 0)->message, number);
    lint_done(&first);
    lint_done(&second);
}
END_TEST

static Suite *registry_suite(void)
{
    Suite *s = suite_create("registry");
    TCase *tc = tcase_create("registry");
    tcase_add_test(tc, test_rules_are_registered_as_plugin_slash_name);
    tcase_add_test(tc, test_wrong_abi_is_refused);
    tcase_add_test(tc, test_invalid_plugin_names_are_refused);
    tcase_add_test(tc, test_duplicates_are_refused);
    tcase_add_test(tc, test_malformed_rules_are_refused);
    tcase_add_test(tc, test_older_rule_struct_is_read_with_its_own_size);
    tcase_add_test(tc, test_init_and_fini);
    tcase_add_test(tc, test_data_folders_in_order);
    tcase_add_test(tc, test_exe_relative_path);
    suite_add_tcase(s, tc);

    tc = tcase_create("plugin files");
    tcase_add_checked_fixture(tc, make_scratch, remove_scratch);
    tcase_add_test(tc, test_plugin_files_that_are_not_plugins);
    tcase_add_test(tc, test_plugin_folders);
    tcase_add_test(tc, test_work_meanwhile);
    suite_add_tcase(s, tc);

    tc = tcase_create("host");
    tcase_add_test(tc, test_option_defaults_and_configured_values);
    tcase_add_test(tc, test_bad_reports_become_plugin_errors);
    tcase_add_test(tc, test_text_reports_map_to_the_source);
    tcase_add_test(tc, test_plugin_state_reaches_rules);
    tcase_add_test(tc, test_rules_of_a_run_share_its_number);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(registry_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
