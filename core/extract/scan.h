/*
 * Small scanning helpers shared by the extractors.  All work on a block's
 * plain text (UTF-8, not necessarily NUL-terminated within len) by byte
 * offset.  Word characters are ASCII letters and digits only: a byte of a
 * multi-byte character (a curly quote, a dash) counts as punctuation, so
 * "“resolution" still starts a word.
 */
#ifndef CLERK_EXTRACT_SCAN_H
#define CLERK_EXTRACT_SCAN_H

#include "extract/extract.h"

#include <stddef.h>
#include <string.h>

#define SCAN_NONE ((size_t)-1)

enum { SCAN_DIGIT = 1, SCAN_UPPER = 2, SCAN_LOWER = 4 };
extern const unsigned char scan_class[256];

static inline int scan_is_digit(char c) { return scan_class[(unsigned char)c] & SCAN_DIGIT; }
static inline int scan_is_upper(char c) { return scan_class[(unsigned char)c] & SCAN_UPPER; }
static inline int scan_is_lower(char c) { return scan_class[(unsigned char)c] & SCAN_LOWER; }
static inline int scan_is_alpha(char c) { return scan_class[(unsigned char)c] & (SCAN_UPPER | SCAN_LOWER); }
static inline int scan_is_alnum(char c) { return scan_class[(unsigned char)c] != 0; }
static inline char scan_lower(char c) { return scan_is_upper(c) ? (char)(c + 32) : c; }

static inline int scan_word_start(const char *t, size_t pos)
{ return pos == 0 || !scan_is_alnum(t[pos - 1]); }
static inline int scan_word_end(const char *t, size_t len, size_t pos)
{ return pos >= len || !scan_is_alnum(t[pos]); }

/* The byte at pos, -1 past the end. */
static inline int scan_byte_at(const char *t, size_t len, size_t pos)
{ return pos < len ? (unsigned char)t[pos] : -1; }

/* The whitespace beyond ASCII at pos (no-break and thin spaces): its
 * bytes, 0 when there is none. */
size_t scan_wide_space_len(const char *t, size_t len, size_t pos);
/* Bytes of the whitespace character at pos (space, tab, line break, no-break
 * and thin spaces), 0 when there is none.  Inline, with the helpers below:
 * the extractors call them at almost every word. */
static inline size_t scan_space_len(const char *t, size_t len, size_t pos)
{
    int c = scan_byte_at(t, len, pos);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return 1;
    return c >= 0x80 ? scan_wide_space_len(t, len, pos) : 0;
}
static inline size_t scan_skip_space(const char *t, size_t len, size_t pos)
{
    size_t n;
    while ((n = scan_space_len(t, len, pos)) > 0)
        pos += n;
    return pos;
}
/* The position just after the last non-space byte before pos. */
size_t scan_skip_space_back(const char *t, size_t pos);
/* A hyphen joining words ("sixty-fourth"): '-', U+2010, U+2011. */
size_t scan_hyphen_len(const char *t, size_t len, size_t pos);
/* A dash between the ends of a range: a hyphen, U+2012, U+2013, U+2014. */
size_t scan_dash_len(const char *t, size_t len, size_t pos);
/* Between list items: ",", "and", "or", "to", dashes (*range for the last two). */
size_t scan_list_separator(const char *t, size_t len, size_t pos, int *range);

/* Length of the run of letters and digits at pos. */
static inline size_t scan_word_len(const char *t, size_t len, size_t pos)
{
    size_t end = pos;
    while (end < len && scan_is_alnum(t[end]))
        end++;
    return end - pos;
}
/* Matches the word w (ASCII, lower case matching either case) at pos,
 * ending at a word boundary; returns strlen(w) or 0.  Inline so the
 * length of a literal is known when compiling, and most words are told
 * apart by their first letter before it is needed. */
size_t scan_word_n(const char *t, size_t len, size_t pos, const char *w, size_t n);
static inline size_t scan_word(const char *t, size_t len, size_t pos, const char *w)
{
    if (pos >= len || (scan_lower(t[pos]) != w[0] && t[pos] != w[0]))
        return 0;
    return scan_word_n(t, len, pos, w, strlen(w));
}
/* Matches a phrase of words separated by single spaces in `phrase` against
 * words separated by any whitespace in the text; case-insensitive; returns
 * the bytes consumed or 0. */
size_t scan_phrase(const char *t, size_t len, size_t pos, const char *phrase);
/* The same backwards: the phrase must end just before pos (whitespace
 * between allowed); returns where it starts, SCAN_NONE when absent. */
size_t scan_phrase_back(const char *t, size_t pos, const char *phrase);
/* The word ending just before pos (after whitespace): its start in *start,
 * its length returned (0 when the previous character is not a word). */
size_t scan_prev_word(const char *t, size_t pos, size_t *start);

/* Up to max_digits digits at pos not followed by another digit: returns
 * their count and the value, or 0. */
static inline size_t scan_uint(const char *t, size_t len, size_t pos, int max_digits, int *value)
{
    size_t n = 0;
    int v = 0;
    while (pos + n < len && scan_is_digit(t[pos + n])) {
        if ((int)n == max_digits)
            return 0;
        v = v * 10 + (t[pos + n] - '0');
        n++;
    }
    if (n)
        *value = v;
    return n;
}
/* An upper-case Roman numeral (I..MMMCMXCIX) ending a word, or 0. */
size_t scan_roman(const char *t, size_t len, size_t pos, int *value);

/* Bounds of the sentence holding pos: starts after ". ", "? ", "! " or ";"
 * (not after an abbreviation such as "para." or "No."), ends there too. */
size_t scan_sentence_start(const char *t, size_t len, size_t pos);
size_t scan_sentence_end(const char *t, size_t len, size_t pos);
/* The word w (case-sensitive, whole word) somewhere in t[from, to). */
int scan_has_word(const char *t, size_t from, size_t to, const char *w);

/* The first occurrence of needle at or after from; SCAN_NONE when absent. */
size_t scan_find(const char *t, size_t len, size_t from, const char *needle, size_t nlen);

/* The name of a body at pos ("the General Assembly" without "the"):
 * returns the bytes consumed, 0 when no body is named.  *body is UNKNOWN
 * for a body outside clerk_body ("Commission on Human Rights"); a bare
 * "Council" means the document's own body when that is a council. */
size_t scan_body_at(const extract_ctx *cx, const char *t, size_t len, size_t pos, clerk_body *body);
/* The body named just before pos ("Security Council resolution"): its
 * start, or SCAN_NONE. */
size_t scan_body_before(const extract_ctx *cx, const char *t, size_t pos, clerk_body *body);

/* A document symbol starting at pos ("A/64/142"): its length, 0 when none;
 * *body from its series: A/HRC/ Human Rights Council, A/ General Assembly,
 * S/ Security Council, E/ ECOSOC, ST/ Secretariat, others UNKNOWN. */
size_t symbol_span(const char *t, size_t len, size_t pos, clerk_body *body);

static inline void scan_loc(clerk_loc *loc, const extract_ctx *cx, size_t start, size_t end)
{
    loc->block = cx->block;
    loc->text_offset = start;
    loc->text_length = end - start;
}

#endif
