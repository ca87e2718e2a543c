/*
 * Strict UTF-8 validation: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated sequence.  ASCII is checked 32 bytes at a time,
 * then eight.
 * And repair, for outputs that must be Unicode.
 */
#include "doc/doc.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdint.h>
#include <string.h>

int utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) {
            uint64_t word, w[4];
            while (i + 32 <= len && (memcpy(w, p + i, 32),
                                     ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) == 0))
                i += 32;
            while (i + 8 <= len && (memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0))
                i += 8;
            while (i < len && p[i] < 0x80)
                i++;
            continue;
        }
        /* The lead byte sets the length and the range of the second byte,
         * which is where overlong forms, surrogates and values past
         * U+10FFFF show. */
        unsigned c = p[i];
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            n = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            break;
        }
        if (len - i < n || p[i + 1] < lo || p[i + 1] > hi)
            break;
        size_t k = 2;
        while (k < n && (p[i + k] & 0xC0) == 0x80)
            k++;
        if (k < n)
            break;
        i += n;
    }
    if (i < len) {
        *bad_offset = i;
        return -1;
    }
    return 0;
}

char *utf8_repair(const char *s)
{
    strbuf out = STRBUF_INIT;
    size_t len = strlen(s), bad;
    while (utf8_validate(s, len, &bad) != 0) {
        sb_add(&out, s, bad);
        sb_puts(&out, "\xEF\xBF\xBD"); /* U+FFFD */
        s += bad + 1;
        len -= bad + 1;
    }
    sb_add(&out, s, len);
    return out.data ? out.data : xstrdup("");
}
