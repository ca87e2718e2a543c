/*
 * The embedding API through libclerk.so, as another program uses it: only
 * clerk/clerk.h is included.  Sessions from a configuration file or text,
 * plugin options, findings with their spans and fixes, the errors a caller
 * is told about, and threads linting at once.
 *
 * Environment: CLERK_TEST_PLUGINS, the folder of the test plugins (echo.so).
 */
#include <clerk/clerk.h>

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char echo_plugin[4096];

/* A session of the echo plugin alone, configured by text; NULL and the
 * reason in error when refused. */
static clerk_session *echo_session(const char *config_json, char *error, size_t error_size)
{
    const char *plugins[] = {echo_plugin, NULL};
    clerk_session_options o = {.size = sizeof o, .config_json = config_json, .plugins = plugins,
                               .no_bundled_rules = 1};
    return clerk_session_new(&o, error, error_size);
}

static clerk_session *echo_session_ok(const char *config_json)
{
    char error[512] = "";
    clerk_session *s = echo_session(config_json, error, sizeof error);
    ck_assert_msg(s != NULL, "session refused: %s", error);
    return s;
}

static clerk_result *lint_ok(const clerk_session *s, const char *path, const char *text)
{
    char error[512] = "";
    clerk_result *r = clerk_lint(s, path, text, strlen(text), error, sizeof error);
    ck_assert_msg(r != NULL, "lint refused: %s", error);
    return r;
}

START_TEST(test_findings_carry_span_position_and_fix)
{
    clerk_session *s = echo_session_ok(
        "{\"rules\": {\"echo/word\": {\"severity\": \"error\","
        " \"options\": {\"word\": \"drafte\", \"replacement\": \"draft\"}}}}");
    const char *text = "A first drafte.\n\nThe é drafte again.\n";
    clerk_result *r = lint_ok(s, "doc.md", text);
    ck_assert_uint_eq(clerk_result_count(r), 2);

    const clerk_finding *f = clerk_result_finding(r, 0);
    ck_assert_str_eq(f->rule, "echo/word");
    ck_assert_int_eq(f->severity, CLERK_ERROR);
    ck_assert_str_eq(clerk_severity_name(f->severity), "error");
    ck_assert_str_eq(f->message, "found \"drafte\"");
    ck_assert_uint_eq(f->offset, 8);
    ck_assert_uint_eq(f->length, 6);
    ck_assert_uint_eq(f->line, 1);
    ck_assert_uint_eq(f->column, 9);
    ck_assert_uint_eq(f->end_line, 1);
    ck_assert_uint_eq(f->end_column, 15);
    ck_assert_str_eq(f->fix, "draft");

    /* Columns count code points: "é" is two bytes, one column. */
    f = clerk_result_finding(r, 1);
    ck_assert_uint_eq(f->offset, 24);
    ck_assert_uint_eq(f->line, 3);
    ck_assert_uint_eq(f->column, 7);
    ck_assert_ptr_null(clerk_result_finding(r, 2));

    /* A result outlives its session. */
    clerk_session_free(s);
    ck_assert_str_eq(clerk_result_finding(r, 1)->rule, "echo/word");
    clerk_result_free(r);
}
END_TEST

START_TEST(test_text_need_not_end_with_nul)
{
    clerk_session *s = echo_session_ok(NULL);
    const char buffer[] = {'T', 'O', 'D', 'O', 'S'}; /* "TODO" is a word only if cut there */
    char error[64];
    clerk_result *r = clerk_lint(s, NULL, buffer, 4, error, sizeof error);
    ck_assert_uint_eq(clerk_result_count(r), 1);
    ck_assert_ptr_null(clerk_result_finding(r, 0)->fix);
    clerk_result_free(r);
    r = clerk_lint(s, NULL, buffer, 5, error, sizeof error);
    ck_assert_uint_eq(clerk_result_count(r), 0);
    clerk_result_free(r);
    r = clerk_lint(s, "empty.md", "", 0, error, sizeof error);
    ck_assert_uint_eq(clerk_result_count(r), 0);
    clerk_result_free(r);
    clerk_session_free(s);
}
END_TEST

