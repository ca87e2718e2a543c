/*
 * Reading a paragraph the way the resolution rules need it: where its own
 * words begin, its first word past the modifiers, the mark that ends it and
 * whether it opens in italics.
 */
#include "resolution.h"

#include <string.h>

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

/* Bytes of a blank at s[i]: ASCII white space or a no-break space. */
static size_t blank_at(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return 1;
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    return 0;
}

/* Bytes at s[i] the reader does not see: blanks, the marks that set the
 * direction of text or join words, opening quotes. */
static size_t opener_at(const char *s, size_t len, size_t i)
{
    static const char *const openers[] = {
        "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", /* “ ‘ « */
        "\xE2\x80\x8B", "\xE2\x80\x8E", "\xE2\x80\x8F", "\xEF\xBB\xBF", /* ZWSP LRM RLM BOM */
    };
    size_t n = blank_at(s, len, i);
    unsigned char c = (unsigned char)s[i];
    if (n || (c != '"' && c != '\'' && c < 0xC2))
        return n; /* each opener starts with a quote or a lead byte: letters are none */
    for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++) {
        size_t m = strlen(openers[k]);
        if (len - i >= m && memcmp(s + i, openers[k], m) == 0)
            return m;
    }
    return 0;
}

static size_t skip_openers(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i < len && (n = opener_at(s, len, i)) > 0)
        i += n;
    return i;
}

static size_t skip_blanks(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i < len && (n = blank_at(s, len, i)) > 0)
        i += n;
    return i;
}

/* A label the reader left in the text, and its bytes: "(a)", "(ii)",
 * "a.", "iv.", "12." or the "1," of a scan; 0 when none. */
static size_t label_at(const char *s, size_t len, size_t i)
{
    int open = i < len && s[i] == '(';
    size_t j = i + open, start = j;
    int digits = 1, lower = 1;
    for (; j < len && j - start < 4; j++) {
        unsigned char c = (unsigned char)s[j];
        if (!is_alpha(c) && !is_digit(c))
            break;
        digits &= is_digit(c);
        lower &= is_lower(c);
    }
    if (j == start || j >= len || !(digits || lower))
        return 0;
    if (open ? s[j] != ')' : !(s[j] == '.' || (digits && s[j] == ',')))
        return 0;
    j++;
    return j < len && blank_at(s, len, j) ? j - i : 0;
}

/* "I", "II": the number of a part run onto its first paragraph ("I 1."). */
static size_t part_number_at(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && j - i < 4 && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X'))
        j++;
    if (j == i || j >= len || !blank_at(s, len, j))
        return 0;
    size_t k = skip_blanks(s, len, j);
    return label_at(s, len, k) ? k - i : 0;
}

size_t text_start(const char *text, size_t len)
{
    size_t i = skip_openers(text, len, 0), n;
    i += part_number_at(text, len, i);
    while ((n = label_at(text, len, i)) > 0)
        i = skip_openers(text, len, i + n);
    return i;
}

/* The code point at s[i] and its bytes in *n (1 for a broken sequence). */
static unsigned code_point_at(const char *s, size_t len, size_t i, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t want = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 1;
    if (want > len - i) {
        *n = 1;
        return u[0];
    }
    unsigned cp = want == 1 ? u[0] : u[0] & (0x7F >> want);
    for (size_t k = 1; k < want; k++)
        cp = (cp << 6) | (u[k] & 0x3F);
    *n = want;
    return cp;
}

/* Bytes of the character at s[i] when it belongs to a word: a letter of
 * the Latin, Greek or Cyrillic scripts, a digit, a hyphen or an apostrophe
 * ("Council’s"); 0 for anything else, among them the spaces, quotes and
 * dashes of UTF-8. */
static int is_word_ascii(unsigned c)
{
    return is_alpha((unsigned char)c) || is_digit((unsigned char)c) || c == '-' || c == '\'';
}

static size_t word_char_at(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) /* most are: no sequence to decode */
        return is_word_ascii(c);
    size_t n;
    unsigned cp = code_point_at(s, len, i, &n);
    int letter = (cp < 0x80 && is_word_ascii(cp)) ||
                 (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
                 (cp >= 0x300 && cp <= 0x52F) || cp == 0x2019;
    return letter ? n : 0;
}

/* The first punctuation at or after i after which a paragraph's number
 * may follow; len when there is none. */
static size_t next_stop(const char *text, size_t len, size_t i)
{
    while (i < len && text[i] != '.' && text[i] != ',' && text[i] != ';' && text[i] != ':')
        i++;
    return i;
}

int text_holds_paragraphs(const char *text, size_t len)
{
    for (size_t i = next_stop(text, len, 0) + 1; i < len; i = next_stop(text, len, i) + 1) {
        if (!blank_at(text, len, i))
            continue;
        size_t j = skip_blanks(text, len, i), n = label_at(text, len, j);
        if (n > 0 && is_digit((unsigned char)text[j]) && (j = skip_blanks(text, len, j + n)) < len &&
            text[j] >= 'A' && text[j] <= 'Z')
            return 1;
    }
    return 0;
}

int text_numbered(const char *text, size_t len)
{
    size_t i = skip_openers(text, len, 0);
    return i < len && ((is_digit((unsigned char)text[i]) && label_at(text, len, i) > 0) ||
                       part_number_at(text, len, i) > 0);
}

