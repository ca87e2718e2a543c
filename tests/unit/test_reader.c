/* The readers: reading files, the Markdown and plain-text block models, the
 * plain projection and its map back to the source. */
#include "doc/doc.h"
#include "util/xalloc.h"
#include "block_text.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- helpers ---- */

/* Every plain offset maps inside the block's span, in order. */
static void check_maps(const clerk_doc *doc)
{
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const clerk_block *b = doc_block(doc, i);
        size_t prev = b->offset;
        for (size_t t = 0; t <= b->text_length; t++) {
            size_t s = doc_source_offset(doc, i, t);
            ck_assert_msg(s >= prev && s <= b->offset + b->length,
                          "block %zu: text %zu maps to %zu outside [%zu, %zu]", i, t, s, prev,
                          b->offset + b->length);
            /* A span starting at t starts where one ending there ends, or
             * after markup that closes there, and before t + 1. */
            size_t start = doc_source_start(doc, i, t);
            size_t next = doc_source_offset(doc, i, t + 1);
            ck_assert_msg(start >= s && (start <= next || t == b->text_length),
                          "block %zu: text %zu starts at %zu outside [%zu, %zu]", i, t, start, s,
                          next);
            prev = s;
        }
        ck_assert_ptr_null(memchr(b->text, '\0', b->text_length));
    }
}

static clerk_doc *parse_as(const char *path, const char *text)
{
    char err[128] = "";
    size_t n = strlen(text);
    clerk_doc *doc = doc_parse(path, xstrdup(text), n, DOC_FORMAT_AUTO, err, sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    ck_assert_uint_eq(doc->len, n);
    ck_assert_msg(memcmp(doc->src, text, n) == 0, "the source was not left as read");
    check_maps(doc);
    return doc;
}

static clerk_doc *md(const char *text) { return parse_as("doc.md", text); }
static clerk_doc *txt(const char *text) { return parse_as("doc.txt", text); }

static const clerk_block *blk(const clerk_doc *doc, size_t i)
{
    ck_assert_uint_lt(i, doc->blocks.len);
    return doc_block(doc, i);
}

#define ck_block(doc, i, want_kind, want_text)            \
    do {                                                  \
        const clerk_block *b_ = blk(doc, i);              \
        ck_assert_int_eq(b_->kind, want_kind);            \
        ck_assert_text_eq(b_, want_text);            \
    } while (0)

#define ck_span(b, want_offset, want_length)              \
    do {                                                  \
        ck_assert_uint_eq((b)->offset, want_offset);      \
        ck_assert_uint_eq((b)->length, want_length);      \
    } while (0)

#define ck_label(b, want_label, want_style, want_number, want_offset, want_length) \
    do {                                                  \
        ck_assert_str_eq((b)->label, want_label);         \
        ck_assert_int_eq((b)->label_style, want_style);   \
        ck_assert_int_eq((b)->number, want_number);       \
        ck_assert_uint_eq((b)->label_offset, want_offset); \
        ck_assert_uint_eq((b)->label_length, want_length); \
    } while (0)

#define ck_emph(b, k, want_start, want_length, want_kind)  \
    do {                                                  \
        ck_assert_uint_gt((b)->emphasis_count, k);        \
        ck_assert_uint_eq((b)->emphasis[k].start, want_start);   \
        ck_assert_uint_eq((b)->emphasis[k].length, want_length); \
        ck_assert_uint_eq((b)->emphasis[k].kind, want_kind);     \
    } while (0)

/* Where word, found in block i's text, stands in the source; checks that
 * the map gives back the same bytes. */
static size_t maps(const clerk_doc *doc, size_t i, const char *word)
{
    const clerk_block *b = blk(doc, i);
    const char *at = strstr(b->text, word);
    ck_assert_msg(at != NULL, "\"%s\" not in \"%s\"", word, b->text);
    size_t t = (size_t)(at - b->text), n = strlen(word);
    size_t s = doc_source_offset(doc, i, t);
    ck_assert_uint_eq(doc_source_offset(doc, i, t + n) - s, n);
    ck_assert_msg(memcmp(doc->src + s, word, n) == 0, "\"%s\" maps to \"%.*s\"", word, (int)n,
                  doc->src + s);
    return s;
}

/* Offset of needle in text. */
static size_t off(const char *text, const char *needle)
{
    const char *at = strstr(text, needle);
    ck_assert_ptr_nonnull(at);
    return (size_t)(at - text);
}

/* ---- Markdown ---- */

START_TEST(md_headings)
{
    clerk_doc *doc = md("## Annex I\n\nTitle\n=====\n");
    ck_assert_uint_eq(doc->blocks.len, 2);
    ck_block(doc, 0, CLERK_BLOCK_HEADING, "Annex I");
    ck_assert_int_eq(blk(doc, 0)->level, 2);
    ck_span(blk(doc, 0), 0, 10);
    ck_block(doc, 1, CLERK_BLOCK_HEADING, "Title");
    ck_assert_int_eq(blk(doc, 1)->level, 1);
    ck_span(blk(doc, 1), 12, 11); /* the underline too */
    ck_assert_str_eq(blk(doc, 0)->label, "");
    doc_free(doc);
}
END_TEST

START_TEST(md_bold_paragraph_is_heading)
{
    const char *src = "**General Assembly**\n\n**One****Two****Three****Four**\n\n**Bold** and not\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 6);
    ck_block(doc, 0, CLERK_BLOCK_HEADING, "General Assembly");
    ck_assert_int_eq(blk(doc, 0)->level, 0);
    ck_span(blk(doc, 0), 0, 20);
    /* Bold runs glued by a conversion: one heading each. */
    ck_block(doc, 1, CLERK_BLOCK_HEADING, "One");
    ck_span(blk(doc, 1), 22, 7);
    ck_block(doc, 2, CLERK_BLOCK_HEADING, "Two");
    ck_span(blk(doc, 2), 29, 7);
    ck_block(doc, 3, CLERK_BLOCK_HEADING, "Three");
    ck_span(blk(doc, 3), 36, 9);
    ck_block(doc, 4, CLERK_BLOCK_HEADING, "Four");
    ck_span(blk(doc, 4), 45, 8);
    for (size_t i = 1; i <= 4; i++) {
        ck_assert_int_eq(blk(doc, i)->level, 0);
        ck_assert_uint_eq(blk(doc, i)->emphasis_count, 1);
        ck_emph(blk(doc, i), 0, 0, blk(doc, i)->text_length, CLERK_EMPH_BOLD);
    }
    ck_block(doc, 5, CLERK_BLOCK_PARAGRAPH, "Bold and not");
    ck_emph(blk(doc, 5), 0, 0, 4, CLERK_EMPH_BOLD);
    doc_free(doc);
}
END_TEST

START_TEST(md_emphasis_and_underline)
{
    const char *src = "*Takes note* of the **report** and <u>this</u>.\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 1);
    const clerk_block *b = blk(doc, 0);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "Takes note of the report and this.");
    ck_span(b, 0, strlen(src) - 1);
    ck_assert_uint_eq(b->emphasis_count, 3);
    ck_emph(b, 0, 0, 10, CLERK_EMPH_ITALIC);
    ck_emph(b, 1, 18, 6, CLERK_EMPH_BOLD);
    ck_emph(b, 2, 29, 4, CLERK_EMPH_UNDERLINE);
    ck_assert_uint_eq(b->lead_length, 10);
    /* A span ends before closing markup and starts after opening markup. */
    ck_assert_uint_eq(doc_source_offset(doc, 0, 0), 1);
    ck_assert_uint_eq(doc_source_offset(doc, 0, b->lead_length), 11);
    ck_assert_uint_eq(maps(doc, 0, "report"), 22);
    ck_assert_uint_eq(maps(doc, 0, "this"), 38);
    ck_assert_uint_eq(doc_source_offset(doc, 0, b->text_length), 47);
    doc_free(doc);
}
END_TEST

