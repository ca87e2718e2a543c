/*
 * Reading a block's plain text by sentence and by phrase.  Phrases come
 * from the data tables, so matching is forgiving in the ways prose is:
 * letter case, the spaces and line breaks between words, a plural "s".
 */
#include "procedure.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

static int is_word_char(unsigned char c)
{
    return isalnum(c) || c >= 0x80; /* a letter outside ASCII is part of a word */
}

/* Bytes of the space at pos: ASCII white space or a no-break space. */
static size_t space_len(const char *t, size_t len, size_t pos)
{
    if (pos < len && isspace((unsigned char)t[pos]))
        return 1;
    if (pos + 1 < len && (unsigned char)t[pos] == 0xC2 && (unsigned char)t[pos + 1] == 0xA0)
        return 2;
    return 0;
}

/* Words after which a full stop does not end the sentence. */
static int is_abbreviation(const char *t, size_t dot)
{
    static const char *const words[] = {
        "no", "nos", "para", "paras", "art", "arts", "mr", "mrs", "ms", "dr", "st", "vol",
        "p", "pp", "rev", "add", "corr", "e.g", "i.e", "cf", "op", "sect", "chap", "fig"
    };
    size_t start = dot;
    while (start > 0 && (isalpha((unsigned char)t[start - 1]) || t[start - 1] == '.'))
        start--;
    size_t n = dot - start;
    if (n == 1 && isupper((unsigned char)t[start]))
        return 1; /* an initial: "J. Smith", "L." of a symbol */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && strncasecmp(t + start, words[i], n) == 0)
            return 1;
    return 0;
}

/* A sentence ends at ';', or at '.', '?', '!' followed by a space. */
static int ends_sentence(const char *t, size_t len, size_t pos)
{
    char c = t[pos];
    if (c == ';')
        return 1;
    if (c != '.' && c != '?' && c != '!')
        return 0;
    if (pos + 1 < len && !space_len(t, len, pos + 1))
        return 0;
    return c != '.' || !is_abbreviation(t, pos);
}

void sentence_bounds(const char *text, size_t len, size_t pos, size_t *start, size_t *end)
{
    size_t s = pos < len ? pos : len;
    while (s > 0 && !ends_sentence(text, len, s - 1))
        s--;
    while (s < len && space_len(text, len, s))
        s += space_len(text, len, s);
    size_t e = pos;
    while (e < len && !ends_sentence(text, len, e))
        e++;
    *start = s;
    *end = e < len ? e + 1 : len;
}

size_t phrase_at(const char *text, size_t len, size_t pos, const char *phrase)
{
    if (pos > 0 && is_word_char((unsigned char)text[pos - 1]))
        return 0;
    size_t p = pos;
    for (const char *q = phrase; *q; q++) {
        if (*q == ' ') {
            size_t n = space_len(text, len, p);
            if (!n)
                return 0;
            while (n) {
                p += n;
                n = space_len(text, len, p);
            }
        } else if (p < len && tolower((unsigned char)text[p]) == tolower((unsigned char)*q)) {
            p++;
        } else {
            return 0;
        }
    }
    if (p < len && (text[p] == 's' || text[p] == 'S') && isalpha((unsigned char)phrase[strlen(phrase) - 1]))
        p++;
    return p < len && is_word_char((unsigned char)text[p]) ? 0 : p - pos;
}

size_t phrase_starts(const phrase_list *list, const char *text, size_t len, size_t pos)
{
    char c = (char)tolower((unsigned char)text[pos]);
    for (size_t i = 0; i < list->count; i++) {
        size_t n = tolower((unsigned char)list->items[i][0]) == c ? phrase_at(text, len, pos, list->items[i]) : 0;
        if (n)
            return n;
    }
    return 0;
}

/* The bytes a phrase of the list may start with, as a bit set: a search
 * tries the phrases only where a word starts with one of them. */
static void first_bytes(const phrase_list *list, uint64_t set[4])
{
    memset(set, 0, 4 * sizeof *set);
    for (size_t i = 0; i < list->count; i++) {
        unsigned char c = (unsigned char)list->items[i][0];
        if (!isalnum(c)) {
            memset(set, 0xff, 4 * sizeof *set); /* opens with a space or a sign: try everywhere */
            return;
        }
        unsigned char cases[2] = {(unsigned char)tolower(c), (unsigned char)toupper(c)};
        for (int k = 0; k < 2; k++)
            set[cases[k] >> 6] |= (uint64_t)1 << (cases[k] & 63);
    }
}

size_t phrase_find(const phrase_list *list, const char *text, size_t from, size_t to, size_t *length)
{
    uint64_t starts[4];
    first_bytes(list, starts);
    for (size_t p = from; p < to; p++) {
        unsigned char c = (unsigned char)text[p];
        if (!(starts[c >> 6] >> (c & 63) & 1) || (p > 0 && is_word_char((unsigned char)text[p - 1])))
            continue;
        size_t n = phrase_starts(list, text, to, p);
        if (n) {
            if (length)
                *length = n;
            return p;
        }
    }
    return PHRASE_NONE;
}

int phrase_in(const phrase_list *list, const char *text, size_t from, size_t to)
{
    return phrase_find(list, text, from, to, NULL) != PHRASE_NONE;
}

int is_heading_like(const clerk_block *b)
{
    enum { LONGEST_TITLE = 80 };
    return b->kind == CLERK_BLOCK_HEADING ||
           (b->text_length && b->text_length <= LONGEST_TITLE && b->text[b->text_length - 1] != '.');
}
