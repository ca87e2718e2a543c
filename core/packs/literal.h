/*
 * The literal text every match of a pattern must contain, read from the
 * pattern itself: rules look for it with one pass over a block (see
 * automaton.h) and run their regular expression only where it occurs.
 *
 * Literals are compared folded: ASCII letters in lower case and ASCII
 * digits as '0', so "[0-9]{5}" requires "00000" and one literal serves a
 * pattern matched with or without case.
 */
#ifndef CLERK_PACKS_LITERAL_H
#define CLERK_PACKS_LITERAL_H

#include "util/vec.h"

/* The folded form of each byte. */
extern const unsigned char literal_fold[256];

/* Fills `out` (a vec of char *, folded, owned by the caller) with literals
 * such that every match of the pattern contains at least one of them, and
 * returns 1; returns 0 when the pattern offers none (it must then be run
 * over every block).  *prefix tells that every match starts with one of
 * them.  `caseless` says the pattern ignores case: letters beyond ASCII
 * then give no literal, as their folding is not ASCII's. */
int literal_required(const char *pattern, int caseless, vec *out, int *prefix);

/* Frees the strings of such a vec and the vec. */
void literal_list_free(vec *list);

#endif
