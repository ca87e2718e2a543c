/*
 * Lints items on a pool of threads and hands the results back in item
 * order, so output is the same whatever the number of threads.  Workers
 * run at most a window of items ahead of the one being emitted, which
 * bounds the memory held by finished but unreported results.
 */
#ifndef CLERK_POOL_H
#define CLERK_POOL_H

#include <stddef.h>

/* work() fills slot for item index; emit() consumes it, in index order,
 * one item at a time, on whichever thread of the pool (the calling thread
 * is one of them) finished it or is free.  Slots are slot_size bytes,
 * zeroed before work(). */
typedef void (*pool_work_fn)(void *arg, size_t index, void *slot);
typedef void (*pool_emit_fn)(void *arg, size_t index, void *slot);

void pool_run(size_t count, size_t threads, size_t slot_size, pool_work_fn work,
              pool_emit_fn emit, void *arg);

/* The number of processors online (at least 1). */
size_t pool_default_threads(void);

#endif
