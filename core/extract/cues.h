/*
 * Cues: the places of a block where an extractor may find something, all
 * found in one pass over the block's text before the extractors run, so
 * each extractor visits its own cues instead of searching the text.
 *
 * A keyword cue is a word starting with the keyword ("resolution",
 * "Annexes", "rules"): its first letter in either case, the rest as
 * written ("para" and "UNSCR" exactly).  A symbol cue is "RES/" or "PRST/"
 * anywhere ("A/RES/59/50"), a slash cue any slash.  A date cue is a word
 * starting with a digit or with a capital that can begin a month or a
 * weekday.
 */
#ifndef CLERK_EXTRACT_CUES_H
#define CLERK_EXTRACT_CUES_H

#include "extract/scan.h"

#include <stddef.h>

/* Each extractor's cues are consecutive. */
typedef enum cue_kind {
    /* resolutions */
    CUE_RESOLUTION, CUE_DECISION, CUE_RES_SYMBOL, CUE_PRST_SYMBOL,
    CUE_UNSCR,      /* "UNSCR 2467 (2019)": a Security Council resolution */
    /* cross-references */
    CUE_ANNEX, CUE_PARA, CUE_ENCLOSURE, CUE_APPENDIX,
    /* the Charter */
    CUE_ARTICLE, CUE_CHAPTER,
    CUE_RULE,
    CUE_SESSION,
    CUE_SLASH,      /* document symbols */
    CUE_DATE,
    CUE_KIND_COUNT
} cue_kind;

typedef struct cue {
    size_t pos;         /* where the word or the symbol's part starts */
    cue_kind kind;
} cue;

typedef struct cue_list {
    cue *cues;          /* in order of position; a date cue and a keyword
                           cue may share one */
    size_t len, cap;
    unsigned kinds;     /* bit k set when there is a cue of kind k */
} cue_list;

/* Whether there is a cue other than a date's. */
static inline int cue_list_has_keywords(const cue_list *l)
{
    return (l->kinds & ~(1u << CUE_DATE)) != 0;
}

void cue_list_init(cue_list *l);
void cue_list_free(cue_list *l);

/* Fills l with the cues of text. */
void cues_find(cue_list *l, const char *text, size_t len);

/* Where the keyword of a keyword cue at `at` ends, a plural "s" included
 * ("rules"); 0 when its word goes on ("ruler", "sessional"). */
size_t cue_keyword_end(const char *text, size_t len, size_t at, cue_kind kind);

/* Walks the cues of the kinds first .. last, in order.  Inline: every
 * extractor starts one on every block. */
typedef struct cue_cursor {
    const cue *next, *end;
    cue_kind first, last;
} cue_cursor;

static inline void cue_cursor_init(cue_cursor *c, const cue_list *l, cue_kind first, cue_kind last)
{
    unsigned wanted = (2u << last) - (1u << first);
    c->next = l->cues;
    c->end = l->kinds & wanted ? l->cues + l->len : l->cues;
    c->first = first;
    c->last = last;
}

/* The first cue at or after from, *kind its kind; SCAN_NONE after the last. */
static inline size_t cue_next(cue_cursor *c, size_t from, cue_kind *kind)
{
    for (; c->next < c->end; c->next++) {
        if (c->next->pos >= from && c->next->kind >= c->first && c->next->kind <= c->last) {
            *kind = c->next->kind;
            return c->next->pos;
        }
    }
    return SCAN_NONE;
}

/* The next keyword cue at or after from whose word is the keyword or its
 * plural: cue_next, passing over "ruler" and "sessional"; *end is where
 * the keyword ends. */
static inline size_t cue_next_keyword(cue_cursor *c, const char *text, size_t len, size_t from,
                                      cue_kind *kind, size_t *end)
{
    size_t at;
    while ((at = cue_next(c, from, kind)) != SCAN_NONE) {
        if ((*end = cue_keyword_end(text, len, at, *kind)) != 0)
            return at;
        from = at + 1;
    }
    return SCAN_NONE;
}

#endif
