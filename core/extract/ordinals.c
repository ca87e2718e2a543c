/*
 * English ordinals in words or figures: "first" .. "ninety-ninth",
 * "hundredth", "one hundred and first", "64th", "1000th".  Case-insensitive; the
 * hyphen may be a plain or a non-breaking one.
 */
#include "extract/extract.h"
#include "extract/scan.h"

static const char *const unit_ordinals[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
};
static const char *const teen_ordinals[] = {
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
};
static const char *const tens_cardinals[] = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};
static const char *const tens_ordinals[] = {
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
};

/* One of the words of a table at pos: its index, *n its length; -1 if none. */
static int word_in(const char *t, size_t len, size_t pos, const char *const *words, int count, size_t *n)
{
    for (int i = 0; i < count; i++)
        if ((*n = scan_word(t, len, pos, words[i])) != 0)
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
