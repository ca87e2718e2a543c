/*
 * English ordinals in words or figures: "first" .. "ninety-ninth",
 * "hundredth", "one hundred and first", "64th", "1000th".  Case-insensitive; the
 * hyphen may be a plain or a non-breaking one.
 */
#include "extract/extract.h"
#include "extract/scan.h"

/* The words with their lengths: a word of the text is compared only with
 * those of its own length. */
typedef struct number_word {
    const char *word;
    size_t len;
} number_word;
#define W(w) {w, sizeof w - 1}

static const number_word unit_ordinals[] = {
    W("first"), W("second"), W("third"), W("fourth"), W("fifth"), W("sixth"), W("seventh"), W("eighth"),
    W("ninth"),
};
static const number_word teen_ordinals[] = {
    W("tenth"), W("eleventh"), W("twelfth"), W("thirteenth"), W("fourteenth"),
    W("fifteenth"), W("sixteenth"), W("seventeenth"), W("eighteenth"), W("nineteenth"),
};
static const number_word tens_cardinals[] = {
    W("twenty"), W("thirty"), W("forty"), W("fifty"), W("sixty"), W("seventy"), W("eighty"), W("ninety"),
};
static const number_word tens_ordinals[] = {
    W("twentieth"), W("thirtieth"), W("fortieth"), W("fiftieth"), W("sixtieth"), W("seventieth"),
    W("eightieth"), W("ninetieth"),
};
#undef W

/* One of the words of a table at pos: its index, *n its length; -1 if none. */
static int word_in(const char *t, size_t len, size_t pos, const number_word *words, int count, size_t *n)
{
    size_t word_len = scan_word_len(t, len, pos);
    for (int i = 0; i < count; i++)
        if (words[i].len == word_len && (*n = scan_word_n(t, len, pos, words[i].word, word_len)) != 0)
            return i;
    return -1;
}

/* 1 .. 99 in words at pos. */
static int below_hundred(const char *t, size_t len, size_t pos, size_t *used)
{
    size_t n;
    int i;
    if ((i = word_in(t, len, pos, unit_ordinals, 9, &n)) >= 0) {
        *used = n;
        return i + 1;
    }
    if ((i = word_in(t, len, pos, teen_ordinals, 10, &n)) >= 0) {
        *used = n;
        return i + 10;
    }
    if ((i = word_in(t, len, pos, tens_ordinals, 8, &n)) >= 0) {
        *used = n;
        return (i + 2) * 10;
    }
    if ((i = word_in(t, len, pos, tens_cardinals, 8, &n)) >= 0) {
        size_t h = scan_hyphen_len(t, len, pos + n);
        if (!h)
            h = scan_space_len(t, len, pos + n) == 1 ? 1 : 0;
        size_t m;
        int u = h ? word_in(t, len, pos + n + h, unit_ordinals, 9, &m) : -1;
        if (u >= 0) {
            *used = n + h + m;
            return (i + 2) * 10 + u + 1;
        }
    }
    return 0;
}

/* "64th", "1st", "22nd". */
static int in_figures(const char *t, size_t len, size_t *used)
{
    int v;
    size_t n = scan_uint(t, len, 0, 4, &v);
    if (n == 0 || v == 0 || n + 2 > len || !scan_word_end(t, len, n + 2))
        return 0;
    char a = scan_lower(t[n]), b = scan_lower(t[n + 1]);
    if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
        return 0;
    *used = n + 2;
    return v;
}

int ordinal_parse(const char *text, size_t len, size_t *used)
{
    *used = 0;
    if (len == 0)
        return 0;
    if (scan_is_digit(text[0]))
        return in_figures(text, len, used);
    size_t p = 0, n;
    int base = 0;
    if ((n = scan_word(text, len, 0, "one")) != 0) {
        size_t q = scan_skip_space(text, len, n);
        if (q == n)
            return 0;
        if ((n = scan_word(text, len, q, "hundredth")) != 0) {
            *used = q + n;
            return 100;
        }
        if ((n = scan_word(text, len, q, "hundred")) == 0)
            return 0;
        p = scan_skip_space(text, len, q + n);
        if (p == q + n)
            return 0;
        size_t a = scan_word(text, len, p, "and");
        if (a) {
            size_t r = scan_skip_space(text, len, p + a);
            if (r == p + a)
                return 0;
            p = r;
        }
        base = 100;
    } else if ((n = scan_word(text, len, 0, "hundredth")) != 0) {
        *used = n;
        return 100;
    }
    size_t m;
    int v = below_hundred(text, len, p, &m);
    if (!v)
        return 0;
    *used = p + m;
    return base + v;
}
