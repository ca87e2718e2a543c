/* The growable array: zeroed elements, growth that keeps them, indexing. */
#include "util/vec.h"

#include <check.h>
#include <stdlib.h>

typedef struct pair {
    size_t a, b;
} pair;

START_TEST(push_grows_and_keeps_elements)
{
    vec v;
    vec_init(&v, sizeof(pair));
    for (size_t i = 0; i < 1000; i++) {
        pair *p = vec_push(&v);
        ck_assert_uint_eq(p->a, 0);
        ck_assert_uint_eq(p->b, 0);
        p->a = i;
        p->b = 2 * i;
    }
    ck_assert_uint_eq(v.len, 1000);
    ck_assert_uint_ge(v.cap, v.len);
    for (size_t i = 0; i < 1000; i++) {
        const pair *p = vec_at(&v, i);
        ck_assert_uint_eq(p->a, i);
        ck_assert_uint_eq(p->b, 2 * i);
    }
    vec_free(&v);
    ck_assert_ptr_null(v.data);
    ck_assert_uint_eq(v.len, 0);
}
END_TEST

START_TEST(push_after_shrinking_len_is_zeroed)
{
    vec v = VEC_INIT(size_t);
    *(size_t *)vec_push(&v) = 7;
    v.len = 0; /* reused, as readers clear their scratch */
    ck_assert_uint_eq(*(size_t *)vec_push(&v), 0);
    vec_free(&v);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("vec");
    TCase *tc = tcase_create("vec");
    tcase_add_test(tc, push_grows_and_keeps_elements);
    tcase_add_test(tc, push_after_shrinking_len_is_zeroed);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
