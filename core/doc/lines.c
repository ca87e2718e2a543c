/*
 * The line index: where each line starts.  LF, CRLF and a lone CR all end a
 * line.  Columns count code points, and a byte order mark is not one.
 *
 * Counting from the line's start for every finding would take quadratic
 * time on one long line with many findings, so the count is also kept at
 * every COLUMN_STRIDE bytes, and a column is counted from the mark before.
 */
#include "doc/plain.h"
#include "util/xalloc.h"

#include <string.h>

static void add_line(clerk_doc *doc, size_t *cap, size_t start)
{
    if (doc->line_count == *cap) {
        *cap *= 2;
        doc->line_starts = xreallocarray(doc->line_starts, *cap, sizeof *doc->line_starts);
    }
    doc->line_starts[doc->line_count++] = start;
}

enum { COLUMN_STRIDE = 4096 };

static void index_lines(clerk_doc *doc)
{
    const char *s = doc->src;
    size_t n = doc->len;
    size_t cap = 64 + n / 64;
    doc->line_starts = xreallocarray(NULL, cap, sizeof *doc->line_starts);
    doc->line_count = 0;
    add_line(doc, &cap, 0);
    if (!memchr(s, '\r', n)) {
        /* The common case: memchr finds line feeds faster than a loop. */
        for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))) != NULL;)
            add_line(doc, &cap, (size_t)(++p - s));
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
            i++;
        else if (s[i] != '\n' && s[i] != '\r')
            continue;
        add_line(doc, &cap, i + 1);
    }
}

/* Index of the line holding offset. */
static size_t line_index(const clerk_doc *doc, size_t offset)
{
    size_t lo = 0, hi = doc->line_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Where a line's text starts: after the BOM on the first line. */
static size_t text_start(const clerk_doc *doc, size_t index)
{
    return index == 0 ? bom_length(doc->src, doc->len) : doc->line_starts[index];
}

static size_t count_code_points(const char *s, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t p = from; p < to; p++)
        n += ((unsigned char)s[p] & 0xC0) != 0x80;
    return n;
}

/* column_marks[k]: the code points of its line before offset k * STRIDE. */
static void index_columns(clerk_doc *doc)
{
    size_t count = doc->len / COLUMN_STRIDE + 1;
    doc->column_marks = xreallocarray(NULL, count, sizeof *doc->column_marks);
    for (size_t k = 0; k < count; k++) {
        size_t at = k * COLUMN_STRIDE, from = text_start(doc, line_index(doc, at));
        size_t before = k ? at - COLUMN_STRIDE : 0;
        if (k && before >= from) /* the mark before is in the same line */
            doc->column_marks[k] = doc->column_marks[k - 1] + count_code_points(doc->src, before, at);
        else
            doc->column_marks[k] = from < at ? count_code_points(doc->src, from, at) : 0;
    }
}

void lines_index(clerk_doc *doc)
{
    index_lines(doc);
    index_columns(doc);
}

void doc_line_col(const clerk_doc *doc, size_t offset, size_t *line, size_t *column)
{
    if (offset > doc->len)
        offset = doc->len;
    size_t i = line_index(doc, offset);
    size_t from = text_start(doc, i), col = 1;
    size_t mark = offset / COLUMN_STRIDE;
    if (mark * COLUMN_STRIDE > from) {
        from = mark * COLUMN_STRIDE;
        col += doc->column_marks[mark];
    }
    *line = i + 1;
    *column = from < offset ? col + count_code_points(doc->src, from, offset) : col;
}

const char *doc_line_text(const clerk_doc *doc, size_t line, size_t *length)
{
    if (line == 0 || line > doc->line_count) {
        *length = 0;
        return "";
    }
    size_t start = text_start(doc, line - 1);
    size_t end = line < doc->line_count ? doc->line_starts[line] : doc->len;
    if (end > start && doc->src[end - 1] == '\n')
        end--;
    if (end > start && doc->src[end - 1] == '\r')
        end--;
    *length = end - start;
    return doc->src + start;
}
