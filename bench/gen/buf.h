/* A growable byte buffer that documents are written into. */
#ifndef BENCH_BUF_H
#define BENCH_BUF_H

#include <stddef.h>

typedef struct buf {
    char *data;
    size_t len, cap;
} buf;

void buf_putn(buf *b, const char *s, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void buf_printf(buf *b, const char *fmt, ...);
/* Upper-cases the byte at offset at (ASCII). */
void buf_capitalize(buf *b, size_t at);
void buf_free(buf *b);

#endif
