/* The Word reader: paragraphs, runs with emphasis, automatic numbering,
 * tracked changes read as accepted, footnotes, tables, the text that
 * becomes the source, and archives that are refused. */
#include "doc/doc.h"
#include "util/xalloc.h"
#include "block_text.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A fixture of tests/data/docx, read whole. */
static char *fixture(const char *name, size_t *len)
{
    const char *dir = getenv("CLERK_TEST_DATA");
    char path[1024], err[160];
    snprintf(path, sizeof path, "%s/data/docx/%s", dir ? dir : "tests", name);
    char *buf;
    ck_assert_msg(doc_read_file(path, &buf, len, err, sizeof err) == 0, "%s: %s", path, err);
    return buf;
}

static clerk_doc *parse_fixture(const char *name, char *err, size_t err_size)
{
    size_t len;
    char *buf = fixture(name, &len);
    return doc_parse(name, buf, len, DOC_FORMAT_AUTO, err, err_size);
}

static const clerk_block *blk(const clerk_doc *doc, size_t i)
{
    ck_assert_uint_lt(i, doc->blocks.len);
    return doc_block(doc, i);
}

START_TEST(blocks_of_a_resolution)
{
    char err[160] = "";
    clerk_doc *doc = parse_fixture("resolution.docx", err, sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    ck_assert_int_eq(doc->format, DOC_FORMAT_DOCX);
    static const struct {
        clerk_block_kind kind;
        const char *label;
        const char *text;
    } want[] = {
        {CLERK_BLOCK_PARAGRAPH, "", "United Nations"},
        {CLERK_BLOCK_PARAGRAPH, "", "A/RES/80/1"},
        {CLERK_BLOCK_PARAGRAPH, "", "General Assembly"},
        {CLERK_BLOCK_PARAGRAPH, "", "Distr.: General"},
        {CLERK_BLOCK_PARAGRAPH, "", "3 December 2025"},
        {CLERK_BLOCK_PARAGRAPH, "", "Eightieth session"},
        {CLERK_BLOCK_HEADING, "", "Resolution adopted by the General Assembly on 1 December 2025"},
        {CLERK_BLOCK_PARAGRAPH, "", "The General Assembly,"},
        {CLERK_BLOCK_PARAGRAPH, "", "Recalling its resolution 79/1 of 1 October 2024,"},
        {CLERK_BLOCK_LIST_ITEM, "1", "Decides to act:"}, /* the insertion in, the deletion out */
        {CLERK_BLOCK_PARAGRAPH, "a", "First;"},
        {CLERK_BLOCK_PARAGRAPH, "b", "Second;"},
        {CLERK_BLOCK_LIST_ITEM, "2", "Requests a report & a TODO."},
        {CLERK_BLOCK_TABLE_CELL, "", "Cell one"},
        {CLERK_BLOCK_TABLE_CELL, "", "Total"},
        {CLERK_BLOCK_FOOTNOTE, "1", "See Official Records."},
    };
    ck_assert_uint_eq(doc->blocks.len, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const clerk_block *b = blk(doc, i);
        ck_assert_msg(b->kind == want[i].kind, "block %zu: kind %d", i, b->kind);
        ck_assert_str_eq(b->label, want[i].label);
        ck_assert_text_eq(b, want[i].text);
    }
    ck_assert_int_eq(blk(doc, 7)->role, CLERK_ROLE_OPENING);
    ck_assert_int_eq(blk(doc, 9)->role, CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(blk(doc, 10)->role, CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(blk(doc, 11)->number, 2);
    ck_assert_str_eq(doc->masthead.symbol, "A/RES/80/1");
    ck_assert_int_eq(doc->masthead.adoption_date.day, 1);
    /* Emphasis from the runs: "Decides" italic, "Requests" switched off. */
    ck_assert_uint_eq(blk(doc, 9)->lead_length, 7);
    ck_assert_uint_eq(blk(doc, 12)->emphasis_count, 0);
    doc_free(doc);
}
END_TEST

START_TEST(text_becomes_the_source)
{
    char err[160] = "";
    clerk_doc *doc = parse_fixture("resolution.docx", err, sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    /* A line per paragraph, an empty one too, the automatic number typed. */
    size_t length;
    const char *line = doc_line_text(doc, 7, &length);
    ck_assert_uint_eq(length, 0);
    line = doc_line_text(doc, 11, &length);
    ck_assert_int_eq(strncmp(line, "1. Decides to act:", length), 0);
    ck_assert_uint_eq(length, strlen("1. Decides to act:"));
    line = doc_line_text(doc, 12, &length);
    ck_assert_int_eq(strncmp(line, "(a) First;", length), 0);
    /* Every character of a block maps to itself in the new source. */
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const clerk_block *b = blk(doc, i);
        for (size_t t = 0; t < b->text_length; t++)
            ck_assert_int_eq(doc->src[doc_source_offset(doc, i, t)], b->text[t]);
    }
    /* The one insertion is noted; the text around it is not inserted. */
    ck_assert_uint_eq(doc->insertions.len, 2);
    const size_t *ins = doc->insertions.data;
    ck_assert_int_eq(strncmp(doc->src + ins[0], " to act", ins[1] - ins[0]), 0);
    ck_assert_uint_eq(ins[1] - ins[0], 7);
    ck_assert(doc_in_insertion(doc, ins[0] + 4, 3));
    ck_assert(doc_in_insertion(doc, ins[1] - 1, 0));
    ck_assert(!doc_in_insertion(doc, ins[0] - 7, 7)); /* "Decides" */
    ck_assert(!doc_in_insertion(doc, ins[1], 1));     /* ":" */
    size_t at = doc_source_offset(doc, 12, 0), line_no, column;
    doc_line_col(doc, at, &line_no, &column);
    ck_assert_uint_eq(line_no, 14); /* paragraph 14 */
    ck_assert_uint_eq(column, 4);   /* after "2. " */
    doc_free(doc);
}
END_TEST

START_TEST(first_page_header_is_the_masthead)
{
    char err[160] = "";
    clerk_doc *doc = parse_fixture("masthead.docx", err, sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    /* The first page's header (a table) comes first, a paragraph a line;
     * the running header of the other pages is not read. */
    ck_assert_uint_eq(doc->blocks.len, 15);
    ck_assert_text_eq(blk(doc, 0), "United Nations");
    ck_assert_text_eq(blk(doc, 1), "A/80/500");
    ck_assert_text_eq(blk(doc, 6), "Eightieth session");
    ck_assert_str_eq(doc->masthead.symbol, "A/80/500");
    ck_assert_str_eq(doc->masthead.distribution, "General");
    ck_assert_str_eq(doc->masthead.original_language, "English");
    ck_assert_int_eq(doc->masthead.date.year, 2025);
    ck_assert_int_eq(doc->masthead.date.day, 3);
    ck_assert_int_eq(doc->masthead.session, 80);
    size_t line, column;
    doc_line_col(doc, doc->masthead.date_offset, &line, &column);
    ck_assert_uint_eq(line, 5);
    /* Numbered by their style (through the style it is based on), the
     * hidden run left out. */
    ck_assert_str_eq(blk(doc, 10)->label, "1");
    ck_assert_text_eq(blk(doc, 10), "The Secretary-General recommends:");
    ck_assert_str_eq(blk(doc, 11)->label, "a");
    ck_assert_text_eq(blk(doc, 11), "That the report be noted.");
    ck_assert_str_eq(blk(doc, 12)->label, "2");
    /* A list that restarts its numbering ("startOverride") starts again. */
    ck_assert_str_eq(blk(doc, 14)->label, "1");
    ck_assert_text_eq(blk(doc, 14), "The annex starts again.");
    doc_free(doc);
}
END_TEST

START_TEST(bad_archives_are_refused)
{
    char err[160] = "";
    ck_assert_ptr_null(parse_fixture("not-word.docx", err, sizeof err));
    ck_assert_str_eq(err, "not a Word document (the archive has no word/document.xml)");
    ck_assert_ptr_null(parse_fixture("malformed.docx", err, sizeof err));
    ck_assert_msg(strncmp(err, "malformed XML in word/document.xml at line 4: ", 46) == 0, "%s",
                  err);
    /* Truncated anywhere: an error, never a crash. */
    size_t len;
    char *whole = fixture("resolution.docx", &len);
    for (size_t cut = 0; cut < len; cut += 97) {
        char *part = xmalloc(cut + 1);
        memcpy(part, whole, cut);
        clerk_doc *doc = doc_parse("cut.docx", part, cut, DOC_FORMAT_AUTO, err, sizeof err);
        ck_assert_msg(doc == NULL, "cut at %zu was read", cut);
        ck_assert_msg(strstr(err, "not a readable .docx") || strstr(err, "word/document.xml"),
                      "cut at %zu: %s", cut, err);
    }
    free(whole);
    /* Text named .docx is no archive. */
    ck_assert_ptr_null(doc_parse("a.docx", xstrdup("Hello"), 5, DOC_FORMAT_AUTO, err, sizeof err));
    ck_assert_msg(strncmp(err, "not a readable .docx: ", 22) == 0, "%s", err);
    ck_assert_int_eq(doc_format_named("docx"), DOC_FORMAT_DOCX);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("docx");
    TCase *tc = tcase_create("docx");
    tcase_add_test(tc, blocks_of_a_resolution);
    tcase_add_test(tc, text_becomes_the_source);
    tcase_add_test(tc, first_page_header_is_the_masthead);
    tcase_add_test(tc, bad_archives_are_refused);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
