#include "util/vec.h"
#include "util/xalloc.h"

#include <string.h>

void vec_init(vec *v, size_t elem)
{
    v->data = NULL;
    v->len = v->cap = 0;
    v->elem = elem;
}

void *vec_push(vec *v)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 16;
        v->data = xreallocarray(v->data, v->cap, v->elem);
    }
    void *p = (char *)v->data + v->len++ * v->elem;
    memset(p, 0, v->elem);
    return p;
}

void vec_free(vec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}
