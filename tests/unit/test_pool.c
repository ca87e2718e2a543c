/* pool_run: every item worked once and emitted once, in order, one at a
 * time, whatever the number of threads and however long each item takes. */
#include "engine/pool.h"

#include <check.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

typedef struct item {
    size_t index;
    unsigned long square;
} item;

typedef struct run {
    size_t emitted;           /* items emitted so far */
    atomic_int emitting;      /* emit() calls in progress */
    atomic_size_t worked;     /* work() calls */
    int out_of_order, overlapped, wrong_result;
    pthread_t *emitters;      /* the thread of each emission */
} run;

/* Items take from 0 to 0.3 ms, so later ones often finish first. */
static void work(void *arg, size_t index, void *slot)
{
    run *r = arg;
    item *it = slot;
    if (it->index || it->square) /* slots are zeroed before work */
        r->wrong_result = 1;
    struct timespec pause = {0, (long)(index * 7919 % 4) * 100000};
    nanosleep(&pause, NULL);
    it->index = index;
    it->square = (unsigned long)index * index;
    atomic_fetch_add(&r->worked, 1);
}

static void emit(void *arg, size_t index, void *slot)
{
    run *r = arg;
    const item *it = slot;
    if (atomic_fetch_add(&r->emitting, 1) != 0)
        r->overlapped = 1;
    if (index != r->emitted || it->index != index)
        r->out_of_order = 1;
    if (it->square != (unsigned long)index * index)
        r->wrong_result = 1;
    r->emitters[r->emitted++] = pthread_self();
    atomic_fetch_sub(&r->emitting, 1);
}

static run *pool_check(size_t count, size_t threads)
{
    run *r = calloc(1, sizeof *r);
    r->emitters = calloc(count ? count : 1, sizeof *r->emitters);
    pool_run(count, threads, sizeof(item), work, emit, r);
    ck_assert_uint_eq(r->emitted, count);
    ck_assert_uint_eq(atomic_load(&r->worked), count);
    ck_assert_int_eq(r->out_of_order, 0);
    ck_assert_int_eq(r->overlapped, 0);
    ck_assert_int_eq(r->wrong_result, 0);
    return r;
}

static void run_free(run *r)
{
    free(r->emitters);
    free(r);
}

START_TEST(test_items_come_out_in_order)
{
    static const size_t counts[] = {0, 1, 5, 200};
    static const size_t threads[] = {1, 2, 3, 8};
    for (size_t c = 0; c < sizeof counts / sizeof *counts; c++)
        for (size_t t = 0; t < sizeof threads / sizeof *threads; t++)
            run_free(pool_check(counts[c], threads[t]));
}
END_TEST

START_TEST(test_one_thread_is_the_callers)
{
    run *r = pool_check(20, 1);
    for (size_t i = 0; i < 20; i++)
        ck_assert(pthread_equal(r->emitters[i], pthread_self()));
    run_free(r);
}
END_TEST

START_TEST(test_more_threads_than_items)
{
    run_free(pool_check(3, 16));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pool");
    TCase *tc = tcase_create("pool");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_items_come_out_in_order);
    tcase_add_test(tc, test_one_thread_is_the_callers);
    tcase_add_test(tc, test_more_threads_than_items);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
