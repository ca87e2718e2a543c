#include "harness.h"
#include "extract/cues.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_fail(const char *what, const char *file, int line)
{
    fprintf(stderr, "%s:%d: broken promise: %s\n", file, line, what);
    abort();
}

char *fuzz_text(const uint8_t *data, size_t size)
{
    size_t bad;
    if (memchr(data, '\0', size) || utf8_validate((const char *)data, size, &bad) != 0)
        return NULL;
    char *text = xmalloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    return text;
}

static void check_loc(const clerk_loc *loc, size_t block, size_t text_len)
{
    FUZZ_CHECK(loc->block == block);
    FUZZ_CHECK(loc->text_offset <= text_len);
    FUZZ_CHECK(loc->text_length <= text_len - loc->text_offset);
}

/* Every plain offset of a block maps inside the block's span, in order. */
static void check_block(const clerk_doc *doc, size_t i)
{
    const clerk_block *b = doc_block(doc, i);
    FUZZ_CHECK(b->offset <= doc->len && b->length <= doc->len - b->offset);
    FUZZ_CHECK(!memchr(b->text, '\0', b->text_length));
    FUZZ_CHECK(b->emphasis_count == 0 || b->emphasis);
    for (size_t e = 0; e < b->emphasis_count; e++)
        FUZZ_CHECK(b->emphasis[e].start + b->emphasis[e].length <= b->text_length);
    FUZZ_CHECK(b->lead_length <= b->text_length);
    size_t prev = b->offset;
    for (size_t t = 0; t <= b->text_length; t++) {
        size_t s = doc_source_offset(doc, i, t);
        FUZZ_CHECK(s >= prev && s <= b->offset + b->length);
        prev = s;
    }
    size_t line, column;
    doc_line_col(doc, b->offset, &line, &column);
    FUZZ_CHECK(line >= 1 && line <= doc->line_count && column >= 1);
}

static void check_document(const clerk_doc *doc)
{
    for (size_t i = 0; i < doc->blocks.len; i++)
        check_block(doc, i);
    for (size_t i = 0; i < doc->sections.len; i++) {
        const clerk_section *s = doc_section(doc, i);
        FUZZ_CHECK(s->first_block + s->block_count <= doc->blocks.len);
        FUZZ_CHECK(s->offset <= doc->len && s->length <= doc->len - s->offset);
    }
    for (int k = 0; k < CLERK_ENT_KIND_COUNT; k++) {
        const vec *v = &doc->entities[k];
        for (size_t i = 0; i < v->len; i++) {
            const clerk_loc *loc = vec_at(v, i);
            FUZZ_CHECK(loc->block < doc->blocks.len);
            check_loc(loc, loc->block, doc_block(doc, loc->block)->text_length);
            FUZZ_CHECK(loc->offset <= doc->len && loc->length <= doc->len - loc->offset);
        }
    }
}

void fuzz_document(const uint8_t *data, size_t size, doc_format format)
{
    /* doc_parse takes a heap buffer and refuses what is not UTF-8 itself;
     * only the NUL bytes the file reader stops are kept out here (a zip, as
     * a .docx is, may hold them). */
    int archive = format == DOC_FORMAT_DOCX;
    if (!archive && memchr(data, '\0', size))
        return;
    char *src = xmalloc(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';
    char err[256];
    clerk_doc *doc = doc_parse(format == DOC_FORMAT_TEXT ? "fuzz.txt" : "fuzz.md", src, size,
                               format, err, sizeof err);
    if (!doc)
        return;
    /* A .docx's source is the text read from it. */
    FUZZ_CHECK(archive || (doc->len == size && memcmp(doc->src, data, size) == 0));
    FUZZ_CHECK(strlen(doc->src) == doc->len);
    check_document(doc);
    doc_free(doc);
}

char *fuzz_extractor(const uint8_t *data, size_t size, fuzz_extractor_fn fn, size_t entity_size,
                     size_t *text_len)
{
    if (size < 2)
        return NULL;
    static const clerk_body bodies[] = {CLERK_BODY_UNKNOWN, CLERK_BODY_GA, CLERK_BODY_SC,
                                        CLERK_BODY_ECOSOC, CLERK_BODY_HRC, CLERK_BODY_SECRETARIAT};
    unsigned pick = data[0];
    char *text = fuzz_text(data + 1, size - 1);
    if (!text)
        return NULL;
    size_t len = size - 1;
    arena a;
    arena_init(&a);
    cue_list cues;
    cue_list_init(&cues);
    cues_find(&cues, text, len);
    extract_ctx cx = {&a, 7, bodies[pick % 6], pick & 0x80 ? 1940 + (int)(pick & 0x7f) : 0, &cues};
    vec out;
    vec_init(&out, entity_size);
    fn(&cx, text, len, &out);
    for (size_t i = 0; i < out.len; i++)
        check_loc(vec_at(&out, i), 7, len);
    vec_free(&out);
    cue_list_free(&cues);
    arena_free(&a);
    *text_len = len;
    return text;
}
