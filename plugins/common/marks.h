/* Finding the marks that may end a sentence (". ; ? !") in a text, 16
 * bytes at a time where SSE2 is there: sentences are long, and a rule
 * looks for the bounds of the one each of its entities stands in. */
#ifndef CLERK_PLUGIN_MARKS_H
#define CLERK_PLUGIN_MARKS_H

#include <stddef.h>

int is_sentence_mark(char c);
/* The first position of t[from, to) holding a mark; to if none does. */
size_t mark_next(const char *t, size_t from, size_t to);
/* One past the last position of t[from, to) holding a mark; from if none
 * does. */
size_t mark_after_last(const char *t, size_t from, size_t to);

#endif
