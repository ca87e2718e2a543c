#include "engine/pool.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <string.h>
#include <unistd.h>

typedef struct pool {
    size_t count, window, slot_size;
    pool_work_fn work;
    void *arg;
    unsigned char *slots;
    unsigned char *done;       /* per slot: its item is finished */
    size_t next;               /* next item to claim */
    size_t emitted;            /* items emitted so far */
    pthread_mutex_t lock;
    pthread_cond_t changed;
} pool;

static void *worker(void *p_)
{
    pool *p = p_;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next < p->count && p->next >= p->emitted + p->window)
            pthread_cond_wait(&p->changed, &p->lock);
        if (p->next >= p->count)
            break;
        size_t i = p->next++;
        pthread_mutex_unlock(&p->lock);
        void *slot = p->slots + (i % p->window) * p->slot_size;
        memset(slot, 0, p->slot_size);
        p->work(p->arg, i, slot);
        pthread_mutex_lock(&p->lock);
        p->done[i % p->window] = 1;
        pthread_cond_broadcast(&p->changed);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static void run_serial(size_t count, size_t slot_size, pool_work_fn work, pool_emit_fn emit,
                       void *arg)
{
    void *slot = xmalloc(slot_size);
    for (size_t i = 0; i < count; i++) {
        memset(slot, 0, slot_size);
        work(arg, i, slot);
        emit(arg, i, slot);
    }
    free(slot);
}

void pool_run(size_t count, size_t threads, size_t slot_size, pool_work_fn work,
              pool_emit_fn emit, void *arg)
{
    if (threads > count)
        threads = count;
    if (threads <= 1) {
        run_serial(count, slot_size, work, emit, arg);
        return;
    }
    /* Sixteen items per thread: with four, workers spent a fifth of their
     * time waiting whenever the emitting thread was not scheduled or a
     * large file held up the emission, while a finished item costs only
     * its document and findings. */
    pool p = {.count = count, .window = threads * 16, .slot_size = slot_size, .work = work, .arg = arg};
    p.slots = xcalloc(p.window, slot_size);
    p.done = xcalloc(p.window, 1);
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.changed, NULL);
    pthread_t *tids = xcalloc(threads, sizeof *tids);
    size_t started = 0;
    for (; started < threads; started++)
        if (pthread_create(&tids[started], NULL, worker, &p) != 0)
            break;
    for (size_t i = 0; started && i < count; i++) {
        pthread_mutex_lock(&p.lock);
        while (!p.done[i % p.window])
            pthread_cond_wait(&p.changed, &p.lock);
        pthread_mutex_unlock(&p.lock);
        emit(arg, i, p.slots + (i % p.window) * slot_size);
        pthread_mutex_lock(&p.lock);
        p.done[i % p.window] = 0;
        p.emitted++;
        pthread_cond_broadcast(&p.changed);
        pthread_mutex_unlock(&p.lock);
    }
    for (size_t t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    pthread_mutex_destroy(&p.lock);
    pthread_cond_destroy(&p.changed);
    free(tids);
    free(p.done);
    free(p.slots);
    if (!started) /* no thread could be started: do the work here */
        run_serial(count, slot_size, work, emit, arg);
}

size_t pool_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}