START_TEST(md_lead_length)
{
    clerk_doc *doc = md("*Referring to its resolution,*\n\n"
                        "***Decides*** to act\n\n"
                        "\xE2\x80\x9C*Welcoming* the report\xE2\x80\x9D\n\n"
                        "The *General* Assembly\n\n"
                        "**Bold** start\n\n"
                        "*The General Assembly*,\n");
    ck_assert_uint_eq(doc->blocks.len, 6);
    ck_assert_uint_eq(blk(doc, 0)->lead_length, blk(doc, 0)->text_length);
    ck_assert_uint_eq(blk(doc, 1)->lead_length, 7);
    ck_assert_uint_eq(blk(doc, 1)->emphasis_count, 1);
    ck_emph(blk(doc, 1), 0, 0, 7, CLERK_EMPH_ITALIC | CLERK_EMPH_BOLD);
    ck_assert_uint_eq(blk(doc, 2)->lead_length, 3 + 9); /* the opening quote, then "Welcoming" */
    ck_assert_uint_eq(blk(doc, 3)->lead_length, 0);
    ck_assert_uint_eq(blk(doc, 4)->lead_length, 0);
    ck_assert_uint_eq(blk(doc, 5)->lead_length, 20);
    doc_free(doc);
}
END_TEST

START_TEST(md_numbered_as_written)
{
    clerk_doc *doc = md("12. *Requests* the report;\n\n13. Decides\n\n- 1. x\n");
    const clerk_block *b = blk(doc, 0);
    ck_block(doc, 0, CLERK_BLOCK_LIST_ITEM, "Requests the report;");
    ck_assert_int_eq(b->level, 1);
    ck_label(b, "12", CLERK_LABEL_ARABIC, 12, 0, 3);
    ck_span(b, 0, 26);
    ck_assert_uint_eq(b->lead_length, 8);
    ck_block(doc, 1, CLERK_BLOCK_LIST_ITEM, "Decides");
    ck_label(blk(doc, 1), "13", CLERK_LABEL_ARABIC, 13, 28, 3);
    /* The innermost marker of a line belongs to the block. */
    ck_block(doc, 2, CLERK_BLOCK_LIST_ITEM, "x");
    ck_assert_int_eq(blk(doc, 2)->level, 2);
    ck_label(blk(doc, 2), "1", CLERK_LABEL_ARABIC, 1, 43, 2);
    doc_free(doc);

    /* CommonMark would renumber "1. 1." as 1, 2: the label is what is written. */
    doc = md("1. a\n1. b\n3) c\n");
    ck_label(blk(doc, 0), "1", CLERK_LABEL_ARABIC, 1, 0, 2);
    ck_label(blk(doc, 1), "1", CLERK_LABEL_ARABIC, 1, 5, 2);
    ck_label(blk(doc, 2), "3", CLERK_LABEL_ARABIC, 3, 10, 2);
    doc_free(doc);

    /* A marker alone on its line. */
    doc = md("7.\n   late text\n");
    ck_block(doc, 0, CLERK_BLOCK_LIST_ITEM, "late text");
    ck_label(blk(doc, 0), "7", CLERK_LABEL_ARABIC, 7, 0, 2);
    doc_free(doc);
}
END_TEST

START_TEST(md_lists_nested_and_continued)
{
    const char *src = "1. Top\n   - inner\n2. Next\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 3);
    ck_block(doc, 0, CLERK_BLOCK_LIST_ITEM, "Top");
    ck_assert_int_eq(blk(doc, 0)->level, 1);
    ck_block(doc, 1, CLERK_BLOCK_LIST_ITEM, "inner");
    ck_assert_int_eq(blk(doc, 1)->level, 2);
    ck_label(blk(doc, 1), "", CLERK_LABEL_BULLET, 0, 10, 1);
    ck_span(blk(doc, 1), 10, 7);
    ck_block(doc, 2, CLERK_BLOCK_LIST_ITEM, "Next");
    ck_label(blk(doc, 2), "2", CLERK_LABEL_ARABIC, 2, 18, 2);
    doc_free(doc);

    /* A second paragraph in an item is a paragraph at the item's depth. */
    doc = md("1. Top\n\n   Continued here\n\n> quoted\n> text\n");
    ck_assert_uint_eq(doc->blocks.len, 3);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "Continued here");
    ck_assert_int_eq(blk(doc, 1)->level, 1);
    ck_assert_int_eq(blk(doc, 1)->label_style, CLERK_LABEL_NONE);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "quoted text");
    ck_assert_int_eq(blk(doc, 2)->level, 0);
    ck_assert_uint_eq(maps(doc, 2, "text"), off("1. Top\n\n   Continued here\n\n> quoted\n> text\n", "text"));
    doc_free(doc);
}
END_TEST

