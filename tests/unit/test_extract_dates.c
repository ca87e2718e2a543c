#include "extract_fixture.h"

static void dates(extraction *x, const char *text, int last_year)
{
    extract_run(x, extract_dates, sizeof(clerk_date), text, CLERK_BODY_GA, last_year);
}

#define DATE(x, i) EXTRACTED(x, clerk_date, i)

START_TEST(un_form)
{
    extraction x;
    dates(&x, "Adopted on 14 July 2009.", 0);
    ck_assert_uint_eq(x.out.len, 1);
    ck_span(&x, DATE(&x, 0)->loc, "14 July 2009", 0);
    ck_assert_uint_eq(DATE(&x, 0)->loc.text_offset, 11);
    ck_ymd(DATE(&x, 0), 2009, 7, 14);
    ck_assert_int_eq(DATE(&x, 0)->form, CLERK_DATE_UN);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID);
    ck_assert_int_eq(x.cx.last_year, 2009);
    extract_done(&x);
}
END_TEST

START_TEST(us_ordinal_and_abbreviated_forms)
{
    extraction x;
    dates(&x, "July 14, 2009; 14th July 2009; 3rd of May 2010; 14 Jul. 2009; 2 Sept 2011", 0);
    ck_assert_uint_eq(x.out.len, 5);
    ck_span(&x, DATE(&x, 0)->loc, "July 14, 2009", 0);
    ck_assert_int_eq(DATE(&x, 0)->form, CLERK_DATE_US);
    ck_ymd(DATE(&x, 0), 2009, 7, 14);
    ck_span(&x, DATE(&x, 1)->loc, "14th July 2009", 0);
    ck_assert_int_eq(DATE(&x, 1)->form, CLERK_DATE_ORDINAL);
    ck_span(&x, DATE(&x, 2)->loc, "3rd of May 2010", 0);
    ck_assert_int_eq(DATE(&x, 2)->form, CLERK_DATE_ORDINAL);
    ck_ymd(DATE(&x, 2), 2010, 5, 3);
    ck_span(&x, DATE(&x, 3)->loc, "14 Jul. 2009", 0);
    ck_assert_int_eq(DATE(&x, 3)->form, CLERK_DATE_ABBREVIATED);
    ck_span(&x, DATE(&x, 4)->loc, "2 Sept 2011", 0);
    ck_ymd(DATE(&x, 4), 2011, 9, 2);
    extract_done(&x);
}
END_TEST

START_TEST(numeric_and_iso_forms)
{
    extraction x;
    dates(&x, "on 14/07/2009, 14.07.2009 and 2009-07-14 but not 07/14/2009 nor 2016-2017", 0);
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, DATE(&x, 0)->loc, "14/07/2009", 0);
    ck_assert_int_eq(DATE(&x, 0)->form, CLERK_DATE_NUMERIC);
    ck_ymd(DATE(&x, 0), 2009, 7, 14);
    ck_span(&x, DATE(&x, 1)->loc, "14.07.2009", 0);
    ck_span(&x, DATE(&x, 2)->loc, "2009-07-14", 0);
    ck_assert_int_eq(DATE(&x, 2)->form, CLERK_DATE_ISO);
    ck_ymd(DATE(&x, 2), 2009, 7, 14);
    extract_done(&x);
}
END_TEST

START_TEST(weekday)
{
    extraction x;
    dates(&x, "It met on Monday, 14 July 2009 and on Friday 2 May 2008.", 0);
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, DATE(&x, 0)->loc, "Monday, 14 July 2009", 0);
    ck_assert_int_eq(DATE(&x, 0)->weekday, 1);
    ck_assert_uint_eq(DATE(&x, 0)->weekday_offset, 10);
    ck_assert_uint_eq(DATE(&x, 0)->weekday_length, 6);
    ck_ymd(DATE(&x, 0), 2009, 7, 14);
    ck_assert_int_eq(DATE(&x, 1)->weekday, 5);
    ck_span(&x, DATE(&x, 1)->loc, "Friday 2 May 2008", 0);
    extract_done(&x);
}
END_TEST

