/* The Akoma Ntoso reader: blocks from the parts of a resolution, labels
 * from <num>, emphasis, footnotes, tables, every character mapped to its
 * bytes in the XML, and XML that is refused. */
#include "doc/doc.h"
#include "util/xalloc.h"
#include "block_text.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#define AKN_OPEN "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"

static clerk_doc *parse_as(const char *path, doc_format format, const char *text, char *err,
                           size_t err_size)
{
    return doc_parse(path, xstrdup(text), strlen(text), format, err, err_size);
}

/* Parses text, and checks that each ASCII character of each block's plain
 * text but spaces maps to the same byte in the source, or to a
 * reference ("&amp;"), or to the end of the markup it follows ("</i>,"). */
static clerk_doc *akn(const char *text)
{
    char err[160] = "";
    clerk_doc *doc = parse_as("doc.xml", DOC_FORMAT_AUTO, text, err, sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const clerk_block *b = doc_block(doc, i);
        for (size_t t = 0; t < b->text_length; t++) {
            size_t s = doc_source_offset(doc, i, t);
            ck_assert_msg(b->text[t] == ' ' || (unsigned char)b->text[t] >= 0x80 || doc->src[s] == b->text[t] || doc->src[s] == '&' ||
                              doc->src[s] == '<',
                          "block %zu: text %zu ('%c') maps to '%c'", i, t, b->text[t], doc->src[s]);
        }
    }
    return doc;
}

static const clerk_block *blk(const clerk_doc *doc, size_t i)
{
    ck_assert_uint_lt(i, doc->blocks.len);
    return doc_block(doc, i);
}

