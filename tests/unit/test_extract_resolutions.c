#include "extract_fixture.h"

static void refs(extraction *x, const char *text, clerk_body doc_body)
{
    extract_run(x, extract_resolutions, sizeof(clerk_resolution_ref), text, doc_body, 0);
}

#define REF(x, i) EXTRACTED(x, clerk_resolution_ref, i)

START_TEST(slash_form_with_date)
{
    extraction x;
    refs(&x, "Recalling its resolution 59/50 of 2 December 2004,", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 1);
    const clerk_resolution_ref *r = REF(&x, 0);
    ck_span(&x, r->loc, "59/50", 0);
    ck_assert_uint_eq(r->keyword_offset, 14);
    ck_assert_int_eq(r->kind, CLERK_REF_RESOLUTION);
    ck_assert_int_eq(r->form, CLERK_FORM_SLASH);
    ck_assert_int_eq(r->body, CLERK_BODY_GA);
    ck_assert_int_eq(r->session, 59);
    ck_assert_int_eq(r->number, 50);
    ck_assert_str_eq(r->parts, "");
    ck_assert_uint_eq(r->flags, CLERK_REF_OWN | CLERK_REF_HAS_DATE);
    ck_assert_int_eq(r->date.year, 2004);
    ck_assert_int_eq(r->date.month, 12);
    ck_assert_int_eq(r->date.day, 2);
    extract_done(&x);
}
END_TEST

START_TEST(decision)
{
    extraction x;
    refs(&x, "in accordance with General Assembly decision 63/552", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(REF(&x, 0)->kind, CLERK_REF_DECISION);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_GA);
    ck_assert_uint_eq(REF(&x, 0)->flags, CLERK_REF_BODY_EXPLICIT);
    ck_assert_int_eq(REF(&x, 0)->number, 552);
    extract_done(&x);
}
END_TEST

START_TEST(roman_session_and_parts)
{
    extraction x;
    refs(&x, "resolution 1514 (XV), resolutions 3411 A and B (XXX) and resolution 2200 A (XXI)", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 3);
    const clerk_resolution_ref *r = REF(&x, 0);
    ck_span(&x, r->loc, "1514 (XV)", 0);
    ck_assert_int_eq(r->form, CLERK_FORM_ROMAN);
    ck_assert_int_eq(r->session, 15);
    ck_assert_int_eq(r->number, 1514);
    ck_assert_uint_eq(r->year_offset, 16);
    ck_assert_uint_eq(r->year_length, 4);
    r = REF(&x, 1);
    ck_span(&x, r->loc, "3411 A and B (XXX)", 0);
    ck_assert_str_eq(r->parts, "A and B");
    ck_assert_int_eq(r->session, 30);
    ck_assert_str_eq(REF(&x, 2)->parts, "A");
    ck_assert_int_eq(REF(&x, 2)->session, 21);
    extract_done(&x);
}
END_TEST

