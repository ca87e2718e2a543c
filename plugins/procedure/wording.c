/*
 * Reading a block's plain text by sentence and by phrase.  Phrases come
 * from the data tables, so matching is forgiving in the ways prose is:
 * letter case, the spaces and line breaks between words, a plural "s".
 */
#include "procedure.h"
#include "marks.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/* Marks are found 16 bytes at a time; ends_sentence() judges each. */
void sentence_bounds(const char *text, size_t len, size_t pos, size_t *start, size_t *end)
{
    size_t s = pos < len ? pos : len;
    while ((s = mark_after_last(text, 0, s)) > 0 && !ends_sentence(text, len, s - 1))
        s--;
    while (s < len && space_len(text, len, s))
        s += space_len(text, len, s);
    size_t e = pos;
    while ((e = mark_next(text, e, len)) < len && !ends_sentence(text, len, e))
        e++;
    *start = s;
    *end = e < len ? e + 1 : len;
}

/* Every position of [from, to) has the same bounds: no sentence ends
 * before to - 1. */
int sentence_of(const clerk_api *api, const clerk_doc *doc, size_t block, size_t pos, sentence *s)
{
    if (s->block == block && s->from <= pos && pos < s->to)
        return 0;
    const clerk_block *b = api->block(doc, block);
    sentence_bounds(b->text, b->text_length, pos, &s->from, &s->to);
    s->block = block;
    return 1;
}

size_t phrase_at(const char *text, size_t len, size_t pos, const char *phrase)
{
    if (pos > 0 && is_word_char((unsigned char)text[pos - 1]))
        return 0;
    size_t p = pos;
    const char *q = phrase;
    for (; *q; q++) {
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
    if (q > phrase && p < len && (text[p] == 's' || text[p] == 'S') && isalpha((unsigned char)q[-1]))
        p++;
    return p < len && is_word_char((unsigned char)text[p]) ? 0 : p - pos;
}

/* The phrase's first word from its second byte on is at pos + 1, compared
 * as phrase_at() does: a test that spares it most calls. */
static int rest_of_word_at(const char *text, size_t len, size_t pos, const char *phrase)
{
    for (size_t i = 1; phrase[i] && phrase[i] != ' '; i++)
        if (pos + i >= len || tolower((unsigned char)text[pos + i]) != tolower((unsigned char)phrase[i]))
            return 0;
    return 1;
}

size_t phrase_starts(const phrase_list *list, const char *text, size_t len, size_t pos)
{
    char c = (char)tolower((unsigned char)text[pos]);
    for (size_t i = 0; i < list->count; i++) {
        const char *q = list->items[i];
        size_t n = tolower((unsigned char)q[0]) == c && q[0] && rest_of_word_at(text, len, pos, q)
                       ? phrase_at(text, len, pos, q)
                       : 0;
        if (n)
            return n;
    }
    return 0;
}

/* Marks the bytes of text that may stand for the phrase's byte c at its
 * first (or, when it follows one byte, second) place: c in either case,
 * or for a space every byte a space starts with. */
static void mark_matches(unsigned char bytes[256], unsigned char c, unsigned char place)
{
    for (int x = 0; x < 256; x++)
        if (c == ' ' && place == PHRASE_SECOND ? isspace(x) || x == 0xC2 : tolower(x) == tolower(c))
            bytes[x] |= place;
}

/* The keys of the bytes a phrase may start with: each byte | 0x20, which
 * folds ASCII case.  More than the vector search takes, none. */
static void index_keys(phrase_list *list)
{
    list->key_count = 0;
    for (int x = 0; x < 256; x++) {
        if (!(list->bytes[x] & PHRASE_FIRST))
            continue;
        unsigned char key = (unsigned char)(x | 0x20);
        size_t k = 0;
        while (k < list->key_count && list->keys[k] != key)
            k++;
        if (k == sizeof list->keys) {
            list->key_count = 0;
            return;
        }
        if (k == list->key_count)
            list->keys[list->key_count++] = key;
    }
}

/* The pairs of the first two bytes, | 0x20 as the keys; none when a phrase
 * has no second byte or a space among its first two (a space stands for
 * several bytes), or when the vector search would take more pairs. */
static void index_pairs(phrase_list *list)
{
    list->pair_count = 0;
    for (size_t i = 0; i < list->count; i++) {
        const unsigned char *q = (const unsigned char *)list->items[i];
        if (!q[0] || q[0] == ' ' || !q[1] || q[1] == ' ') {
            list->pair_count = 0;
            return;
        }
        unsigned char a = (unsigned char)(q[0] | 0x20), b = (unsigned char)(q[1] | 0x20);
        size_t k = 0;
        while (k < list->pair_count && (list->pairs[k][0] != a || list->pairs[k][1] != b))
            k++;
        if (k == sizeof list->pairs / sizeof list->pairs[0]) {
            list->pair_count = 0;
            return;
        }
        if (k == list->pair_count) {
            list->pairs[k][0] = a;
            list->pairs[k][1] = b;
            list->pair_count++;
        }
    }
}

void phrase_list_index(phrase_list *list)
{
    for (int x = 0; x < 256; x++)
        list->bytes[x] = is_word_char((unsigned char)x) ? PHRASE_WORD : 0;
    for (size_t i = 0; i < list->count; i++) {
        const unsigned char *q = (const unsigned char *)list->items[i];
        mark_matches(list->bytes, q[0], PHRASE_FIRST);
        if (q[0] == ' ' || !q[1]) /* the second byte of text is not the phrase's */
            for (int x = 0; x < 256; x++)
                list->bytes[x] |= PHRASE_SECOND;
        else
            mark_matches(list->bytes, q[1], PHRASE_SECOND);
    }
    index_keys(list);
    index_pairs(list);
}

/* The length of the phrase starting at p, 0 if none does; the byte tests
 * first, which spare phrase_starts() nearly every position. */
static size_t phrase_starting(const phrase_list *list, const unsigned char *t, size_t p, size_t to)
{
    if (!(list->bytes[t[p]] & PHRASE_FIRST) || (p > 0 && (list->bytes[t[p - 1]] & PHRASE_WORD)) ||
        (p + 1 < to && !(list->bytes[t[p + 1]] & PHRASE_SECOND)))
        return 0;
    return phrase_starts(list, (const char *)t, to, p);
}

#if defined(__SSE2__)
/* What a search looks for 16 bytes at a time: the keys of the first
 * bytes, or the pairs of first and second bytes. */
typedef struct vector_starts {
    __m128i firsts[8], seconds[8];
    size_t count;
    int pairs;
} vector_starts;

static int vector_starts_of(const phrase_list *list, vector_starts *v)
{
    v->pairs = list->pair_count != 0;
    v->count = v->pairs ? list->pair_count : list->key_count;
    for (size_t k = 0; k < v->count; k++) {
        v->firsts[k] = _mm_set1_epi8((char)(v->pairs ? list->pairs[k][0] : list->keys[k]));
        if (v->pairs)
            v->seconds[k] = _mm_set1_epi8((char)list->pairs[k][1]);
    }
    return v->count != 0;
}

/* The positions of the 16 from s where a phrase may start, as a bit mask:
 * a byte with the key of a first byte (followed by the second of its pair)
 * after a byte that is no ASCII letter.  s[-1] is read, and s[16] when
 * there are pairs. */
static inline unsigned may_start16(const vector_starts *v, const unsigned char *s)
{
    const __m128i fold = _mm_set1_epi8(0x20);
    __m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)s), fold);
    __m128i before = _mm_sub_epi8(_mm_or_si128(_mm_loadu_si128((const __m128i *)(s - 1)), fold),
                                  _mm_set1_epi8('a'));
    __m128i after_letter = _mm_cmpeq_epi8(_mm_min_epu8(before, _mm_set1_epi8(25)), before);
    __m128i start = _mm_setzero_si128();
    if (v->pairs) {
        __m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(s + 1)), fold);
        for (size_t k = 0; k < v->count; k++)
            start = _mm_or_si128(start, _mm_and_si128(_mm_cmpeq_epi8(x, v->firsts[k]),
                                                      _mm_cmpeq_epi8(y, v->seconds[k])));
    } else {
        for (size_t k = 0; k < v->count; k++)
            start = _mm_or_si128(start, _mm_cmpeq_epi8(x, v->firsts[k]));
    }
    return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(after_letter, start));
}
#endif

