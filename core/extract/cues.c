/*
 * One pass over a block, sixteen bytes at a time where SSE2 is there: the
 * starts of words and the slashes are found as bit masks, and only a word
 * whose first byte can begin a cue is looked at further.
 */
#include "extract/cues.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct keyword {
    const char *word;
    size_t len;
    int either_case;    /* of its first letter; else exactly as written */
} keyword;

#define KEYWORD(w, either_case) {w, sizeof w - 1, either_case}
static const keyword keywords[CUE_KIND_COUNT] = {
    [CUE_RESOLUTION] = KEYWORD("resolution", 1),
    [CUE_DECISION] = KEYWORD("decision", 1),
    [CUE_UNSCR] = KEYWORD("UNSCR", 0),
    [CUE_ANNEX] = KEYWORD("annex", 1),
    [CUE_PARA] = KEYWORD("para", 0),
    [CUE_ENCLOSURE] = KEYWORD("enclosure", 1),
    [CUE_APPENDIX] = KEYWORD("appendi", 1),
    [CUE_ARTICLE] = KEYWORD("article", 1),
    [CUE_CHAPTER] = KEYWORD("chapter", 1),
    [CUE_RULE] = KEYWORD("rule", 1),
    [CUE_SESSION] = KEYWORD("session", 1),
};
#undef KEYWORD

/* Digits and the capitals that begin a month or a weekday. */
static const char date_initials[] = "0123456789JFMASONDTW";

/* Per byte, the kinds of cue a word whose first, second or third letter
 * it is may give, bit k for kind k: a word is compared only with the
 * keywords its first three letters fit ("and" is no "annex"). */
enum { LETTERS_TESTED = 3 }; /* no keyword is shorter */
static uint16_t kinds_by_letter[LETTERS_TESTED][256];
_Static_assert(CUE_KIND_COUNT <= 16, "a bit of kinds_by_letter for each kind of cue");
static pthread_once_t kinds_once = PTHREAD_ONCE_INIT;

static void fill_kinds_by_letter(void)
{
    for (int k = 0; k < CUE_KIND_COUNT; k++) {
        const char *w = keywords[k].word;
        if (!w)
            continue;
        for (int i = 0; i < LETTERS_TESTED; i++)
            kinds_by_letter[i][(unsigned char)w[i]] |= 1u << k;
        if (keywords[k].either_case)
            kinds_by_letter[0][(unsigned char)w[0] - 32] |= 1u << k;
    }
    for (const char *c = date_initials; *c; c++)
        kinds_by_letter[0][(unsigned char)*c] |= 1u << CUE_DATE;
    for (int i = 1; i < LETTERS_TESTED; i++)
        for (int c = 0; c < 256; c++)
            kinds_by_letter[i][c] |= 1u << CUE_DATE;
}

size_t cue_keyword_end(const char *text, size_t len, size_t at, cue_kind kind)
{
    size_t end = at + keywords[kind].len;
    if (end < len && text[end] == 's')
        end++;
    return scan_word_end(text, len, end) ? end : 0;
}

void cue_list_init(cue_list *l)
{
    l->len = 0;
    l->cap = 64;
    l->cues = xmalloc(l->cap * sizeof *l->cues);
    l->kinds = 0;
}

void cue_list_free(cue_list *l)
{
    free(l->cues);
}

static void add_cue(cue_list *l, size_t pos, cue_kind kind)
{
    if (l->len == l->cap) {
        l->cap *= 2;
        l->cues = xreallocarray(l->cues, l->cap, sizeof *l->cues);
    }
    l->cues[l->len++] = (cue){pos, kind};
    l->kinds |= 1u << kind;
}

/* The cues of the word starting at w, of the kinds its first letters
 * allow. */
static void word_cues(cue_list *l, const char *t, size_t len, size_t w, unsigned kinds)
{
    for (; kinds; kinds &= kinds - 1) {
        cue_kind k = (cue_kind)__builtin_ctz(kinds);
        const keyword *kw = &keywords[k];
        if (k == CUE_DATE || (len - w >= kw->len && memcmp(t + w + LETTERS_TESTED, kw->word + LETTERS_TESTED,
                                                           kw->len - LETTERS_TESTED) == 0))
            add_cue(l, w, k);
    }
}

