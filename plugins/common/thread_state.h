/* A plugin's state of each thread.  Rules run on several threads at once,
 * each on its own document, so what the rules of a plugin learn of a
 * document is kept per thread; it stays from one document to the next, so
 * that its arrays are allocated again only for a larger one. */
#ifndef CLERK_PLUGIN_THREAD_STATE_H
#define CLERK_PLUGIN_THREAD_STATE_H

#include "clerk/plugin.h"

#include <pthread.h>
#include <stddef.h>

typedef struct thread_state {
    pthread_key_t key;
    void (*release)(void *state);
} thread_state;

/* Made in a plugin's init, deleted in its fini.  release (NULL for none)
 * frees what a thread's state holds, not the state itself, when its thread
 * ends or the key is deleted. */
int thread_state_create(thread_state *t, void (*release)(void *state));
/* The states of threads still running are lost with the key; clerk's own
 * workers have ended by then, and this thread's is freed here. */
void thread_state_delete(thread_state *t);
/* This thread's state: size bytes, zeroed when the first call makes them.
 * NULL when out of memory. */
void *thread_state_get(const thread_state *t, size_t size);

/* The run of the rules over a document that a thread's state serves: the
 * document and api->run(), since a freed document's address may be taken
 * by the next. */
typedef struct run_mark {
    const clerk_doc *doc;   /* NULL: none yet, or the last one was given up */
    unsigned long run;      /* 0 from a host without api->run(): no reuse */
} run_mark;

/* Whether this call is of another run than *mark's (always, with a host
 * without api->run()); *mark is then this one's. */
int run_begins(run_mark *mark, const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

#endif