span text_word(const char *text, size_t len, size_t offset)
{
    size_t i = skip_openers(text, len, offset), end = i, n;
    while (end < len && (n = word_char_at(text, len, end)) > 0)
        end += n;
    /* a closing apostrophe or hyphen is not part of the word */
    while (end > i && (text[end - 1] == '\'' || text[end - 1] == '-'))
        end--;
    return (span){ i, end - i };
}

static int ends_in_ly(const char *text, span w)
{
    return w.length > 3 && strncmp(text + w.offset + w.length - 2, "ly", 2) == 0;
}

span text_main_word(const resolution_state *st, const char *text, size_t len, span first)
{
    span w = first;
    for (int skipped = 0; skipped < 3 && w.length > 0; skipped++) {
        /* no modifier, of one word or two, starts so: the word is the one */
        if (!word_list_may_have(&st->modifiers, text + w.offset) && !ends_in_ly(text, w))
            break;
        span next = text_word(text, len, w.offset + w.length);
        if (next.length == 0)
            break;
        span after = next;
        /* "Once again", "Once more": a modifier of two words */
        if (word_list_has(&st->modifiers, text + w.offset, next.offset + next.length - w.offset))
            after = text_word(text, len, next.offset + next.length);
        else if (!word_list_has(&st->modifiers, text + w.offset, w.length) && !ends_in_ly(text, w))
            break;
        if (after.length == 0)
            break;
        w = after;
    }
    return w;
}

/* "; and", ", or", "; and,": the conjunction that joins the last two
 * items of a list stands after the mark of the one before. */
static size_t before_conjunction(const char *s, size_t len)
{
    static const char *const words[] = { "and", "or" };
    size_t end = len > 0 && s[len - 1] == ',' ? len - 1 : len;
    for (size_t k = 0; k < 2; k++) {
        size_t n = strlen(words[k]);
        if (end > n + 2 && strncmp(s + end - n, words[k], n) == 0 && s[end - n - 1] == ' ' &&
            strchr(";,", s[end - n - 2]))
            return end - n - 1;
    }
    return len;
}

/* A footnote number printed after the mark: "...;7", "...;7,8", "..., 8/". */
static size_t before_footnote(const char *s, size_t len)
{
    size_t i = len;
    if (i > 0 && s[i - 1] == '/')
        i--;
    for (;;) {
        size_t d = i;
        while (d > 0 && i - d < 3 && is_digit((unsigned char)s[d - 1]))
            d--;
        if (d == i)
            return len;
        i = d;
        if (i > 1 && s[i - 1] == ',' && is_digit((unsigned char)s[i - 2]))
            i--;     /* "7,8" */
        else
            break;
    }
    if (i > 0 && s[i - 1] == ' ')
        i--;
    else if (i > 1 && (unsigned char)s[i - 2] == 0xC2 && (unsigned char)s[i - 1] == 0xA0)
        i -= 2;
    return i > 0 && strchr(".,;:", s[i - 1]) ? i : len;
}

/* Closing quotes and blanks at the end. */
static size_t before_closers(const char *s, size_t len)
{
    for (;;) {
        if (len > 0 && (s[len - 1] == '"' || s[len - 1] == '\'' || s[len - 1] == ' ' ||
                        s[len - 1] == '\n' || s[len - 1] == '\t' || s[len - 1] == '\r'))
            len--;
        else if (len >= 3 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
                 ((unsigned char)s[len - 1] == 0x9D || (unsigned char)s[len - 1] == 0x99))
            len -= 3; /* ” ’ */
        else if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 &&
                 ((unsigned char)s[len - 1] == 0xBB || (unsigned char)s[len - 1] == 0xA0))
            len -= 2; /* » and a no-break space */
        else
            return len;
    }
}

int text_final_mark(const char *text, size_t len, size_t *at)
{
    len = before_closers(text, len);
    len = before_conjunction(text, len);
    len = before_closers(text, before_footnote(text, len));
    /* ";," where footnote references were dropped: a comma cannot follow
     * a semicolon in prose */
    if (len >= 2 && text[len - 1] == ',' && text[len - 2] == ';')
        len--;
    if (len == 0 || !strchr(".,;:?!", text[len - 1]))
        return 0;
    *at = len - 1;
    return text[len - 1];
}

size_t text_find(const char *text, size_t len, size_t from, const char *s, size_t n)
{
    while (from < len && len - from >= n) {
        const char *p = memchr(text + from, s[0], len - from - n + 1);
        if (!p)
            break;
        from = (size_t)(p - text);
        if (memcmp(p, s, n) == 0)
            return from;
        from++;
    }
    return len;
}

int text_is_continuation(const char *text, size_t len)
{
    size_t i = skip_openers(text, len, 0);
    return i < len && is_lower((unsigned char)text[i]) && label_at(text, len, i) == 0;
}

int block_italic_at(const clerk_block *b, size_t offset)
{
    for (size_t i = 0; i < b->emphasis_count; i++) {
        const clerk_emphasis *e = &b->emphasis[i];
        if ((e->kind & CLERK_EMPH_ITALIC) && e->start <= offset && offset < e->start + e->length)
            return 1;
    }
    return 0;
}
