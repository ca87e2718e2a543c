/* Document structure: sections, the masthead and paragraph roles, on short
 * documents written in the style of real letters and resolutions. */
#include "doc/doc.h"
#include "util/xalloc.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static clerk_doc *parse(const char *text, doc_format format)
{
    char err[256] = "";
    clerk_doc *doc = doc_parse(format == DOC_FORMAT_TEXT ? "t.txt" : "t.md", xstrdup(text),
                               strlen(text), format, err, sizeof err);
    ck_assert_msg(doc != NULL, "parse failed: %s", err);
    /* Sections cover every block, in order, and each block knows its own. */
    size_t next = 0;
    for (size_t k = 0; k < doc->sections.len; k++) {
        const clerk_section *s = doc_section(doc, k);
        ck_assert_uint_eq(s->first_block, next);
        ck_assert_uint_gt(s->block_count, 0);
        for (size_t i = s->first_block; i < s->first_block + s->block_count; i++)
            ck_assert_uint_eq(doc_block(doc, i)->section, k);
        next += s->block_count;
    }
    ck_assert_uint_eq(next, doc->blocks.len);
    return doc;
}

/* The index of the first block whose text starts with prefix. */
static size_t block_starting(const clerk_doc *doc, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const clerk_block *b = doc_block(doc, i);
        if (b->text_length >= n && memcmp(b->text, prefix, n) == 0)
            return i;
    }
    ck_abort_msg("no block starts with \"%s\"", prefix);
    return 0;
}

static clerk_role role_of(const clerk_doc *doc, const char *prefix)
{
    return doc_block(doc, block_starting(doc, prefix))->role;
}

static const clerk_section *section_of(const clerk_doc *doc, const char *prefix)
{
    return doc_section(doc, doc_block(doc, block_starting(doc, prefix))->section);
}

static void assert_ymd(clerk_ymd d, int y, int m, int day)
{
    ck_assert_int_eq(d.year, y);
    ck_assert_int_eq(d.month, m);
    ck_assert_int_eq(d.day, day);
}

/* The source text at [offset, offset + length) is expect. */
static void assert_span(const clerk_doc *doc, size_t offset, size_t length, const char *expect)
{
    ck_assert_uint_eq(length, strlen(expect));
    ck_assert_int_eq(memcmp(doc->src + offset, expect, length), 0);
}

/* ---- the masthead ---- */

static const char letter[] =
    "United Nations\n\n"
    "A/64/142\n\n"
    "General Assembly\n\n"
    "Distr.: General\n\n"
    "11 August 2009\n\n"
    "Original: Russian\n\n"
    "Sixty-fourth session\n\n"
    "Agenda item 74 (c)\n\n"
    "Cooperation between the United Nations and the Andean Council\n\n"
    "Letter dated 14 July 2009 from the Permanent Representative of Utopia "
    "to the United Nations addressed to the Secretary-General\n\n"
    "I have the honour to request the inclusion of an item in the agenda.\n\n"
    "I should be grateful if the present letter could be circulated.\n\n"
    "*(Signed)* Ana Example\n";

