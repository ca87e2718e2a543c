#include "extract_fixture.h"

static void xrefs(extraction *x, const char *text)
{
    extract_run(x, extract_xrefs, sizeof(clerk_xref), text, CLERK_BODY_GA, 0);
}

#define XREF(x, i) EXTRACTED(x, clerk_xref, i)

START_TEST(annexes_with_promises)
{
    extraction x;
    xrefs(&x, "an explanatory note (annex I) and a draft resolution (annex II) are attached hereto.");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, XREF(&x, 0)->loc, "annex I", 0);
    ck_assert_uint_eq(XREF(&x, 0)->loc.text_offset, 21);
    ck_assert_int_eq(XREF(&x, 0)->kind, CLERK_XREF_ANNEX);
    ck_assert_int_eq(XREF(&x, 0)->first, 1);
    ck_assert_int_eq(XREF(&x, 0)->last, 1);
    ck_assert_str_eq(XREF(&x, 0)->promised, "explanatory note");
    ck_span(&x, XREF(&x, 1)->loc, "annex II", 0);
    ck_assert_int_eq(XREF(&x, 1)->first, 2);
    ck_assert_str_eq(XREF(&x, 1)->promised, "draft resolution");
    ck_assert_int_eq(XREF(&x, 1)->external, 0);
    ck_assert_int_eq(XREF(&x, 1)->present_document, 0);
    extract_done(&x);
}
END_TEST

START_TEST(annex_list)
{
    extraction x;
    xrefs(&x, "as set out in annexes I and II; see annexes III to V");
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, XREF(&x, 0)->loc, "annexes I", 0);
    ck_span(&x, XREF(&x, 1)->loc, "II", 0);
    ck_assert_int_eq(XREF(&x, 1)->first, 2);
    ck_span(&x, XREF(&x, 2)->loc, "annexes III to V", 0);
    ck_assert_int_eq(XREF(&x, 2)->first, 3);
    ck_assert_int_eq(XREF(&x, 2)->last, 5);
    extract_done(&x);
}
END_TEST

START_TEST(bare_annex_of_present_letter)
{
    extraction x;
    xrefs(&x, "I enclose the annex to the present letter, the text annexed to the present letter "
              "and the statement as annexed hereto.");
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, XREF(&x, 0)->loc, "annex", 0);
    ck_assert_int_eq(XREF(&x, 0)->first, 0);
    ck_assert_int_eq(XREF(&x, 0)->present_document, 1);
    ck_span(&x, XREF(&x, 1)->loc, "annexed", 0);
    ck_assert_int_eq(XREF(&x, 1)->present_document, 1);
    ck_assert_str_eq(XREF(&x, 1)->promised, "text");
    ck_assert_int_eq(XREF(&x, 2)->present_document, 1);
    ck_assert_str_eq(XREF(&x, 2)->promised, "");
    extract_done(&x);
}
END_TEST

START_TEST(paragraphs)
{
    extraction x;
    xrefs(&x, "as stated in paragraph 5 above and paragraphs 3 to 5 of the present resolution, "
              "see paragraph 7 below and paras. 10-12");
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, XREF(&x, 0)->loc, "paragraph 5 above", 0);
    ck_assert_int_eq(XREF(&x, 0)->kind, CLERK_XREF_PARAGRAPH);
    ck_assert_int_eq(XREF(&x, 0)->direction, CLERK_XREF_ABOVE);
    ck_span(&x, XREF(&x, 1)->loc, "paragraphs 3 to 5", 0);
    ck_assert_int_eq(XREF(&x, 1)->first, 3);
    ck_assert_int_eq(XREF(&x, 1)->last, 5);
    ck_assert_int_eq(XREF(&x, 1)->present_document, 1);
    ck_assert_int_eq(XREF(&x, 2)->direction, CLERK_XREF_BELOW);
    ck_span(&x, XREF(&x, 3)->loc, "paras. 10-12", 0);
    ck_assert_int_eq(XREF(&x, 3)->last, 12);
    extract_done(&x);
}
END_TEST

START_TEST(paragraph_list_and_subparagraph)
{
    extraction x;
    xrefs(&x, "paragraphs 3 and 4 (a) above");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, XREF(&x, 0)->loc, "paragraphs 3", 0);
    ck_span(&x, XREF(&x, 1)->loc, "4 (a) above", 0);
    ck_assert_int_eq(XREF(&x, 0)->direction, CLERK_XREF_ABOVE);
    ck_assert_int_eq(XREF(&x, 1)->first, 4);
    extract_done(&x);
}
END_TEST

