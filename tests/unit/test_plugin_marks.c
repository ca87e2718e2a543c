/* The sentence marks of plugins/common: found 16 bytes at a time, they are
 * where a byte-by-byte search finds them, at every offset. */
#include "marks.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static size_t next_one_by_one(const char *t, size_t from, size_t to)
{
    while (from < to && !strchr(".;?!", t[from]))
        from++;
    return from < to ? from : to;
}

static size_t after_last_one_by_one(const char *t, size_t from, size_t to)
{
    while (to > from && !strchr(".;?!", t[to - 1]))
        to--;
    return to;
}

START_TEST(every_range)
{
    const char *texts[] = {
        "",
        "no mark at all in this rather long line of text, none whatsoever",
        "A. Mark; every? few! bytes. and then a long stretch without any of them at all",
        "........................................",
        "x!",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        const char *t = texts[k];
        size_t len = strlen(t);
        for (size_t from = 0; from <= len; from++)
            for (size_t to = from; to <= len; to++) {
                ck_assert_uint_eq(mark_next(t, from, to), next_one_by_one(t, from, to));
                ck_assert_uint_eq(mark_after_last(t, from, to), after_last_one_by_one(t, from, to));
            }
    }
}
END_TEST

START_TEST(which_marks)
{
    ck_assert(is_sentence_mark('.') && is_sentence_mark(';') && is_sentence_mark('?') &&
              is_sentence_mark('!'));
    ck_assert(!is_sentence_mark(',') && !is_sentence_mark(':') && !is_sentence_mark('\0'));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("plugin_marks");
    TCase *tc = tcase_create("marks");
    tcase_add_test(tc, every_range);
    tcase_add_test(tc, which_marks);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
