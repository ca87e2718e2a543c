/* A byte of what a plugin's rules learn of each entity (a date, a
 * citation), learnt once for the run of the rules over a document rather
 * than once per rule: on a long document, each rule that reads the
 * entity's block again waits for it to come back from memory. */
#ifndef CLERK_PLUGIN_RUN_BYTES_H
#define CLERK_PLUGIN_RUN_BYTES_H

#include "clerk/plugin.h"
#include "thread_state.h"

#include <stddef.h>

/* The bytes of each thread (documents are linted on several at once),
 * kept from one document to the next and grown for a larger one.  Made in
 * a plugin's init, deleted in its fini. */
typedef struct run_bytes {
    thread_state threads;
} run_bytes;

int run_bytes_create(run_bytes *r);
void run_bytes_delete(run_bytes *r);
/* This thread's `count` bytes for this run over the document: all 0 when
 * the run starts, then as the rules left them.  A run is told by the
 * document and api->run() (a freed document's address may be taken by the
 * next); a host without api->run() starts one at every call.  NULL when out
 * of memory. */
unsigned char *run_bytes_of(const run_bytes *r, const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            size_t count);

#endif