START_TEST(md_lettered_and_roman)
{
    const char *src = "1. Decides:\n\n   (a) To act;\n\n   (b) To report;\n\n   (i) first;\n\n"
                      "   (iv) fourth;\n\n(g) seven\n\n(h) eight\n\n(i) nine\n\na) short form\n\n"
                      "(Signed) Name\n\n(c)ontinued\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 11);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "To act;");
    ck_label(blk(doc, 1), "a", CLERK_LABEL_LETTER, 1, 16, 3);
    ck_span(blk(doc, 1), 16, 11);
    ck_assert_int_eq(blk(doc, 1)->level, 1);
    ck_label(blk(doc, 2), "b", CLERK_LABEL_LETTER, 2, off(src, "(b)"), 3);
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "first;");
    ck_label(blk(doc, 3), "i", CLERK_LABEL_ROMAN, 1, off(src, "(i) first"), 3);
    ck_label(blk(doc, 4), "iv", CLERK_LABEL_ROMAN, 4, off(src, "(iv)"), 4);
    ck_label(blk(doc, 5), "g", CLERK_LABEL_LETTER, 7, off(src, "(g)"), 3);
    ck_label(blk(doc, 6), "h", CLERK_LABEL_LETTER, 8, off(src, "(h)"), 3);
    /* After "(h)", "(i)" is the next letter. */
    ck_block(doc, 7, CLERK_BLOCK_PARAGRAPH, "nine");
    ck_label(blk(doc, 7), "i", CLERK_LABEL_LETTER, 9, off(src, "(i) nine"), 3);
    ck_block(doc, 8, CLERK_BLOCK_PARAGRAPH, "short form");
    ck_label(blk(doc, 8), "a", CLERK_LABEL_LETTER, 1, off(src, "a) short"), 2);
    ck_block(doc, 9, CLERK_BLOCK_PARAGRAPH, "(Signed) Name");
    ck_assert_int_eq(blk(doc, 9)->label_style, CLERK_LABEL_NONE);
    ck_block(doc, 10, CLERK_BLOCK_PARAGRAPH, "(c)ontinued");
    doc_free(doc);

    /* A label alone is still a paragraph, in both formats. */
    doc = md("(b)\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "");
    ck_label(blk(doc, 0), "b", CLERK_LABEL_LETTER, 2, 0, 3);
    doc_free(doc);
    doc = txt("(b)\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "");
    ck_label(blk(doc, 0), "b", CLERK_LABEL_LETTER, 2, 0, 3);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 0), 3);
    doc_free(doc);
    doc = md("Text.\n\n[^7]:\n\n(c) <!-- x -->\n");
    ck_block(doc, 1, CLERK_BLOCK_FOOTNOTE, "");
    ck_label(blk(doc, 1), "7", CLERK_LABEL_ARABIC, 7, 7, 5);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "");
    ck_label(blk(doc, 2), "c", CLERK_LABEL_LETTER, 3, 14, 3);
    ck_block(doc, 3, CLERK_BLOCK_COMMENT, "x");
    doc_free(doc);
    doc = md("x\n\n[^1]:\n[^2]: b\n\n[^3]: \n");
    ck_block(doc, 1, CLERK_BLOCK_FOOTNOTE, "");
    ck_span(blk(doc, 1), 3, 5);
    ck_block(doc, 2, CLERK_BLOCK_FOOTNOTE, "b");
    ck_block(doc, 3, CLERK_BLOCK_FOOTNOTE, "");
    ck_span(blk(doc, 3), 18, 5);
    doc_free(doc);
}
END_TEST

START_TEST(lettered_with_a_dot)
{
    const char *src = "a. *ensure* peace,\n\nb. report;\n\nh. eighth\n\ni. ninth\n\n"
                      "iv. fourth\n\nxl. forty\n\ni.e. not one\n\ne.g. nor this\n\n"
                      "A. Overall\n\nI. Introduction\n\nab. no\n\niiii. no\n\n(c. no\n\n"
                      "x.\n\nlate. no\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 15);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "ensure peace,");
    ck_label(blk(doc, 0), "a", CLERK_LABEL_LETTER, 1, 0, 2);
    ck_assert_uint_eq(blk(doc, 0)->lead_length, 6);
    ck_label(blk(doc, 1), "b", CLERK_LABEL_LETTER, 2, off(src, "b."), 2);
    ck_label(blk(doc, 2), "h", CLERK_LABEL_LETTER, 8, off(src, "h."), 2);
    /* After "h.", "i." is the next letter; "iv." is roman. */
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "ninth");
    ck_label(blk(doc, 3), "i", CLERK_LABEL_LETTER, 9, off(src, "i. ninth"), 2);
    ck_block(doc, 4, CLERK_BLOCK_PARAGRAPH, "fourth");
    ck_label(blk(doc, 4), "iv", CLERK_LABEL_ROMAN, 4, off(src, "iv."), 3);
    ck_label(blk(doc, 5), "xl", CLERK_LABEL_ROMAN, 40, off(src, "xl."), 3);
    const char *not_labels[] = {"i.e. not one", "e.g. nor this", "A. Overall", "I. Introduction",
                                "ab. no", "iiii. no", "(c. no", "x.", "late. no"};
    for (size_t i = 0; i < sizeof not_labels / sizeof *not_labels; i++) {
        ck_block(doc, 6 + i, CLERK_BLOCK_PARAGRAPH, not_labels[i]);
        ck_assert_int_eq(blk(doc, 6 + i)->label_style, CLERK_LABEL_NONE);
    }
    doc_free(doc);

    doc = txt("1. Decides:\nb. To act;\n\nc. To report\n");
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "To act;");
    ck_label(blk(doc, 1), "b", CLERK_LABEL_LETTER, 2, 12, 2);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "To report");
    ck_label(blk(doc, 2), "c", CLERK_LABEL_LETTER, 3, 24, 2);
    doc_free(doc);
}
END_TEST

#define LRM "\xE2\x80\x8E"
#define RLM "\xE2\x80\x8F"
#define ZWSP "\xE2\x80\x8B"
#define ZWNBSP "\xEF\xBB\xBF"

START_TEST(invisible_marks)
{
    /* Before an italic lead, and after a label, a mark is not text. */
    const char *src = "7. " LRM "*Decides* to act\n\n" RLM ZWSP "*Noting* this,\n\n"
                      ZWNBSP "\xE2\x80\x9C*Welcoming* that,\n\n(b)" LRM " next\n\n"
                      "6." LRM " *Reaffirms* it\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 5);
    ck_block(doc, 0, CLERK_BLOCK_LIST_ITEM, LRM "Decides to act");
    ck_assert_uint_eq(blk(doc, 0)->lead_length, 3 + 7);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, RLM ZWSP "Noting this,");
    ck_assert_uint_eq(blk(doc, 1)->lead_length, 6 + 6);
    ck_assert_uint_eq(blk(doc, 2)->lead_length, 3 + 3 + 9);
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "next");
    ck_label(blk(doc, 3), "b", CLERK_LABEL_LETTER, 2, off(src, "(b)"), 3);
    /* Markdown makes no list item of "6." and a mark: the paragraph's text
     * keeps it, for the numbering rule to name. */
    ck_block(doc, 4, CLERK_BLOCK_PARAGRAPH, "6." LRM " Reaffirms it");
    ck_assert_int_eq(blk(doc, 4)->label_style, CLERK_LABEL_NONE);
    doc_free(doc);

    doc = txt("6." LRM " *Reaffirms*\n\n7." ZWSP "Decides\n\n7.5" LRM " per cent\n");
    ck_block(doc, 0, CLERK_BLOCK_LIST_ITEM, "*Reaffirms*");
    ck_label(blk(doc, 0), "6", CLERK_LABEL_ARABIC, 6, 0, 2);
    ck_block(doc, 1, CLERK_BLOCK_LIST_ITEM, "Decides");
    ck_label(blk(doc, 1), "7", CLERK_LABEL_ARABIC, 7, off(doc->src, "7."), 2);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "7.5" LRM " per cent");
    doc_free(doc);
}
END_TEST