START_TEST(special_sessions)
{
    extraction x;
    refs(&x, "resolutions S-26/2 and ES-10/2", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(REF(&x, 0)->session, 26);
    ck_assert_int_eq(REF(&x, 0)->session_kind, 1);
    ck_assert_int_eq(REF(&x, 1)->session, 10);
    ck_assert_int_eq(REF(&x, 1)->session_kind, 2);
    ck_span(&x, REF(&x, 1)->loc, "ES-10/2", 0);
    ck_assert_int_eq(REF(&x, 1)->body, CLERK_BODY_GA);
    extract_done(&x);
}
END_TEST

START_TEST(lists)
{
    extraction x;
    refs(&x, "resolutions 59/50 and 60/1; resolutions 55/2, 60/1, and 64/3", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 5);
    for (size_t i = 0; i < 5; i++)
        ck_assert(REF(&x, i)->flags & CLERK_REF_IN_LIST);
    ck_assert_uint_eq(REF(&x, 1)->keyword_offset, 0);
    ck_assert_uint_eq(REF(&x, 4)->keyword_offset, 28);
    ck_span(&x, REF(&x, 4)->loc, "64/3", 0);
    extract_done(&x);
}
END_TEST

START_TEST(security_council_lists_and_bare)
{
    extraction x;
    refs(&x, "Security Council resolutions 1267 (1999), 1333 (2000) and 1989 (2011) and "
             "Security Council resolution 1631.", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 4);
    for (size_t i = 0; i < 3; i++) {
        ck_assert_int_eq(REF(&x, i)->form, CLERK_FORM_YEAR);
        ck_assert_int_eq(REF(&x, i)->body, CLERK_BODY_SC);
        ck_assert_uint_eq(REF(&x, i)->flags, CLERK_REF_BODY_EXPLICIT | CLERK_REF_IN_LIST);
    }
    ck_assert_int_eq(REF(&x, 1)->year, 2000);
    ck_span(&x, REF(&x, 2)->loc, "1989 (2011)", 0);
    const clerk_resolution_ref *r = REF(&x, 3);
    ck_assert_int_eq(r->form, CLERK_FORM_BARE);
    ck_assert_int_eq(r->number, 1631);
    ck_assert_int_eq(r->body, CLERK_BODY_SC);
    ck_span(&x, r->loc, "1631", 70);
    extract_done(&x);
}
END_TEST

START_TEST(symbols)
{
    extraction x;
    refs(&x, "A/RES/59/50, S/RES/1631 (2005), S/PRST/2009/1, A/HRC/RES/7/1, A/RES/S-26/2, "
             "E/RES/2008/4 and A/64/142", CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(x.out.len, 6);
    const clerk_resolution_ref *r = REF(&x, 0);
    ck_assert_int_eq(r->form, CLERK_FORM_SYMBOL);
    ck_assert_int_eq(r->body, CLERK_BODY_GA);
    ck_assert_int_eq(r->session, 59);
    ck_assert_int_eq(r->number, 50);
    ck_assert_uint_eq(r->keyword_offset, 0);
    r = REF(&x, 1);
    ck_span(&x, r->loc, "S/RES/1631 (2005)", 0);
    ck_assert_int_eq(r->body, CLERK_BODY_SC);
    ck_assert_int_eq(r->year, 2005);
    ck_assert_int_eq(r->number, 1631);
    r = REF(&x, 2);
    ck_assert_int_eq(r->kind, CLERK_REF_PRESIDENTIAL_STATEMENT);
    ck_assert_int_eq(r->year, 2009);
    ck_assert_int_eq(r->number, 1);
    ck_assert_int_eq(REF(&x, 3)->body, CLERK_BODY_HRC);
    ck_assert_int_eq(REF(&x, 3)->session, 7);
    ck_assert_int_eq(REF(&x, 4)->session_kind, 1);
    ck_assert_int_eq(REF(&x, 5)->body, CLERK_BODY_ECOSOC);
    ck_assert_int_eq(REF(&x, 5)->session, 2008);
    extract_done(&x);
}
END_TEST

START_TEST(ecosoc_and_hrc)
{
    extraction x;
    refs(&x, "Economic and Social Council resolution 2008/4, Human Rights Council resolution 7/1, "
             "HRC resolution S-30/1 and resolution 1996/31", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 4);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_ECOSOC);
    ck_assert_int_eq(REF(&x, 0)->session, 2008);
    ck_assert_int_eq(REF(&x, 1)->body, CLERK_BODY_HRC);
    ck_assert_int_eq(REF(&x, 2)->body, CLERK_BODY_HRC);
    ck_assert_int_eq(REF(&x, 2)->session_kind, 1);
    /* a year for a session: the form says ECOSOC */
    ck_assert_int_eq(REF(&x, 3)->body, CLERK_BODY_ECOSOC);
    ck_assert_uint_eq(REF(&x, 3)->flags, 0);
    extract_done(&x);
}
END_TEST

START_TEST(own_and_council)
{
    extraction x;
    refs(&x, "Recalling its resolutions 5/1 and 5/2 and Council resolution 16/21", CLERK_BODY_HRC);
    ck_assert_uint_eq(x.out.len, 3);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_HRC);
    ck_assert_uint_eq(REF(&x, 0)->flags, CLERK_REF_OWN | CLERK_REF_IN_LIST);
    ck_assert_int_eq(REF(&x, 2)->body, CLERK_BODY_HRC);
    ck_assert_uint_eq(REF(&x, 2)->flags, CLERK_REF_BODY_EXPLICIT);
    extract_done(&x);

    /* "its" belongs to the body the sentence names */
    refs(&x, "The Security Council, in its resolution 1631 (2005), decided", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_SC);
    ck_assert_uint_eq(REF(&x, 0)->flags, CLERK_REF_BODY_EXPLICIT);
    extract_done(&x);
}
END_TEST

