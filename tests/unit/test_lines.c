/* The line index: LF, CRLF and lone CR endings, columns in code points, the
 * byte order mark, and the text of a line. */
#include "doc/doc.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static clerk_doc *parse_n(const char *text, size_t n)
{
    char err[128] = "";
    char *src = xmalloc(n + 1);
    memcpy(src, text, n + 1);
    clerk_doc *doc = doc_parse("lines.txt", src, n, DOC_FORMAT_TEXT, err, sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    return doc;
}

static clerk_doc *parse(const char *text) { return parse_n(text, strlen(text)); }

/* Checks the line:column of offset. */
#define ck_assert_pos(doc, offset, want_line, want_col)       \
    do {                                                      \
        size_t line_, col_;                                   \
        doc_line_col(doc, offset, &line_, &col_);             \
        ck_assert_uint_eq(line_, want_line);                  \
        ck_assert_uint_eq(col_, want_col);                    \
    } while (0)

/* Checks the text of line (1-based). */
static void ck_line(const clerk_doc *doc, size_t line, const char *want)
{
    size_t n;
    const char *s = doc_line_text(doc, line, &n);
    ck_assert_uint_eq(n, strlen(want));
    ck_assert(memcmp(s, want, n) == 0);
}

START_TEST(lf_lines)
{
    clerk_doc *doc = parse("ab\ncd\n\nef");
    ck_assert_uint_eq(doc->line_count, 4);
    ck_assert_pos(doc, 0, 1, 1);
    ck_assert_pos(doc, 2, 1, 3); /* the line feed itself */
    ck_assert_pos(doc, 3, 2, 1);
    ck_assert_pos(doc, 6, 3, 1);
    ck_assert_pos(doc, 8, 4, 2);
    ck_assert_pos(doc, 9, 4, 3); /* the end */
    ck_line(doc, 1, "ab");
    ck_line(doc, 3, "");
    ck_line(doc, 4, "ef");
    doc_free(doc);
}
END_TEST

START_TEST(crlf_and_cr_lines)
{
    clerk_doc *doc = parse("ab\r\ncd\ref\r\n");
    ck_assert_uint_eq(doc->line_count, 4);
    ck_assert_pos(doc, 2, 1, 3); /* the CR of CRLF */
    ck_assert_pos(doc, 3, 1, 4); /* its LF, still line 1 */
    ck_assert_pos(doc, 4, 2, 1);
    ck_assert_pos(doc, 6, 2, 3); /* a lone CR ends line 2 */
    ck_assert_pos(doc, 7, 3, 1);
    ck_assert_pos(doc, 8, 3, 2);
    ck_line(doc, 1, "ab");
    ck_line(doc, 2, "cd");
    ck_line(doc, 3, "ef");
    ck_line(doc, 4, "");
    doc_free(doc);
}
END_TEST

START_TEST(columns_count_code_points)
{
    /* "é" is two bytes, "“" three, "😀" four: each one column. */
    clerk_doc *doc = parse("x\ncaf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80!");
    ck_assert_pos(doc, 2 + 3, 2, 4);  /* é */
    ck_assert_pos(doc, 2 + 5, 2, 5);  /* the space after it */
    ck_assert_pos(doc, 2 + 6, 2, 6);  /* “ */
    ck_assert_pos(doc, 2 + 9, 2, 7);  /* q */
    ck_assert_pos(doc, 2 + 14, 2, 10); /* 😀 */
    ck_assert_pos(doc, 2 + 18, 2, 11); /* ! */
    doc_free(doc);
}
END_TEST

START_TEST(bom_is_not_a_column)
{
    clerk_doc *doc = parse("\xEF\xBB\xBFTitle\nNext");
    ck_assert_pos(doc, 0, 1, 1);
    ck_assert_pos(doc, 3, 1, 1);
    ck_assert_pos(doc, 4, 1, 2);
    ck_assert_pos(doc, 9, 2, 1);
    ck_line(doc, 1, "Title");
    ck_line(doc, 2, "Next");
    /* The BOM still counts in offsets: the paragraph starts after it. */
    ck_assert_uint_eq(doc->blocks.len, 1);
    ck_assert_uint_eq(doc_block(doc, 0)->offset, 3);
    doc_free(doc);
}
END_TEST

START_TEST(empty_and_out_of_range)
{
    clerk_doc *doc = parse("");
    ck_assert_uint_eq(doc->line_count, 1);
    ck_assert_uint_eq(doc->blocks.len, 0);
    ck_assert_pos(doc, 0, 1, 1);
    ck_assert_pos(doc, 99, 1, 1);
    ck_line(doc, 1, "");
    ck_line(doc, 0, "");
    ck_line(doc, 2, "");
    doc_free(doc);
}
END_TEST

START_TEST(long_document)
{
    /* Many lines: the binary search finds each one. */
    size_t lines = 5000;
    char *text = xmalloc(lines * 4 + 1);
    for (size_t i = 0; i < lines; i++)
        memcpy(text + i * 4, i % 3 == 0 ? "ab\r\n" : i % 3 == 1 ? "abc\n" : "abc\r", 4);
    text[lines * 4] = '\0';
    clerk_doc *doc = parse(text);
    ck_assert_uint_eq(doc->line_count, lines + 1);
    for (size_t i = 0; i < lines; i += 7) {
        ck_assert_pos(doc, i * 4, i + 1, 1);
        ck_assert_pos(doc, i * 4 + 1, i + 1, 2);
    }
    free(text);
    doc_free(doc);
}
END_TEST

/* Lines of many lengths, some far longer than the stride at which the
 * column count is kept, with two-byte characters, after a BOM: every
 * offset's column is the count of code points from its line's start. */
START_TEST(columns_on_long_lines)
{
    static const size_t lengths[] = {5000, 1, 0, 4095, 4096, 4097, 12000, 3};
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "\xEF\xBB\xBF");
    for (size_t i = 0; i < sizeof lengths / sizeof *lengths; i++) {
        for (size_t k = 0; k < lengths[i]; k++)
            sb_puts(&sb, k % 3 ? "a" : "\xC3\xA9");
        sb_puts(&sb, i % 2 ? "\r\n" : "\n");
    }
    clerk_doc *doc = parse_n(sb.data, sb.len);
    size_t line = 1, col = 1;
    for (size_t offset = 3; offset <= sb.len; offset++) {
        size_t got_line, got_col;
        doc_line_col(doc, offset, &got_line, &got_col);
        ck_assert_msg(got_line == line && got_col == col, "offset %zu: %zu:%zu, expected %zu:%zu",
                      offset, got_line, got_col, line, col);
        if (offset == sb.len)
            break;
        unsigned char c = (unsigned char)sb.data[offset];
        if (c == '\n') {
            line++;
            col = 1;
        } else if (c != '\r' && (c & 0xC0) != 0x80) {
            col++;
        } else if (c == '\r') {
            col++; /* the CR of a CRLF: the line ends after the LF */
        }
    }
    doc_free(doc);
    sb_free(&sb);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lines");
    TCase *tc = tcase_create("index");
    tcase_add_test(tc, lf_lines);
    tcase_add_test(tc, crlf_and_cr_lines);
    tcase_add_test(tc, columns_count_code_points);
    tcase_add_test(tc, bom_is_not_a_column);
    tcase_add_test(tc, empty_and_out_of_range);
    tcase_add_test(tc, long_document);
    tcase_add_test(tc, columns_on_long_lines);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