START_TEST(md_span_starts_after_closing_markup)
{
    const char *src = "*The General Assembly*, **decides** *this*; [see](x)**.**\n";
    clerk_doc *doc = md(src);
    const clerk_block *b = blk(doc, 0);
    ck_assert_text_eq(b, "The General Assembly, decides this; see.");
    size_t comma = off(b->text, ","), semicolon = off(b->text, ";"), stop = off(b->text, ".");
    /* A span ending before the comma stops before "*"; one starting at the
     * comma starts on it. */
    ck_assert_uint_eq(doc_source_offset(doc, 0, comma), off(src, "*,"));
    ck_assert_uint_eq(doc_source_start(doc, 0, comma), off(src, ","));
    ck_assert_uint_eq(doc_source_start(doc, 0, semicolon), off(src, ";"));
    ck_assert_uint_eq(doc_source_start(doc, 0, stop), off(src, "."));
    /* Where markup opens, and inside a run, both agree. */
    size_t decides = off(b->text, "decides");
    ck_assert_uint_eq(doc_source_start(doc, 0, decides), off(src, "decides"));
    ck_assert_uint_eq(doc_source_offset(doc, 0, decides), off(src, "decides"));
    ck_assert_uint_eq(doc_source_start(doc, 0, 4), off(src, "General"));
    ck_assert_uint_eq(doc_source_start(doc, 0, b->text_length),
                      doc_source_offset(doc, 0, b->text_length));
    doc_free(doc);
}
END_TEST

START_TEST(md_footnotes)
{
    const char *src = "The Convention,[^1] as adopted [^2] here.\n\n"
                      "[^1]: United Nations, *Treaty Series*.\n"
                      "[^2]: A/76/391.\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 3);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "The Convention, as adopted here.");
    ck_assert_uint_eq(maps(doc, 0, "Convention,"), 4);
    ck_assert_uint_eq(maps(doc, 0, "as adopted"), 20);
    ck_assert_uint_eq(maps(doc, 0, "here."), 36);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 15), 15); /* end of "Convention," */

    const clerk_block *f = blk(doc, 1);
    ck_block(doc, 1, CLERK_BLOCK_FOOTNOTE, "United Nations, Treaty Series.");
    ck_span(f, 43, 38);
    ck_label(f, "1", CLERK_LABEL_ARABIC, 1, 43, 5);
    ck_emph(f, 0, 16, 13, CLERK_EMPH_ITALIC);
    ck_assert_uint_eq(maps(doc, 1, "United"), 49);
    ck_block(doc, 2, CLERK_BLOCK_FOOTNOTE, "A/76/391.");
    ck_span(blk(doc, 2), 82, 15);
    ck_label(blk(doc, 2), "2", CLERK_LABEL_ARABIC, 2, 82, 5);
    doc_free(doc);

    /* A definition CommonMark would take as a link reference, one right
     * after a paragraph line, and a label that is not a number. */
    doc = md("Text.[^1]\n\n[^1]: A/76/391.\n\nPara.\n[^note]: see\nmore\n");
    ck_assert_uint_eq(doc->blocks.len, 4);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "Text.");
    ck_assert_uint_eq(doc_source_offset(doc, 0, 5), 5);
    ck_block(doc, 1, CLERK_BLOCK_FOOTNOTE, "A/76/391.");
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "Para.");
    ck_block(doc, 3, CLERK_BLOCK_FOOTNOTE, "see more");
    ck_label(blk(doc, 3), "note", CLERK_LABEL_NONE, 0, 34, 8);
    doc_free(doc);

    /* In code, nothing is a footnote. */
    doc = md("```\n[^1]: code\n```\n");
    ck_block(doc, 0, CLERK_BLOCK_CODE, "[^1]: code");
    doc_free(doc);
}
END_TEST

START_TEST(md_comments)
{
    const char *src = "<!-- clerk-disable-next-line x/y -->\n"
                      "Text <!-- inline --> here.\n\n"
                      "[//]: # (hidden note)\n"
                      "[//]: # \"quoted\"\n\n"
                      "End.\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 6);
    ck_block(doc, 0, CLERK_BLOCK_COMMENT, "clerk-disable-next-line x/y");
    ck_span(blk(doc, 0), 0, 36);
    ck_assert_uint_eq(maps(doc, 0, "x/y"), off(src, "x/y"));
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "Text here.");
    ck_assert_uint_eq(maps(doc, 1, "here."), off(src, "here."));
    ck_block(doc, 2, CLERK_BLOCK_COMMENT, "inline");
    ck_span(blk(doc, 2), off(src, "<!-- inline"), 15);
    ck_block(doc, 3, CLERK_BLOCK_COMMENT, "hidden note");
    ck_span(blk(doc, 3), off(src, "[//]: # (hidden"), 21);
    ck_assert_uint_eq(maps(doc, 3, "hidden note"), off(src, "hidden note"));
    ck_block(doc, 4, CLERK_BLOCK_COMMENT, "quoted");
    ck_block(doc, 5, CLERK_BLOCK_PARAGRAPH, "End.");
    doc_free(doc);

    /* A comment line inside a paragraph splits it; one in code does not count. */
    doc = md("Para\n[//]: # (c)\nmore\n\n```\n[//]: # (x)\n```\n\nword<!-- c -->more\n");
    ck_assert_uint_eq(doc->blocks.len, 6);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "Para");
    ck_block(doc, 1, CLERK_BLOCK_COMMENT, "c");
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "more");
    ck_block(doc, 3, CLERK_BLOCK_CODE, "[//]: # (x)");
    ck_block(doc, 4, CLERK_BLOCK_PARAGRAPH, "wordmore");
    ck_block(doc, 5, CLERK_BLOCK_COMMENT, "c");
    doc_free(doc);

    /* A comment over several lines, inside a paragraph. */
    doc = md("a <!-- one\ntwo --> b\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "a b");
    ck_block(doc, 1, CLERK_BLOCK_COMMENT, "one\ntwo");
    doc_free(doc);

    /* A comment never closed runs to the end of its HTML block: the
     * document's, or the list item's. */
    doc = md("<!-- open\n\nafter\n");
    ck_assert_uint_eq(doc->blocks.len, 1);
    ck_block(doc, 0, CLERK_BLOCK_COMMENT, "open\n\nafter");
    ck_span(blk(doc, 0), 0, 16);
    doc_free(doc);
    doc = md("- <!-- open\n\nnext para\n");
    ck_assert_uint_eq(doc->blocks.len, 2);
    ck_block(doc, 0, CLERK_BLOCK_COMMENT, "open");
    ck_span(blk(doc, 0), 2, 9);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "next para");
    doc_free(doc);
}
END_TEST

