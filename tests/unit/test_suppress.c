/* Inline suppression comments: each directive form, ranges, the comment
 * styles of Markdown and plain text, and unknown rule ids. */
#include "doc/doc.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* t/a reports every "AAA", t/b every "BBB": findings whose place is
 * obvious from the text. */
static void report_each(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const char *word)
{
    size_t len;
    const char *src = api->source(doc, &len);
    for (const char *p = strstr(src, word); p; p = strstr(p + 3, word))
        api->report(ctx, (size_t)(p - src), 3, NULL, "%s", word);
}

static void check_a(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    report_each(api, doc, ctx, "AAA");
}

static void check_b(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    report_each(api, doc, ctx, "BBB");
}

static const clerk_rule rules[] = {
    {.name = "a", .summary = "AAA", .severity = CLERK_WARNING, .check = check_a},
    {.name = "b", .summary = "BBB", .severity = CLERK_WARNING, .check = check_b},
};

static const clerk_plugin plugin = {CLERK_PLUGIN_HEADER, .name = "t", .rules = rules, .rule_count = 2};

static registry reg;
static rule_state *states;
static vec findings;
static char *summary;

static void setup(void)
{
    char err[256];
    registry_init(&reg);
    ck_assert_int_eq(registry_add(&reg, &plugin, "<test>", NULL, err, sizeof err), 0);
    states = config_resolve(NULL, &reg, NULL, 0);
    vec_init(&findings, sizeof(finding));
    summary = NULL;
}

static void teardown(void)
{
    findings_free(&findings);
    free(states);
    free(summary);
    registry_free(&reg);
}

/* Lints src and returns its findings as "rule:line" words, in order. */
static const char *lint_as(const char *src, doc_format format)
{
    char err[256];
    clerk_doc *doc = doc_parse("t", xstrdup(src), strlen(src), format, err, sizeof err);
    ck_assert_msg(doc != NULL, "doc_parse: %s", err);
    findings_free(&findings);
    vec_init(&findings, sizeof(finding));
    lint_document(&reg, states, doc, &findings);
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < findings.len; i++) {
        const finding *f = vec_at(&findings, i);
        size_t line, column;
        doc_line_col(doc, f->offset, &line, &column);
        sb_printf(&sb, "%s%s:%zu", i ? " " : "", f->rule, line);
    }
    doc_free(doc);
    free(summary);
    summary = sb.data ? sb.data : xstrdup("");
    return summary;
}

static const char *lint(const char *src)
{
    return lint_as(src, DOC_FORMAT_MARKDOWN);
}

START_TEST(test_without_directives_everything_is_reported)
{
    ck_assert_str_eq(lint("AAA BBB\n\nAAA\n"), "t/a:1 t/b:1 t/a:3");
}
END_TEST

START_TEST(test_disable_next_line)
{
    ck_assert_str_eq(lint("AAA BBB\n"
                          "<!-- clerk-disable-next-line t/a -->\n"
                          "AAA BBB\n"
                          "AAA BBB\n"),
                     "t/a:1 t/b:1 t/b:3 t/a:4 t/b:4");
    /* Blank lines between the comment and its line do not count. */
    ck_assert_str_eq(lint("<!-- clerk-disable-next-line t/a -->\n\n\nAAA\nAAA\n"), "t/a:5");
    /* Without ids: every rule. */
    ck_assert_str_eq(lint("<!-- clerk-disable-next-line -->\nAAA BBB\nAAA\n"), "t/a:3");
}
END_TEST

START_TEST(test_rule_lists_and_reasons)
{
    const char *expected = "t/a:3 t/b:3";
    ck_assert_str_eq(lint("<!-- clerk-disable-next-line t/a, t/b -->\nAAA BBB\nAAA BBB\n"), expected);
    ck_assert_str_eq(lint("<!-- clerk-disable-next-line t/a t/b -->\nAAA BBB\nAAA BBB\n"), expected);
    ck_assert_str_eq(lint("<!-- clerk-disable-next-line t/a,t/b -- quoted as written -->\nAAA BBB\nAAA BBB\n"),
                     expected);
    /* The comment may close right after the id. */
    ck_assert_str_eq(lint("<!-- clerk-disable-next-line t/a-->\nAAA BBB\n"), "t/b:2");
    ck_assert_str_eq(lint("<!--clerk-disable-next-line t/b-->\nAAA BBB\n"), "t/a:2");
}
END_TEST

START_TEST(test_disable_line)
{
    ck_assert_str_eq(lint("AAA BBB <!-- clerk-disable-line t/a -->\nAAA\n"), "t/b:1 t/a:2");
    ck_assert_str_eq(lint("<!-- clerk-disable-line --> AAA BBB\nAAA\n"), "t/a:2");
}
END_TEST