/* The slash t[s], and "RES/" or "PRST/" ending there. */
static void slash_cues(cue_list *l, const char *t, size_t s)
{
    if (s >= 3 && memcmp(t + s - 3, "RES", 3) == 0)
        add_cue(l, s - 3, CUE_RES_SYMBOL);
    else if (s >= 4 && memcmp(t + s - 4, "PRST", 4) == 0)
        add_cue(l, s - 4, CUE_PRST_SYMBOL);
    add_cue(l, s, CUE_SLASH);
}

/* Of the sixteen bytes at t: bit i of *alnum set when t[i] is an ASCII
 * letter or digit, of *slash when it is a slash. */
static void classify(const char *t, unsigned *alnum, unsigned *slash)
{
#if defined(__SSE2__)
    /* A range test in one signed comparison: the range is moved to the
     * bottom of the signed bytes ('0' to -128), where nothing wraps in. */
    __m128i x = _mm_loadu_si128((const __m128i *)t);
    __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))),
                                   _mm_set1_epi8((char)(0x80 + 10)));
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8((char)(0x80 - 'a'))),
                                    _mm_set1_epi8((char)(0x80 + 26)));
    *alnum = (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, letter));
    *slash = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('/')));
#else
    *alnum = *slash = 0;
    for (int i = 0; i < 16; i++) {
        *alnum |= (scan_is_alnum(t[i]) ? 1u : 0u) << i;
        *slash |= (t[i] == '/' ? 1u : 0u) << i;
    }
#endif
}

/* The masks of the last len - at < 16 bytes: of the last sixteen when the
 * text has them, shifted into place, else byte by byte. */
static void classify_tail(const char *t, size_t len, size_t at, unsigned *alnum, unsigned *slash)
{
    if (len >= 16) {
        classify(t + len - 16, alnum, slash);
        *alnum >>= 16 - (len - at);
        *slash >>= 16 - (len - at);
        return;
    }
    *alnum = *slash = 0;
    for (size_t i = 0; at + i < len; i++) {
        *alnum |= (scan_is_alnum(t[at + i]) ? 1u : 0u) << i;
        *slash |= (t[at + i] == '/' ? 1u : 0u) << i;
    }
}

/* The kinds of cue the word starting at w may give, by its first letters
 * (a word too short for them all is left to word_cues). */
static unsigned word_kinds(const char *t, size_t len, size_t w)
{
    unsigned kinds = kinds_by_letter[0][(unsigned char)t[w]];
    if (kinds && len - w >= LETTERS_TESTED)
        kinds &= kinds_by_letter[1][(unsigned char)t[w + 1]] & kinds_by_letter[2][(unsigned char)t[w + 2]];
    return kinds;
}

/* Cues are added in order of the byte that reveals them: a word's first
 * byte, a symbol's slash.  A symbol's cue lies three or four bytes before
 * its slash, where no other cue can be: "ES" and "RST" are inside a word,
 * and a word starting "RES/" or "PRST/" gives no cue of its own. */
void cues_find(cue_list *l, const char *text, size_t len)
{
    pthread_once(&kinds_once, fill_kinds_by_letter);
    l->len = 0;
    l->kinds = 0;
    unsigned alnum_before = 0; /* the byte before the chunk is a letter or digit */
    for (size_t at = 0; at < len; at += 16) {
        unsigned alnum, slash;
        if (len - at >= 16)
            classify(text + at, &alnum, &slash);
        else
            classify_tail(text, len, at, &alnum, &slash);
        unsigned starts = alnum & ~(alnum << 1 | alnum_before);
        alnum_before = alnum >> 15 & 1;
        for (unsigned events = starts | slash; events; events &= events - 1) {
            unsigned bit = (unsigned)__builtin_ctz(events);
            size_t i = at + bit;
            unsigned kinds;
            if (slash >> bit & 1)
                slash_cues(l, text, i);
            else if ((kinds = word_kinds(text, len, i)) != 0)
                word_cues(l, text, len, i, kinds);
        }
    }
}
