/* Allocation that cannot fail: out of memory ends the process with a message,
 * as there is no sensible way for a linter to go on without memory. */
#ifndef CLERK_XALLOC_H
#define CLERK_XALLOC_H

#include <stddef.h>
#include <stdlib.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t size);
void *xreallocarray(void *p, size_t count, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string. */
char *xasprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
