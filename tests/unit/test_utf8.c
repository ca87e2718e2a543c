/* Strict UTF-8 validation: every kind of bad sequence, and its offset. */
#include "doc/doc.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The offset utf8_validate reports for s (n bytes), or -1 when it is valid. */
static long bad_at(const char *s, size_t n)
{
    size_t bad = 12345;
    return utf8_validate(s, n, &bad) == 0 ? -1 : (long)bad;
}

START_TEST(valid_text)
{
    const char *s = "plain ASCII, caf\xC3\xA9, \xE2\x80\x9Cquotes\xE2\x80\x9D, \xF0\x9F\x98\x80 end";
    ck_assert_int_eq(bad_at(s, strlen(s)), -1);
    ck_assert_int_eq(bad_at("", 0), -1);
    /* The edges of each length. */
    ck_assert_int_eq(bad_at("\xC2\x80\xDF\xBF", 4), -1);
    ck_assert_int_eq(bad_at("\xE0\xA0\x80\xEF\xBF\xBF", 6), -1);
    ck_assert_int_eq(bad_at("\xED\x9F\xBF\xEE\x80\x80", 6), -1);          /* around the surrogates */
    ck_assert_int_eq(bad_at("\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 8), -1);  /* U+10000, U+10FFFF */
    ck_assert_int_eq(bad_at("\xEF\xBB\xBFtext", 7), -1);                  /* a BOM is valid */
}
END_TEST

START_TEST(overlong_forms)
{
    ck_assert_int_eq(bad_at("ab\xC0\x80", 4), 2);
    ck_assert_int_eq(bad_at("ab\xC1\xBF", 4), 2);
    ck_assert_int_eq(bad_at("ab\xE0\x80\x80", 5), 2);
    ck_assert_int_eq(bad_at("ab\xE0\x9F\xBF", 5), 2);
    ck_assert_int_eq(bad_at("ab\xF0\x80\x80\x80", 6), 2);
    ck_assert_int_eq(bad_at("ab\xF0\x8F\xBF\xBF", 6), 2);
}
END_TEST

START_TEST(surrogates)
{
    ck_assert_int_eq(bad_at("x\xED\xA0\x80", 4), 1);  /* U+D800 */
    ck_assert_int_eq(bad_at("x\xED\xBF\xBF", 4), 1);  /* U+DFFF */
}
END_TEST

START_TEST(out_of_range)
{
    ck_assert_int_eq(bad_at("x\xF4\x90\x80\x80", 5), 1);  /* U+110000 */
    ck_assert_int_eq(bad_at("x\xF5\x80\x80\x80", 5), 1);
    ck_assert_int_eq(bad_at("x\xFF", 2), 1);
    ck_assert_int_eq(bad_at("x\xFE", 2), 1);
}
END_TEST

START_TEST(truncated_and_stray)
{
    ck_assert_int_eq(bad_at("abc\xE2\x82", 5), 3);       /* cut by the end */
    ck_assert_int_eq(bad_at("abc\xE2\x82x", 6), 3);      /* cut by ASCII */
    ck_assert_int_eq(bad_at("abc\xF0\x9F\x98", 6), 3);
    ck_assert_int_eq(bad_at("abc\xC3", 4), 3);
    ck_assert_int_eq(bad_at("abc\x80", 4), 3);           /* a continuation byte alone */
    ck_assert_int_eq(bad_at("\xC3\xA9\xA9", 3), 2);
}
END_TEST

START_TEST(fast_path_offsets)
{
    /* The bad byte anywhere in or after the 32- and eight-byte ASCII runs,
     * in texts of every length up to the buffer's. */
    char buf[100];
    for (size_t n = 1; n <= sizeof buf; n++) {
        for (size_t at = 0; at < n; at++) {
            memset(buf, 'a', sizeof buf);
            buf[at] = (char)0xC0;
            ck_assert_int_eq(bad_at(buf, n), (long)at);
        }
    }
    memset(buf, 'a', sizeof buf);
    buf[61] = (char)0xC3;
    buf[62] = (char)0xA9;
    ck_assert_int_eq(bad_at(buf, sizeof buf), -1);
}
END_TEST

static void ck_repaired(const char *s, const char *want)
{
    char *got = utf8_repair(s);
    ck_assert_str_eq(got, want);
    free(got);
}

START_TEST(repair)
{
    ck_repaired("", "");
    ck_repaired("caf\xC3\xA9.md", "caf\xC3\xA9.md");
    ck_repaired("caf\xE9.md", "caf\xEF\xBF\xBD.md");
    ck_repaired("\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD");
    ck_repaired("ab\xE2\x82", "ab\xEF\xBF\xBD\xEF\xBF\xBD");
    ck_repaired("\xED\xA0\x80x", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("utf8");
    TCase *tc = tcase_create("validate");
    tcase_add_test(tc, valid_text);
    tcase_add_test(tc, overlong_forms);
    tcase_add_test(tc, surrogates);
    tcase_add_test(tc, out_of_range);
    tcase_add_test(tc, truncated_and_stray);
    tcase_add_test(tc, fast_path_offsets);
    tcase_add_test(tc, repair);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