START_TEST(of_that_year)
{
    extraction x;
    dates(&x, "entered into force on 18 September 2003 and was registered on 16 December of that year.", 0);
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, DATE(&x, 1)->loc, "16 December of that year", 0);
    ck_ymd(DATE(&x, 1), 2003, 12, 16);
    ck_assert_int_eq(DATE(&x, 1)->form, CLERK_DATE_DAY_MONTH);
    ck_assert_uint_eq(DATE(&x, 1)->flags, CLERK_DATE_VALID | CLERK_DATE_YEAR_INFERRED);
    extract_done(&x);

    /* the year comes from an earlier block through last_year */
    dates(&x, "on 3 March of the following year", 1999);
    ck_assert_uint_eq(x.out.len, 1);
    ck_ymd(DATE(&x, 0), 2000, 3, 3);
    extract_done(&x);

    /* a day and month alone keep year 0 */
    dates(&x, "Meeting on 16 December, the Council", 2003);
    ck_assert_uint_eq(x.out.len, 1);
    ck_ymd(DATE(&x, 0), 0, 12, 16);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID);
    extract_done(&x);
}
END_TEST

START_TEST(day_ranges)
{
    extraction x;
    dates(&x, "held from 9 to 11 May 2005, 9-11 June 2005 and 9\xE2\x80\x93" "11 July 2005", 0);
    ck_assert_uint_eq(x.out.len, 6);
    ck_span(&x, DATE(&x, 0)->loc, "9", 0);
    ck_ymd(DATE(&x, 0), 2005, 5, 9);
    ck_assert_int_eq(DATE(&x, 0)->form, CLERK_DATE_DAY_MONTH);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID | CLERK_DATE_IN_RANGE | CLERK_DATE_YEAR_INFERRED);
    ck_span(&x, DATE(&x, 1)->loc, "11 May 2005", 0);
    ck_assert_uint_eq(DATE(&x, 1)->flags, CLERK_DATE_VALID | CLERK_DATE_IN_RANGE);
    ck_ymd(DATE(&x, 2), 2005, 6, 9);
    ck_span(&x, DATE(&x, 3)->loc, "11 June 2005", 0);
    ck_ymd(DATE(&x, 4), 2005, 7, 9);
    ck_assert(DATE(&x, 4)->flags & CLERK_DATE_IN_RANGE);
    ck_span(&x, DATE(&x, 5)->loc, "11 July 2005", 0);
    extract_done(&x);
}
END_TEST

START_TEST(range_without_year)
{
    extraction x;
    dates(&x, "from 9 to 11 May, in Geneva", 2004);
    ck_assert_uint_eq(x.out.len, 2);
    ck_ymd(DATE(&x, 0), 0, 5, 9);
    ck_ymd(DATE(&x, 1), 0, 5, 11);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID | CLERK_DATE_IN_RANGE);
    ck_span(&x, DATE(&x, 1)->loc, "11 May", 0);
    extract_done(&x);
}
END_TEST

START_TEST(range_across_months_and_years)
{
    extraction x;
    dates(&x, "from 30 April to 2 May 2005 and 30 December to 2 January 2010", 0);
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, DATE(&x, 0)->loc, "30 April", 0);
    ck_ymd(DATE(&x, 0), 2005, 4, 30);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID | CLERK_DATE_IN_RANGE | CLERK_DATE_YEAR_INFERRED);
    ck_ymd(DATE(&x, 1), 2005, 5, 2);
    ck_ymd(DATE(&x, 2), 2009, 12, 30);
    ck_ymd(DATE(&x, 3), 2010, 1, 2);
    ck_assert_int_eq(x.cx.last_year, 2010);
    extract_done(&x);
}
END_TEST

