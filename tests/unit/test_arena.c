/* The arena: strings packed byte for byte, other allocations aligned and zeroed. */
#include "util/arena.h"

#include <check.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

START_TEST(strings_are_packed)
{
    arena a;
    arena_init(&a);
    char *x = arena_strndup(&a, "abc", 3);
    char *y = arena_strndup(&a, "de", 2);
    ck_assert_str_eq(x, "abc");
    ck_assert_str_eq(y, "de");
    ck_assert_ptr_eq(y, x + 4); /* no padding after the terminator */
    arena_free(&a);
}
END_TEST

START_TEST(allocations_after_strings_are_aligned_and_zeroed)
{
    arena a;
    arena_init(&a);
    arena_strdup(&a, "odd");
    unsigned char *p = arena_alloc(&a, 40);
    ck_assert_uint_eq((uintptr_t)p % alignof(max_align_t), 0);
    for (size_t i = 0; i < 40; i++)
        ck_assert_uint_eq(p[i], 0);
    arena_free(&a);
}
END_TEST

START_TEST(large_and_many_allocations)
{
    arena a;
    arena_init(&a);
    size_t big = 200000;
    char *s = malloc(big + 1);
    memset(s, 'x', big);
    s[big] = '\0';
    char *copy = arena_strndup(&a, s, big); /* larger than a chunk */
    ck_assert_uint_eq(strlen(copy), big);
    char *small[5000];
    for (size_t i = 0; i < 5000; i++)
        small[i] = arena_strndup(&a, s, i % 50);
    for (size_t i = 0; i < 5000; i++)
        ck_assert_uint_eq(strlen(small[i]), i % 50);
    ck_assert_int_eq(memcmp(copy, s, big), 0);
    free(s);
    arena_free(&a);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("arena");
    tcase_add_test(tc, strings_are_packed);
    tcase_add_test(tc, allocations_after_strings_are_aligned_and_zeroed);
    tcase_add_test(tc, large_and_many_allocations);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
