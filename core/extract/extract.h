/*
 * Entity extractors.  Each scans one block's plain text and appends entities
 * to a vec with loc.block and loc.text_offset/text_length set; offsets are
 * in the plain text.  They look only where the cues found in the text
 * beforehand point (extract/cues.h).  extract_document() runs them all
 * over a parsed document and fills the source offsets.
 */
#ifndef CLERK_EXTRACT_H
#define CLERK_EXTRACT_H

#include "clerk/plugin.h"
#include "util/arena.h"
#include "util/vec.h"

typedef struct clerk_doc clerk_doc;
typedef struct cue_list cue_list;

/* What an extractor needs besides the text. */
typedef struct extract_ctx {
    arena *arena;         /* for strings the entities hold */
    size_t block;         /* the block index to record */
    clerk_body doc_body;  /* issuing body of the document, for unqualified citations */
    int last_year;        /* year last named before this block ("of that year"); updated */
    const cue_list *cues; /* where to look in the text (cues_find) */
} extract_ctx;

void extract_dates(extract_ctx *cx, const char *text, size_t len, vec *out);
void extract_resolutions(extract_ctx *cx, const char *text, size_t len, vec *out);
void extract_rules(extract_ctx *cx, const char *text, size_t len, vec *out);
void extract_charter(extract_ctx *cx, const char *text, size_t len, vec *out);
void extract_symbols(extract_ctx *cx, const char *text, size_t len, vec *out);
void extract_sessions(extract_ctx *cx, const char *text, size_t len, vec *out);
void extract_xrefs(extract_ctx *cx, const char *text, size_t len, vec *out);

/* Parses one date starting exactly at text[pos]; returns its length in bytes,
 * 0 when no date starts there.  Shared by the masthead and the extractors. */
size_t date_parse_at(const char *text, size_t len, size_t pos, clerk_date *out);

/* "sixty-fourth" → 64, "first" → 1; 0 when the words are not an ordinal.
 * *used receives the bytes consumed. */
int ordinal_parse(const char *text, size_t len, size_t *used);

/* Runs every extractor over every block of the document. */
void extract_document(clerk_doc *doc);

#endif