START_TEST(day_lists)
{
    extraction x;
    dates(&x, "on 9, 10 and 11 May 2005; between 3 and 5 June 2006", 0);
    ck_assert_uint_eq(x.out.len, 5);
    ck_ymd(DATE(&x, 0), 2005, 5, 9);
    ck_ymd(DATE(&x, 1), 2005, 5, 10);
    ck_assert_uint_eq(DATE(&x, 1)->flags, CLERK_DATE_VALID | CLERK_DATE_YEAR_INFERRED);
    ck_span(&x, DATE(&x, 2)->loc, "11 May 2005", 0);
    ck_ymd(DATE(&x, 3), 2006, 6, 3);
    ck_assert(DATE(&x, 3)->flags & CLERK_DATE_IN_RANGE);
    ck_assert(DATE(&x, 4)->flags & CLERK_DATE_IN_RANGE);
    extract_done(&x);
}
END_TEST

START_TEST(month_year)
{
    extraction x;
    dates(&x, "since July 2009 and in Sept. 2010", 0);
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, DATE(&x, 0)->loc, "July 2009", 0);
    ck_assert_int_eq(DATE(&x, 0)->form, CLERK_DATE_MONTH_YEAR);
    ck_ymd(DATE(&x, 0), 2009, 7, 0);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID);
    ck_span(&x, DATE(&x, 1)->loc, "Sept. 2010", 0);
    extract_done(&x);
}
END_TEST

START_TEST(validity)
{
    extraction x;
    dates(&x, "29 February 2010, 29 February 2008, 29 February 2000, 29 February 1900, 31 June 2009, 0 May 2009", 0);
    ck_assert_uint_eq(x.out.len, 6);
    ck_assert_uint_eq(DATE(&x, 0)->flags & CLERK_DATE_VALID, 0);
    ck_assert_uint_eq(DATE(&x, 1)->flags & CLERK_DATE_VALID, CLERK_DATE_VALID);
    ck_assert_uint_eq(DATE(&x, 2)->flags & CLERK_DATE_VALID, CLERK_DATE_VALID);
    ck_assert_uint_eq(DATE(&x, 3)->flags & CLERK_DATE_VALID, 0);
    ck_ymd(DATE(&x, 4), 2009, 6, 31);
    ck_assert_uint_eq(DATE(&x, 4)->flags & CLERK_DATE_VALID, 0);
    ck_ymd(DATE(&x, 5), 2009, 5, 0);
    ck_assert_uint_eq(DATE(&x, 5)->flags & CLERK_DATE_VALID, 0);
    extract_done(&x);
}
END_TEST

START_TEST(misspelt_and_lowercase_months)
{
    extraction x;
    dates(&x, "on 14 Decmber 2009, in Febuary 2010, on 3 Spetember 2011 and on 14 july 2009", 0);
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, DATE(&x, 0)->loc, "14 Decmber 2009", 0);
    ck_ymd(DATE(&x, 0), 2009, 12, 14);
    ck_assert_uint_eq(DATE(&x, 0)->flags, CLERK_DATE_VALID | CLERK_DATE_MONTH_MISSPELT);
    ck_span(&x, DATE(&x, 1)->loc, "Febuary 2010", 0);
    ck_ymd(DATE(&x, 1), 2010, 2, 0);
    ck_assert(DATE(&x, 1)->flags & CLERK_DATE_MONTH_MISSPELT);
    ck_ymd(DATE(&x, 2), 2011, 9, 3);
    ck_ymd(DATE(&x, 3), 2009, 7, 14);
    ck_assert_uint_eq(DATE(&x, 3)->flags, CLERK_DATE_VALID | CLERK_DATE_MONTH_LOWERCASE);
    extract_done(&x);
}
END_TEST

