/* Configuration files: keys, "extends", error positions, ignore patterns,
 * the nearest file, and how settings resolve against a registry. */
#include "engine/config.h"
#include "engine/registry.h"
#include "util/xalloc.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- a scratch folder per test ---- */

static char scratch[PATH_MAX];

static void make_scratch(void)
{
    const char *tmp = getenv("TMPDIR");
    char pattern[PATH_MAX];
    snprintf(pattern, sizeof pattern, "%s/clerk-config-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(pattern));
    /* Canonical, so paths compare with what realpath() gives. */
    ck_assert_ptr_nonnull(realpath(pattern, scratch));
}

static void remove_scratch(void)
{
    char *cmd = xasprintf("rm -rf '%s'", scratch);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

/* The path of rel inside the scratch folder; caller frees. */
static char *at(const char *rel)
{
    return xasprintf("%s/%s", scratch, rel);
}

/* Writes rel (creating its folders) and returns its path; caller frees. */
static char *write_file(const char *rel, const char *text)
{
    char *path = at(rel);
    for (char *slash = strchr(path + strlen(scratch) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0755);
        *slash = '/';
    }
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

/* ---- a registry with a plugin "t" of rules a (warning), b (info), c (error) ---- */

static void check_nothing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    (void)api;
    (void)doc;
    (void)ctx;
}

static const clerk_rule t_rules[] = {
    {.name = "a", .summary = "rule a", .severity = CLERK_WARNING, .check = check_nothing},
    {.name = "b", .summary = "rule b", .severity = CLERK_INFO, .check = check_nothing},
    {.name = "c", .summary = "rule c", .severity = CLERK_ERROR, .check = check_nothing},
};

static const clerk_plugin t_plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "t",
    .rules = t_rules,
    .rule_count = 3,
};

static void make_registry(registry *reg)
{
    char err[256];
    registry_init(reg);
    ck_assert_int_eq(registry_add(reg, &t_plugin, "<test>", NULL, err, sizeof err), 0);
}

/* Loads a config expected to be valid. */
static void load_ok(const char *path, config *cfg)
{
    char err[1024] = "";
    config_init(cfg);
    ck_assert_msg(config_load(path, cfg, err, sizeof err) == 0, "config_load failed: %s", err);
}

/* Loads a config expected to fail and checks the message, with the
 * scratch folder written as "@". */
static void load_fails(const char *rel, const char *text, const char *expected)
{
    char *path = write_file(rel, text);
    config cfg;
    char err[1024] = "";
    config_init(&cfg);
    ck_assert_int_eq(config_load(path, &cfg, err, sizeof err), -1);
    config_free(&cfg);
    char *want = xasprintf("%s/%s", scratch, expected + 2); /* expected starts "@/" */
    ck_assert_str_eq(err, want);
    free(want);
    free(path);
}

/* Paths may differ in spelling ("a/../b"), not in the file they name. */
static void assert_same_file(const char *got, const char *want)
{
    char a[PATH_MAX], b[PATH_MAX];
    ck_assert_msg(realpath(got, a) && realpath(want, b) && strcmp(a, b) == 0, "%s is not %s", got, want);
}

static const config_rule *rule_setting(const config *cfg, size_t i)
{
    ck_assert_uint_lt(i, cfg->rules.len);
    return vec_at(&cfg->rules, i);
}

static const char *string_at(const vec *v, size_t i)
{
    ck_assert_uint_lt(i, v->len);
    return *(char **)vec_at(v, i);
}

/* ---- tests ---- */

START_TEST(test_every_key_is_read)
{
    char *path = write_file("proj/.clerk.json",
                            "{\n"
                            "  \"$schema\": \"ignored\",\n"
                            "  \"rules\": {\n"
                            "    \"t/a\": \"off\",\n"
                            "    \"t/b\": {\"severity\": \"error\", \"options\": {\"n\": 3}},\n"
                            "    \"t/c\": {\"options\": {\"word\": \"x\"}}\n"
                            "  },\n"
                            "  \"plugins\": [\"plugins/p.so\", \"/abs/q.so\"],\n"
                            "  \"packs\": \"packs/one.json\",\n"
                            "  \"data\": [\"data\"],\n"
                            "  \"ignore\": [\"drafts/\", \"*.tmp.md\"],\n"
                            "  \"baseline\": \"baseline.json\"\n"
                            "}\n");
    config cfg;
    load_ok(path, &cfg);
    ck_assert_str_eq(cfg.path, path);

    ck_assert_uint_eq(cfg.rules.len, 3);
    const config_rule *a = rule_setting(&cfg, 0), *b = rule_setting(&cfg, 1), *c = rule_setting(&cfg, 2);
    ck_assert_str_eq(a->id, "t/a");
    ck_assert(a->has_severity && a->severity == CLERK_OFF);
    ck_assert_ptr_null(a->options);
    ck_assert(b->has_severity && b->severity == CLERK_ERROR);
    ck_assert_int_eq(json_integer_value(json_object_get(b->options, "n")), 3);
    ck_assert(!c->has_severity);
    ck_assert_str_eq(json_string_value(json_object_get(c->options, "word")), "x");

    /* Paths are resolved against the configuration's folder. */
    char *plugin = at("proj/plugins/p.so"), *pack = at("proj/packs/one.json"), *data = at("proj/data");
    ck_assert_str_eq(string_at(&cfg.plugins, 0), plugin);
    ck_assert_str_eq(string_at(&cfg.plugins, 1), "/abs/q.so");
    ck_assert_str_eq(string_at(&cfg.packs, 0), pack);
    ck_assert_str_eq(string_at(&cfg.data, 0), data);
    ck_assert_uint_eq(cfg.ignore.len, 2);
    ck_assert_str_eq(((config_ignore *)vec_at(&cfg.ignore, 1))->pattern, "*.tmp.md");
    free(plugin);
    free(pack);
    free(data);
    config_free(&cfg);
    free(path);
}
END_TEST

START_TEST(test_rule_positions_are_recorded)
{
    char *path = write_file(".clerk.json", "{\"rules\": {\n  \"t/a\": \"off\",\n\t\"t/é\": \"info\"}}\n");
    config cfg;
    load_ok(path, &cfg);
    char *a = xasprintf("%s:2:3", path), *e = xasprintf("%s:3:2", path);
    ck_assert_str_eq(rule_setting(&cfg, 0)->where, a);
    ck_assert_str_eq(rule_setting(&cfg, 1)->where, e);
    free(a);
    free(e);
    config_free(&cfg);
    free(path);
}
END_TEST

START_TEST(test_errors_name_file_line_and_column)
{
    load_fails("bad-json.json", "{\n  \"rules\": {\"t/a\": \"off\",}\n}\n",
               "@/bad-json.json:2:26: string or '}' expected near '}'");
    load_fails("unknown-key.json", "{\n  \"rules\": {},\n  \"colour\": \"red\"\n}\n",
               "@/unknown-key.json:3:3: unknown key \"colour\" (expected extends, rules, plugins, "
               "packs, data, ignore or baseline)");
    load_fails("bad-severity.json", "{\n  \"rules\": {\n    \"t/a\": \"loud\"\n  }\n}\n",
               "@/bad-severity.json:3:5: severity must be \"off\", \"info\", \"warning\" or \"error\"");
    load_fails("severity-number.json", "{\"rules\": {\"t/a\": 2}}",
               "@/severity-number.json:1:12: severity must be \"off\", \"info\", \"warning\" or \"error\"");
    load_fails("options-array.json", "{\"rules\": {\"t/a\": {\"options\": []}}}",
               "@/options-array.json:1:12: \"options\" must be an object");
    load_fails("setting-key.json", "{\"rules\": {\"t/a\": {\"level\": \"off\"}}}",
               "@/setting-key.json:1:12: a rule setting has only \"severity\" and \"options\"");
    load_fails("rules-array.json", "{\"rules\": [\"t/a\"]}",
               "@/rules-array.json:1:2: \"rules\" must be an object of rule ids");
    load_fails("ignore-number.json", "{\"ignore\": 3}",
               "@/ignore-number.json:1:2: expected a string or an array of strings");
    load_fails("plugins-mixed.json", "{\"plugins\": [\"a.so\", 1]}",
               "@/plugins-mixed.json:1:2: expected an array of strings");
    load_fails("array.json", "[]", "@/array.json:1:1: the configuration must be a JSON object");
    load_fails("twice.json", "{\"rules\": {}, \"rules\": {}}",
               "@/twice.json:1:21: duplicate object key near '\"rules\"'");
}
END_TEST

START_TEST(test_missing_file_is_an_error)
{
    char *path = at("none.json");
    config cfg;
    char err[1024];
    config_init(&cfg);
    ck_assert_int_eq(config_load(path, &cfg, err, sizeof err), -1);
    char *want = xasprintf("%s: No such file or directory", path);
    ck_assert_str_eq(err, want);
    free(want);
    config_free(&cfg);
    free(path);
}
END_TEST

START_TEST(test_extends_child_overrides_parent)
{
    free(write_file("base/base.json",
                    "{\"rules\": {\"t/a\": \"error\", \"t/b\": {\"severity\": \"warning\", "
                    "\"options\": {\"n\": 1}}},\n"
                    " \"ignore\": \"vendor/\", \"data\": \"tables\"}\n"));
    free(write_file("base/middle.json", "{\"extends\": \"base.json\", \"rules\": {\"t/c\": \"info\"}}\n"));
    char *path = write_file("proj/.clerk.json",
                            "{\"rules\": {\"t/a\": \"off\"}, \"extends\": \"../base/middle.json\"}\n");
    config cfg;
    load_ok(path, &cfg);
    ck_assert_str_eq(cfg.path, path);

    registry reg;
    make_registry(&reg);
    rule_state *st = config_resolve(&cfg, &reg, NULL, 0);
    ck_assert_int_eq(st[0].severity, CLERK_OFF);     /* parent error, child off */
    ck_assert_int_eq(st[1].severity, CLERK_WARNING); /* inherited */
    ck_assert_int_eq(json_integer_value(json_object_get(st[1].options, "n")), 1);
    ck_assert_int_eq(st[2].severity, CLERK_INFO);    /* from the middle file */
    free(st);

    /* A parent's paths stay relative to the parent's folder. */
    char *tables = at("base/tables"), *base = at("base");
    mkdir(tables, 0755);
    assert_same_file(string_at(&cfg.data, 0), tables);
    assert_same_file(((config_ignore *)vec_at(&cfg.ignore, 0))->dir, base);
    free(tables);
    free(base);
    registry_free(&reg);
    config_free(&cfg);
    free(path);
}
END_TEST

START_TEST(test_extends_list_later_wins)
{
    free(write_file("one.json", "{\"rules\": {\"t/a\": \"info\", \"t/b\": \"error\"}}"));
    free(write_file("two.json", "{\"rules\": {\"t/a\": \"error\"}}"));
    char *path = write_file("child.json", "{\"extends\": [\"one.json\", \"two.json\"]}");
    config cfg;
    load_ok(path, &cfg);
    registry reg;
    make_registry(&reg);
    rule_state *st = config_resolve(&cfg, &reg, NULL, 0);
    ck_assert_int_eq(st[0].severity, CLERK_ERROR);
    ck_assert_int_eq(st[1].severity, CLERK_ERROR);
    ck_assert_int_eq(st[2].severity, CLERK_ERROR); /* t/c's default */
    free(st);
    registry_free(&reg);
    config_free(&cfg);
    free(path);
}
END_TEST

START_TEST(test_extends_errors)
{
    char *path = write_file("cycle-a.json", "{\"extends\": \"cycle-b.json\"}");
    free(write_file("cycle-b.json", "{\"extends\": \"cycle-a.json\"}"));
    config cfg;
    char err[1024];
    config_init(&cfg);
    ck_assert_int_eq(config_load(path, &cfg, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "\"extends\" nests deeper than 16 files (a cycle?)"), "%s", err);
    config_free(&cfg);
    free(path);

    /* An error in a parent names the parent. */
    free(write_file("broken.json", "{\"rules\": {\"t/a\": \"loud\"}}"));
    load_fails("uses-broken.json", "{\"extends\": \"broken.json\"}",
               "@/broken.json:1:12: severity must be \"off\", \"info\", \"warning\" or \"error\"");
    load_fails("uses-missing.json", "{\"extends\": \"gone.json\"}", "@/gone.json: No such file or directory");
}
END_TEST

START_TEST(test_unknown_rule_ids_are_reported_where_written)
{
    char *path = write_file(".clerk.json", "{\n  \"rules\": {\n    \"t/a\": \"off\",\n    \"t/zz\": \"off\"\n  }\n}\n");
    config cfg;
    load_ok(path, &cfg);
    registry reg;
    make_registry(&reg);
    char err[1024];
    ck_assert_int_eq(config_check_rules(&cfg, &reg, err, sizeof err), -1);
    char *want = xasprintf("%s:4:5: unknown rule \"t/zz\" (see `clerk rules`)", path);
    ck_assert_str_eq(err, want);
    free(want);
    registry_free(&reg);
    config_free(&cfg);
    free(path);
}
END_TEST

START_TEST(test_resolve_precedence_default_config_command_line)
{
    char *path = write_file(".clerk.json",
                            "{\"rules\": {\"t/a\": \"error\", \"t/b\": {\"options\": {\"k\": true}}}}");
    config cfg;
    load_ok(path, &cfg);
    registry reg;
    make_registry(&reg);

    rule_state *defaults = config_resolve(NULL, &reg, NULL, 0);
    ck_assert_int_eq(defaults[0].severity, CLERK_WARNING);
    ck_assert_int_eq(defaults[1].severity, CLERK_INFO);
    ck_assert_ptr_null(defaults[1].options);
    free(defaults);

    rule_state *configured = config_resolve(&cfg, &reg, NULL, 0);
    ck_assert_int_eq(configured[0].severity, CLERK_ERROR);
    ck_assert_int_eq(configured[1].severity, CLERK_INFO); /* options alone keep the severity */
    ck_assert(json_is_true(json_object_get(configured[1].options, "k")));
    free(configured);

    const rule_override overrides[] = {{"t/a", CLERK_OFF}, {"t/b", CLERK_ERROR}, {"t/b", CLERK_WARNING},
                                       {"t/none", CLERK_ERROR}};
    rule_state *final = config_resolve(&cfg, &reg, overrides, 4);
    ck_assert_int_eq(final[0].severity, CLERK_OFF);
    ck_assert_int_eq(final[1].severity, CLERK_WARNING); /* the last override wins */
    ck_assert(json_is_true(json_object_get(final[1].options, "k")));
    ck_assert_int_eq(final[2].severity, CLERK_ERROR);
    free(final);

    registry_free(&reg);
    config_free(&cfg);
    free(path);
}
END_TEST

static int ignored(const config *cfg, const char *rel)
{
    char *path = write_file(rel, "text\n");
    int r = config_ignores(cfg, path);
    free(path);
    return r;
}

START_TEST(test_ignore_patterns_are_relative_to_their_config)
{
    char *path = write_file("proj/.clerk.json",
                            "{\"ignore\": [\"drafts/\", \"*.tmp.md\", \"/top.md\", \"notes/**/old.md\"]}");
    config cfg;
    load_ok(path, &cfg);
    ck_assert(ignored(&cfg, "proj/drafts/a.md"));
    ck_assert(ignored(&cfg, "proj/sub/drafts/b.md"));
    ck_assert(ignored(&cfg, "proj/x.tmp.md"));
    ck_assert(ignored(&cfg, "proj/top.md"));
    ck_assert(!ignored(&cfg, "proj/sub/top.md"));
    ck_assert(ignored(&cfg, "proj/notes/old.md"));
    ck_assert(ignored(&cfg, "proj/notes/2009/07/old.md"));
    ck_assert(!ignored(&cfg, "proj/keep.md"));
    ck_assert(!ignored(&cfg, "proj/drafts.md"));
    ck_assert(!ignored(&cfg, "elsewhere/drafts/a.md")); /* outside the config's folder */
    ck_assert(!config_ignores(&cfg, "/nonexistent/drafts/a.md"));
    config_free(&cfg);
    free(path);

    config empty;
    config_init(&empty);
    ck_assert(!ignored(&empty, "proj/drafts/a.md"));
    config_free(&empty);
}
END_TEST

START_TEST(test_nearest_config_wins)
{
    char *top = write_file("proj/.clerk.json", "{}");
    char *inner = write_file("proj/a/.clerk.json", "{}");
    free(write_file("proj/a/b/c/doc.md", "text\n"));
    free(write_file("proj/d/doc.md", "text\n"));

    char *doc = at("proj/a/b/c/doc.md");
    char *found = config_find(doc);
    ck_assert_str_eq(found, inner);
    free(found);
    free(doc);

    doc = at("proj/d/doc.md");
    found = config_find(doc);
    ck_assert_str_eq(found, top);
    free(found);
    free(doc);

    /* A folder named .clerk.json is not a configuration. */
    char *dir = at("proj/d/.clerk.json");
    mkdir(dir, 0755);
    doc = at("proj/d/doc.md");
    found = config_find(doc);
    ck_assert_str_eq(found, top);
    free(found);
    free(doc);
    free(dir);

    doc = at("no/such/folder/doc.md");
    ck_assert_ptr_null(config_find(doc));
    free(doc);
    free(top);
    free(inner);
}
END_TEST

START_TEST(test_severity_names)
{
    ck_assert_int_eq(severity_parse("off"), CLERK_OFF);
    ck_assert_int_eq(severity_parse("info"), CLERK_INFO);
    ck_assert_int_eq(severity_parse("warning"), CLERK_WARNING);
    ck_assert_int_eq(severity_parse("error"), CLERK_ERROR);
    ck_assert_int_eq(severity_parse("Error"), -1);
    ck_assert_int_eq(severity_parse("warn"), -1);
    ck_assert_int_eq(severity_parse(""), -1);
    ck_assert_str_eq(severity_name(CLERK_ERROR), "error");
    ck_assert_str_eq(severity_name(CLERK_WARNING), "warning");
    ck_assert_str_eq(severity_name(CLERK_INFO), "info");
    ck_assert_str_eq(severity_name(CLERK_OFF), "off");
}
END_TEST

static Suite *config_suite(void)
{
    Suite *s = suite_create("config");
    TCase *tc = tcase_create("config");
    tcase_add_checked_fixture(tc, make_scratch, remove_scratch);
    tcase_add_test(tc, test_every_key_is_read);
    tcase_add_test(tc, test_rule_positions_are_recorded);
    tcase_add_test(tc, test_errors_name_file_line_and_column);
    tcase_add_test(tc, test_missing_file_is_an_error);
    tcase_add_test(tc, test_extends_child_overrides_parent);
    tcase_add_test(tc, test_extends_list_later_wins);
    tcase_add_test(tc, test_extends_errors);
    tcase_add_test(tc, test_unknown_rule_ids_are_reported_where_written);
    tcase_add_test(tc, test_resolve_precedence_default_config_command_line);
    tcase_add_test(tc, test_ignore_patterns_are_relative_to_their_config);
    tcase_add_test(tc, test_nearest_config_wins);
    tcase_add_test(tc, test_severity_names);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(config_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