START_TEST(md_table_cells)
{
    const char *src = "| a | *b* |\n|---|---|\n| c[^4] |  |\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 3);
    ck_block(doc, 0, CLERK_BLOCK_TABLE_CELL, "a");
    ck_span(blk(doc, 0), 2, 1);
    ck_block(doc, 1, CLERK_BLOCK_TABLE_CELL, "b");
    ck_span(blk(doc, 1), 6, 3);
    ck_emph(blk(doc, 1), 0, 0, 1, CLERK_EMPH_ITALIC);
    ck_block(doc, 2, CLERK_BLOCK_TABLE_CELL, "c"); /* without its footnote reference */
    ck_span(blk(doc, 2), off(src, "c"), 5);
    ck_assert_uint_eq(doc_source_offset(doc, 2, 1), off(src, "c") + 1);
    doc_free(doc);
}
END_TEST

START_TEST(md_rule_and_code)
{
    clerk_doc *doc = md("One\n\n---\n\n```\nx = 1;\n```\n\nTwo\n\n* * *\n");
    ck_assert_uint_eq(doc->blocks.len, 5);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "One");
    ck_block(doc, 1, CLERK_BLOCK_RULE, "");
    ck_span(blk(doc, 1), 5, 3);
    ck_block(doc, 2, CLERK_BLOCK_CODE, "x = 1;");
    ck_span(blk(doc, 2), 10, 14);
    ck_assert_uint_eq(maps(doc, 2, "x = 1;"), 14);
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "Two");
    ck_block(doc, 4, CLERK_BLOCK_RULE, "");
    ck_span(blk(doc, 4), 31, 5);
    doc_free(doc);

    /* A rule inside a list item, after its marker. */
    doc = md("Text\n\n- ***\n");
    ck_block(doc, 1, CLERK_BLOCK_RULE, "");
    ck_span(blk(doc, 1), 8, 3);
    ck_assert_int_eq(blk(doc, 1)->level, 1);
    doc_free(doc);
}
END_TEST

START_TEST(md_line_breaks)
{
    clerk_doc *doc = md("a\r\nb\n\nc  \nd\n\ne\\\nf\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "a b");
    ck_assert_uint_eq(doc_source_offset(doc, 0, 1), 1); /* the space stands for the CRLF */
    ck_assert_uint_eq(doc_source_offset(doc, 0, 2), 3);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "c\nd"); /* a hard break stays a line break */
    ck_assert_uint_eq(doc_source_offset(doc, 1, 1), 7); /* "c" ends before the break's spaces */
    ck_assert_uint_eq(doc_source_offset(doc, 1, 2), 10);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "e\nf");
    ck_assert_uint_eq(doc_source_offset(doc, 2, 1), 14);
    doc_free(doc);

    /* Lone CR line endings. */
    doc = md("# T\r\rone\rtwo\r");
    ck_block(doc, 0, CLERK_BLOCK_HEADING, "T");
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "one two");
    ck_assert_uint_eq(maps(doc, 1, "two"), 9);
    doc_free(doc);
}
END_TEST

START_TEST(md_entities_links_code)
{
    const char *src = "A &amp; B &mdash; C &#233;&#x41; &bogus; \\* [link text](http://x) `co de` ~~gone~~\n";
    clerk_doc *doc = md(src);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH,
             "A & B \xE2\x80\x94 C \xC3\xA9" "A &bogus; * link text co de gone");
    ck_assert_uint_eq(maps(doc, 0, "B"), 8);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 2), 2);     /* "&" at "&amp;" */
    ck_assert_uint_eq(doc_source_offset(doc, 0, 3), 7);     /* and ends after it */
    ck_assert_uint_eq(maps(doc, 0, "C"), off(src, "C"));
    ck_assert_uint_eq(maps(doc, 0, "&bogus;"), off(src, "&bogus;"));
    ck_assert_uint_eq(maps(doc, 0, "link text"), off(src, "link text"));
    ck_assert_uint_eq(maps(doc, 0, "co de"), off(src, "co de"));
    doc_free(doc);
}
END_TEST

START_TEST(md_removed_text_leaves_one_space)
{
    clerk_doc *doc = md("a [^3] b\n\na <!-- c --> b\n\nlast.[^9]\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "a b");
    ck_assert_uint_eq(maps(doc, 0, "b"), 7);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 1), 1); /* "a" ends before the reference */
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "a b");
    ck_block(doc, 2, CLERK_BLOCK_COMMENT, "c");
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "last.");
    doc_free(doc);

    doc = md("a [^1] [^2] b and *x*[^3][^4]. c\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "a b and x. c");
    ck_emph(blk(doc, 0), 0, 8, 1, CLERK_EMPH_ITALIC);
    ck_assert_uint_eq(maps(doc, 0, "b and"), 12);
    ck_assert_uint_eq(maps(doc, 0, "x"), 19);
    ck_assert_uint_eq(maps(doc, 0, " c"), 30);
    doc_free(doc);

    doc = md("a [^3] b\n\na <!-- c --> b\n\nlast.[^9]\n");
    /* The end of the text is the end of its last character, not of the reference. */
    ck_assert_uint_eq(doc_source_offset(doc, 3, 5), off("a [^3] b\n\na <!-- c --> b\n\nlast.[^9]\n", "[^9]"));
    doc_free(doc);
}
END_TEST

START_TEST(md_end_of_text)
{
    clerk_doc *doc = md("Some *italic*\n");
    ck_assert_uint_eq(doc_source_offset(doc, 0, blk(doc, 0)->text_length), 12);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 999), 12); /* past the end: the end */
    doc_free(doc);
}
END_TEST

