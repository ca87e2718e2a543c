#include "util/vec.h"
#include "util/xalloc.h"


void vec_init(vec *v, size_t elem)
{
    v->data = NULL;
    v->len = v->cap = 0;
    v->elem = elem;
}

void vec_grow(vec *v)
{
    v->cap = v->cap ? v->cap * 2 : 16;
    v->data = xreallocarray(v->data, v->cap, v->elem);
}

void vec_free(vec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}
