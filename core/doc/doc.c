/*
 * The document's life: validation, the line index, the reader for its
 * format, then structure and entities; and the map from plain text back to
 * the source.
 */
#include "doc/plain.h"
#include "extract/extract.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <string.h>

/* The extension of path, lower-cased into ext ("" when none fits). */
static void path_extension(const char *path, char *ext, size_t size)
{
    const char *dot = strrchr(path, '.');
    ext[0] = '\0';
    if (!dot || strchr(dot, '/') || strlen(dot + 1) >= size)
        return;
    size_t i = 0;
    for (; dot[1 + i]; i++)
        ext[i] = (char)(dot[1 + i] >= 'A' && dot[1 + i] <= 'Z' ? dot[1 + i] | 0x20 : dot[1 + i]);
    ext[i] = '\0';
}

/* The root's name, after the declaration, comments and processing
 * instructions, with or without a namespace prefix. */
int doc_is_akn(const char *s, size_t len)
{
    size_t p = bom_length(s, len);
    for (;;) {
        while (p < len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
            p++;
        if (p + 4 < len && memcmp(s + p, "<!--", 4) == 0) {
            const char *end = strstr(s + p + 4, "-->");
            if (!end)
                return 0;
            p = (size_t)(end - s) + 3;
        } else if (p + 1 < len && s[p] == '<' && (s[p + 1] == '?' || s[p + 1] == '!')) {
            const char *end = strchr(s + p, '>');
            if (!end)
                return 0;
            p = (size_t)(end - s) + 1;
        } else {
            break;
        }
    }
    if (p >= len || s[p] != '<')
        return 0;
    size_t name = ++p;
    while (p < len && s[p] != '>' && s[p] != '/' && s[p] != ' ' && s[p] != '\t' &&
           s[p] != '\n' && s[p] != '\r')
        if (s[p++] == ':')
            name = p;
    return p - name == 10 && memcmp(s + name, "akomaNtoso", 10) == 0;
}

static doc_format detect_format(const char *path, const char *src, size_t len)
{
    char ext[10];
    path_extension(path, ext, sizeof ext);
    if (doc_is_zip(src, len) || strcmp(ext, "docx") == 0)
        return DOC_FORMAT_DOCX;
    if (doc_is_akn(src, len) || strcmp(ext, "xml") == 0)
        return DOC_FORMAT_AKN;
    return strcmp(ext, "txt") == 0 ? DOC_FORMAT_TEXT : DOC_FORMAT_MARKDOWN;
}

int doc_format_named(const char *name)
{
    static const struct { const char *name; doc_format format; } names[] = {
        {"markdown", DOC_FORMAT_MARKDOWN}, {"text", DOC_FORMAT_TEXT},
        {"akn", DOC_FORMAT_AKN}, {"xml", DOC_FORMAT_AKN}, {"docx", DOC_FORMAT_DOCX}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i].name) == 0)
            return (int)names[i].format;
    return -1;
}

enum { SOURCE_PADDING = 64 };

clerk_doc *doc_parse(const char *path, char *src, size_t len, doc_format format, char *err,
                     size_t err_size)
{
    return doc_parse_with(path, src, len, format, 0, err, err_size);
}