size_t phrase_find(const phrase_list *list, const char *text, size_t from, size_t to, size_t *length)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t p = from, n = 0;
#if defined(__SSE2__)
    vector_starts v;
    if (from < to && vector_starts_of(list, &v)) {
        if (p == 0) { /* the vectors read the byte before each position */
            if ((n = phrase_starting(list, t, 0, to)) != 0)
                goto found;
            p = 1;
        }
        size_t span = 16 + (size_t)v.pairs; /* the bytes a vector reads from its first position */
        for (; p + span <= to; p += 16)
            for (unsigned m = may_start16(&v, t + p); m; m &= m - 1)
                if ((n = phrase_starting(list, t, p + (size_t)__builtin_ctz(m), to)) != 0) {
                    p += (size_t)__builtin_ctz(m);
                    goto found;
                }
        /* The rest by one more vector ending where the text does, its
         * positions before p left out. */
        if (p < to && to > span) {
            size_t s = to - span;
            for (unsigned m = may_start16(&v, t + s) & (~0u << (p - s)); m; m &= m - 1)
                if ((n = phrase_starting(list, t, s + (size_t)__builtin_ctz(m), to)) != 0) {
                    p = s + (size_t)__builtin_ctz(m);
                    goto found;
                }
            p = s + 16;
        }
    }
#endif
    for (; p < to; p++)
        if ((n = phrase_starting(list, t, p, to)) != 0)
            goto found;
    return PHRASE_NONE;
found:
    if (length)
        *length = n;
    return p;
}

int phrase_in(const phrase_list *list, const char *text, size_t from, size_t to)
{
    return phrase_find(list, text, from, to, NULL) != PHRASE_NONE;
}

/* A phrase found in a sentence [from, to) ends before the mark at to - 1,
 * so the bytes after it are the same in the whole text. */
int phrases_stay_in_sentences(const phrase_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        size_t n = strlen(list->items[i]);
        if (n && is_sentence_mark(list->items[i][n - 1]))
            return 0;
    }
    return 1;
}

int is_heading_like(const clerk_block *b)
{
    enum { LONGEST_TITLE = 80 };
    return b->kind == CLERK_BLOCK_HEADING ||
           (b->text_length && b->text_length <= LONGEST_TITLE && b->text[b->text_length - 1] != '.');
}