START_TEST(body_from_form)
{
    extraction x;
    refs(&x, "pursuant to resolution 1631 (2005), resolution 59/50 and resolution 1631", CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(x.out.len, 3);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_SC);
    ck_assert_int_eq(REF(&x, 1)->body, CLERK_BODY_GA);
    ck_assert_int_eq(REF(&x, 2)->body, CLERK_BODY_UNKNOWN);
    for (size_t i = 0; i < 3; i++)
        ck_assert_uint_eq(REF(&x, i)->flags, 0);
    extract_done(&x);
}
END_TEST

START_TEST(body_after_list)
{
    extraction x;
    refs(&x, "resolution 59/50 of the General Assembly and resolution 1 of the World Conference", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_GA);
    ck_assert_uint_eq(REF(&x, 0)->flags, CLERK_REF_BODY_EXPLICIT);
    ck_assert_int_eq(REF(&x, 1)->body, CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(REF(&x, 1)->flags, CLERK_REF_BODY_EXPLICIT);
    extract_done(&x);
}
END_TEST

START_TEST(other_bodies)
{
    extraction x;
    refs(&x, "Commission on Human Rights resolution 2005/66 and Executive Board decision 2009/1", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 2);
    for (size_t i = 0; i < 2; i++) {
        ck_assert_int_eq(REF(&x, i)->body, CLERK_BODY_UNKNOWN);
        ck_assert_uint_eq(REF(&x, i)->flags, CLERK_REF_BODY_EXPLICIT);
    }
    extract_done(&x);
}
END_TEST

START_TEST(shared_date)
{
    extraction x;
    refs(&x, "resolutions 5/1 and 5/2, both of 18 June 2007,", CLERK_BODY_HRC);
    ck_assert_uint_eq(x.out.len, 2);
    for (size_t i = 0; i < 2; i++) {
        ck_assert(REF(&x, i)->flags & CLERK_REF_HAS_DATE);
        ck_assert_int_eq(REF(&x, i)->date.year, 2007);
    }
    extract_done(&x);
}
END_TEST

START_TEST(special_session_in_roman)
{
    extraction x;
    refs(&x, "its resolutions 1874 (S-IV) of 27 June 1963 and 2252 (ES-V)", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(REF(&x, 0)->form, CLERK_FORM_ROMAN);
    ck_assert_int_eq(REF(&x, 0)->session, 4);
    ck_assert_int_eq(REF(&x, 0)->session_kind, 1);
    ck_assert_uint_eq(REF(&x, 0)->year_length, 6);
    ck_assert_int_eq(REF(&x, 1)->session, 5);
    ck_assert_int_eq(REF(&x, 1)->session_kind, 2);
    ck_span(&x, REF(&x, 1)->loc, "2252 (ES-V)", 0);
    extract_done(&x);
}
END_TEST

START_TEST(two_bodies_named)
{
    extraction x;
    refs(&x, "General Assembly and Security Council resolutions 70/262 and 2282 (2016)", CLERK_BODY_HRC);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_GA);
    ck_assert_int_eq(REF(&x, 1)->body, CLERK_BODY_SC);
    ck_assert(REF(&x, 1)->flags & CLERK_REF_BODY_EXPLICIT);
    extract_done(&x);
}
END_TEST

START_TEST(its_must_fit_the_form)
{
    extraction x;
    /* the Assembly does not number its resolutions by year */
    refs(&x, "the parties, as well as its resolution 367 (1975),", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_SC);
    ck_assert_uint_eq(REF(&x, 0)->flags, 0);
    extract_done(&x);
    /* nor the Council by session */
    refs(&x, "the Security Council noted its resolution ES-10/23", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_GA);
    extract_done(&x);
}
END_TEST

START_TEST(names_that_are_not_the_body)
{
    extraction x;
    /* "D of Council" and "Statistics and Council" name no other body */
    refs(&x, "paragraph D of Council resolution 39 (1948); Official Statistics and Council resolution 2006/6; "
             "UNSC Resolution 2165 (2014)", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 3);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_SC);
    ck_assert_uint_eq(REF(&x, 0)->flags, 0);
    ck_assert_int_eq(REF(&x, 1)->body, CLERK_BODY_ECOSOC);
    ck_assert_int_eq(REF(&x, 2)->body, CLERK_BODY_SC);
    ck_assert_uint_eq(REF(&x, 2)->flags, CLERK_REF_BODY_EXPLICIT);
    extract_done(&x);
}
END_TEST