clerk_doc *doc_parse_with(const char *path, char *src, size_t len, doc_format format,
                          unsigned flags, char *err, size_t err_size)
{
    if (len >= DOC_MAX_LENGTH) {
        snprintf(err, err_size, "too large: a document must be under 4 GiB");
        free(src);
        return NULL;
    }
    if (format == DOC_FORMAT_AUTO)
        format = detect_format(path, src, len);
    size_t bad;
    if (format != DOC_FORMAT_DOCX && utf8_validate(src, len, &bad) != 0) {
        snprintf(err, err_size, "invalid UTF-8 at byte offset %zu", bad);
        free(src);
        return NULL;
    }
    clerk_doc *doc = xcalloc(1, sizeof *doc);
    arena_init(&doc->arena);
    doc->path = arena_strdup(&doc->arena, path);
    doc->format = format;
    /* A .docx's source is the text written while its blocks are read, and
     * moves as it grows: its texts are copies. */
    doc->share_texts = !(flags & DOC_TERMINATED_TEXTS) && format != DOC_FORMAT_DOCX;
    /* The readers rely on the terminator.  The zeroed bytes after it are for
     * PCRE2's JIT, which reads a subject a vector at a time, past its end:
     * block texts point into the source, and the last may end where it does. */
    doc->src = xrealloc(src, len + 1 + SOURCE_PADDING);
    memset(doc->src + len, 0, 1 + SOURCE_PADDING);
    doc->len = len;
    vec_init(&doc->blocks, sizeof(clerk_block));
    vec_init(&doc->maps, sizeof(block_map));
    vec_init(&doc->segs, sizeof(plain_seg));
    vec_init(&doc->emphasis, sizeof(clerk_emphasis));
    vec_init(&doc->sections, sizeof(clerk_section));
    vec_init(&doc->insertions, sizeof(size_t));
#ifdef DOC_EXACT_TEXTS
    vec_init(&doc->exact_texts, sizeof(char *));
#endif
    /* doc->entities stay zeroed (empty) until extract_document() sizes them. */
    clerk_masthead *m = &doc->masthead;
    m->symbol = m->distribution = m->original_language = m->agenda_item = m->title = "";

    int rc = 0;
    size_t start = bom_length(doc->src, len);
    if (format == DOC_FORMAT_DOCX) {
        rc = docx_read(doc, err, err_size); /* the archive becomes its text */
        lines_index(doc);
    } else {
        lines_index(doc);
        if (format == DOC_FORMAT_AKN)
            rc = akn_read(doc, start, err, err_size);
        else if (format == DOC_FORMAT_TEXT)
            text_read(doc, start);
        else
            markdown_read(doc, start);
    }
    if (rc != 0) {
        doc_free(doc);
        return NULL;
    }
    plain_link_emphasis(doc);

    doc_build_structure(doc);
    extract_document(doc);
    return doc;
}

void doc_free(clerk_doc *doc)
{
    if (!doc)
        return;
    vec_free(&doc->blocks);
    vec_free(&doc->maps);
    vec_free(&doc->segs);
    vec_free(&doc->emphasis);
    vec_free(&doc->sections);
    vec_free(&doc->insertions);
    for (int k = 0; k < CLERK_ENT_KIND_COUNT; k++)
        vec_free(&doc->entities[k]);
    arena_free(&doc->arena);
#ifdef DOC_EXACT_TEXTS
    for (size_t i = 0; i < doc->exact_texts.len; i++)
        free(*(char **)vec_at(&doc->exact_texts, i));
    vec_free(&doc->exact_texts);
#endif
    free(doc->line_starts);
    free(doc->column_marks);
    free(doc->src);
    free(doc);
}

/* The segment of the block's map a text offset falls in: the last one
 * starting at or before it. */
static const plain_seg *seg_at(const clerk_doc *doc, const block_map *m, size_t text_offset,
                               const plain_seg **next)
{
    const plain_seg *s = (const plain_seg *)doc->segs.data + m->first_seg;
    size_t lo = 0, hi = m->seg_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (s[mid].text_offset <= text_offset)
            lo = mid;
        else
            hi = mid;
    }
    *next = lo + 1 < m->seg_count ? &s[lo + 1] : NULL;
    return &s[lo];
}

int doc_in_insertion(const clerk_doc *doc, size_t offset, size_t length)
{
    const size_t *range = doc->insertions.data;
    size_t end = offset + (length ? length : 1);
    for (size_t i = 0; i + 1 < doc->insertions.len; i += 2)
        if (offset < range[i + 1] && end > range[i])
            return 1;
    return 0;
}

size_t doc_source_offset(const clerk_doc *doc, size_t block, size_t text_offset)
{
    const clerk_block *b = doc_block(doc, block);
    if (text_offset > b->text_length)
        text_offset = b->text_length;
    const block_map *m = vec_at(&doc->maps, block);
    if (m->seg_count == 0)
        return m->first_seg + text_offset;
    const plain_seg *next, *s = seg_at(doc, m, text_offset, &next);
    size_t offset = s->source_offset + (text_offset - s->text_offset);
    /* Text standing in for fewer source bytes must not run into the next segment. */
    if (next && next->source_offset >= s->source_offset && offset > next->source_offset)
        offset = next->source_offset;
    return offset;
}

size_t doc_source_start(const clerk_doc *doc, size_t block, size_t text_offset)
{
    const block_map *m = vec_at(&doc->maps, block);
    if (m->seg_count == 0)
        return doc_source_offset(doc, block, text_offset);
    const plain_seg *next, *s = seg_at(doc, m, text_offset, &next);
    if (s->text_offset == text_offset && text_offset < doc_block(doc, block)->text_length)
        return s->start_offset;
    return doc_source_offset(doc, block, text_offset);
}
