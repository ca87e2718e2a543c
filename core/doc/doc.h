/*
 * The document: source bytes, line index, blocks with their plain-text
 * projection, sections, masthead and entities.  Built once per file by
 * doc_parse(); read-only afterwards, so rules may share it across threads.
 */
#ifndef CLERK_DOC_H
#define CLERK_DOC_H

#include "clerk/plugin.h"
#include "util/arena.h"
#include "util/vec.h"

#include <stdint.h>

typedef enum doc_format {
    DOC_FORMAT_AUTO = 0,  /* by content (a zip, an <akomaNtoso> root), else by
                           * extension: .docx Word, .xml Akoma Ntoso, .txt text,
                           * anything else Markdown */
    DOC_FORMAT_MARKDOWN,
    DOC_FORMAT_TEXT,
    DOC_FORMAT_AKN,       /* Akoma Ntoso for the UN (AKN4UN) XML */
    DOC_FORMAT_DOCX       /* Word; the source becomes its text, a line per paragraph */
} doc_format;

/* Whether the bytes open as a zip archive does (a .docx): such a file may
 * hold NUL bytes. */
static inline int doc_is_zip(const char *s, size_t len)
{
    return len >= 4 && s[0] == 'P' && s[1] == 'K' && s[2] == 3 && s[3] == 4;
}

/* Whether the bytes (NUL-terminated) are XML whose root element is
 * <akomaNtoso>. */
int doc_is_akn(const char *s, size_t len);

/* The format named on a command line ("markdown", "text", "akn" or "xml",
 * "docx"), or -1. */
int doc_format_named(const char *name);

/* One run of plain text copied from contiguous source bytes:
 * plain[text_offset + k] came from src[source_offset + k].  At text_offset
 * itself markup the text leaves out may stand between the run before and
 * this one: source_offset is then where a span ending there ends (before
 * closing markup) and start_offset where one starting there starts. */
typedef struct plain_seg {
    size_t text_offset;
    size_t source_offset;
    size_t start_offset;
} plain_seg;

/* Where a block's segments sit in doc->segs.  A block whose text is a copy
 * of contiguous source bytes (most are) needs none: seg_count is 0 and
 * first_seg is then the source offset of the text's first byte. */
typedef struct block_map {
    size_t first_seg;
    size_t seg_count;
} block_map;

/* Under AddressSanitizer a text that would point into the source is an
 * exact-size copy instead (no NUL after it), so that a rule reading past a
 * block's text_length is reported. */
#if defined(__SANITIZE_ADDRESS__)
#define DOC_EXACT_TEXTS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DOC_EXACT_TEXTS 1
#endif
#endif

struct clerk_doc {
    const char *path;          /* as given on the command line; "-" for stdin */
    doc_format format;         /* the format it was read as */
    char *src;                 /* the bytes as read, NUL-terminated (owned) */
    size_t len;
    size_t *line_starts;       /* offset of each line's first byte */
    size_t line_count;
    size_t *column_marks;      /* code points before offset k * COLUMN_STRIDE in its line */
    arena arena;               /* strings and arrays owned by the document */
    vec blocks;                /* clerk_block */
    vec maps;                  /* block_map, parallel to blocks */
    vec segs;                  /* plain_seg */
    vec emphasis;              /* clerk_emphasis, referenced by blocks */
    vec sections;              /* clerk_section */
    vec insertions;            /* size_t pairs [from, to): text a tracked change inserted */
    clerk_masthead masthead;
    vec entities[CLERK_ENT_KIND_COUNT];
    int share_texts;           /* a text equal to its source bytes points there */
#ifdef DOC_EXACT_TEXTS
    vec exact_texts;           /* char *: the copies shared_text() made (plain.c) */
#endif
};

/* The largest file read by default, far above any real document (the
 * longest runs to a few hundred kilobytes): a stray huge file is refused
 * rather than read into memory, as the model of a document takes several
 * times its size.  `clerk check --max-file-size` changes it. */
#define DOC_MAX_SIZE ((size_t)16 << 20)

/* The longest document doc_parse() takes, whatever the file limit:
 * offsets within a document fit 32 bits (4 GiB - 1). */
#define DOC_MAX_LENGTH ((size_t)UINT32_MAX)

/* Sets the largest file doc_read_file() accepts; called once, before any
 * file is read. */
void doc_set_max_size(size_t bytes);

/* Reads a whole file ("-" for stdin) into a NUL-terminated buffer.  On error
 * returns -1 with the cause in err ("No such file or directory", "is a
 * directory", "binary file (NUL byte at offset 12)", "too large ..."). */
int doc_read_file(const char *path, char **buf, size_t *len, char *err, size_t err_size);

/* Returns 0 when s is valid UTF-8, else -1 with the offset of the first bad
 * sequence in *bad_offset (overlong forms, surrogates and truncation count). */
int utf8_validate(const char *s, size_t len, size_t *bad_offset);
/* A copy of s with each byte that starts no valid sequence replaced by
 * U+FFFD: a file name or a plugin's message written where only Unicode may
 * go (JSON).  Caller frees. */
char *utf8_repair(const char *s);

/* How doc_parse_with() builds block texts. */
enum {
    /* Every block text is a copy ending with a NUL, as plugins built for ABI
     * 1.0 and 1.1 expect.  Otherwise a text equal to its bytes in the source
     * (most are) points into the source and is text_length bytes, no NUL. */
    DOC_TERMINATED_TEXTS = 1
};

/* Parses src (taking ownership of it) into a document.  Returns NULL when
 * the bytes are not text (invalid UTF-8) or not the XML or the archive the
 * format needs, with the cause in err. */
clerk_doc *doc_parse_with(const char *path, char *src, size_t len, doc_format format,
                          unsigned flags, char *err, size_t err_size);
/* The same, texts shared with the source where they can be. */
clerk_doc *doc_parse(const char *path, char *src, size_t len, doc_format format,
                     char *err, size_t err_size);
void doc_free(clerk_doc *doc);

/* After a reader has filled the blocks: finds the sections, the masthead and
 * the paragraph roles (structure.c, masthead.c, roles.c). */
void doc_build_structure(clerk_doc *doc);

/* Whether [offset, offset + length) meets text a tracked change inserted
 * (a point, where one stands). */
int doc_in_insertion(const clerk_doc *doc, size_t offset, size_t length);

/* 1-based line and column (in code points) of a source offset. */
void doc_line_col(const clerk_doc *doc, size_t offset, size_t *line, size_t *column);
/* The source line holding offset, without its line ending. */
const char *doc_line_text(const clerk_doc *doc, size_t line, size_t *length);

/* Plain text offset in a block → source offset: where a span ending there
 * ends.  Where markup closes ("*Assembly*,"), that is before the markup. */
size_t doc_source_offset(const clerk_doc *doc, size_t block, size_t text_offset);
/* The same for a span starting there: after the markup that closes. */
size_t doc_source_start(const clerk_doc *doc, size_t block, size_t text_offset);

static inline const clerk_block *doc_block(const clerk_doc *doc, size_t i)
{ return (const clerk_block *)vec_at(&doc->blocks, i); }
static inline const clerk_section *doc_section(const clerk_doc *doc, size_t i)
{ return (const clerk_section *)vec_at(&doc->sections, i); }

#endif