START_TEST(test_config_file_and_inline_suppression)
{
    char dir[] = "/tmp/clerk-embed-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[4200];
    snprintf(path, sizeof path, "%s/.clerk.json", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("{\"rules\": {\"echo/word\": \"info\"}}\n", f);
    fclose(f);

    const char *plugins[] = {echo_plugin, NULL};
    clerk_session_options o = {.size = sizeof o, .config_path = path, .plugins = plugins,
                               .no_bundled_rules = 1};
    char error[512] = "";
    clerk_session *s = clerk_session_new(&o, error, sizeof error);
    ck_assert_msg(s != NULL, "%s", error);
    clerk_result *r = lint_ok(s, "a.md", "TODO one.\n\n<!-- clerk-disable-next-line echo/word -->\nTODO two.\n");
    ck_assert_uint_eq(clerk_result_count(r), 1);
    ck_assert_int_eq(clerk_result_finding(r, 0)->severity, CLERK_INFO);
    clerk_result_free(r);
    clerk_session_free(s);

    /* The text of a configuration, named by the path: errors speak of that file. */
    o.config_json = "{\"rules\": {\"echo/nothing\": \"off\"}}";
    s = clerk_session_new(&o, error, sizeof error);
    ck_assert_ptr_null(s);
    ck_assert_msg(strstr(error, path) == error && strstr(error, "unknown rule \"echo/nothing\""),
                  "%s", error);
    unlink(path);
    rmdir(dir);
}
END_TEST

/* A refused session: NULL, and error holds `expected` (a substring). */
static void refused(const clerk_session_options *o, const char *expected)
{
    char error[512] = "";
    clerk_session *s = clerk_session_new(o, error, sizeof error);
    ck_assert_ptr_null(s);
    ck_assert_msg(strstr(error, expected) != NULL, "error \"%s\" lacks \"%s\"", error, expected);
}

START_TEST(test_errors_are_told_not_fatal)
{
    const char *plugins[] = {echo_plugin, NULL};
    clerk_session_options o = {.size = sizeof o, .plugins = plugins, .no_bundled_rules = 1};

    o.config_json = "{\"rules\": ";
    refused(&o, "<config>:1:");
    o.config_json = "{\"rules\": {\"echo/word\": \"loud\"}}";
    refused(&o, "<config>:1:");
    o.config_json = "{\"plugins\": [\"elsewhere.so\"]}";
    refused(&o, "<config> names plugins");
    o.config_json = NULL;
    o.config_path = "/nonexistent/.clerk.json";
    refused(&o, "/nonexistent/.clerk.json: No such file or directory");
    o.config_path = NULL;
    const char *missing[] = {"/nonexistent/plugin.so", NULL};
    o.plugins = missing;
    refused(&o, "/nonexistent/plugin.so: cannot read the plugin file");
    clerk_session_options unsized = {.no_bundled_rules = 1};
    refused(&unsized, "size is not set");

    /* Bytes that are not UTF-8: no result, a reason. */
    clerk_session *s = echo_session_ok(NULL);
    char error[256] = "";
    ck_assert_ptr_null(clerk_lint(s, "bad.md", "caf\xe9\n", 5, error, sizeof error));
    ck_assert_msg(strlen(error) > 0, "no reason given");
    clerk_session_free(s);
}
END_TEST

/* An older caller's options stop before the members it did not know. */
START_TEST(test_options_past_their_size_are_not_read)
{
    const char *plugins[] = {"/nonexistent/plugin.so", NULL};
    clerk_session_options o = {.size = offsetof(clerk_session_options, plugins),
                               .plugins = plugins, .no_bundled_rules = 1};
    char error[512] = "";
    /* plugins and no_bundled_rules lie past size: ignored, so the bundled
     * rules load and the missing file is never tried. */
    clerk_session *s = clerk_session_new(&o, error, sizeof error);
    ck_assert_msg(s != NULL, "%s", error);
    clerk_session_free(s);
}
END_TEST

/* Whether a result holds a finding of rule at offset. */
static int has_finding(const clerk_result *r, const char *rule, size_t offset)
{
    for (size_t i = 0; i < clerk_result_count(r); i++) {
        const clerk_finding *f = clerk_result_finding(r, i);
        if (strcmp(f->rule, rule) == 0 && f->offset == offset)
            return 1;
    }
    return 0;
}

/* The bundled plugins are found beside the library. */
START_TEST(test_bundled_rules_by_default)
{
    ck_assert_str_eq(clerk_version(), CLERK_TEST_VERSION);
    char error[512] = "";
    clerk_session *s = clerk_session_new(NULL, error, sizeof error);
    ck_assert_msg(s != NULL, "%s", error);
    clerk_result *r = lint_ok(s, "doc.md", "The Committee met on 31 June 2009.\n");
    ck_assert_msg(has_finding(r, "dates/invalid-date", 21), "no dates/invalid-date on \"31 June 2009\"");
    clerk_result_free(r);
    clerk_session_free(s);
}
END_TEST

/* A pack named by the options, and one named by the configuration. */
START_TEST(test_packs_from_options_and_configuration)
{
    char dir[] = "/tmp/clerk-embed-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char pack[4200];
    snprintf(pack, sizeof pack, "%s/house.json", dir);
    FILE *f = fopen(pack, "w");
    ck_assert_ptr_nonnull(f);
    fputs("{\"name\": \"house\", \"version\": \"1\", \"summary\": \"s\", \"rules\": [{\"id\": \"no-shall\","
          " \"type\": \"existence\", \"summary\": \"s\", \"message\": \"\\\"$0\\\" is not said\","
          " \"severity\": \"warning\", \"patterns\": [\"\\\\bshall\\\\b\"],"
          " \"examples\": {\"good\": [\"It will.\"], \"bad\": [\"It shall.\"]}}]}\n", f);
    fclose(f);

    const char *packs[] = {pack, NULL};
    clerk_session_options o = {.size = sizeof o, .packs = packs, .no_bundled_rules = 1};
    char error[512] = "";
    clerk_session *s = clerk_session_new(&o, error, sizeof error);
    ck_assert_msg(s != NULL, "%s", error);
    clerk_result *r = lint_ok(s, "a.md", "It shall be done.\n");
    ck_assert_uint_eq(clerk_result_count(r), 1);
    ck_assert_str_eq(clerk_result_finding(r, 0)->rule, "house/no-shall");
    ck_assert_str_eq(clerk_result_finding(r, 0)->message, "\"shall\" is not said");
    clerk_result_free(r);
    clerk_session_free(s);

    /* From the configuration, relative to the folder of the path it stands for. */
    char config_path[4200];
    snprintf(config_path, sizeof config_path, "%s/.clerk.json", dir);
    clerk_session_options c = {.size = sizeof c, .config_path = config_path,
                               .config_json = "{\"packs\": [\"house.json\"], \"rules\": {\"house/no-shall\": \"error\"}}",
                               .no_bundled_rules = 1};
    s = clerk_session_new(&c, error, sizeof error);
    ck_assert_msg(s != NULL, "%s", error);
    r = lint_ok(s, "a.md", "It shall be done.\n");
    ck_assert_uint_eq(clerk_result_count(r), 1);
    ck_assert_int_eq(clerk_result_finding(r, 0)->severity, CLERK_ERROR);
    clerk_result_free(r);
    clerk_session_free(s);

    const char *missing[] = {"/nonexistent/pack.json", NULL};
    o.packs = missing;
    ck_assert_ptr_null(clerk_session_new(&o, error, sizeof error));
    ck_assert_msg(strstr(error, "/nonexistent/pack.json") != NULL, "%s", error);
    unlink(pack);
    rmdir(dir);
}
END_TEST

/* Threads: each with a session of its own, or all sharing one; every
 * result must equal the one found alone. */
#define THREADS 8
#define ROUNDS 40

static const char *const thread_config =
    "{\"rules\": {\"echo/word\": {\"options\": {\"word\": \"shall\", \"replacement\": \"will\"}}}}";

static const char thread_text[] =
    "1. Decides that the Committee shall meet;\n\n"
    "2. Requests that the report shall be issued and shall be circulated;\n";

static char *summary(const clerk_result *r)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    for (size_t i = 0; i < clerk_result_count(r); i++) {
        const clerk_finding *f = clerk_result_finding(r, i);
        fprintf(out, "%zu:%zu-%zu:%zu %s %s %s\n", f->line, f->column, f->end_line, f->end_column,
                f->rule, f->message, f->fix ? f->fix : "");
    }
    fclose(out);
    return text;
}