START_TEST(md_seed_like_document)
{
    /* The shape of a letter with a draft resolution in its annex. */
    const char *src = "**General Assembly**\n\n"
                      "Distr.: General  \n11 August 2009\n\n"
                      "---\n\n"
                      "**Sixty-fourth session****Request for something**\n\n"
                      "## Annex II\n\n"
                      "*The General Assembly,*\n\n"
                      "*Referring to its resolution 59/50 of 2 December 2004,*\n\n"
                      "1. *Takes note* of the activity;\n\n"
                      "2. *Decides* to include the item.\n";
    clerk_doc *doc = md(src);
    static const struct {
        clerk_block_kind kind;
        const char *text;
    } want[] = {
        {CLERK_BLOCK_HEADING, "General Assembly"},
        {CLERK_BLOCK_PARAGRAPH, "Distr.: General\n11 August 2009"},
        {CLERK_BLOCK_RULE, ""},
        {CLERK_BLOCK_HEADING, "Sixty-fourth session"},
        {CLERK_BLOCK_HEADING, "Request for something"},
        {CLERK_BLOCK_HEADING, "Annex II"},
        {CLERK_BLOCK_PARAGRAPH, "The General Assembly,"},
        {CLERK_BLOCK_PARAGRAPH, "Referring to its resolution 59/50 of 2 December 2004,"},
        {CLERK_BLOCK_LIST_ITEM, "Takes note of the activity;"},
        {CLERK_BLOCK_LIST_ITEM, "Decides to include the item."},
    };
    ck_assert_uint_eq(doc->blocks.len, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        ck_block(doc, i, want[i].kind, want[i].text);
    ck_assert_uint_eq(blk(doc, 6)->lead_length, blk(doc, 6)->text_length);
    ck_assert_uint_eq(blk(doc, 8)->lead_length, 10);
    ck_assert_str_eq(blk(doc, 9)->label, "2");
    ck_assert_uint_eq(maps(doc, 7, "59/50"), off(src, "59/50"));
    ck_assert_uint_eq(maps(doc, 1, "11 August 2009"), off(src, "11 August"));
    doc_free(doc);
}
END_TEST

START_TEST(md_many_blocks_keep_their_emphasis)
{
    /* Enough blocks for the arrays to move while they grow. */
    size_t n = 300;
    char *src = xmalloc(n * 32);
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(src + len, "*Lead%zu* text and **b**\n\n", i);
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, n);
    for (size_t i = 0; i < n; i++) {
        const clerk_block *b = blk(doc, i);
        char lead[16];
        size_t lead_len = (size_t)sprintf(lead, "Lead%zu", i);
        ck_assert_uint_eq(b->emphasis_count, 2);
        ck_emph(b, 0, 0, lead_len, CLERK_EMPH_ITALIC);
        ck_emph(b, 1, lead_len + 10, 1, CLERK_EMPH_BOLD);
        ck_assert_uint_eq(b->lead_length, lead_len);
    }
    free(src);
    doc_free(doc);
}
END_TEST

START_TEST(md_bom_and_empty)
{
    clerk_doc *doc = md("\xEF\xBB\xBF# Title\n");
    ck_block(doc, 0, CLERK_BLOCK_HEADING, "Title");
    ck_span(blk(doc, 0), 3, 7);
    doc_free(doc);

    doc = md("");
    ck_assert_uint_eq(doc->blocks.len, 0);
    doc_free(doc);
    doc = md("\n \n\t\n");
    ck_assert_uint_eq(doc->blocks.len, 0);
    doc_free(doc);
}
END_TEST

START_TEST(invalid_utf8_is_refused)
{
    static const struct {
        const char *bytes;
        size_t offset;
    } cases[] = {
        {"abc \xC0\x80", 4},         /* overlong */
        {"ab\xED\xA0\x80", 2},       /* surrogate */
        {"x\xF4\x90\x80\x80 y", 1},  /* past U+10FFFF */
        {"text \xE2\x82", 5},        /* truncated */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char err[128] = "", want[64];
        clerk_doc *doc = doc_parse("bad.md", xstrdup(cases[i].bytes), strlen(cases[i].bytes),
                                   DOC_FORMAT_AUTO, err, sizeof err);
        ck_assert_ptr_null(doc);
        snprintf(want, sizeof want, "invalid UTF-8 at byte offset %zu", cases[i].offset);
        ck_assert_str_eq(err, want);
    }
}
END_TEST

/* ---- plain text ---- */

START_TEST(text_paragraphs_and_labels)
{
    const char *src = "1. First line\nwrapped here.\n\n(a) Sub;\n\n  (b) Next  \n\nShort\n\n"
                      "[^1]: note [^2]\n\n# Not a heading\n\n2009. A year\n\n"
                      "(i) roman\n\n*not italic*\n";
    clerk_doc *doc = txt(src);
    ck_assert_uint_eq(doc->blocks.len, 9);
    const clerk_block *b = blk(doc, 0);
    ck_block(doc, 0, CLERK_BLOCK_LIST_ITEM, "First line wrapped here.");
    ck_assert_int_eq(b->level, 1);
    ck_span(b, 0, 27);
    ck_label(b, "1", CLERK_LABEL_ARABIC, 1, 0, 2);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 10), 13); /* the joining space is the line end */
    ck_assert_uint_eq(maps(doc, 0, "wrapped"), 14);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "Sub;");
    ck_label(blk(doc, 1), "a", CLERK_LABEL_LETTER, 1, 29, 3);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "Next");
    ck_span(blk(doc, 2), off(src, "(b)"), 8);
    ck_label(blk(doc, 2), "b", CLERK_LABEL_LETTER, 2, off(src, "(b)"), 3);
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "Short");
    ck_assert_uint_eq(blk(doc, 3)->label_style, CLERK_LABEL_NONE);
    ck_block(doc, 4, CLERK_BLOCK_PARAGRAPH, "[^1]: note [^2]");
    ck_block(doc, 5, CLERK_BLOCK_PARAGRAPH, "# Not a heading");
    ck_block(doc, 6, CLERK_BLOCK_PARAGRAPH, "2009. A year");
    ck_block(doc, 7, CLERK_BLOCK_PARAGRAPH, "roman");
    ck_assert_int_eq(blk(doc, 7)->label_style, CLERK_LABEL_ROMAN);
    ck_block(doc, 8, CLERK_BLOCK_PARAGRAPH, "*not italic*");
    ck_assert_uint_eq(blk(doc, 8)->emphasis_count, 0);
    ck_assert_uint_eq(blk(doc, 8)->lead_length, 0);
    doc_free(doc);
}
END_TEST

