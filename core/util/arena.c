#include "util/arena.h"
#include "util/xalloc.h"

#include <stdalign.h>
#include <string.h>

#define ARENA_CHUNK 65536

struct arena_chunk {
    arena_chunk *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
};

void arena_init(arena *a) { a->head = NULL; }

/* size bytes at an offset aligned to align (a power of two), in the head
 * chunk or a new one. */
static void *arena_take(arena *a, size_t size, size_t align)
{
    arena_chunk *c = a->head;
    size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || at > c->cap || c->cap - at < size) {
        size_t cap = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        /* Zeroed: PCRE2's JIT reads a subject (a block's text) a vector at
         * a time, past its end into the bytes after it, which must then
         * hold values (valgrind says so), though they change no match. */
        c = xcalloc(1, sizeof *c + cap);
        c->cap = cap;
        c->next = a->head;
        a->head = c;
        at = 0;
    }
    c->used = at + size;
    return c->data + at;
}

void *arena_alloc(arena *a, size_t size)
{
    void *p = arena_take(a, size, alignof(max_align_t));
    memset(p, 0, size);
    return p;
}

/* Strings need no alignment: packed, a document's block texts take about
 * their own size. */
char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *d = arena_take(a, n + 1, 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *arena_strdup(arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

void arena_free(arena *a)
{
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
}
