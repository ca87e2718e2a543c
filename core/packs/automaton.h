/*
 * Aho-Corasick over folded bytes (literal_fold): one pass over a text
 * finds every occurrence of any of a set of keywords.  The automaton is a
 * full transition table over byte classes (bytes that occur in no keyword
 * share one class), built once and read-only afterwards.
 */
#ifndef CLERK_PACKS_AUTOMATON_H
#define CLERK_PACKS_AUTOMATON_H

#include <stddef.h>
#include <stdint.h>

typedef struct automaton {
    unsigned char cls[256];  /* byte -> class, folding included */
    size_t classes;
    /* Per state and class: the next state * classes (its row). */
    uint32_t *next;
    uint32_t accept_from;    /* the first row of a state that ends a keyword */
    uint32_t *first_out;     /* per state + 1: its keywords in out[] */
    uint32_t *out;           /* keyword ids */
    size_t longest;          /* the longest keyword's length */
} automaton;

/* Keywords are folded, NUL-terminated and not empty. */
void automaton_build(automaton *a, const char *const *keywords, size_t count);
void automaton_free(automaton *a);

/* Calls found(arg, keyword, end) for every occurrence of a keyword in
 * text, end being the offset just past it; not in order of end. */
void automaton_scan(const automaton *a, const char *text, size_t len,
                    void (*found)(void *arg, uint32_t keyword, size_t end), void *arg);

#endif
