/* The state of one document being generated, and the markup helpers that
 * write the same structure as Markdown or as plain text. */
#ifndef BENCH_GEN_H
#define BENCH_GEN_H

#include "util/strbuf.h"
#include "calendar.h"
#include "rng.h"

/* Upper-cases the byte at offset at (ASCII). */
void capitalize_at(strbuf *b, size_t at);

typedef enum gen_format { GEN_MARKDOWN, GEN_TEXT } gen_format;

/* The slips a document may carry, each written at most once: the kind of
 * mistake drafters make and clerk looks for. */
enum {
    SLIP_INVALID_DATE = 1 << 0,  /* 31 June */
    SLIP_WEEKDAY = 1 << 1,       /* a weekday that is not the date's */
    SLIP_US_DATE = 1 << 2,       /* "June 3, 2014" */
    SLIP_NUMBERING = 1 << 3,     /* a paragraph number skipped */
    SLIP_SC_YEAR = 1 << 4,       /* a Security Council resolution's year wrong */
    SLIP_SPLIT = 1 << 5,         /* a paragraph split by a blank line */
    SLIP_ANNEX = 1 << 6,         /* an annex cited that the document lacks */
    SLIP_RULE = 1 << 7,          /* a rule of procedure that does not exist */
    SLIP_CHARTER = 1 << 8,       /* an Article the Charter lacks */
    SLIP_LATER_DATE = 1 << 9,    /* something done after the document's date */
    SLIP_COUNT = 10
};

typedef enum gen_organ { ORGAN_GA, ORGAN_SC } gen_organ;

typedef struct gen {
    rng r;
    strbuf *out;
    gen_format format;
    int wrap;               /* plain text hard-wrapped at 80 columns */
    size_t target;          /* bytes to reach */
    gen_organ organ;
    int session;            /* General Assembly session the document belongs to */
    int year;               /* year of the document */
    ymd date;               /* the document's date */
    unsigned slips;         /* slips still to write */
    int annexes;            /* annexes the document has */
    int paragraphs;         /* last paragraph number written */
    int footnote_count;
    strbuf footnotes;          /* footnote definitions, written at the end */
} gen;

/* Takes a pending slip: true once, when the document carries it. */
int gen_slip(gen *g, unsigned slip);

/* Inline markup, appended to b. */
void gen_italic(const gen *g, strbuf *b, const char *text);
void gen_bold(const gen *g, strbuf *b, const char *text);
/* A footnote reference in b; its text goes to the end of the document. */
void gen_footnote(gen *g, strbuf *b, const char *text);

/* Blocks, written to the output followed by a blank line. */
void gen_block(gen *g, const strbuf *text);
void gen_line(gen *g, const char *text);
void gen_heading(gen *g, int level, const char *text);
/* A paragraph numbered with the next paragraph number. */
void gen_numbered(gen *g, const strbuf *text);
void gen_table(gen *g, const char *const *columns, int ncolumns, int nrows);
/* Footnote definitions, at the end of the document. */
void gen_finish(gen *g);

#endif
