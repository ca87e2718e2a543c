/* A growable string. */
#ifndef CLERK_STRBUF_H
#define CLERK_STRBUF_H

#include <stddef.h>

typedef struct strbuf {
    char *data;     /* NUL-terminated once anything was added */
    size_t len, cap;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0 }

void sb_add(strbuf *sb, const char *s, size_t n);
void sb_puts(strbuf *sb, const char *s);
void sb_putc(strbuf *sb, char c);
void sb_printf(strbuf *sb, const char *format, ...) __attribute__((format(printf, 2, 3)));
void sb_free(strbuf *sb);

#endif