START_TEST(test_letter_masthead)
{
    clerk_doc *doc = parse(letter, DOC_FORMAT_MARKDOWN);
    const clerk_masthead *m = &doc->masthead;
    ck_assert_str_eq(m->symbol, "A/64/142");
    assert_span(doc, m->symbol_offset, m->symbol_length, "A/64/142");
    ck_assert_int_eq(m->body, CLERK_BODY_GA);
    ck_assert_str_eq(m->distribution, "General");
    assert_ymd(m->date, 2009, 8, 11);
    assert_span(doc, m->date_offset, m->date_length, "11 August 2009");
    ck_assert_str_eq(m->original_language, "Russian");
    ck_assert_int_eq(m->session, 64);
    ck_assert_int_eq(m->session_kind, 0);
    assert_span(doc, m->session_offset, m->session_length, "Sixty-fourth session");
    ck_assert_str_eq(m->agenda_item, "74 (c)");
    ck_assert_str_eq(m->title, "Letter dated 14 July 2009 from the Permanent Representative of "
                               "Utopia to the United Nations addressed to the Secretary-General");
    assert_ymd(m->letter_date, 2009, 7, 14);
    assert_span(doc, m->letter_date_offset, m->letter_date_length, "14 July 2009");
    ck_assert_int_eq(m->adoption_date.year, 0);

    ck_assert_uint_eq(doc->sections.len, 2);
    ck_assert_int_eq(doc_section(doc, 0)->kind, CLERK_SECTION_FRONT);
    ck_assert_int_eq(doc_section(doc, 1)->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(doc_section(doc, 1)->is_resolution, 0);
    ck_assert_ptr_eq(section_of(doc, "I have the honour"), doc_section(doc, 1));

    ck_assert_int_eq(role_of(doc, "A/64/142"), CLERK_ROLE_MASTHEAD);
    ck_assert_int_eq(role_of(doc, "Sixty-fourth"), CLERK_ROLE_MASTHEAD);
    ck_assert_int_eq(role_of(doc, "Cooperation"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Letter dated"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "I have the honour"), CLERK_ROLE_NONE);
    ck_assert_int_eq(role_of(doc, "(Signed)"), CLERK_ROLE_SIGNATURE);
    doc_free(doc);
}
END_TEST

static const char resolution[] =
    "United Nations\n\n"
    "A/RES/78/265\n\n"
    "General Assembly\n\n"
    "Distr.: General\n\n"
    "1 April 2024\n\n"
    "Seventy-eighth session\n\n"
    "Agenda items 13 and 117\n\n"
    "Resolution adopted by the General Assembly on 21 March 2024\n\n"
    "[without reference to a Main Committee (A/78/L.49)]\n\n"
    "78/265. Seizing the opportunities of safe systems\n\n"
    "*The General Assembly*,\n\n"
    "*Recalling* its resolution 70/1 of 25 September 2015,\n\n"
    "*Noting* the work of the Secretary-General,\n\n"
    "1. *Decides* to act in two ways:\n\n"
    "(a) To meet in May;\n\n"
    "(b) To report in June;\n\n"
    "2. *Requests* the Secretary-General to report to it at its next session.\n\n"
    "63rd plenary meeting  \n"
    "21 March 2024\n";

START_TEST(test_resolution_masthead)
{
    clerk_doc *doc = parse(resolution, DOC_FORMAT_MARKDOWN);
    const clerk_masthead *m = &doc->masthead;
    ck_assert_str_eq(m->symbol, "A/RES/78/265");
    ck_assert_int_eq(m->body, CLERK_BODY_GA);
    assert_ymd(m->date, 2024, 4, 1);
    ck_assert_int_eq(m->session, 78);
    ck_assert_str_eq(m->agenda_item, "13 and 117");
    ck_assert_str_eq(m->title, "Seizing the opportunities of safe systems");
    assert_ymd(m->adoption_date, 2024, 3, 21);
    assert_span(doc, m->adoption_date_offset, m->adoption_date_length, "21 March 2024");
    ck_assert_ptr_eq(doc->src + m->adoption_date_offset, strstr(doc->src, "21 March 2024"));
    ck_assert_int_eq(m->letter_date.year, 0);

    ck_assert_uint_eq(doc->sections.len, 2);
    const clerk_section *body = doc_section(doc, 1);
    ck_assert_int_eq(body->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(body->is_resolution, 1);
    ck_assert_int_eq(body->resolution_body, CLERK_BODY_GA);
    ck_assert_ptr_eq(section_of(doc, "The General Assembly"), body);
    ck_assert_ptr_eq(section_of(doc, "78/265."), doc_section(doc, 0));

    ck_assert_int_eq(role_of(doc, "Resolution adopted"), CLERK_ROLE_MASTHEAD);
    ck_assert_int_eq(role_of(doc, "[without reference"), CLERK_ROLE_MASTHEAD);
    ck_assert_int_eq(role_of(doc, "78/265."), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "The General Assembly"), CLERK_ROLE_OPENING);
    ck_assert_int_eq(role_of(doc, "Recalling"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Noting"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Decides"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "To meet"), CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(role_of(doc, "To report"), CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(role_of(doc, "Requests"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "63rd plenary"), CLERK_ROLE_CLOSING);
    doc_free(doc);
}
END_TEST

START_TEST(test_security_council_masthead)
{
    clerk_doc *doc = parse("United Nations\n\nS/RES/1631 (2005)\n\nSecurity Council\n\n"
                           "Distr.: General\n\n17 October 2005\n\nResolution 1631 (2005)\n\n"
                           "Adopted by the Security Council at its 5282nd meeting, on 17 October 2005\n\n"
                           "*The Security Council,*\n\n*Recalling* its resolutions,\n\n"
                           "1. *Expresses* its determination;\n\n"
                           "2. *Decides* to remain seized of the matter.\n",
                           DOC_FORMAT_MARKDOWN);
    const clerk_masthead *m = &doc->masthead;
    ck_assert_str_eq(m->symbol, "S/RES/1631 (2005)");
    ck_assert_int_eq(m->body, CLERK_BODY_SC);
    assert_ymd(m->date, 2005, 10, 17);
    assert_ymd(m->adoption_date, 2005, 10, 17);
    ck_assert_str_eq(m->title, "");
    ck_assert_int_eq(m->session, 0);
    ck_assert_int_eq(doc_section(doc, 1)->resolution_body, CLERK_BODY_SC);
    ck_assert_int_eq(role_of(doc, "The Security Council"), CLERK_ROLE_OPENING);
    ck_assert_int_eq(role_of(doc, "Decides"), CLERK_ROLE_OPERATIVE);
    doc_free(doc);
}
END_TEST

START_TEST(test_symbol_forms)
{
    static const struct { const char *line, *symbol; clerk_body body; } cases[] = {
        { "A/RES/77/128 A-B", "A/RES/77/128 A-B", CLERK_BODY_GA },
        { "A/RES/76/84 A and B", "A/RES/76/84 A and B", CLERK_BODY_GA },
        { "A/HRC/RES/57/1", "A/HRC/RES/57/1", CLERK_BODY_HRC },
        { "E/2020/45*", "E/2020/45", CLERK_BODY_ECOSOC },
        { "ST/SGB/2024/3", "ST/SGB/2024/3", CLERK_BODY_SECRETARIAT },
        { "A/C.3/64/L.5/Rev.1", "A/C.3/64/L.5/Rev.1", CLERK_BODY_GA },
        { "A/79/302-S/2024/600", "A/79/302-S/2024/600", CLERK_BODY_GA },
        { "S/2009/123", "S/2009/123", CLERK_BODY_SC },
        { "S/RES/1729(2006)", "S/RES/1729(2006)", CLERK_BODY_SC },
        { "A/RES/and/more", "", CLERK_BODY_UNKNOWN },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char text[128];
        snprintf(text, sizeof text, "United Nations\n\n%s\n\nDistr.: General\n\nBody text.\n",
                 cases[k].line);
        clerk_doc *doc = parse(text, DOC_FORMAT_MARKDOWN);
        ck_assert_str_eq(doc->masthead.symbol, cases[k].symbol);
        ck_assert_int_eq(doc->masthead.body, cases[k].body);
        doc_free(doc);
    }
}
END_TEST

/* A scan runs the masthead's columns into one line. */
START_TEST(test_masthead_columns_on_one_line)
{
    clerk_doc *doc = parse("United Nations E/CN.9/2000/1\n\n"
                           "Economic and Social Council Distr.: General\n\n"
                           "21 October 1999\n\n"
                           "Commission on Population and Development\n\n"
                           "Provisional agenda\n\n"
                           "1. Election of officers.\n",
                           DOC_FORMAT_TEXT);
    const clerk_masthead *m = &doc->masthead;
    ck_assert_str_eq(m->symbol, "E/CN.9/2000/1");
    assert_span(doc, m->symbol_offset, m->symbol_length, "E/CN.9/2000/1");
    ck_assert_int_eq(m->body, CLERK_BODY_ECOSOC);
    ck_assert_str_eq(m->distribution, "General");
    assert_ymd(m->date, 1999, 10, 21);
    ck_assert_int_eq(role_of(doc, "United Nations"), CLERK_ROLE_MASTHEAD);
    doc_free(doc);
    /* A name that goes on as a title is one line. */
    doc = parse("United Nations Conference on Trade and Development\n\nText.\n", DOC_FORMAT_TEXT);
    ck_assert_str_eq(doc->masthead.title, "United Nations Conference on Trade and Development");
    doc_free(doc);
}
END_TEST

START_TEST(test_session_kinds)
{
    clerk_doc *doc = parse("A/ES-10/L.30\n\nGeneral Assembly\n\nTenth emergency special session\n\n"
                           "Agenda item 5\n\nIllegal actions\n\nThe text follows.\n",
                           DOC_FORMAT_MARKDOWN);
    ck_assert_int_eq(doc->masthead.session, 10);
    ck_assert_int_eq(doc->masthead.session_kind, 2);
    ck_assert_str_eq(doc->masthead.symbol, "A/ES-10/L.30");
    ck_assert_str_eq(doc->masthead.title, "Illegal actions");
    doc_free(doc);

    doc = parse("Twenty-sixth special session\n\nAgenda item 8\n\nReview\n\nThe text follows.\n",
                DOC_FORMAT_MARKDOWN);
    ck_assert_int_eq(doc->masthead.session, 26);
    ck_assert_int_eq(doc->masthead.session_kind, 1);
    ck_assert_int_eq(doc->masthead.body, CLERK_BODY_UNKNOWN);
    doc_free(doc);
}
END_TEST

/* A scanned Security Council resolution: no symbol, the date on the line
 * under the number, the closing "Adopted ... meeting." */
START_TEST(test_scanned_security_council_resolution)
{
    clerk_doc *doc = parse("Resolution 526 (1982)\nof 14 December 1982\n\n"
                           "The Security Council,\n\n"
                           "Having considered the application of the Republic\nof Utopia (S/15000),\n\n"
                           "Recommends to the General Assembly that Utopia be admitted\n"
                           "to membership in the United Nations.\n\n"
                           "Adopted unanimously at the\n2400th meeting.\n",
                           DOC_FORMAT_TEXT);
    const clerk_masthead *m = &doc->masthead;
    assert_ymd(m->adoption_date, 1982, 12, 14);
    ck_assert_int_eq(m->body, CLERK_BODY_SC);
    ck_assert_str_eq(m->symbol, "");
    ck_assert_int_eq(role_of(doc, "Resolution 526"), CLERK_ROLE_MASTHEAD);
    ck_assert_int_eq(role_of(doc, "The Security Council"), CLERK_ROLE_OPENING);
    ck_assert_int_eq(role_of(doc, "Having considered"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Recommends"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "Adopted unanimously"), CLERK_ROLE_CLOSING);
    doc_free(doc);
}
END_TEST

/* ---- sections ---- */

/* The shape of a request for a supplementary item: a letter, an explanatory
 * note in annex I and a draft resolution in annex II. */
static const char request[] =
    "**General Assembly**\n\n"
    "Distr.: General  \n"
    "3 August 2011  \n"
    "English  \n"
    "Original: French\n\n"
    "---\n\n"
    "**Sixty-sixth session****Request for the inclusion of a supplementary item in the agenda"
    "****Cooperation between the United Nations and the Andean Council****Letter dated "
    "20 July 2011 from the Permanent Representative of Utopia addressed to the Secretary-General**\n\n"
    "I have the honour to request the inclusion of an item. An explanatory note (annex I) and "
    "a draft resolution (annex II) are attached.\n\n"
    "*(Signed)* Ana Example\n\n"
    "## Annex I\n\n"
    "### Explanatory note\n\n"
    "1. The Council was founded in 2001 and has grown since then in the region and\n\n"
    "beyond it.\n\n"
    "2. Its members wish to work with the United Nations.\n\n"
    "## Annex II\n\n"
    "### Draft resolution\n\n"
    "#### **Cooperation between the United Nations and the Andean Council**\n\n"
    "*The General Assembly,*\n\n"
    "*Welcoming* the work of the Council,\n\n"
    "1. *Invites* the Council to report;\n\n"
    "2. *Decides* to include the item in the agenda of its sixty-seventh session.\n";

START_TEST(test_request_structure)
{
    clerk_doc *doc = parse(request, DOC_FORMAT_MARKDOWN);
    const clerk_masthead *m = &doc->masthead;
    ck_assert_int_eq(m->body, CLERK_BODY_GA);
    ck_assert_str_eq(m->symbol, "");
    assert_ymd(m->date, 2011, 8, 3);
    ck_assert_str_eq(m->original_language, "French");
    ck_assert_int_eq(m->session, 66);
    assert_ymd(m->letter_date, 2011, 7, 20);
    assert_span(doc, m->letter_date_offset, m->letter_date_length, "20 July 2011");
    ck_assert_ptr_eq(strstr(m->title, "Letter dated 20 July 2011"), m->title);

    ck_assert_uint_eq(doc->sections.len, 4);
    const clerk_section *note = doc_section(doc, 2), *draft = doc_section(doc, 3);
    ck_assert_int_eq(doc_section(doc, 0)->kind, CLERK_SECTION_FRONT);
    ck_assert_int_eq(doc_section(doc, 1)->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(note->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(note->label, "I");
    ck_assert_int_eq(note->number, 1);
    ck_assert_str_eq(note->title, "Explanatory note");
    ck_assert_int_eq(note->is_resolution, 0);
    ck_assert_int_eq(draft->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(draft->label, "II");
    ck_assert_int_eq(draft->number, 2);
    ck_assert_str_eq(draft->title, "Draft resolution");
    ck_assert_int_eq(draft->is_resolution, 1);
    ck_assert_int_eq(draft->resolution_body, CLERK_BODY_GA);
    ck_assert_uint_eq(draft->offset, (size_t)(strstr(doc->src, "## Annex II") - doc->src));
    ck_assert_uint_eq(draft->offset + draft->length, doc->len - 1);

    ck_assert_int_eq(role_of(doc, "I have the honour"), CLERK_ROLE_NONE);
    ck_assert_int_eq(role_of(doc, "(Signed)"), CLERK_ROLE_SIGNATURE);
    ck_assert_int_eq(role_of(doc, "Annex I"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "The Council was founded"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "beyond it"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Its members"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Draft resolution"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Cooperation between"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "The General Assembly"), CLERK_ROLE_OPENING);
    ck_assert_int_eq(role_of(doc, "Welcoming"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Invites"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "Decides"), CLERK_ROLE_OPERATIVE);
    doc_free(doc);
}
END_TEST

START_TEST(test_plain_text_annexes)
{
    clerk_doc *doc = parse("Letter dated 6 January 2009 from the Secretary-General addressed to "
                           "the President of the Security Council\n\n"
                           "I have the honour to transmit the terms of reference (see annex).\n\n"
                           "Annex I contains the terms; annex II the budget.\n\n"
                           "(Signed) Ana Example\n\n"
                           "Ambassador\n\n"
                           "Annex I\n\n"
                           "[Original: French]\n\n"
                           "Terms of reference\n\n"
                           "1. The mechanism shall collect evidence.\n\n"
                           "Annex II to the letter dated 6 January 2009\n\n"
                           "Budget\n\n"
                           "Enclosure\n\n"
                           "The table follows.\n\n"
                           "Annex 3\n\n"
                           "Appendix\n\n"
                           "Text.\n",
                           DOC_FORMAT_TEXT);
    assert_ymd(doc->masthead.letter_date, 2009, 1, 6);
    ck_assert_int_eq(doc->masthead.body, CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(doc->sections.len, 7);
    ck_assert_int_eq(section_of(doc, "Annex I contains")->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(role_of(doc, "(Signed)"), CLERK_ROLE_SIGNATURE);
    ck_assert_int_eq(role_of(doc, "Ambassador"), CLERK_ROLE_SIGNATURE);

    const clerk_section *s = doc_section(doc, 2);
    ck_assert_int_eq(s->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(s->label, "I");
    ck_assert_str_eq(s->title, "Terms of reference");
    ck_assert_int_eq(role_of(doc, "The mechanism"), CLERK_ROLE_NUMBERED);

    s = doc_section(doc, 3);
    ck_assert_int_eq(s->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(s->label, "II");
    ck_assert_int_eq(s->number, 2);
    ck_assert_str_eq(s->title, "Budget");

    s = doc_section(doc, 4);
    ck_assert_int_eq(s->kind, CLERK_SECTION_ENCLOSURE);
    ck_assert_str_eq(s->label, "");
    ck_assert_int_eq(s->number, 0);
    ck_assert_str_eq(s->title, "");

    s = doc_section(doc, 5);
    ck_assert_int_eq(s->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(s->label, "3");
    ck_assert_int_eq(s->number, 3);
    ck_assert_int_eq(doc_section(doc, 6)->kind, CLERK_SECTION_APPENDIX);
    doc_free(doc);
}
END_TEST

/* Old prints glue a footnote letter to the annex numeral: "ANNEX IVa". */
START_TEST(test_annex_numeral_with_footnote_letter)
{
    clerk_doc *doc = parse("Rule 1\n\n"
                           "These rules may be amended.\n\n"
                           "ANNEX Ia\n\n"
                           "Recommendations of the Special Committeeb\n\n"
                           "1. Conventions are considered in plenary.\n\n"
                           "ANNEX IVa\n\n"
                           "Methods of work\n",
                           DOC_FORMAT_TEXT);
    const clerk_section *s = section_of(doc, "ANNEX Ia");
    ck_assert_int_eq(s->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(s->label, "I");
    ck_assert_int_eq(s->number, 1);
    s = section_of(doc, "ANNEX IVa");
    ck_assert_int_eq(s->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(s->label, "IV");
    ck_assert_int_eq(s->number, 4);
    ck_assert_str_eq(s->title, "Methods of work");
    doc_free(doc);
    /* A word that merely starts like a numeral heads nothing. */
    doc = parse("The rules.\n\nAnnex Iron ore\n\nText.\n", DOC_FORMAT_TEXT);
    ck_assert_int_eq(section_of(doc, "Annex Iron")->kind, CLERK_SECTION_BODY);
    doc_free(doc);
}
END_TEST

START_TEST(test_annex_to_the_letter)
{
    clerk_doc *doc = parse("I have the honour to transmit a statement (see annex).\n\n"
                           "Annex to the letter dated 29 November 2024 from the Permanent "
                           "Representative of Utopia to the United Nations addressed to the "
                           "President of the Security Council\n\n"
                           "Statement\n\n"
                           "The parties agree.\n",
                           DOC_FORMAT_TEXT);
    ck_assert_uint_eq(doc->sections.len, 2);
    const clerk_section *s = doc_section(doc, 1);
    ck_assert_int_eq(s->kind, CLERK_SECTION_ANNEX);
    ck_assert_str_eq(s->label, "");
    ck_assert_str_eq(s->title, "Statement");
    assert_ymd(doc->masthead.letter_date, 2024, 11, 29);
    doc_free(doc);
}
END_TEST

START_TEST(test_trailing_footnotes)
{
    clerk_doc *doc = parse("*The General Assembly*,\n\n"
                           "*Recalling* its resolution 70/1,[^1]\n\n"
                           "[^2]: A note the converter left in the body.\n\n"
                           "1. *Decides* to act.[^3]\n\n"
                           "[^1]: Resolution 70/1.\n\n"
                           "[^3]: See A/70/1.\n",
                           DOC_FORMAT_MARKDOWN);
    ck_assert_uint_eq(doc->sections.len, 2);
    ck_assert_int_eq(doc_section(doc, 0)->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(doc_section(doc, 1)->kind, CLERK_SECTION_FOOTNOTES);
    ck_assert_uint_eq(doc_section(doc, 1)->block_count, 2);
    ck_assert_int_eq(section_of(doc, "A note the converter")->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(role_of(doc, "A note the converter"), CLERK_ROLE_NONE);
    ck_assert_int_eq(role_of(doc, "Recalling"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Decides"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "Resolution 70/1."), CLERK_ROLE_NONE);
    doc_free(doc);
}
END_TEST

/* ---- roles ---- */

START_TEST(test_opening_forms)
{
    static const struct { const char *text; clerk_body body; } cases[] = {
        { "*The General Assembly*,\n\n*Noting* the report,\n", CLERK_BODY_GA },
        { "*The General Assembly,*\n\n*Noting* the report,\n", CLERK_BODY_GA },
        { "*The Security Council*\n\n*Adopts* the declaration.\n", CLERK_BODY_SC },
        { "The Human Rights Council,\n\nNoting the report,\n", CLERK_BODY_HRC },
        { "The Economic and Social Council,\n\nNoting the report,\n", CLERK_BODY_ECOSOC },
        { "\xE2\x80\x9CThe Human Rights Council,\n\nNoting the report,\n", CLERK_BODY_UNKNOWN },
        { "The General Assembly adopted the text.\n\nNoting the report,\n", CLERK_BODY_UNKNOWN },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        clerk_doc *doc = parse(cases[k].text, DOC_FORMAT_MARKDOWN);
        const clerk_section *s = doc_section(doc, 0);
        ck_assert_msg(s->is_resolution == (cases[k].body != CLERK_BODY_UNKNOWN), "case %zu", k);
        ck_assert_int_eq(s->resolution_body, cases[k].body);
        ck_assert_int_eq(doc_block(doc, 0)->role,
                         cases[k].body ? CLERK_ROLE_OPENING : CLERK_ROLE_NONE);
        doc_free(doc);
    }
}
END_TEST

/* A resolution adopting a declaration: its one operative paragraph is not
 * numbered, the declaration's numbered paragraphs are not operative. */
START_TEST(test_embedded_declaration)
{
    clerk_doc *doc = parse("*The General Assembly*\n\n"
                           "*Adopts* the following political declaration:\n\n"
                           "Political declaration of the high-level meeting\n\n"
                           "1. We, Heads of State and Government, gathered in New York,\n\n"
                           "2. We reaffirm our commitment;\n\n"
                           "10th plenary meeting  \n1 October 2019\n",
                           DOC_FORMAT_MARKDOWN);
    ck_assert_int_eq(role_of(doc, "The General Assembly"), CLERK_ROLE_OPENING);
    ck_assert_int_eq(role_of(doc, "Adopts"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "Political declaration"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "We, Heads"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "We reaffirm"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "10th plenary"), CLERK_ROLE_CLOSING);
    assert_ymd(doc->masthead.adoption_date, 2019, 10, 1);
    doc_free(doc);
}
END_TEST

/* A single unnumbered operative paragraph introduces a numbered text. */
START_TEST(test_list_after_unnumbered_operative_paragraph)
{
    clerk_doc *doc = parse("The General Assembly,\n\n"
                           "Noting the need for consistency,\n\n"
                           "Recommends the following elements for consideration by States:\n\n"
                           "1. The scope of space activities may include the launch of objects;\n\n"
                           "2. Appropriate procedures should ensure continuing supervision.\n\n"
                           "65th plenary meeting\n\n"
                           "11 December 2013\n",
                           DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "Recommends"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "The scope"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Appropriate"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "65th plenary"), CLERK_ROLE_CLOSING);
    doc_free(doc);
}
END_TEST

/* A quoted draft inside an operative paragraph, then the numbering resumes. */
START_TEST(test_quoted_text_in_operative_part)
{
    clerk_doc *doc = parse("The Human Rights Council,\n\n"
                           "Noting the report,\n\n"
                           "1. Decides to recommend the following draft resolution:\n\n"
                           "\xE2\x80\x9CThe General Assembly,\n\n"
                           "\xE2\x80\x9C" "Endorses the outcome.\xE2\x80\x9D\n\n"
                           "2. Decides to remain seized of the matter.\n\n"
                           "47th meeting\n\n"
                           "25 March 2011\n\n"
                           "[Adopted by a recorded vote of 24 to 10. The voting was as follows:\n\n"
                           "In favour:\n\n"
                           "Utopia\n\n"
                           "Against:\n\n"
                           "Arcadia.]\n",
                           DOC_FORMAT_TEXT);
    ck_assert_int_eq(doc_section(doc, 0)->resolution_body, CLERK_BODY_HRC);
    ck_assert_int_eq(role_of(doc, "Noting"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Decides to recommend"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "\xE2\x80\x9CThe General"), CLERK_ROLE_NONE);
    ck_assert_int_eq(role_of(doc, "\xE2\x80\x9C" "Endorses"), CLERK_ROLE_NONE);
    ck_assert_int_eq(role_of(doc, "Decides to remain"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "47th meeting"), CLERK_ROLE_CLOSING);
    ck_assert_int_eq(role_of(doc, "25 March 2011"), CLERK_ROLE_CLOSING);
    ck_assert_int_eq(role_of(doc, "[Adopted"), CLERK_ROLE_CLOSING);
    ck_assert_int_eq(role_of(doc, "Utopia"), CLERK_ROLE_CLOSING);
    ck_assert_int_eq(role_of(doc, "Arcadia"), CLERK_ROLE_CLOSING);
    doc_free(doc);
}
END_TEST

/* Two resolutions in one document, each with its own opening and parts. */
START_TEST(test_resolutions_in_parts)
{
    clerk_doc *doc = parse("A\n\n*The General Assembly*,\n\n*Noting* the report,\n\n"
                           "*Urges* all States to act:\n\n(a) To meet;\n\n(b) To report;\n\n"
                           "52nd plenary meeting  \n12 December 2022\n\n"
                           "B\n\n*The General Assembly*,\n\n*Emphasizing* the need,\n\n"
                           "I\n\nIntroduction\n\n1. *Reaffirms* its role;\n\n"
                           "52nd plenary meeting  \n12 December 2022\n",
                           DOC_FORMAT_MARKDOWN);
    ck_assert_int_eq(role_of(doc, "A"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Urges"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "To meet"), CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(role_of(doc, "B"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Emphasizing"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Introduction"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Reaffirms"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(doc_block(doc, doc->blocks.len - 1)->role, CLERK_ROLE_CLOSING);
    doc_free(doc);
}
END_TEST

/* Excerpts printed after a resolution are numbered on from their source. */
START_TEST(test_text_after_a_resolution)
{
    clerk_doc *doc = parse("The General Assembly,\n\n"
                           "1. Recommends:\n\n"
                           "(a) That the Committee meet;\n\n"
                           "(b) That it report.\n\n"
                           "Part 2\n\n"
                           "Excerpts from the report of the Special Committee\n\n"
                           "19. As to the first of those problems, no recommendation was needed.\n\n"
                           "20. In view of those provisions, the Committee made none.\n\n"
                           "Part 3\n\n"
                           "2. Decides to meet again.\n",
                           DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "Recommends"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "That it report"), CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(role_of(doc, "As to"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "In view"), CLERK_ROLE_NUMBERED);
    doc_free(doc);
    /* A part that goes on with the numbering, or starts it again, does not end it. */
    doc = parse("The General Assembly,\n\n"
                "1. Recommends that the Committee meet;\n\n"
                "Part 2\n\n"
                "2. Decides to meet again;\n\n"
                "Part 3\n\n"
                "1. Requests a report.\n",
                DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "Decides"), CLERK_ROLE_OPERATIVE);
    ck_assert_int_eq(role_of(doc, "Requests"), CLERK_ROLE_OPERATIVE);
    doc_free(doc);
}
END_TEST

/* A charter printed after the resolution, its "Annex" line lost: the
 * headings of its parts, then articles numbered from 1 with no operative
 * verb, end the resolution, in either reader. */
START_TEST(test_statute_after_a_resolution)
{
    static const char *const texts[] = {
        "The Security Council,\n\nNoting the request of the parties,\n\n"
        "1. Decides to create a Claims Board;\n\n"
        "2. Decides to remain seized of the matter.\n\n"
        "Statute of the Claims Board\n\n"
        "Preamble\nThe parties, wishing to settle their claims in good faith,\n\n"
        "Article 1: Functions of the Board\n\n"
        "1. The Board shall hear claims.\n\n"
        "2. The Board shall report each year.\n\n"
        "Article 2: Seat\n\n"
        "1. The Board shall sit in the capital.\n",
        "*The Security Council*,\n\n*Noting* the request of the parties,\n\n"
        "1. *Decides* to create a Claims Board;\n\n"
        "2. *Decides* to remain seized of the matter.\n\n"
        "# Statute of the Claims Board\n\n"
        "Preamble  \nThe parties, wishing to settle their claims in good faith,\n\n"
        "## Article 1: Functions of the Board\n\n"
        "1. The Board shall hear claims.\n\n"
        "2. The Board shall report each year.\n\n"
        "## Article 2: Seat\n\n"
        "1. The Board shall sit in the capital.\n",
    };
    for (int k = 0; k < 2; k++) {
        clerk_doc *doc = parse(texts[k], k == 0 ? DOC_FORMAT_TEXT : DOC_FORMAT_MARKDOWN);
        ck_assert_int_eq(role_of(doc, "Decides to remain"), CLERK_ROLE_OPERATIVE);
        ck_assert_int_eq(role_of(doc, "Statute of"), CLERK_ROLE_TITLE);
        ck_assert_int_eq(role_of(doc, "Preamble"), CLERK_ROLE_NONE);
        ck_assert_int_eq(role_of(doc, "Article 1"), CLERK_ROLE_TITLE);
        ck_assert_int_eq(role_of(doc, "The Board shall hear"), CLERK_ROLE_NUMBERED);
        ck_assert_int_eq(role_of(doc, "The Board shall report"), CLERK_ROLE_NUMBERED);
        ck_assert_int_eq(role_of(doc, "The Board shall sit"), CLERK_ROLE_NUMBERED);
        doc_free(doc);
    }
    /* A part that starts again at 1 with an operative verb goes on with it. */
    clerk_doc *doc = parse("The Security Council,\n\n1. Decides to create a Claims Board;\n\n"
                           "Article 1: Claims\n\n1. Requests the Board to hear claims.\n",
                           DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "Requests the Board"), CLERK_ROLE_OPERATIVE);
    doc_free(doc);
}
END_TEST

/* A page footer: the job number, the language, the date it was printed. */
START_TEST(test_job_number_footer)
{
    clerk_doc *doc = parse("The Security Council,\n\nRecalling its resolutions,\n\n"
                           "21-01234 (E)    150321\n\n"
                           "Noting the report of 2021-2022,\n\n"
                           "1. Decides to remain seized of the matter.\n",
                           DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "21-01234"), CLERK_ROLE_NONE);
    ck_assert_int_eq(role_of(doc, "Noting"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Decides"), CLERK_ROLE_OPERATIVE);
    doc_free(doc);
    /* Not a number of another shape. */
    doc = parse("The Security Council,\n\n2021-2022 being the years of the review,\n\n"
                "1. Decides to remain seized of the matter.\n",
                DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "2021-2022"), CLERK_ROLE_PREAMBULAR);
    doc_free(doc);
}
END_TEST

START_TEST(test_report_paragraphs)
{
    clerk_doc *doc = parse("Seventy-ninth session\n\nAgenda item 155\n\n"
                           "Financing of the Regional Service Centre\n\n"
                           "Budget for the Regional Service Centre for 2025/26\n\n"
                           "Report of the Secretary-General\n\n"
                           "Contents\n\n"
                           "I. Mandate and planned results\n\n"
                           "1. The Centre was established in July 2010.\n\n"
                           "(a) Six missions;\n\n"
                           "(b) Nine offices.\n",
                           DOC_FORMAT_TEXT);
    const clerk_masthead *m = &doc->masthead;
    ck_assert_int_eq(m->session, 79);
    ck_assert_str_eq(m->agenda_item, "155");
    ck_assert_str_eq(m->title, "Budget for the Regional Service Centre for 2025/26");
    ck_assert_int_eq(section_of(doc, "Contents")->kind, CLERK_SECTION_BODY);
    ck_assert_int_eq(role_of(doc, "Report of"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "The Centre"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Six missions"), CLERK_ROLE_SUBPARAGRAPH);
    doc_free(doc);
}
END_TEST

/* Outside resolutions: unpunctuated labelled lines that head numbered
 * paragraphs are titles; a list numbered inside a paragraph is a list. */
START_TEST(test_labelled_headings_and_nested_lists)
{
    clerk_doc *doc = parse("4. Development needs peace.\n\n"
                           "(a) Globalization and interdependence\n\n"
                           "5. Profound changes have occurred.\n\n"
                           "6. We will pursue the following objectives:\n\n"
                           "1. Close all digital divides;\n\n"
                           "2. Expand inclusion.\n\n"
                           "7. Our cooperation will be guided by principles.\n\n"
                           "1. Collection of evidence\n\n"
                           "8. The mechanism shall collect evidence.\n\n"
                           "9. Forum trust fund\n\n"
                           "10. Emerging issues\n",
                           DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "Development needs"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Globalization"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Profound"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Close all"), CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(role_of(doc, "Expand"), CLERK_ROLE_SUBPARAGRAPH);
    ck_assert_int_eq(role_of(doc, "Our cooperation"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Collection of evidence"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "The mechanism"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Forum trust fund"), CLERK_ROLE_NUMBERED);
    ck_assert_int_eq(role_of(doc, "Emerging issues"), CLERK_ROLE_NUMBERED);
    doc_free(doc);
}
END_TEST

/* A title is short and has no sentence shape: a paragraph that opens with
 * an italic phrase and goes on, or a long run with a finite verb, is prose
 * even when a page break took its stop. */
START_TEST(test_sentences_are_not_titles)
{
    clerk_doc *doc = parse("*The General Assembly*,\n\n"
                           "*Recalling* its resolution 63/217,\n\n"
                           "*Deeply concerned* that island communities are exposed to storms, coastal\n\n"
                           "flooding and erosion,\n\n"
                           "*Commitments*\n\n"
                           "1. *Decides* to act.\n",
                           DOC_FORMAT_MARKDOWN);
    ck_assert_int_eq(role_of(doc, "Deeply concerned"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "flooding"), CLERK_ROLE_PREAMBULAR);
    ck_assert_int_eq(role_of(doc, "Commitments"), CLERK_ROLE_TITLE);
    doc_free(doc);

    doc = parse("1. The Commission met twice.\n\n"
                "Benchmark 3: a coordination mechanism is in place and functioning\n\n"
                "Report of the Secretary-General on the flow of financial resources for assisting "
                "in the implementation of the programme of work of the Commission on the review "
                "of its methods, the appraisal of its sessions and the coordination of its "
                "subsidiary bodies in the field of statistics\n\n"
                "Under the programme of work adopted for the period 2022-2025, the Division is "
                "entrusted with the preparation of estimates, projections and analyses of the "
                "trends in the field of statistics, the support of the work of the Commission at "
                "its sessions and the provision of technical assistance to the countries that "
                "request it in the\n\n"
                "areas of its competence.\n",
                DOC_FORMAT_TEXT);
    ck_assert_int_eq(role_of(doc, "Benchmark 3"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Report of"), CLERK_ROLE_TITLE);
    ck_assert_int_eq(role_of(doc, "Under the programme"), CLERK_ROLE_NONE);
    doc_free(doc);
}
END_TEST

START_TEST(test_empty_document)
{
    clerk_doc *doc = parse("", DOC_FORMAT_MARKDOWN);
    ck_assert_uint_eq(doc->sections.len, 0);
    ck_assert_str_eq(doc->masthead.symbol, "");
    ck_assert_str_eq(doc->masthead.title, "");
    doc_free(doc);
}
END_TEST

static Suite *structure_suite(void)
{
    Suite *s = suite_create("structure");
    TCase *tc = tcase_create("masthead");
    tcase_add_test(tc, test_letter_masthead);
    tcase_add_test(tc, test_resolution_masthead);
    tcase_add_test(tc, test_security_council_masthead);
    tcase_add_test(tc, test_symbol_forms);
    tcase_add_test(tc, test_masthead_columns_on_one_line);
    tcase_add_test(tc, test_session_kinds);
    tcase_add_test(tc, test_scanned_security_council_resolution);
    suite_add_tcase(s, tc);
    tc = tcase_create("sections");
    tcase_add_test(tc, test_request_structure);
    tcase_add_test(tc, test_plain_text_annexes);
    tcase_add_test(tc, test_annex_numeral_with_footnote_letter);
    tcase_add_test(tc, test_annex_to_the_letter);
    tcase_add_test(tc, test_trailing_footnotes);
    suite_add_tcase(s, tc);
    tc = tcase_create("roles");
    tcase_add_test(tc, test_opening_forms);
    tcase_add_test(tc, test_embedded_declaration);
    tcase_add_test(tc, test_list_after_unnumbered_operative_paragraph);
    tcase_add_test(tc, test_quoted_text_in_operative_part);
    tcase_add_test(tc, test_resolutions_in_parts);
    tcase_add_test(tc, test_text_after_a_resolution);
    tcase_add_test(tc, test_statute_after_a_resolution);
    tcase_add_test(tc, test_job_number_footer);
    tcase_add_test(tc, test_report_paragraphs);
    tcase_add_test(tc, test_labelled_headings_and_nested_lists);
    tcase_add_test(tc, test_sentences_are_not_titles);
    tcase_add_test(tc, test_empty_document);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(structure_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
