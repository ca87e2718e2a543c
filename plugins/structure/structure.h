/*
 * The structure plugin: checks on the shape of a document (numbering,
 * annexes, paragraphs cut by page breaks, headings glued together, the
 * masthead) rather than on its wording.  One check function per rule, each
 * in the file named after its subject; structure.c holds the descriptor,
 * text.c reads words and punctuation, labels.c turns labels into numbers,
 * lost.c finds labels the reader took for text.
 */
#ifndef CLERK_STRUCTURE_H
#define CLERK_STRUCTURE_H

#include "clerk/plugin.h"

void check_paragraph_sequence(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_annex_missing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_annex_unannounced(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_split_paragraph(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_headings_run_together(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_masthead_symbol(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* A word of a block's text (text.c). */
typedef struct text_word {
    const char *start;
    size_t length;
} text_word;

size_t text_trim_end(const char *text, size_t len);
size_t text_skip_space(const char *text, size_t len, size_t i);
text_word text_last_word(const char *text, size_t len);
text_word text_first_word(const char *text, size_t len);
/* The words of the text, counted up to `enough`: callers compare the
 * count with a threshold, and a long paragraph need not be read to its end. */
size_t text_count_words(const char *text, size_t len, size_t enough);
/* The word is one of a NULL-terminated list, compared without case. */
int text_word_in(text_word w, const char *const *list);
int text_has_sentence_boundary(const char *text, size_t len);
/* '.', ',', ';', ':', '!' or '?' ending the text past closing quotes,
 * brackets and a footnote number; 0 when it ends in a word. */
int text_final_mark(const char *text, size_t len);
/* Short, one phrase, no punctuation at its end: a heading's wording. */
int text_is_heading_like(const char *text, size_t len);
/* The whole of the block's text is bold. */
int text_is_bold(const clerk_block *b);

/* The levels of paragraph numbering, outermost first: 1., (a), (i). */
enum { LEVEL_ARABIC, LEVEL_LETTER, LEVEL_ROMAN, LEVEL_COUNT };

/* Label values (labels.c): "c" = 3, "bb" = 28; "iv" = 4, up to "cxc"; 0 when
 * the label is not of that kind. */
int label_letter_value(const char *label);
int label_roman_value(const char *label);
/* "iv" for 4 ("IV" with upper). */
void label_roman(int value, int upper, char *out, size_t size);
/* The label of a value at a level, without brackets: "4", "d", "iv". */
void label_format(int level, int value, int upper, char *out, size_t size);

/* Looks between blocks from and upto for label n of the level written so
 * the reader took it for text, and reports it there (lost.c); returns 1
 * when it did. */
int report_lost_label(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                      size_t from, size_t upto, int level, int n, int upper);

#endif
