#include "marks.h"

#if defined(__SSE2__)
#include <emmintrin.h>

/* The marks among the 16 bytes from s, as a bit mask. */
static unsigned marks16(const char *s)
{
    __m128i x = _mm_loadu_si128((const __m128i *)s);
    __m128i stop = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8(';')));
    __m128i ask = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!')));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(stop, ask));
}
#endif

int is_sentence_mark(char c)
{
    return c == '.' || c == ';' || c == '?' || c == '!';
}

size_t mark_next(const char *t, size_t from, size_t to)
{
    size_t p = from;
#if defined(__SSE2__)
    for (; p + 16 <= to; p += 16) {
        unsigned m = marks16(t + p);
        if (m)
            return p + (size_t)__builtin_ctz(m);
    }
#endif
    while (p < to && !is_sentence_mark(t[p]))
        p++;
    return p < to ? p : to;
}

size_t mark_after_last(const char *t, size_t from, size_t to)
{
    size_t p = to;
#if defined(__SSE2__)
    for (; p >= from + 16; p -= 16) {
        unsigned m = marks16(t + p - 16);
        if (m)
            return p - 16 + (size_t)(32 - __builtin_clz(m));
    }
#endif
    while (p > from && !is_sentence_mark(t[p - 1]))
        p--;
    return p;
}