START_TEST(enclosure_and_appendix)
{
    extraction x;
    xrefs(&x, "the enclosure and appendix II and appendices I and III");
    ck_assert_uint_eq(x.out.len, 4);
    ck_assert_int_eq(XREF(&x, 0)->kind, CLERK_XREF_ENCLOSURE);
    ck_assert_int_eq(XREF(&x, 0)->first, 0);
    ck_assert_int_eq(XREF(&x, 1)->kind, CLERK_XREF_APPENDIX);
    ck_assert_int_eq(XREF(&x, 1)->first, 2);
    ck_assert_int_eq(XREF(&x, 3)->first, 3);
    extract_done(&x);
}
END_TEST

START_TEST(external_references)
{
    static const char *const texts[] = {
        "the annex to resolution 59/50",
        "paragraph 5 of resolution 1631 (2005)",
        "annex II to document A/64/142",
        "paragraph 3 of its resolution",
        "(A/64/142, para. 12)",
        "resolution 1, annex",
        "resolution 2200 A (XXI), annex",
        "paragraph 4 of the Vienna Declaration",
        "Article 2, paragraph 4, of the Charter",
        "the declaration annexed thereto",
        "paragraph 78 of the 2030 Agenda",
        "paragraph 3 of the annex to resolution 71/146",
        "paragraph 13 of section VII of its resolution 69/262",
        "paragraph 31 of the terms of reference",
        "Ibid., para. 311.",
        "(A/CONF.192/15), chap. IV, para. 24.",
        "the Guidelines, particularly paragraph 47 thereof,",
        "resolution 2199 (2015), in particular paragraphs 15 to 17, and",
        "paragraph 134 (2), of the report of the Board",
        "paragraphs 3 (a) to (f) of General Assembly resolution 59/50",
        "the Protocol of 1997 (annex VI \xE2\x80\x93 Regulations on emissions) to the Convention",
        "Ibid., annex II.",
        "Resolution 69/283, annex I.",
        "its resolution 47/5 of 16 October 1992, the annex to which contains the Proclamation",
        "Ibid., chap. III, sect. C, and annex I.",
        "Ibid., Sixty-second Session, Supplement No. 40 (A/62/40), vol. I, annex VI.",
        "Official Records of the General Assembly, Nineteenth Session, Annexes, document A/5700.",
        "A/36/236, annex, appendix I.",
        "Supplement No. 20 (A/62/20), paras. 117-118 and annex.",
        "as referred to in Appendix B to Annex 1-A of the Peace Agreement",
        "the groups referred to in Annex A, Chapter 9.1 of the Ceasefire Agreement",
        "items in annexes A and B to resolution 2713 (2023)",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        xrefs(&x, texts[i]);
        ck_assert_msg(x.out.len >= 1, "no reference in \"%s\"", texts[i]);
        for (size_t j = 0; j < x.out.len; j++) {
            ck_assert_msg(XREF(&x, j)->external == 1, "not external: \"%s\"", texts[i]);
            ck_assert_int_eq(XREF(&x, j)->present_document, 0);
        }
        extract_done(&x);
    }
}
END_TEST

START_TEST(internal_references)
{
    extraction x;
    xrefs(&x, "paragraph 5 of annex I and paragraph 2 of the annex");
    ck_assert_uint_eq(x.out.len, 4);
    ck_assert_int_eq(XREF(&x, 0)->external, 0);
    ck_assert_int_eq(XREF(&x, 0)->first, 5);
    ck_assert_int_eq(XREF(&x, 1)->first, 1);
    ck_assert_int_eq(XREF(&x, 2)->external, 0);
    extract_done(&x);
}
END_TEST

/* A run of references stays in the document unless one of them leaves it;
 * a bracket's own relation stands after it. */
START_TEST(internal_runs_and_brackets)
{
    extraction x;
    xrefs(&x, "see annex I, appendix II, and paragraph 3 above; the list (annex III) to the present letter");
    ck_assert_uint_eq(x.out.len, 4);
    for (size_t i = 0; i < 3; i++)
        ck_assert_int_eq(XREF(&x, i)->external, 0);
    ck_assert_int_eq(XREF(&x, 3)->first, 3);
    ck_assert_int_eq(XREF(&x, 3)->present_document, 1);
    extract_done(&x);
}
END_TEST