typedef struct worker {
    const clerk_session *shared; /* NULL: make a session of its own */
    const char *expected;
    int mismatches;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    char error[512];
    clerk_session *own = w->shared ? NULL : echo_session(thread_config, error, sizeof error);
    const clerk_session *s = w->shared ? w->shared : own;
    for (int i = 0; s && i < ROUNDS; i++) {
        clerk_result *r = clerk_lint(s, "t.md", thread_text, sizeof thread_text - 1, error, sizeof error);
        char *got = r ? summary(r) : NULL;
        w->mismatches += !got || strcmp(got, w->expected) != 0;
        free(got);
        clerk_result_free(r);
    }
    w->mismatches += !s;
    clerk_session_free(own);
    return NULL;
}

static void run_threads(const clerk_session *shared, const char *expected)
{
    pthread_t threads[THREADS];
    worker workers[THREADS];
    for (int i = 0; i < THREADS; i++) {
        workers[i] = (worker){shared, expected, 0};
        ck_assert_int_eq(pthread_create(&threads[i], NULL, work, &workers[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
        ck_assert_int_eq(workers[i].mismatches, 0);
    }
}

START_TEST(test_threads_with_separate_or_shared_sessions)
{
    clerk_session *s = echo_session_ok(thread_config);
    clerk_result *r = lint_ok(s, "t.md", thread_text);
    ck_assert_uint_eq(clerk_result_count(r), 3);
    char *expected = summary(r);
    clerk_result_free(r);
    run_threads(NULL, expected);
    run_threads(s, expected);
    free(expected);
    clerk_session_free(s);
}
END_TEST

int main(void)
{
    const char *dir = getenv("CLERK_TEST_PLUGINS");
    if (!dir) {
        fprintf(stderr, "CLERK_TEST_PLUGINS must name the folder of the test plugins\n");
        return EXIT_FAILURE;
    }
    snprintf(echo_plugin, sizeof echo_plugin, "%s/echo.so", dir);

    Suite *suite = suite_create("embed");
    TCase *tc = tcase_create("embed");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_findings_carry_span_position_and_fix);
    tcase_add_test(tc, test_text_need_not_end_with_nul);
    tcase_add_test(tc, test_config_file_and_inline_suppression);
    tcase_add_test(tc, test_errors_are_told_not_fatal);
    tcase_add_test(tc, test_options_past_their_size_are_not_read);
    tcase_add_test(tc, test_bundled_rules_by_default);
    tcase_add_test(tc, test_packs_from_options_and_configuration);
    tcase_add_test(tc, test_threads_with_separate_or_shared_sessions);
    suite_add_tcase(suite, tc);
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
