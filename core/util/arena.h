/* A bump allocator: everything a document owns is freed at once. */
#ifndef CLERK_ARENA_H
#define CLERK_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk;

typedef struct arena {
    arena_chunk *head;
} arena;

void arena_init(arena *a);
/* Zeroed, aligned for any type; aborts on out-of-memory. */
void *arena_alloc(arena *a, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
void arena_free(arena *a);

#endif
