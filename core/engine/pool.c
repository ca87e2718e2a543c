#include "engine/pool.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <string.h>
#include <unistd.h>

typedef struct pool {
    size_t count, window, slot_size;
    pool_work_fn work;
    pool_emit_fn emit;
    void *arg;
    unsigned char *slots;
    unsigned char *done;       /* per slot: its item is finished */
    size_t next;               /* next item to claim */
    size_t emitted;            /* items emitted so far */
    int emitting;              /* a thread is emitting item `emitted` */
    pthread_mutex_t lock;
    pthread_cond_t changed;
} pool;

static void *slot_of(const pool *p, size_t i)
{
    return p->slots + (i % p->window) * p->slot_size;
}

/* Run by every thread of the pool, the caller's included.  A thread emits
 * the next item in order when it is finished and nobody else is emitting,
 * else claims a new item within the window, else waits.  So the threads
 * are as many as the processors asked for: an emitting thread of its own
 * would compete with the workers for them. */
static void *serve(void *p_)
{
    pool *p = p_;
    pthread_mutex_lock(&p->lock);
    while (p->emitted < p->count) {
        size_t i;
        if (!p->emitting && p->done[p->emitted % p->window]) {
            i = p->emitted;
            p->emitting = 1;
            pthread_mutex_unlock(&p->lock);
            p->emit(p->arg, i, slot_of(p, i));
            pthread_mutex_lock(&p->lock);
            p->done[i % p->window] = 0;
            p->emitted++;
            p->emitting = 0;
        } else if (p->next < p->count && p->next < p->emitted + p->window) {
            i = p->next++;
            pthread_mutex_unlock(&p->lock);
            memset(slot_of(p, i), 0, p->slot_size);
            p->work(p->arg, i, slot_of(p, i));
            pthread_mutex_lock(&p->lock);
            p->done[i % p->window] = 1;
        } else {
            pthread_cond_wait(&p->changed, &p->lock);
            continue;
        }
        pthread_cond_broadcast(&p->changed);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

void pool_run(size_t count, size_t threads, size_t slot_size, pool_work_fn work,
              pool_emit_fn emit, void *arg)
{
    if (threads > count)
        threads = count;
    /* Sixteen items per thread: with four, threads spent a fifth of their
     * time waiting whenever a large file held up the emission, while a
     * finished item costs only its document and findings. */
    pool p = {.count = count, .window = threads > 1 ? threads * 16 : 1, .slot_size = slot_size,
              .work = work, .emit = emit, .arg = arg};
    p.slots = xcalloc(p.window, slot_size);
    p.done = xcalloc(p.window, 1);
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.changed, NULL);
    pthread_t *tids = xcalloc(threads ? threads : 1, sizeof *tids);
    size_t started = 0; /* besides this thread; none left is no error, only slower */
    while (started + 1 < threads && pthread_create(&tids[started], NULL, serve, &p) == 0)
        started++;
    serve(&p);
    for (size_t t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    pthread_mutex_destroy(&p.lock);
    pthread_cond_destroy(&p.changed);
    free(tids);
    free(p.done);
    free(p.slots);
}

size_t pool_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}
