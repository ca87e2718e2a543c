#include "run_bytes.h"

#include <stdlib.h>
#include <string.h>

typedef struct thread_bytes {
    run_mark mark;
    unsigned char *bytes;
    size_t count, capacity;
} thread_bytes;

static void thread_bytes_release(void *arg)
{
    free(((thread_bytes *)arg)->bytes);
}

int run_bytes_create(run_bytes *r)
{
    return thread_state_create(&r->threads, thread_bytes_release);
}

void run_bytes_delete(run_bytes *r)
{
    thread_state_delete(&r->threads);
}

static int start_run(thread_bytes *t, size_t count)
{
    size_t need = count ? count : 1; /* a run without entities has bytes too */
    if (need > t->capacity) {
        unsigned char *bytes = realloc(t->bytes, need);
        if (!bytes)
            return -1;
        t->bytes = bytes;
        t->capacity = need;
    }
    memset(t->bytes, 0, need);
    t->count = count;
    return 0;
}

unsigned char *run_bytes_of(const run_bytes *r, const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            size_t count)
{
    thread_bytes *t = thread_state_get(&r->threads, sizeof *t);
    if (!t)
        return NULL;
    if ((run_begins(&t->mark, api, doc, ctx) || t->count != count) && start_run(t, count) != 0) {
        t->mark.doc = NULL; /* the next call starts again */
        return NULL;
    }
    return t->bytes;
}