/* Lettered annexes count from A = 1, as lettered sections do. */
START_TEST(lettered_annexes)
{
    extraction x;
    xrefs(&x, "except items in Annex A of this resolution; see annexes B and C and appendix D.");
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, XREF(&x, 0)->loc, "Annex A", 0);
    ck_assert_int_eq(XREF(&x, 0)->first, 1);
    ck_assert_int_eq(XREF(&x, 0)->last, 1);
    ck_assert_int_eq(XREF(&x, 0)->present_document, 1);
    ck_span(&x, XREF(&x, 1)->loc, "annexes B", 0);
    ck_assert_int_eq(XREF(&x, 1)->first, 2);
    ck_assert_int_eq(XREF(&x, 2)->first, 3);
    ck_assert_int_eq(XREF(&x, 3)->kind, CLERK_XREF_APPENDIX);
    ck_assert_int_eq(XREF(&x, 3)->first, 4);
    extract_done(&x);
}
END_TEST

START_TEST(list_ends_before_next_paragraph_number)
{
    extraction x;
    xrefs(&x, "the posts described in paragraphs 32 to 40,\n1. Approves the posts; paragraphs 3 (a) and 4");
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, XREF(&x, 0)->loc, "paragraphs 32 to 40", 0);
    ck_span(&x, XREF(&x, 1)->loc, "paragraphs 3 (a)", 0);
    ck_span(&x, XREF(&x, 2)->loc, "4", 60);
    extract_done(&x);

    xrefs(&x, "paragraphs 3 (a) to (f) and 28 (a) (i) above");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, XREF(&x, 0)->loc, "paragraphs 3 (a) to (f)", 0);
    ck_span(&x, XREF(&x, 1)->loc, "28 (a) (i) above", 0);
    extract_done(&x);
}
END_TEST

START_TEST(promised_by_placing_verbs)
{
    extraction x;
    xrefs(&x, "A draft resolution is attached as annex II and the list of participants is contained in annex I.");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_str_eq(XREF(&x, 0)->promised, "draft resolution");
    ck_assert_str_eq(XREF(&x, 1)->promised, "list of participants");
    extract_done(&x);

    xrefs(&x, "the Team\xE2\x80\x99s follow-up report being annexed to the report; "
              "the rules had previously been included as annexes to the report");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_str_eq(XREF(&x, 0)->promised, "Team\xE2\x80\x99s follow-up report");
    ck_assert_str_eq(XREF(&x, 1)->promised, "");
    extract_done(&x);
}
END_TEST

START_TEST(headings_are_not_references)
{
    static const char *const texts[] = {
        "Annex I", "Annex", "Annex to the letter dated 14 July 2009 from the Permanent Representative",
        "Enclosure", "Appendix II",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        xrefs(&x, texts[i]);
        ck_assert_msg(x.out.len == 0, "a reference in \"%s\"", texts[i]);
        extract_done(&x);
    }
    extraction x;
    xrefs(&x, "Annex I contains the draft.");
    ck_assert_uint_eq(x.out.len, 1);
    extract_done(&x);
}
END_TEST

START_TEST(not_references)
{
    static const char *const texts[] = {
        "Israel annexed the territory in 1981",
        "attempts to annex the land",
        "annexed by force",
        "this paragraph and the preceding paragraph",
        "the parallel process and comparable parameters",
        "paragraph 3.2 of the guidelines",
        "subparagraph (a)",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        xrefs(&x, texts[i]);
        ck_assert_msg(x.out.len == 0, "a reference in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

START_TEST(parenthesised_see)
{
    extraction x;
    xrefs(&x, "The list is attached (see annex).");
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_str_eq(XREF(&x, 0)->promised, "");
    ck_assert_int_eq(XREF(&x, 0)->first, 0);
    extract_done(&x);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_xrefs");
    TCase *tc = tcase_create("xrefs");
    tcase_add_test(tc, annexes_with_promises);
    tcase_add_test(tc, annex_list);
    tcase_add_test(tc, bare_annex_of_present_letter);
    tcase_add_test(tc, paragraphs);
    tcase_add_test(tc, paragraph_list_and_subparagraph);
    tcase_add_test(tc, enclosure_and_appendix);
    tcase_add_test(tc, external_references);
    tcase_add_test(tc, internal_references);
    tcase_add_test(tc, internal_runs_and_brackets);
    tcase_add_test(tc, lettered_annexes);
    tcase_add_test(tc, list_ends_before_next_paragraph_number);
    tcase_add_test(tc, promised_by_placing_verbs);
    tcase_add_test(tc, headings_are_not_references);
    tcase_add_test(tc, not_references);
    tcase_add_test(tc, parenthesised_see);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
