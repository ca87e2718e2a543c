#include "thread_state.h"

#include <stdlib.h>

/* What the key holds: the state, and how to free what it holds. */
typedef struct holder {
    void (*release)(void *state);
    max_align_t state[];
} holder;

static void holder_free(void *arg)
{
    holder *h = arg;
    if (h->release)
        h->release(h->state);
    free(h);
}

int thread_state_create(thread_state *t, void (*release)(void *state))
{
    t->release = release;
    return pthread_key_create(&t->key, holder_free) == 0 ? 0 : -1;
}

void thread_state_delete(thread_state *t)
{
    holder *h = pthread_getspecific(t->key);
    if (h)
        holder_free(h);
    pthread_key_delete(t->key);
}

void *thread_state_get(const thread_state *t, size_t size)
{
    holder *h = pthread_getspecific(t->key);
    if (!h) {
        if (!(h = calloc(1, sizeof *h + size)) || pthread_setspecific(t->key, h) != 0) {
            free(h);
            return NULL;
        }
        h->release = t->release;
    }
    return h->state;
}

int run_begins(run_mark *mark, const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    unsigned long run = CLERK_API_HAS(api, run) ? api->run(ctx) : 0;
    if (run && mark->doc == doc && mark->run == run)
        return 0;
    mark->doc = doc;
    mark->run = run;
    return 1;
}
