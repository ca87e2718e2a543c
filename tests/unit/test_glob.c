/* glob_match: the .gitignore-like patterns of the "ignore" setting. */
#include "util/glob.h"

#include <check.h>
#include <string.h>
#include <stdlib.h>

typedef struct glob_case {
    const char *pattern, *path;
    int matches;
} glob_case;

static void check_cases(const glob_case *cases, size_t count)
{
    for (size_t i = 0; i < count; i++)
        ck_assert_msg(glob_match(cases[i].pattern, cases[i].path) == cases[i].matches,
                      "glob_match(\"%s\", \"%s\") should be %d", cases[i].pattern, cases[i].path,
                      cases[i].matches);
}

#define CHECK_CASES(cases) check_cases(cases, sizeof cases / sizeof *cases)

START_TEST(test_name_without_slash_matches_any_component)
{
    static const glob_case cases[] = {
        {"*.md", "a.md", 1},
        {"*.md", "drafts/a.md", 1},
        {"*.md", "a/b/c.md", 1},
        {"*.md", "a.txt", 0},
        {"*.md", "a.md.txt", 0},
        {"a.md", "x/a.md", 1},
        {"a.md", "xa.md", 0},
        {"a.md", "x/xa.md", 0},
        {"drafts", "drafts/a.md", 1},     /* a folder: everything below it */
        {"drafts", "x/drafts/y/a.md", 1},
        {"drafts", "drafts-old/a.md", 0},
        {"draft", "drafts/a.md", 0},
        {"*.md", "old.md/a.txt", 1},      /* a folder named like the pattern */
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(test_star_and_question_stay_in_one_component)
{
    static const glob_case cases[] = {
        {"docs/*.md", "docs/a.md", 1},
        {"docs/*.md", "docs/sub/a.md", 0},
        {"d*s/a.md", "docs/a.md", 1},
        {"d*s/a.md", "d/x/s/a.md", 0},
        {"?.md", "a.md", 1},
        {"?.md", "ab.md", 0},
        {"a?b", "a/b", 0},
        {"*", "anything", 1},
        {"a*", "a", 1},                   /* a star matches nothing too */
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(test_slash_anchors_to_the_config_folder)
{
    static const glob_case cases[] = {
        {"/a.md", "a.md", 1},
        {"/a.md", "sub/a.md", 0},
        {"docs/a.md", "docs/a.md", 1},
        {"docs/a.md", "x/docs/a.md", 0},  /* a slash inside anchors as well */
        {"/docs", "docs/b/c.md", 1},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(test_trailing_slash_matches_folders_only)
{
    static const glob_case cases[] = {
        {"build/", "build/a.md", 1},
        {"build/", "x/build/a.md", 1},
        {"build/", "build", 0},           /* a file named build */
        {"build/", "builds/a.md", 0},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(test_double_star_crosses_folders_at_their_boundaries)
{
    static const glob_case cases[] = {
        {"**/a.md", "a.md", 1},
        {"**/a.md", "x/y/a.md", 1},
        {"**/a.md", "x/ya.md", 0},
        {"**/a.md", "xa.md", 0},
        {"docs/**/a.md", "docs/a.md", 1},
        {"docs/**/a.md", "docs/x/y/a.md", 1},
        {"docs/**/a.md", "docs/xa.md", 0},
        {"docs/**", "docs/x/y.md", 1},
        {"docs/**", "docs", 0},           /* what is inside, not the folder */
        {"**/drafts/*.md", "a/b/drafts/c.md", 1},
        {"**/drafts/*.md", "a/b/olddrafts/c.md", 0},
        {"**", "a/b/c.md", 1},
        {"docs/**.md", "docs/x/y.md", 1},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(test_empty_pattern_matches_nothing)
{
    ck_assert_int_eq(glob_match("", "a.md"), 0);
    ck_assert_int_eq(glob_match("", ""), 0);
}
END_TEST

/* A pattern from an untrusted configuration: "**" and "*" backtrack, and
 * without remembering what failed this takes exponential time. */
START_TEST(test_backtracking_is_bounded)
{
    char path[301];
    memset(path, 'a', 300);
    path[300] = '\0';
    path[150] = '/';
    ck_assert_int_eq(glob_match("**a**a**a**a**a**a**a**a**a**a**a**a**b", path), 0);
    ck_assert_int_eq(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", path), 0);
    ck_assert_int_eq(glob_match("**a**a**a**a**a**a**a**a**a**a**a**a**a", path), 1);
}
END_TEST

static Suite *glob_suite(void)
{
    Suite *s = suite_create("glob");
    TCase *tc = tcase_create("glob_match");
    tcase_add_test(tc, test_name_without_slash_matches_any_component);
    tcase_add_test(tc, test_star_and_question_stay_in_one_component);
    tcase_add_test(tc, test_slash_anchors_to_the_config_folder);
    tcase_add_test(tc, test_trailing_slash_matches_folders_only);
    tcase_add_test(tc, test_double_star_crosses_folders_at_their_boundaries);
    tcase_add_test(tc, test_empty_pattern_matches_nothing);
    tcase_add_test(tc, test_backtracking_is_bounded);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(glob_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