START_TEST(text_single_line_breaks)
{
    /* Paragraphs one a line, the lines wrapped as well. */
    const char *src = "The General Assembly,\nRecalling its resolution 1 (2000),\n1. Decides:\n"
                      "(a) To act;\n(b) To report\non paragraph\n2. of it;\nSection heading\nAnother line\n"
                      "3. Requests the\nSecretary-General,\nThe Security Council, noted.\n"
                      "The Security Council,\n(c) lower\n";
    clerk_doc *doc = txt(src);
    ck_assert_uint_eq(doc->blocks.len, 8);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "The General Assembly, Recalling its resolution 1 (2000),");
    ck_block(doc, 1, CLERK_BLOCK_LIST_ITEM, "Decides:");
    ck_label(blk(doc, 1), "1", CLERK_LABEL_ARABIC, 1, off(src, "1. D"), 2);
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "To act;");
    ck_label(blk(doc, 2), "a", CLERK_LABEL_LETTER, 1, off(src, "(a)"), 3);
    /* "2." after a line cut mid-sentence goes on with it. */
    ck_block(doc, 3, CLERK_BLOCK_PARAGRAPH, "To report on paragraph 2. of it;");
    /* Lines standing alone between paragraphs are a block of their own. */
    ck_block(doc, 4, CLERK_BLOCK_PARAGRAPH, "Section heading Another line");
    ck_span(blk(doc, 4), off(src, "Section"), strlen("Section heading\nAnother line"));
    ck_span(blk(doc, 3), off(src, "(b)"), strlen("(b) To report\non paragraph\n2. of it;"));
    ck_block(doc, 5, CLERK_BLOCK_LIST_ITEM, "Requests the Secretary-General, The Security Council, noted.");
    ck_block(doc, 6, CLERK_BLOCK_PARAGRAPH, "The Security Council,");
    ck_block(doc, 7, CLERK_BLOCK_PARAGRAPH, "lower");
    ck_label(blk(doc, 7), "c", CLERK_LABEL_LETTER, 3, off(src, "(c)"), 3);
    doc_free(doc);

    /* A heading after a label line that ended a clause is a block of its own. */
    doc = txt("(b) Act;\n(c) Serve as Prosecutor.\nArticle 5: The Registry\n1. The Registry shall act.\n");
    ck_assert_uint_eq(doc->blocks.len, 4);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "Serve as Prosecutor.");
    ck_block(doc, 2, CLERK_BLOCK_PARAGRAPH, "Article 5: The Registry");
    ck_block(doc, 3, CLERK_BLOCK_LIST_ITEM, "The Registry shall act.");
    doc_free(doc);

    /* A scan wrapped at the margin keeps its paragraphs whole. */
    doc = txt("Calls upon the Governments,\nin conformity with\nthe Security Council, to act\n"
              "(XXII) of 1966 and\n1. of the year,\nfor peace\n(b) and so on.\n");
    ck_assert_uint_eq(doc->blocks.len, 1);
    doc_free(doc);
}
END_TEST

START_TEST(text_line_endings)
{
    clerk_doc *doc = txt("\xEF\xBB\xBF" "one\r\ntwo\rthree\r\n \r\nfour");
    ck_assert_uint_eq(doc->blocks.len, 2);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "one two three");
    ck_span(blk(doc, 0), 3, 14);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 3), 6);
    ck_assert_uint_eq(doc_source_offset(doc, 0, 4), 8);
    ck_assert_uint_eq(maps(doc, 0, "three"), 12);
    ck_block(doc, 1, CLERK_BLOCK_PARAGRAPH, "four");
    ck_assert_uint_eq(doc_source_offset(doc, 1, 4), 26);
    doc_free(doc);

    doc = txt("");
    ck_assert_uint_eq(doc->blocks.len, 0);
    doc_free(doc);

    /* Endings at the end of the file, and a file of endings only. */
    doc = txt("a\r\nb\r");
    ck_assert_uint_eq(doc->blocks.len, 1);
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "a b");
    ck_span(blk(doc, 0), 0, 4);
    doc_free(doc);
    doc = txt("\n\r\n\r");
    ck_assert_uint_eq(doc->blocks.len, 0);
    doc_free(doc);
}
END_TEST

START_TEST(format_by_extension)
{
    clerk_doc *doc = parse_as("NOTE.TXT", "# Title\n");
    ck_block(doc, 0, CLERK_BLOCK_PARAGRAPH, "# Title");
    doc_free(doc);
    doc = parse_as("note.markdown", "# Title\n");
    ck_block(doc, 0, CLERK_BLOCK_HEADING, "Title");
    doc_free(doc);
    char err[64];
    doc = doc_parse("note.txt", xstrdup("# Title\n"), 8, DOC_FORMAT_MARKDOWN, err, sizeof err);
    ck_block(doc, 0, CLERK_BLOCK_HEADING, "Title");
    doc_free(doc);
}
END_TEST

/* ---- reading files ---- */

static char scratch[PATH_MAX];

static void make_scratch(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/clerk-reader-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(scratch));
}

static void remove_scratch(void)
{
    char *cmd = xasprintf("rm -rf '%s'", scratch);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

/* Writes n bytes to a file in the scratch folder; returns its path (caller frees). */
static char *write_file(const char *name, const char *bytes, size_t n)
{
    char *path = xasprintf("%s/%s", scratch, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(bytes, 1, n, f), n);
    fclose(f);
    return path;
}

/* doc_read_file's error for path, or "" when it reads. */
static const char *read_error(const char *path)
{
    static char err[256];
    char *buf = NULL;
    size_t len;
    err[0] = '\0';
    if (doc_read_file(path, &buf, &len, err, sizeof err) == 0) {
        free(buf);
        ck_assert_str_eq(err, "");
    }
    return err;
}

START_TEST(read_regular_and_empty)
{
    char *path = write_file("a.md", "hello\nworld\n", 12);
    char *buf, err[64];
    size_t len;
    ck_assert_int_eq(doc_read_file(path, &buf, &len, err, sizeof err), 0);
    ck_assert_uint_eq(len, 12);
    ck_assert_str_eq(buf, "hello\nworld\n");
    free(buf);
    free(path);

    path = write_file("empty.md", "", 0);
    ck_assert_int_eq(doc_read_file(path, &buf, &len, err, sizeof err), 0);
    ck_assert_uint_eq(len, 0);
    ck_assert_str_eq(buf, "");
    clerk_doc *doc = doc_parse(path, buf, len, DOC_FORMAT_AUTO, err, sizeof err);
    ck_assert_ptr_nonnull(doc);
    ck_assert_uint_eq(doc->blocks.len, 0);
    doc_free(doc);
    free(path);
}
END_TEST

START_TEST(read_errors)
{
    char *missing = xasprintf("%s/missing.md", scratch);
    ck_assert_str_eq(read_error(missing), "No such file or directory");
    free(missing);

    ck_assert_str_eq(read_error(scratch), "is a directory");

    /* A FIFO is refused at once, not waited on. */
    char *fifo = xasprintf("%s/fifo", scratch);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    ck_assert_str_eq(read_error(fifo), "not a regular file");
    free(fifo);

    char *binary = write_file("bin.md", "abc\0def", 7);
    ck_assert_str_eq(read_error(binary), "binary file: NUL byte at offset 3");
    free(binary);

    if (geteuid() != 0) { /* root reads anything */
        char *locked = write_file("locked.md", "x", 1);
        ck_assert_int_eq(chmod(locked, 0), 0);
        ck_assert_str_eq(read_error(locked), "Permission denied");
        free(locked);
    }
}
END_TEST

/* A document of 4 GiB or more is refused by its length alone (the text is
 * not read), whoever hands it over. */
START_TEST(parse_refuses_4_gib)
{
    char err[128] = "";
    ck_assert_ptr_null(doc_parse("huge.md", xstrdup("x"), DOC_MAX_LENGTH, DOC_FORMAT_AUTO, err, sizeof err));
    ck_assert_str_eq(err, "too large: a document must be under 4 GiB");
}
END_TEST

START_TEST(read_stdin_pipe)
{
    /* More than a pipe holds at once, so the buffer must grow as it reads. */
    size_t n = 300000;
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        char line[100];
        memset(line, 'x', sizeof line - 1);
        line[sizeof line - 1] = '\n';
        for (size_t i = 0; i < n / sizeof line; i++)
            if (write(fds[1], line, sizeof line) != (ssize_t)sizeof line)
                _exit(1);
        _exit(0);
    }
    close(fds[1]);
    int saved = dup(STDIN_FILENO);
    ck_assert_int_ge(saved, 0);
    ck_assert_int_ge(dup2(fds[0], STDIN_FILENO), 0);
    close(fds[0]);

    char *buf, err[64] = "";
    size_t len;
    int rc = doc_read_file("-", &buf, &len, err, sizeof err);
    dup2(saved, STDIN_FILENO);
    close(saved);
    int status;
    waitpid(pid, &status, 0);
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(len, n);
    ck_assert_uint_eq(strlen(buf), n);
    ck_assert_int_eq(buf[n - 1], '\n');
    free(buf);
}
END_TEST

