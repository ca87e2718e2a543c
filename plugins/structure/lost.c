/*
 * Labels the reader could not take for labels: a paragraph numbered
 * "5 Encourages", "4,", "6.Calls", or one that runs on from the paragraph
 * before it with no blank line between (a page break in a scanned text).
 * The numbering rule looks for them where its run shows a gap, so the
 * finding names the real slip instead of the gap it causes.
 */
#include "structure.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* Where the number n opens text[at..] followed by something other than a
 * digit ("5 ", "4,", "6.Calls"): the length of the number and the marks
 * glued to it; 0 when n does not stand there. */
static size_t number_at(const char *text, size_t len, size_t at, int n)
{
    char digits[16];
    size_t d = (size_t)snprintf(digits, sizeof digits, "%d", n), end;
    if (at + d >= len || memcmp(text + at, digits, d) != 0 || isdigit((unsigned char)text[at + d]))
        return 0;
    for (end = at + d; end < len && end < at + d + 4; end++)
        if (isspace((unsigned char)text[end]) || isalpha((unsigned char)text[end]))
            break;
    return end - at;
}

/* U+200B..U+200F (zero-width and direction marks), U+2060, U+FEFF. */
static int is_invisible(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    return len >= 3 && ((u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8F) ||
                        (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) ||
                        (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF));
}

/* Paragraph n opens block j with a number that is not a label. */
static void report_malformed(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                             size_t j, size_t m, int n)
{
    const char *t = api->block(doc, j)->text;
    size_t at = api->source_offset(doc, j, 0), length = api->source_offset(doc, j, m) - at;
    size_t d = (size_t)snprintf(NULL, 0, "%d", n);
    if (t[d] != '.')
        api->report(ctx, at, length, NULL, "paragraph %d is numbered \"%.*s\" instead of \"%d.\"",
                    n, (int)m, t, n);
    else if (is_invisible(t + d + 1, m - d - 1))
        api->report(ctx, at, length, NULL,
                    "an invisible character follows the number \"%d.\" of paragraph %d, "
                    "so it does not read as a paragraph number", n, n);
    else
        api->report(ctx, at, length, NULL, "no space follows the number \"%d.\" of paragraph %d", n, n);
}

/* A line of src[begin, end) starting with `want` and a space (after its
 * indent, or a form feed: a page break); its offset, or end. */
static size_t line_starting(const char *src, size_t begin, size_t end, const char *want)
{
    size_t w = strlen(want);
    for (size_t p = begin; p < end; p++) {
        if (src[p] != '\n')
            continue;
        size_t at = p + 1;
        while (at < end && (src[at] == ' ' || src[at] == '\t' || src[at] == '\f'))
            at++;
        if (at + w < end && memcmp(src + at, want, w) == 0 && isspace((unsigned char)src[at + w]))
            return at;
    }
    return end;
}

/*
 * The label that should come next (paragraph n, or sub-paragraph (x)),
 * looked for between block `from` and block `upto` where the reader took it
 * for text: an unnumbered block starting with the paragraph's number
 * ("5 Encourages"), or a line inside a block starting with the label (no
 * paragraph break before it).  Reports it and returns 1, else returns 0.
 */
int report_lost_label(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                             size_t from, size_t upto, int lvl, int n, int upper)
{
    char label[16], want[20], name[32];
    label_format(lvl, n, upper, label, sizeof label);
    snprintf(want, sizeof want, lvl == LEVEL_ARABIC ? "%s." : "(%s)", label);
    snprintf(name, sizeof name, lvl == LEVEL_ARABIC ? "paragraph %s" : "sub-paragraph (%s)", label);

    size_t src_len, m;
    const char *src = api->source(doc, &src_len);
    for (size_t j = from; j < upto; j++) {
        const clerk_block *b = api->block(doc, j);
        if (lvl == LEVEL_ARABIC && j > from && b->label[0] == '\0' &&
            (m = number_at(b->text, b->text_length, 0, n))) {
            report_malformed(api, doc, ctx, j, m, n);
            return 1;
        }
        size_t end = b->offset + b->length < src_len ? b->offset + b->length : src_len;
        size_t at = line_starting(src, b->offset, end, want);
        if (at < end) {
            api->report(ctx, at, strlen(want), NULL,
                        "%s runs on from the paragraph before it: a blank line belongs before \"%s\"",
                        name, want);
            return 1;
        }
    }
    return 0;
}
