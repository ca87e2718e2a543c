/* diff_unified: the shortest edit, hunks with their context, the headers
 * and ranges of the unified format. */
#include "util/diff.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#define LINES(...) ((const char *const[]){__VA_ARGS__})

/* The diff as text, and the count it returns. */
static char *diff(const char *const *a, size_t na, const char *const *b, size_t nb, size_t context,
                  size_t *changed)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    *changed = diff_unified(out, "want", a, na, "got", b, nb, context);
    fclose(out);
    return text;
}

static void check_diff(const char *const *a, size_t na, const char *const *b, size_t nb,
                       size_t context, size_t changed, const char *expected)
{
    size_t n;
    char *text = diff(a, na, b, nb, context, &n);
    ck_assert_uint_eq(n, changed);
    ck_assert_str_eq(text, expected);
    free(text);
}

START_TEST(test_equal_lists_print_nothing)
{
    check_diff(LINES("a", "b"), 2, LINES("a", "b"), 2, 3, 0, "");
    check_diff(NULL, 0, NULL, 0, 3, 0, "");
}
END_TEST

START_TEST(test_a_changed_line_is_removed_then_added)
{
    check_diff(LINES("a", "b", "c"), 3, LINES("a", "B", "c"), 3, 3, 2,
               "--- want\n+++ got\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
}
END_TEST

START_TEST(test_ranges_of_empty_sides)
{
    check_diff(NULL, 0, LINES("x"), 1, 3, 1, "--- want\n+++ got\n@@ -0,0 +1 @@\n+x\n");
    check_diff(LINES("x", "y"), 2, NULL, 0, 3, 2, "--- want\n+++ got\n@@ -1,2 +0,0 @@\n-x\n-y\n");
    /* An addition after the second line, no context. */
    check_diff(LINES("a", "b"), 2, LINES("a", "b", "c"), 3, 0, 1,
               "--- want\n+++ got\n@@ -2,0 +3 @@\n+c\n");
}
END_TEST

START_TEST(test_shortest_edit_keeps_the_common_lines)
{
    /* "b" and "d" are common; a naive line-by-line comparison would change all four. */
    check_diff(LINES("a", "b", "c", "d"), 4, LINES("b", "x", "d", "e"), 4, 1, 4,
               "--- want\n+++ got\n@@ -1,4 +1,4 @@\n-a\n b\n-c\n+x\n d\n+e\n");
}
END_TEST

START_TEST(test_distant_changes_make_separate_hunks)
{
    const char *const *a = LINES("1", "2", "3", "4", "5", "6", "7", "8", "9");
    const char *const *b = LINES("1", "two", "3", "4", "5", "6", "7", "eight", "9");
    check_diff(a, 9, b, 9, 1, 4,
               "--- want\n+++ got\n"
               "@@ -1,3 +1,3 @@\n 1\n-2\n+two\n 3\n"
               "@@ -7,3 +7,3 @@\n 7\n-8\n+eight\n 9\n");
    /* Within twice the context they share one. */
    check_diff(a, 9, b, 9, 3, 4,
               "--- want\n+++ got\n"
               "@@ -1,9 +1,9 @@\n 1\n-2\n+two\n 3\n 4\n 5\n 6\n 7\n-8\n+eight\n 9\n");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("diff");
    TCase *tc = tcase_create("diff");
    tcase_add_test(tc, test_equal_lists_print_nothing);
    tcase_add_test(tc, test_a_changed_line_is_removed_then_added);
    tcase_add_test(tc, test_ranges_of_empty_sides);
    tcase_add_test(tc, test_shortest_edit_keeps_the_common_lines);
    tcase_add_test(tc, test_distant_changes_make_separate_hunks);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
