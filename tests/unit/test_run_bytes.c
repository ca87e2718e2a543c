/* run_bytes (plugins/common): a thread's bytes last for the run of the
 * rules over a document, start at 0 with the next run or document, and are
 * the thread's own. */
#include "run_bytes.h"

#include <check.h>
#include <stddef.h>
#include <stdlib.h>

static unsigned long current_run;

static unsigned long run(clerk_ctx *ctx)
{
    (void)ctx;
    return current_run;
}

static clerk_api api_with_run(void)
{
    return (clerk_api){.size = sizeof(clerk_api), .run = run};
}

/* Two documents: only their addresses are used. */
static const clerk_doc *const doc_a = (const clerk_doc *)"a", *const doc_b = (const clerk_doc *)"b";

START_TEST(kept_for_the_run)
{
    run_bytes r;
    ck_assert_int_eq(run_bytes_create(&r), 0);
    clerk_api api = api_with_run();
    current_run = 1;
    unsigned char *b = run_bytes_of(&r, &api, doc_a, NULL, 3);
    ck_assert_ptr_nonnull(b);
    ck_assert(b[0] == 0 && b[1] == 0 && b[2] == 0);
    b[1] = 7;
    b = run_bytes_of(&r, &api, doc_a, NULL, 3);
    ck_assert_uint_eq(b[1], 7);
    current_run = 2; /* the next run, even over a document at the same address */
    b = run_bytes_of(&r, &api, doc_a, NULL, 3);
    ck_assert_uint_eq(b[1], 0);
    b[2] = 9;
    b = run_bytes_of(&r, &api, doc_b, NULL, 3);
    ck_assert_uint_eq(b[2], 0);
    b = run_bytes_of(&r, &api, doc_b, NULL, 1000); /* grown for a larger document */
    ck_assert_ptr_nonnull(b);
    for (size_t i = 0; i < 1000; i++)
        ck_assert_uint_eq(b[i], 0);
    ck_assert_ptr_nonnull(run_bytes_of(&r, &api, doc_b, NULL, 0));
    run_bytes_delete(&r);
}
END_TEST

START_TEST(no_run_no_reuse)
{
    run_bytes r;
    ck_assert_int_eq(run_bytes_create(&r), 0);
    clerk_api api = {.size = offsetof(clerk_api, run)}; /* a host of ABI 1.0 */
    unsigned char *b = run_bytes_of(&r, &api, doc_a, NULL, 2);
    b[0] = 1;
    b = run_bytes_of(&r, &api, doc_a, NULL, 2);
    ck_assert_uint_eq(b[0], 0);
    run_bytes_delete(&r);
}
END_TEST

static void *other_thread(void *arg)
{
    run_bytes *r = arg;
    clerk_api api = api_with_run();
    unsigned char *b = run_bytes_of(r, &api, doc_a, NULL, 2);
    return b && b[0] == 0 ? b : NULL;
}

START_TEST(per_thread)
{
    run_bytes r;
    ck_assert_int_eq(run_bytes_create(&r), 0);
    clerk_api api = api_with_run();
    current_run = 5;
    unsigned char *mine = run_bytes_of(&r, &api, doc_a, NULL, 2);
    mine[0] = 3;
    pthread_t t;
    void *theirs;
    ck_assert_int_eq(pthread_create(&t, NULL, other_thread, &r), 0);
    ck_assert_int_eq(pthread_join(t, &theirs), 0);
    ck_assert_ptr_nonnull(theirs);
    ck_assert_ptr_ne(theirs, mine);
    ck_assert_uint_eq(run_bytes_of(&r, &api, doc_a, NULL, 2)[0], 3);
    run_bytes_delete(&r);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("run_bytes");
    TCase *tc = tcase_create("run_bytes");
    tcase_add_test(tc, kept_for_the_run);
    tcase_add_test(tc, no_run_no_reuse);
    tcase_add_test(tc, per_thread);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