static const char resolution[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- a comment -->\n" AKN_OPEN
    "  <statement name=\"resolution\">\n"
    "    <meta><identification><FRBRWork><FRBRdate date=\"2020-12-01\" name=\"adoption\"/>"
    "</FRBRWork></identification></meta>\n"
    "    <coverPage><p><docNumber>A/RES/75/1</docNumber></p>\n"
    "      <p><session value=\"75\">Seventy-fifth session</session></p></coverPage>\n"
    "    <preamble>\n"
    "      <formula><p>\n        <span class=\"italic\">The General Assembly</span>,</p></formula>\n"
    "      <container><p>\t<span class=\"italic\">Recalling</span> its resolution 74/1 "
    "&amp; rule&#x2019;s text,<authorialNote marker=\"1\"><p>\t A/75/1.</p></authorialNote></p>"
    "</container>\n"
    "    </preamble>\n"
    "    <mainBody>\n"
    "      <paragraph><num>1.</num><content><p>\t<i>Decides</i> to act:</p></content>\n"
    "        <list><point><num>(a)</num><content><p>First;</p></content></point>\n"
    "        <point><num>(b)</num><content><p>Second<eol/>line;</p></content></point></list>\n"
    "      </paragraph>\n"
    "      <paragraph><num>2.</num><content><p><![CDATA[Raw <text>]]> &lt;kept&gt;</p></content>"
    "</paragraph>\n"
    "      <paragraph><content><p><b>Annex</b></p></content></paragraph>\n"
    "      <table><tr><td><p>Cell one</p></td><td/><td><p>Two</p><p>parts</p></td></tr></table>\n"
    "    </mainBody>\n"
    "  </statement>\n"
    "</akomaNtoso>\n";

START_TEST(blocks_of_a_resolution)
{
    clerk_doc *doc = akn(resolution);
    static const struct {
        clerk_block_kind kind;
        const char *label;
        const char *text;
    } want[] = {
        {CLERK_BLOCK_PARAGRAPH, "", "A/RES/75/1"},
        {CLERK_BLOCK_PARAGRAPH, "", "Seventy-fifth session"},
        {CLERK_BLOCK_PARAGRAPH, "", "The General Assembly,"},
        {CLERK_BLOCK_PARAGRAPH, "", "Recalling its resolution 74/1 & rule\xE2\x80\x99s text,"},
        {CLERK_BLOCK_LIST_ITEM, "1", "Decides to act:"},
        {CLERK_BLOCK_PARAGRAPH, "a", "First;"},
        {CLERK_BLOCK_PARAGRAPH, "b", "Second line;"},
        {CLERK_BLOCK_LIST_ITEM, "2", "Raw <text> <kept>"},
        {CLERK_BLOCK_HEADING, "", "Annex"},
        {CLERK_BLOCK_TABLE_CELL, "", "Cell one"},
        {CLERK_BLOCK_TABLE_CELL, "", "Two parts"},
        {CLERK_BLOCK_FOOTNOTE, "1", "A/75/1."},
    };
    ck_assert_uint_eq(doc->blocks.len, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const clerk_block *b = blk(doc, i);
        ck_assert_msg(b->kind == want[i].kind, "block %zu: kind %d", i, b->kind);
        ck_assert_str_eq(b->label, want[i].label);
        ck_assert_text_eq(b, want[i].text);
    }
    ck_assert_int_eq(blk(doc, 4)->number, 1);
    ck_assert_int_eq(blk(doc, 4)->label_style, CLERK_LABEL_ARABIC);
    ck_assert_int_eq(blk(doc, 6)->label_style, CLERK_LABEL_LETTER);
    ck_assert_int_eq(blk(doc, 11)->number, 1);
    ck_assert_int_eq(blk(doc, 2)->role, CLERK_ROLE_OPENING);
    ck_assert_int_eq(blk(doc, 3)->role, CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(blk(doc, 4)->role, CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(doc->masthead.session, 75);
    ck_assert_str_eq(doc->masthead.symbol, "A/RES/75/1");
    doc_free(doc);
}
END_TEST

START_TEST(labels_and_emphasis_point_into_the_xml)
{
    clerk_doc *doc = akn(resolution);
    const clerk_block *op = blk(doc, 4);
    ck_assert_int_eq(strncmp(doc->src + op->label_offset, "1.", op->label_length), 0);
    ck_assert_uint_eq(op->label_length, 2);
    /* "Decides" is italic and the paragraph's lead. */
    ck_assert_uint_eq(op->emphasis_count, 1);
    ck_assert_uint_eq(op->emphasis[0].start, 0);
    ck_assert_uint_eq(op->emphasis[0].length, 7);
    ck_assert_uint_eq(op->lead_length, 7);
    ck_assert_int_eq(strncmp(doc->src + doc_source_offset(doc, 4, 0), "Decides</i>", 11), 0);

    /* The reference stands for its bytes: "&amp;" for "&", "&#x2019;" for "’". */
    const clerk_block *pre = blk(doc, 3);
    const char *amp = memchr(pre->text, '&', pre->text_length);
    size_t at = doc_source_offset(doc, 3, (size_t)(amp - pre->text));
    ck_assert_int_eq(strncmp(doc->src + at, "&amp; rule&#x2019;s", 19), 0);
    size_t k = (size_t)(amp - pre->text);
    ck_assert_uint_eq(doc_source_offset(doc, 3, k + 6), at + 10); /* the quote's 3 bytes */
    ck_assert_uint_eq(doc_source_offset(doc, 3, k + 9), at + 10 + strlen("&#x2019;"));
    size_t line, column;
    doc_line_col(doc, doc_source_offset(doc, 3, 0), &line, &column);
    ck_assert_uint_eq(line, 11);
    ck_assert_uint_eq(column, 43);
    doc_free(doc);
}
END_TEST

START_TEST(span_classes_combine)
{
    clerk_doc *doc = akn(AKN_OPEN "<p><span class=\"bold\">Action 1</span>\n"
                                  "<span class=\"bold  italic\">. </span>"
                                  "<span class=\"bold\">We act.</span></p></akomaNtoso>");
    const clerk_block *b = blk(doc, 0);
    ck_assert_text_eq(b, "Action 1 . We act.");
    ck_assert_int_eq(b->kind, CLERK_BLOCK_HEADING); /* wholly bold */
    unsigned seen = 0;
    for (size_t i = 0; i < b->emphasis_count; i++)
        seen |= b->emphasis[i].kind;
    ck_assert_uint_eq(seen, CLERK_EMPH_BOLD | CLERK_EMPH_ITALIC);
    doc_free(doc);
}
END_TEST

START_TEST(found_by_content_or_by_name)
{
    char err[160] = "";
    const char *text = AKN_OPEN "<mainBody><p>Text</p></mainBody></akomaNtoso>";
    clerk_doc *doc = parse_as("doc.md", DOC_FORMAT_AUTO, text, err, sizeof err);
    ck_assert_ptr_nonnull(doc);
    ck_assert_uint_eq(doc->blocks.len, 1);
    ck_assert_text_eq(blk(doc, 0), "Text");
    doc_free(doc);
    /* A prefixed root is the same element. */
    doc = parse_as("-", DOC_FORMAT_AUTO, "<a:akomaNtoso xmlns:a=\"x\"><a:p>T</a:p></a:akomaNtoso>",
                   err, sizeof err);
    ck_assert_ptr_nonnull(doc);
    ck_assert_text_eq(blk(doc, 0), "T");
    doc_free(doc);
    /* Other XML named .md is Markdown; named .xml it is refused. */
    doc = parse_as("doc.md", DOC_FORMAT_AUTO, "<html><p>T</p></html>", err, sizeof err);
    ck_assert_ptr_nonnull(doc);
    doc_free(doc);
    ck_assert_ptr_null(parse_as("doc.XML", DOC_FORMAT_AUTO, "<html/>", err, sizeof err));
    ck_assert_str_eq(err, "not an Akoma Ntoso document (the root element is <html>)");
    ck_assert_int_eq(doc_format_named("akn"), DOC_FORMAT_AKN);
    ck_assert_int_eq(doc_format_named("xml"), DOC_FORMAT_AKN);
    ck_assert_int_eq(doc_format_named("docbook"), -1);
}
END_TEST

START_TEST(bad_xml_is_refused)
{
    char err[160] = "";
    ck_assert_ptr_null(parse_as("a.xml", DOC_FORMAT_AKN, AKN_OPEN "<p>open", err, sizeof err));
    ck_assert_msg(strncmp(err, "malformed XML at line 2: ", 25) == 0, "%s", err);
    ck_assert_ptr_null(parse_as("a.xml", DOC_FORMAT_AKN, "", err, sizeof err));
    ck_assert_msg(strncmp(err, "malformed XML", 13) == 0, "%s", err);
    /* Entities of a DTD are not expanded: the text holds what surrounds them. */
    clerk_doc *doc = akn("<!DOCTYPE akomaNtoso [<!ENTITY e \"EXPANDED\">]>\n"
                         "<akomaNtoso><p>a &e; b</p></akomaNtoso>");
    ck_assert_text_eq(blk(doc, 0), "a b");
    doc_free(doc);
    /* A billion laughs stops at libxml2's amplification limit. */
    char bomb[2048] = "<!DOCTYPE akomaNtoso [<!ENTITY a0 \"laugh laugh laugh laugh\">";
    for (int i = 1; i < 12; i++) {
        char line[160];
        snprintf(line, sizeof line, "<!ENTITY a%d \"&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;\">", i,
                 i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
        strcat(bomb, line);
    }
    strcat(bomb, "]><akomaNtoso><p>&a11;</p></akomaNtoso>");
    ck_assert_ptr_null(parse_as("bomb.xml", DOC_FORMAT_AKN, bomb, err, sizeof err));
    ck_assert_msg(strncmp(err, "malformed XML", 13) == 0, "%s", err);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("akn");
    TCase *tc = tcase_create("akn");
    tcase_add_test(tc, blocks_of_a_resolution);
    tcase_add_test(tc, labels_and_emphasis_point_into_the_xml);
    tcase_add_test(tc, span_classes_combine);
    tcase_add_test(tc, found_by_content_or_by_name);
    tcase_add_test(tc, bad_xml_is_refused);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