START_TEST(test_disable_enable_ranges)
{
    ck_assert_str_eq(lint("AAA BBB\n"
                          "<!-- clerk-disable t/a -->\n"
                          "AAA BBB\n"
                          "\n"
                          "AAA BBB\n"
                          "<!-- clerk-enable t/a -->\n"
                          "AAA BBB\n"),
                     "t/a:1 t/b:1 t/b:3 t/b:5 t/a:7 t/b:7");
    /* A range left open runs to the end. */
    ck_assert_str_eq(lint("AAA\n<!-- clerk-disable t/a -->\nAAA\n\nAAA\n"), "t/a:1");
    /* Disable everything, enable one rule again. */
    ck_assert_str_eq(lint("<!-- clerk-disable -->\nAAA BBB\n<!-- clerk-enable t/b -->\nAAA BBB\n"), "t/b:4");
    /* An enable without ids ends every range. */
    ck_assert_str_eq(lint("<!-- clerk-disable t/a t/b -->\nAAA BBB\n<!-- clerk-enable -->\nAAA BBB\n"),
                     "t/a:4 t/b:4");
    /* Ranges can open again. */
    ck_assert_str_eq(lint("<!-- clerk-disable t/a -->\nAAA\n<!-- clerk-enable t/a -->\nAAA\n"
                          "<!-- clerk-disable t/a -->\nAAA\n"),
                     "t/a:4");
}
END_TEST

START_TEST(test_link_reference_comments)
{
    ck_assert_str_eq(lint("[//]: # (clerk-disable-next-line t/a)\nAAA BBB\n"), "t/b:2");
    ck_assert_str_eq(lint("[//]: # \"clerk-disable-next-line t/b\"\nAAA BBB\n"), "t/a:2");
    ck_assert_str_eq(lint("[//]: #(clerk-disable t/a)\nAAA\n\n[//]: # (clerk-enable t/a)\nAAA BBB\n"),
                     "t/a:5 t/b:5");
}
END_TEST

START_TEST(test_plain_text_lines)
{
    ck_assert_str_eq(lint_as("clerk-disable-next-line t/a\nAAA BBB\nAAA\n", DOC_FORMAT_TEXT), "t/b:2 t/a:3");
    ck_assert_str_eq(lint_as("  clerk-disable t/b\nAAA BBB\nclerk-enable t/b\nBBB\n", DOC_FORMAT_TEXT),
                     "t/a:2 t/b:4");
}
END_TEST

START_TEST(test_words_that_are_not_directives)
{
    /* A longer word, or the words inside a sentence, change nothing. */
    ck_assert_str_eq(lint("<!-- clerk-disabled t/a -->\nAAA\n"), "t/a:2");
    ck_assert_str_eq(lint("<!-- clerk-disable-next-lines t/a -->\nAAA\n"), "t/a:2");
    ck_assert_str_eq(lint("The clerk-disable-next-line t/a words.\nAAA\n"), "t/a:2");
    ck_assert_str_eq(lint("<!-- a note, then clerk-disable-next-line t/a -->\nAAA\n"), "t/a:2");
}
END_TEST

START_TEST(test_unknown_rule_ids_are_reported)
{
    const char *src = "<!-- clerk-disable-next-line t/zzz, t/a -->\nAAA BBB\n";
    ck_assert_str_eq(lint(src), "clerk/unknown-rule:1 t/b:2");
    const finding *f = vec_at(&findings, 0);
    ck_assert_int_eq(f->severity, CLERK_WARNING);
    ck_assert_str_eq(f->message, "unknown rule \"t/zzz\" in a suppression comment");
    ck_assert_uint_eq(f->offset, strstr(src, "t/zzz") - src);
    ck_assert_uint_eq(f->length, 5);

    /* Reported even where nothing is suppressed, once per mention. */
    ck_assert_str_eq(lint("<!-- clerk-disable nope -->\nAAA\n<!-- clerk-enable nope -->\n"),
                     "clerk/unknown-rule:1 t/a:2 clerk/unknown-rule:3");
}
END_TEST

static Suite *suppress_suite(void)
{
    Suite *s = suite_create("suppress");
    TCase *tc = tcase_create("directives");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_without_directives_everything_is_reported);
    tcase_add_test(tc, test_disable_next_line);
    tcase_add_test(tc, test_rule_lists_and_reasons);
    tcase_add_test(tc, test_disable_line);
    tcase_add_test(tc, test_disable_enable_ranges);
    tcase_add_test(tc, test_link_reference_comments);
    tcase_add_test(tc, test_plain_text_lines);
    tcase_add_test(tc, test_words_that_are_not_directives);
    tcase_add_test(tc, test_unknown_rule_ids_are_reported);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suppress_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
