/*
 * Internals of the document layer: the block builder shared by the format
 * readers, the readers themselves and the line index.
 *
 * A reader appends a block's text run by run, each run tagged with where it
 * came from in the source, marks emphasis spans, then emits one or more
 * blocks from ranges of what it built.  The builder keeps a segment map (one
 * entry per run, not per byte), so any plain offset maps back to the source.
 */
#ifndef CLERK_PLAIN_H
#define CLERK_PLAIN_H

#include "doc/doc.h"

/* A run of text and the source bytes it stands for: a copy when both have
 * the same length, else a stand-in (an entity, a line break read as a space). */
typedef struct plain_run {
    size_t text_offset;
    size_t source_offset, source_length;
} plain_run;

typedef struct plain_builder {
    char *text;     /* the text so far; not NUL-terminated */
    size_t len, cap;
    vec runs;       /* plain_run, none empty, text_offset increasing */
    vec emphasis;   /* clerk_emphasis, in text offsets, in no particular order */
    vec opens;      /* size_t: text offsets where markup opens, ascending */
} plain_builder;

void plain_init(plain_builder *b);
void plain_free(plain_builder *b);
void plain_clear(plain_builder *b);

/* Appends n bytes copied from the source at source_offset. */
void plain_copy(plain_builder *b, const char *s, size_t n, size_t source_offset);
/* Appends text standing for source_length source bytes it is not a copy of
 * (a decoded entity, a line break read as a space). */
void plain_stand_in(plain_builder *b, const char *s, size_t n, size_t source_offset,
                    size_t source_length);
/* Marks [start, end) of the text; equal spans merge their bits when emitted. */
void plain_emphasis(plain_builder *b, size_t start, size_t end, unsigned kind);
/* Notes that markup ("*", "[", "<u>") opens at the end of the text.  Where
 * the source skips markup between two runs, the map sends the text offset
 * there to the end of the run before (so a span ending there stops before
 * closing markup or a removed footnote reference), unless markup opens
 * there: then to the start of the run after.  doc_source_start() sends it
 * to the start of the run after in both cases. */
void plain_open(plain_builder *b);
/* Removes count ranges of the text, keeping the map and the spans right:
 * ranges holds sorted, disjoint [from, to) pairs. */
void plain_delete(plain_builder *b, const size_t *ranges, size_t count);

/* Source offset where the character at text_offset starts, and where the
 * one before text_offset ends. */
size_t plain_source(const plain_builder *b, size_t text_offset);
size_t plain_end(const plain_builder *b, size_t text_offset);
/* The first text offset whose source offset is at or after source_offset. */
size_t plain_text_at(const plain_builder *b, size_t source_offset);

/* Paragraph labels: "(a)", "a)", "a. ", "(iv)", "iv. ", and with arabic set
 * "12." and "12)". */
typedef struct label_run {
    int last_letter;  /* value of the last letter label, so "(i)" after "(h)" is a letter */
} label_run;

/* Reads a label at text[from] into shape (label, style, number, source span)
 * and returns the offset of the text after it and its spaces; returns from
 * when no label stands there.  Invisible marks (U+200E ...) count as spaces
 * around it. */
size_t plain_label(clerk_doc *doc, const plain_builder *b, size_t from, size_t to, int arabic,
                   label_run *run, clerk_block *shape);
/* Whether t[0, n) opens with a label plain_label reads with arabic set. */
int plain_opens_with_label(const char *t, size_t n);

/* Appends a block shaped like shape (kind, level, source span, label) whose
 * plain text is b's [from, to) trimmed of surrounding white space; sets its
 * text, emphasis and map, and its lead_length: the bytes from the text's
 * start to the end of the italic phrase it opens with, after any blanks and
 * opening quotes (0 when it opens otherwise). */
void plain_emit(clerk_doc *doc, const plain_builder *b, size_t from, size_t to,
                const clerk_block *shape);
/* Appends a block whose text, text_length bytes, stands at text_offset in
 * the source. */
void plain_emit_slice(clerk_doc *doc, const clerk_block *shape, const char *text,
                      size_t text_offset, size_t text_length);

/* Points every block's emphasis into doc->emphasis; called once all the
 * blocks are in, since the array moves while it grows. */
void plain_link_emphasis(clerk_doc *doc);

/* The readers: fill doc->blocks from doc->src, starting after any BOM. */
void markdown_read(clerk_doc *doc, size_t start);
void text_read(clerk_doc *doc, size_t start);
/* Returns -1 with the cause in err when the bytes are no Akoma Ntoso XML. */
int akn_read(clerk_doc *doc, size_t start, char *err, size_t err_size);
/* Reads the .docx archive in doc->src and replaces it with the text found,
 * one line per paragraph; returns -1 with the cause in err. */
int docx_read(clerk_doc *doc, char *err, size_t err_size);

/* Builds doc->line_starts (lines.c). */
void lines_index(clerk_doc *doc);

/* Bytes of the UTF-8 byte order mark at the start of s: 3 or 0. */
static inline size_t bom_length(const char *s, size_t len)
{
    return len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
                   (unsigned char)s[2] == 0xBF
               ? 3
               : 0;
}

#endif
