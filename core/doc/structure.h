/*
 * The structure passes run by doc_build_structure(), in order:
 *
 *   sections_build()  splits the blocks into front matter, body, annexes,
 *                     enclosures, appendices and trailing footnotes;
 *   masthead_read()   reads the front matter into doc->masthead and marks
 *                     its blocks MASTHEAD or TITLE;
 *   roles_assign()    gives every other block its paragraph role;
 *   masthead_adoption_from_closing()  takes a resolution's adoption date
 *                     from its closing lines when the front gave none.
 *
 * They share the line-classifying helpers below (structure.c), which read a
 * block's plain text with the extractors' scanning helpers: markup is gone,
 * but line breaks, no-break spaces, footnote marks and scanning debris may
 * remain.
 */
#ifndef CLERK_STRUCTURE_H
#define CLERK_STRUCTURE_H

#include "doc/doc.h"
#include "extract/scan.h"

#include <stddef.h>

void sections_build(clerk_doc *doc);
void masthead_read(clerk_doc *doc);
void roles_assign(clerk_doc *doc);
void masthead_adoption_from_closing(clerk_doc *doc);

static inline clerk_block *block_at(clerk_doc *doc, size_t i)
{ return (clerk_block *)vec_at(&doc->blocks, i); }
static inline clerk_section *section_at(clerk_doc *doc, size_t i)
{ return (clerk_section *)vec_at(&doc->sections, i); }

/* End of s[start, end) without trailing white space. */
size_t text_end(const char *s, size_t start, size_t end);

/* "General Assembly", "Security Council", "Human Rights Council" or
 * "Economic and Social Council" at s[i]: the body, *end past it. */
clerk_body body_name_at(const char *s, size_t len, size_t i, size_t *end);

/* The last punctuation mark that ends s[0, len) once footnote marks,
 * closing quotes and brackets are set aside: '.', ',', ';', ':', '!', '?',
 * or 0 when the text ends in a word, a number or a bracket's content. */
int final_punct(const char *s, size_t len);

/* When s[0, len) holds one date and nothing else (white space and a
 * footnote mark aside): the date's length, *out filled; else 0. */
size_t date_only(const char *s, size_t len, clerk_date *out);

/* s ends in "and", "of", "the" ...: a title does not, a sentence cut short
 * does. */
int ends_in_function_word(const char *s, size_t len);

/* A line a title is made of: short, unnumbered, capitalised, with no
 * sentence punctuation at its end and not shaped like a sentence (an italic
 * lead that more words follow, a long run with a finite verb); or a real
 * heading. */
int block_is_heading_like(const clerk_block *b);

/* The resolution opening "The General Assembly," (in any emphasis, with or
 * without its comma): the body it names, else CLERK_BODY_UNKNOWN. */
clerk_body block_opening_body(const clerk_block *b);

/* The opening run onto the end of a masthead line by a scan ("Resolution
 * 711 (1991) of 12 September 1991 The Security Council,"): the body named. */
clerk_body block_trailing_opening(const clerk_block *b);

/* A start of a section: "Annex", "Annex II", "Annex to the letter dated
 * ...", "Annex: Benchmarks", "Enclosure", "Appendix I".  Fills kind, the
 * label's place in the block text (label_length 0 when none) and its value. */
typedef struct section_heading {
    clerk_section_kind kind;
    size_t label_start, label_length;
    int number;
    size_t title_start;  /* a title on the heading's own line; 0 when none */
    size_t line_end;     /* end of the heading's line in the block text */
} section_heading;
int block_section_heading(const clerk_block *b, section_heading *out);

/* s[0, len) is one line of a masthead: a symbol, a body's name, the
 * distribution, a date, a language, a session, an agenda item, an adoption
 * line (masthead.c). */
int masthead_line(const char *s, size_t len);

/* Source span of b's plain text [start, end). */
void text_span_source(const clerk_doc *doc, size_t block, size_t start, size_t end,
                      size_t *offset, size_t *length);

/* A copy of s[0, len) in the document's arena, each run of white space
 * (line breaks included) made one space. */
const char *arena_text(clerk_doc *doc, const char *s, size_t len);

#endif