START_TEST(list_across_pinpoints)
{
    extraction x;
    refs(&x, "resolutions 2253 (2015), in particular paragraph 15, 2322 (2016) of 12 December 2016, "
             "in particular paragraphs 3 and 4, and 2368 (2017); resolution 1, annex. 2 States", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, REF(&x, 1)->loc, "2322 (2016)", 0);
    ck_assert(REF(&x, 1)->flags & CLERK_REF_HAS_DATE);
    ck_span(&x, REF(&x, 2)->loc, "2368 (2017)", 0);
    ck_assert(REF(&x, 2)->flags & CLERK_REF_IN_LIST);
    ck_assert_uint_eq(REF(&x, 3)->flags & CLERK_REF_IN_LIST, 0);
    extract_done(&x);
}
END_TEST

START_TEST(comma_without_space)
{
    extraction x;
    refs(&x, "resolutions 27/13 of 25 September 2014,30/4 of 1 October 2015", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, REF(&x, 1)->loc, "30/4", 0);
    ck_assert_int_eq(REF(&x, 1)->date.year, 2015);
    extract_done(&x);
}
END_TEST

START_TEST(not_references)
{
    static const char *const texts[] = {
        "the draft resolution 1 is adopted",
        "decision 1/CP.16 of the Conference of the Parties",
        "the resolution entitled \"Peace\"",
        "as set out in resolution A of the annex",
        "Resolution adopted by the General Assembly",
        "a solution 59/50 and dissolution 12",
        "Staff Regulation 4.1 and resolution 5.2",
        "see A/64/142 and S/2009/1",
        "scans of Security Council resolutions 1946\xE2\x80\x93" "1994 and resolutions 12-14",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        refs(&x, texts[i], CLERK_BODY_GA);
        ck_assert_msg(x.out.len == 0, "a reference in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

START_TEST(list_stops_at_other_numbers)
{
    extraction x;
    refs(&x, "resolutions 1631 (2005) and 2 other texts; resolution 59/50 A number of States", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_uint_eq(REF(&x, 0)->flags & CLERK_REF_IN_LIST, 0);
    ck_span(&x, REF(&x, 1)->loc, "59/50", 0);
    ck_assert_str_eq(REF(&x, 1)->parts, "");
    extract_done(&x);
}
END_TEST

START_TEST(symbol_after_keyword_counts_once)
{
    extraction x;
    refs(&x, "in its resolution A/RES/59/50 of 2 December 2004", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(REF(&x, 0)->form, CLERK_FORM_SYMBOL);
    ck_assert_uint_eq(REF(&x, 0)->keyword_offset, 7);
    ck_assert(REF(&x, 0)->flags & CLERK_REF_HAS_DATE);
    extract_done(&x);
}
END_TEST

START_TEST(security_council_list_gaps)
{
    extraction x;
    refs(&x, "its resolutions 1325 (2000) of 31 October 2000 on women, peace and security, "
             "1379 (2001) on children and 1674 (2006) and 1894 (2009) on the protection of civilians, "
             "and 1502 (2003), 2152 (2014) on 29 April 2014, 2218 (2015), 2360 (2017) 2424 (2018) "
             "and 2478 (2019) on youth; 2 States (2005) agreed", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 10);
    ck_span(&x, REF(&x, 1)->loc, "1379 (2001)", 0);
    ck_span(&x, REF(&x, 4)->loc, "1502 (2003)", 0);
    ck_span(&x, REF(&x, 5)->loc, "2152 (2014)", 0);
    ck_assert_uint_eq(REF(&x, 5)->flags & CLERK_REF_HAS_DATE, 0);
    ck_span(&x, REF(&x, 8)->loc, "2424 (2018)", 0);
    ck_span(&x, REF(&x, 9)->loc, "2478 (2019)", 0);
    for (size_t i = 0; i < x.out.len; i++) {
        ck_assert_uint_eq(REF(&x, i)->keyword_offset, 4);
        ck_assert_int_eq(REF(&x, i)->body, CLERK_BODY_SC);
    }
    extract_done(&x);
}
END_TEST

START_TEST(security_council_list_groups)
{
    extraction x;
    refs(&x, "its resolutions 1674 (2006) on civilians; 1612 (2005) and 1882 (2009) on children; "
             "and 1325 (2000) on women; 2 States; and 5 (1946)", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, REF(&x, 1)->loc, "1612 (2005)", 0);
    ck_span(&x, REF(&x, 3)->loc, "1325 (2000)", 0);
    for (size_t i = 0; i < x.out.len; i++)
        ck_assert_uint_eq(REF(&x, i)->keyword_offset, 4);
    extract_done(&x);
}
END_TEST

START_TEST(unscr_abbreviation)
{
    extraction x;
    refs(&x, "consistent with UNSCR 2467 (2019) and UNSCRs 1325 (2000) and 1820 (2008); UNSCRIPTED 12 (2001)",
         CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, REF(&x, 0)->loc, "2467 (2019)", 0);
    ck_assert_uint_eq(REF(&x, 0)->keyword_offset, 16);
    ck_assert_int_eq(REF(&x, 0)->kind, CLERK_REF_RESOLUTION);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_SC);
    ck_span(&x, REF(&x, 2)->loc, "1820 (2008)", 0);
    extract_done(&x);
}
END_TEST

START_TEST(security_council_list_gap_limits)
{
    extraction x;
    /* a subject holding another keyword, and prose after a citation, end the list */
    refs(&x, "resolution 1325 (2000) on women and its resolution 1820 (2008); "
             "resolution 1631 (2005) 12 States and resolution 2250 (2015) on youth, 30 (2)", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 4);
    ck_assert_uint_eq(REF(&x, 1)->keyword_offset, 40);
    ck_span(&x, REF(&x, 3)->loc, "2250 (2015)", 0);
    for (size_t i = 0; i < x.out.len; i++)
        ck_assert_uint_eq(REF(&x, i)->flags & CLERK_REF_IN_LIST, 0);
    extract_done(&x);
}
END_TEST

START_TEST(list_after_its_subject)
{
    extraction x;
    refs(&x, "Recalling its previous resolutions concerning the Sudan, in particular 1591 (2005), "
             "1651 (2005) and 1665 (2006), and relevant resolutions, including 59/50", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, REF(&x, 0)->loc, "1591 (2005)", 0);
    ck_assert_uint_eq(REF(&x, 0)->keyword_offset, 23);
    ck_assert(REF(&x, 0)->flags & CLERK_REF_IN_LIST);
    ck_assert_int_eq(REF(&x, 0)->body, CLERK_BODY_SC);
    ck_span(&x, REF(&x, 2)->loc, "1665 (2006)", 0);
    ck_span(&x, REF(&x, 3)->loc, "59/50", 0);
    extract_done(&x);
    /* the words must lead to a citation within the sentence */
    refs(&x, "its resolutions on the matter, including the one of 2005; in particular 1591 (2005). "
             "Its resolutions on youth (including 2250 (2015))", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 0);
    extract_done(&x);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_resolutions");
    TCase *tc = tcase_create("resolutions");
    tcase_add_test(tc, slash_form_with_date);
    tcase_add_test(tc, decision);
    tcase_add_test(tc, roman_session_and_parts);
    tcase_add_test(tc, special_sessions);
    tcase_add_test(tc, lists);
    tcase_add_test(tc, security_council_lists_and_bare);
    tcase_add_test(tc, symbols);
    tcase_add_test(tc, ecosoc_and_hrc);
    tcase_add_test(tc, own_and_council);
    tcase_add_test(tc, body_from_form);
    tcase_add_test(tc, body_after_list);
    tcase_add_test(tc, other_bodies);
    tcase_add_test(tc, shared_date);
    tcase_add_test(tc, special_session_in_roman);
    tcase_add_test(tc, two_bodies_named);
    tcase_add_test(tc, its_must_fit_the_form);
    tcase_add_test(tc, names_that_are_not_the_body);
    tcase_add_test(tc, list_across_pinpoints);
    tcase_add_test(tc, comma_without_space);
    tcase_add_test(tc, not_references);
    tcase_add_test(tc, list_stops_at_other_numbers);
    tcase_add_test(tc, symbol_after_keyword_counts_once);
    tcase_add_test(tc, security_council_list_gaps);
    tcase_add_test(tc, security_council_list_groups);
    tcase_add_test(tc, unscr_abbreviation);
    tcase_add_test(tc, security_council_list_gap_limits);
    tcase_add_test(tc, list_after_its_subject);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