/* A block whose text is a copy of contiguous source bytes keeps no segments;
 * one whose markup the text leaves out keeps them. */
START_TEST(md_copied_text_needs_no_segments)
{
    const char *src = "1. The Assembly met.\n\nThe *Council* met.\n\n---\n";
    clerk_doc *doc = md(src);
    ck_assert_uint_eq(doc->blocks.len, 3);
    const block_map *plain = vec_at(&doc->maps, 0), *marked = vec_at(&doc->maps, 1);
    ck_assert_uint_eq(plain->seg_count, 0);
    ck_assert_uint_eq(plain->first_seg, off(src, "The Assembly"));
    ck_assert_uint_gt(marked->seg_count, 0);
    ck_assert_uint_eq(((const block_map *)vec_at(&doc->maps, 2))->seg_count, 0);
    ck_assert_uint_eq(maps(doc, 0, "met."), off(src, "met."));
    ck_assert_uint_eq(doc_source_offset(doc, 0, 1000), off(src, "\n"));
    ck_assert_uint_eq(doc_source_start(doc, 0, 0), off(src, "The Assembly"));
    ck_assert_uint_eq(maps(doc, 1, "met."), off(src, "met.\n\n---"));
    doc_free(doc);
}
END_TEST

/* A text equal to its source bytes is those bytes (an exact copy under
 * ASan); one with markup left out is a copy, NUL-terminated. */
START_TEST(md_copied_text_shares_the_source)
{
    const char *src = "1. The Assembly met.\n\nThe *Council* met.\n";
    clerk_doc *doc = md(src);
    const clerk_block *plain = doc_block(doc, 0), *marked = doc_block(doc, 1);
    ck_assert_int_eq(memcmp(plain->text, "The Assembly met.", plain->text_length), 0);
#ifndef DOC_EXACT_TEXTS
    ck_assert_ptr_eq(plain->text, doc->src + off(src, "The Assembly"));
#endif
    ck_assert_text_eq(marked, "The Council met.");
    doc_free(doc);
}
END_TEST

/* For plugins built against ABI 1.0 and 1.1 every text is a NUL-terminated copy. */
START_TEST(terminated_texts_are_copies)
{
    const char *src = "1. The Assembly met.\n\nThe *Council* met.\n";
    char err[128];
    clerk_doc *doc = doc_parse_with("a.md", xstrdup(src), strlen(src), DOC_FORMAT_AUTO,
                                    DOC_TERMINATED_TEXTS, err, sizeof err);
    ck_assert_ptr_nonnull(doc);
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const clerk_block *b = doc_block(doc, i);
        ck_assert(b->text < doc->src || b->text > doc->src + doc->len);
        ck_assert_uint_eq(strlen(b->text), b->text_length);
    }
    ck_assert_str_eq(doc_block(doc, 0)->text, "The Assembly met.");
    doc_free(doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("reader");
    TCase *tc = tcase_create("markdown");
    tcase_add_test(tc, md_headings);
    tcase_add_test(tc, md_bold_paragraph_is_heading);
    tcase_add_test(tc, md_emphasis_and_underline);
    tcase_add_test(tc, md_lead_length);
    tcase_add_test(tc, md_numbered_as_written);
    tcase_add_test(tc, md_lists_nested_and_continued);
    tcase_add_test(tc, md_lettered_and_roman);
    tcase_add_test(tc, lettered_with_a_dot);
    tcase_add_test(tc, invisible_marks);
    tcase_add_test(tc, md_span_starts_after_closing_markup);
    tcase_add_test(tc, md_footnotes);
    tcase_add_test(tc, md_comments);
    tcase_add_test(tc, md_table_cells);
    tcase_add_test(tc, md_rule_and_code);
    tcase_add_test(tc, md_line_breaks);
    tcase_add_test(tc, md_entities_links_code);
    tcase_add_test(tc, md_removed_text_leaves_one_space);
    tcase_add_test(tc, md_end_of_text);
    tcase_add_test(tc, md_seed_like_document);
    tcase_add_test(tc, md_many_blocks_keep_their_emphasis);
    tcase_add_test(tc, md_copied_text_needs_no_segments);
    tcase_add_test(tc, md_copied_text_shares_the_source);
    tcase_add_test(tc, terminated_texts_are_copies);
    tcase_add_test(tc, md_bom_and_empty);
    tcase_add_test(tc, invalid_utf8_is_refused);
    suite_add_tcase(s, tc);

    tc = tcase_create("text");
    tcase_add_test(tc, text_paragraphs_and_labels);
    tcase_add_test(tc, text_single_line_breaks);
    tcase_add_test(tc, text_line_endings);
    tcase_add_test(tc, format_by_extension);
    suite_add_tcase(s, tc);

    tc = tcase_create("files");
    tcase_add_checked_fixture(tc, make_scratch, remove_scratch);
    tcase_add_test(tc, read_regular_and_empty);
    tcase_add_test(tc, read_errors);
    tcase_add_test(tc, parse_refuses_4_gib);
    tcase_add_test(tc, read_stdin_pipe);
    suite_add_tcase(s, tc);

    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
