/* Unified diffs of two lists of lines (clerk test: the findings a fixture
 * should give against those it gives). */
#ifndef CLERK_DIFF_H
#define CLERK_DIFF_H

#include <stddef.h>
#include <stdio.h>

/* Writes to out the unified diff that turns lines a into lines b, with
 * `context` unchanged lines around each change, under the headers
 * "--- a_name" and "+++ b_name".  Lines carry no newline.  Returns the
 * number of lines removed plus added; writes nothing when that is 0. */
size_t diff_unified(FILE *out, const char *a_name, const char *const *a, size_t a_count,
                    const char *b_name, const char *const *b, size_t b_count, size_t context);

#endif
