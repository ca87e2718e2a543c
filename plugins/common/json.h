/*
 * A JSON reader for the data tables.  One allocation holds a copy of the
 * text, its strings decoded in place, and every value in document order:
 * a value's members follow it, so a table is walked without pointers and
 * freed at once.  jansson, which builds a hash table per object and
 * allocates every value, took 175 instructions a byte of a table, most of
 * start-up; this reader takes a tenth of that.
 *
 * The accessors take NULL and values of the wrong type as jansson's do: a
 * missing member is NULL, its integer 0, its string NULL, its size 0.
 */
#ifndef CLERK_PLUGIN_JSON_H
#define CLERK_PLUGIN_JSON_H

#include <stddef.h>

typedef enum jv_type {
    JV_NULL, JV_FALSE, JV_TRUE, JV_INTEGER, JV_REAL, JV_STRING, JV_ARRAY, JV_OBJECT
} jv_type;

typedef struct jv {
    jv_type type;
    size_t count;           /* members of an array or object */
    size_t span;            /* values from this one to its next sibling */
    const char *key;        /* its name, when a member of an object */
    union {
        long long integer;
        const char *string; /* NUL-terminated; NUL is refused inside */
    } as;
} jv;

/* Parses len bytes (an object or an array, as jansson requires by default).
 * Returns the root, to be freed with free(), or NULL with
 * "name:line:column: cause" in err. */
jv *jv_parse(const char *text, size_t len, const char *name, char *err, size_t err_size);

/* The member called key (the last one, if named twice), or NULL. */
const jv *jv_get(const jv *object, const char *key);
/* Element i of an array, or NULL. */
const jv *jv_at(const jv *array, size_t i);

static inline size_t jv_size(const jv *v)
{ return v && (v->type == JV_ARRAY || v->type == JV_OBJECT) ? v->count : 0; }
static inline long long jv_integer(const jv *v)
{ return v && v->type == JV_INTEGER ? v->as.integer : 0; }
static inline const char *jv_string(const jv *v)
{ return v && v->type == JV_STRING ? v->as.string : NULL; }
static inline int jv_is(const jv *v, jv_type type) { return v && v->type == type; }

/* The first member of an array or object, and the member after m. */
static inline const jv *jv_first(const jv *v) { return jv_size(v) ? v + 1 : NULL; }
static inline const jv *jv_next(const jv *m) { return m + m->span; }

/* for (i, v) over an array's elements or an object's members. */
#define jv_foreach(array, i, v) \
    for ((i) = 0, (v) = jv_first(array); (i) < jv_size(array); (i)++, (v) = jv_next(v))

#endif
