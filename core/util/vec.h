/* A growable array of fixed-size elements. */
#ifndef CLERK_VEC_H
#define CLERK_VEC_H

#include <stddef.h>
#include <string.h>

typedef struct vec {
    void *data;
    size_t len;   /* elements in use */
    size_t cap;   /* elements allocated */
    size_t elem;  /* bytes per element */
} vec;

#define VEC_INIT(type) { NULL, 0, 0, sizeof(type) }

void vec_init(vec *v, size_t elem);
/* Doubles the room (vec_push's slow path). */
void vec_grow(vec *v);

/* Appends one zeroed element and returns it; aborts on out-of-memory. */
static inline void *vec_push(vec *v)
{
    if (v->len == v->cap)
        vec_grow(v);
    void *p = (char *)v->data + v->len++ * v->elem;
    memset(p, 0, v->elem);
    return p;
}
/* Inline: it sits in the inner loops of every pass over a document. */
static inline void *vec_at(const vec *v, size_t i)
{
    return (char *)v->data + i * v->elem;
}
void vec_free(vec *v);

#endif