START_TEST(not_dates)
{
    static const char *const texts[] = {
        "resolution 1631 (2005) and resolution 59/50",
        "see para. 14 and page 12",
        "document S/2009/123 and ST/SGB/2009/1",
        "States may 2009 be remembered",
        "paragraph 15 may be deleted",
        "the biennium 2016-2017 and 14-15",
        "Members 12 States in 2009",
        "14 Juny 2009",       /* as near to June as to July: no month */
        "14 Mar then",        /* an abbreviation needs its year */
        "version 1.14 July",
        "5 Marches, 12 Mayors",
        "the Jaguar 2030 road map", /* two edits from January: too far without a day */
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        dates(&x, texts[i], 0);
        ck_assert_msg(x.out.len == 0, "a date in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

START_TEST(dates_in_symbols_and_urls)
{
    extraction x;
    dates(&x, "See https://example.org/2009-07-14 then 2 May 2004.", 1990);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert(DATE(&x, 0)->flags & CLERK_DATE_IN_SYMBOL);
    ck_assert_uint_eq(DATE(&x, 1)->flags & CLERK_DATE_IN_SYMBOL, 0);
    ck_assert_int_eq(x.cx.last_year, 2004);
    extract_done(&x);

    /* a citation joined by a comma where a footnote mark stood */
    dates(&x, "of 25 September 2014,30/4 of", 1990);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_uint_eq(DATE(&x, 0)->flags & CLERK_DATE_IN_SYMBOL, 0);
    extract_done(&x);

    dates(&x, "at https://example.org/2009-07-14", 1990);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(x.cx.last_year, 1990); /* a URL names no year */
    extract_done(&x);
}
END_TEST

START_TEST(parse_at)
{
    const char *t = "dated Tuesday, 3 March 2009, received";
    clerk_date d;
    ck_assert_uint_eq(date_parse_at(t, strlen(t), 6, &d), 21);
    ck_assert_int_eq(d.weekday, 2);
    ck_ymd(&d, 2009, 3, 3);
    ck_assert_uint_eq(d.loc.text_offset, 6);
    ck_assert_uint_eq(d.loc.text_length, 21);
    ck_assert_uint_eq(date_parse_at(t, strlen(t), 15, &d), 12);
    ck_assert_uint_eq(date_parse_at(t, strlen(t), 0, &d), 0);
    ck_assert_uint_eq(date_parse_at(t, strlen(t), 16, &d), 0);
    ck_assert_int_eq(d.ymd.year, 0);
    /* stops at len: the year lies beyond it */
    ck_assert_uint_eq(date_parse_at(t, 24, 15, &d), 7);
    ck_assert_int_eq(d.form, CLERK_DATE_DAY_MONTH);
}
END_TEST

START_TEST(no_break_spaces_and_line_breaks)
{
    extraction x;
    dates(&x, "on 14\xC2\xA0July\xC2\xA0" "2009 and 2\nMay\n2004", 0);
    ck_assert_uint_eq(x.out.len, 2);
    ck_ymd(DATE(&x, 0), 2009, 7, 14);
    ck_assert_uint_eq(DATE(&x, 0)->loc.text_length, 14);
    ck_ymd(DATE(&x, 1), 2004, 5, 2);
    extract_done(&x);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_dates");
    TCase *tc = tcase_create("dates");
    tcase_add_test(tc, un_form);
    tcase_add_test(tc, us_ordinal_and_abbreviated_forms);
    tcase_add_test(tc, numeric_and_iso_forms);
    tcase_add_test(tc, weekday);
    tcase_add_test(tc, of_that_year);
    tcase_add_test(tc, day_ranges);
    tcase_add_test(tc, range_without_year);
    tcase_add_test(tc, range_across_months_and_years);
    tcase_add_test(tc, day_lists);
    tcase_add_test(tc, month_year);
    tcase_add_test(tc, validity);
    tcase_add_test(tc, misspelt_and_lowercase_months);
    tcase_add_test(tc, not_dates);
    tcase_add_test(tc, dates_in_symbols_and_urls);
    tcase_add_test(tc, parse_at);
    tcase_add_test(tc, no_break_spaces_and_line_breaks);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
