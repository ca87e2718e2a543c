#include "extract/scan.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define D SCAN_DIGIT
#define U SCAN_UPPER
#define L SCAN_LOWER
const unsigned char scan_class[256] = {
    ['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D,
    ['5'] = D, ['6'] = D, ['7'] = D, ['8'] = D, ['9'] = D,
    ['A'] = U, ['B'] = U, ['C'] = U, ['D'] = U, ['E'] = U, ['F'] = U, ['G'] = U,
    ['H'] = U, ['I'] = U, ['J'] = U, ['K'] = U, ['L'] = U, ['M'] = U, ['N'] = U,
    ['O'] = U, ['P'] = U, ['Q'] = U, ['R'] = U, ['S'] = U, ['T'] = U, ['U'] = U,
    ['V'] = U, ['W'] = U, ['X'] = U, ['Y'] = U, ['Z'] = U,
    ['a'] = L, ['b'] = L, ['c'] = L, ['d'] = L, ['e'] = L, ['f'] = L, ['g'] = L,
    ['h'] = L, ['i'] = L, ['j'] = L, ['k'] = L, ['l'] = L, ['m'] = L, ['n'] = L,
    ['o'] = L, ['p'] = L, ['q'] = L, ['r'] = L, ['s'] = L, ['t'] = L, ['u'] = L,
    ['v'] = L, ['w'] = L, ['x'] = L, ['y'] = L, ['z'] = L,
};
#undef D
#undef U
#undef L

size_t scan_wide_space_len(const char *t, size_t len, size_t pos)
{
    int c = scan_byte_at(t, len, pos);
    if (c == 0xC2 && scan_byte_at(t, len, pos + 1) == 0xA0) /* no-break space */
        return 2;
    if (c == 0xE2 && scan_byte_at(t, len, pos + 1) == 0x80) {
        int d = scan_byte_at(t, len, pos + 2);
        /* figure, thin, hair and narrow no-break spaces */
        if (d == 0x87 || d == 0x89 || d == 0x8A || d == 0xAF)
            return 3;
    }
    return 0;
}

size_t scan_skip_space_back(const char *t, size_t pos)
{
    for (;;) {
        unsigned char c = pos >= 1 ? (unsigned char)t[pos - 1] : 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            pos--;
        else if (c < 0x80) /* no wider space ends with it */
            return pos;
        else if (pos >= 2 && (unsigned char)t[pos - 2] == 0xC2 && c == 0xA0)
            pos -= 2;
        else if (pos >= 3 && scan_space_len(t, pos, pos - 3) == 3)
            pos -= 3;
        else
            return pos;
    }
}

/* The three-byte character U+20xx at pos, as its low byte; -1 otherwise. */
static int general_punctuation(const char *t, size_t len, size_t pos)
{
    if (scan_byte_at(t, len, pos) == 0xE2 && scan_byte_at(t, len, pos + 1) == 0x80)
        return scan_byte_at(t, len, pos + 2);
    return -1;
}

size_t scan_hyphen_len(const char *t, size_t len, size_t pos)
{
    if (scan_byte_at(t, len, pos) == '-')
        return 1;
    int g = general_punctuation(t, len, pos);
    return g == 0x90 || g == 0x91 ? 3 : 0;
}

size_t scan_dash_len(const char *t, size_t len, size_t pos)
{
    if (scan_byte_at(t, len, pos) == '-')
        return 1;
    int g = general_punctuation(t, len, pos);
    return g >= 0x90 && g <= 0x94 ? 3 : 0;
}

size_t scan_word_n(const char *t, size_t len, size_t pos, const char *w, size_t n)
{
    if (pos > len || len - pos < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (scan_lower(t[pos + i]) != w[i] && t[pos + i] != w[i])
            return 0;
    return scan_word_end(t, len, pos + n) ? n : 0;
}

size_t scan_phrase(const char *t, size_t len, size_t pos, const char *phrase)
{
    /* most texts differ from the phrase at its first letter */
    if (pos >= len || scan_lower(t[pos]) != scan_lower(phrase[0]))
        return 0;
    size_t p = pos;
    const char *w = phrase;
    for (;;) {
        const char *sp = strchr(w, ' ');
        size_t wl = sp ? (size_t)(sp - w) : strlen(w);
        if (p > len || len - p < wl)
            return 0;
        for (size_t i = 0; i < wl; i++)
            if (scan_lower(t[p + i]) != scan_lower(w[i]))
                return 0;
        p += wl;
        if (scan_is_alnum(w[wl ? wl - 1 : 0]) && !scan_word_end(t, len, p))
            return 0;
        if (!sp)
            return p - pos;
        size_t q = scan_skip_space(t, len, p);
        if (q == p)
            return 0;
        p = q;
        w = sp + 1;
    }
}

size_t scan_phrase_back(const char *t, size_t pos, const char *phrase)
{
    size_t end = strlen(phrase);
    /* most texts differ from the phrase at its last letter */
    if (end > 0 && phrase[end - 1] != ' ') {
        size_t last = scan_skip_space_back(t, pos);
        if (last == 0 || scan_lower(t[last - 1]) != scan_lower(phrase[end - 1]))
            return SCAN_NONE;
    }
    size_t p = pos;
    while (end > 0) {
        size_t wstart = end;
        while (wstart > 0 && phrase[wstart - 1] != ' ')
            wstart--;
        size_t wl = end - wstart;
        p = scan_skip_space_back(t, p);
        if (p < wl)
            return SCAN_NONE;
        for (size_t i = 0; i < wl; i++)
            if (scan_lower(t[p - wl + i]) != scan_lower(phrase[wstart + i]))
                return SCAN_NONE;
        p -= wl;
        if (!scan_word_start(t, p))
            return SCAN_NONE;
        end = wstart ? wstart - 1 : 0;
    }
    return p;
}

size_t scan_prev_word(const char *t, size_t pos, size_t *start)
{
    size_t end = scan_skip_space_back(t, pos);
    size_t s = end;
    while (s > 0 && scan_is_alnum(t[s - 1]))
        s--;
    *start = s;
    return end - s;
}

static int roman_digit(char c)
{
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

/* Canonical numerals only ("IIII", "VX" are refused), checked by writing
 * the value back. */
static int roman_canonical(const char *s, size_t n, int value)
{
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    static const char *const hundreds[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    char buf[24];
    size_t k = 0;
    for (int m = value / 1000; m > 0; m--)
        buf[k++] = 'M';
    const char *parts[] = {hundreds[value / 100 % 10], tens[value / 10 % 10], ones[value % 10]};
    for (int i = 0; i < 3; i++)
        for (const char *p = parts[i]; *p; p++)
            buf[k++] = *p;
    return k == n && memcmp(buf, s, n) == 0;
}

size_t scan_roman(const char *t, size_t len, size_t pos, int *value)
{
    size_t n = 0;
    while (pos + n < len && roman_digit(t[pos + n]) && n < 15)
        n++;
    if (n == 0 || !scan_word_end(t, len, pos + n))
        return 0;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        int d = roman_digit(t[pos + i]);
        int next = i + 1 < n ? roman_digit(t[pos + i + 1]) : 0;
        v += d < next ? -d : d;
    }
    if (v <= 0 || v >= 4000 || !roman_canonical(t + pos, n, v))
        return 0;
    *value = v;
    return n;
}

/* Words after which a full stop does not end a sentence. */
static int is_abbreviation(const char *t, size_t start, size_t n)
{
    static const char *const abbr[] = {
        "No", "Nos", "no", "nos", "para", "paras", "Rev", "Add", "Corr", "Amend",
        "Mr", "Mrs", "Ms", "Dr", "St", "vol", "chap", "sect", "art", "arts",
        "p", "pp", "e.g", "i.e", "Sub", "Suppl", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "op", "cit",
        "Inc", "Co", "Ltd", "Rep", "Gen", "Prof", "H.E", "viz", "cf",
    };
    if (n == 1)
        return 1; /* an initial: "J. Smith", "U.N." */
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
        if (strlen(abbr[i]) == n && memcmp(abbr[i], t + start, n) == 0)
            return 1;
    return 0;
}

/* Can the byte end a sentence?  The cheap test before ends_sentence. */
static int sentence_mark(char c)
{
    return c == '.' || c == ';' || c == '?' || c == '!';
}

/* Does the punctuation at t[i] end a sentence? */
static int ends_sentence(const char *t, size_t len, size_t i)
{
    char c = t[i];
    if (c == ';')
        return 1;
    if (c != '.' && c != '?' && c != '!')
        return 0;
    size_t after = i + 1;
    /* closing quotes and brackets stay with the sentence they close */
    while (after < len && (t[after] == '"' || t[after] == ')' || t[after] == '\''))
        after++;
    if (after < len && !scan_space_len(t, len, after))
        return 0;
    size_t next = scan_skip_space(t, len, after);
    if (next < len && scan_is_lower(t[next]))
        return 0;
    if (c != '.')
        return 1;
    size_t s = i;
    while (s > 0 && (scan_is_alpha(t[s - 1]) || (t[s - 1] == '.' && s >= 2 && scan_is_alpha(t[s - 2]))))
        s--;
    return s == i || !is_abbreviation(t, s, i - s);
}

size_t scan_sentence_start(const char *t, size_t len, size_t pos)
{
    for (size_t i = pos; i > 0; i--)
        if (sentence_mark(t[i - 1]) && ends_sentence(t, len, i - 1))
            return i;
    return 0;
}

size_t scan_sentence_end(const char *t, size_t len, size_t pos)
{
    for (size_t i = pos; i < len; i++)
        if (sentence_mark(t[i]) && ends_sentence(t, len, i))
            return i;
    return len;
}

int scan_has_word(const char *t, size_t from, size_t to, const char *w)
{
    size_t n = strlen(w);
    for (size_t p = from; (p = scan_find(t, to, p, w, n)) != SCAN_NONE; p++)
        if (scan_word_start(t, p) && scan_word_end(t, to, p + n))
            return 1;
    return 0;
}

/* How common a byte is in English prose, to anchor searches on the rarest
 * byte of a needle: lower-case letters by frequency, the space most
 * common, everything else rare. */
static const unsigned char commonness[256] = {
    ['z'] = 1, ['q'] = 2, ['j'] = 3, ['x'] = 4, ['k'] = 5, ['v'] = 6, ['b'] = 7,
    ['p'] = 8, ['y'] = 9, ['g'] = 10, ['f'] = 11, ['w'] = 12, ['m'] = 13, ['u'] = 14,
    ['c'] = 15, ['l'] = 16, ['d'] = 17, ['r'] = 18, ['h'] = 19, ['s'] = 20, ['n'] = 21,
    ['i'] = 22, ['o'] = 23, ['a'] = 24, ['t'] = 25, ['e'] = 26, [' '] = 255,
};

/* The rarest pair of neighbouring bytes of a needle (two bytes at least):
 * the index of its first byte. */
static size_t anchor_of(const char *needle, size_t nlen)
{
    size_t best = 0;
    unsigned best_score = ~0u;
    for (size_t i = 0; i + 1 < nlen; i++) {
        unsigned score = commonness[(unsigned char)needle[i]] + commonness[(unsigned char)needle[i + 1]];
        if (score < best_score) {
            best = i;
            best_score = score;
        }
    }
    return best;
}

/* Searches for the needle's anchor pair, sixteen positions at a time where
 * SSE2 is there, then compares the whole needle at each candidate: the
 * pair is rare enough that the comparisons cost little. */
static size_t find_anchored(const char *t, size_t len, size_t from, const char *needle, size_t nlen,
                            size_t anchor)
{
    if (nlen < 2 || from > len || len - from < nlen)
        return SCAN_NONE;
    const char a = needle[anchor], b = needle[anchor + 1];
    /* p walks the positions of the pair's first byte */
    const char *p = t + from + anchor, *last = t + len - (nlen - anchor);
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
    while (last - p >= 16) { /* both loads stay below t + len - 1 */
        __m128i x = _mm_loadu_si128((const __m128i *)p);
        __m128i y = _mm_loadu_si128((const __m128i *)(p + 1));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(y, vb)));
        for (; m; m &= m - 1) {
            const char *c = p + __builtin_ctz(m) - anchor;
            if (memcmp(c, needle, nlen) == 0)
                return (size_t)(c - t);
        }
        p += 16;
    }
#endif
    for (; p <= last; p++)
        if (p[0] == a && p[1] == b && memcmp(p - anchor, needle, nlen) == 0)
            return (size_t)(p - anchor - t);
    return SCAN_NONE;
}

size_t scan_find(const char *t, size_t len, size_t from, const char *needle, size_t nlen)
{
    return find_anchored(t, len, from, needle, nlen, anchor_of(needle, nlen));
}

/* Between the items of a list of numbers or labels: ",", "and", "or",
 * "to" and dashes; *range is set for "to" and dashes.  Returns where the
 * next item starts, 0 when no separator stands at pos. */
size_t scan_list_separator(const char *t, size_t len, size_t pos, int *range)
{
    *range = 0;
    size_t d = scan_dash_len(t, len, pos);
    if (d) {
        *range = 1;
        return pos + d;
    }
    size_t p = pos;
    if (p < len && t[p] == ',')
        p++;
    size_t q = scan_skip_space(t, len, p);
    static const char *const words[] = {"and", "or", "to"};
    for (size_t i = 0; i < 3; i++) {
        size_t w = scan_word(t, len, q, words[i]);
        if (w) {
            size_t r = scan_skip_space(t, len, q + w);
            *range = i == 2;
            return r > q + w ? r : 0;
        }
    }
    return p > pos && q > p ? q : 0;
}
