#include "extract_fixture.h"

static void sessions(extraction *x, const char *text)
{
    extract_run(x, extract_sessions, sizeof(clerk_session_ref), text, CLERK_BODY_GA, 0);
}

#define SES(x, i) EXTRACTED(x, clerk_session_ref, i)

static int ordinal(const char *words, size_t *used)
{
    return ordinal_parse(words, strlen(words), used);
}

START_TEST(ordinals)
{
    static const struct {
        const char *words;
        int value;
        size_t used;
    } cases[] = {
        {"first", 1, 5}, {"Second", 2, 6}, {"ninth", 9, 5}, {"tenth", 10, 5},
        {"twelfth", 12, 7}, {"nineteenth", 19, 10}, {"twentieth", 20, 9},
        {"sixty-fourth session", 64, 12}, {"Fifty-Seventh", 57, 13},
        {"sixty\xE2\x80\x91" "fourth", 64, 14}, {"eightieth", 80, 9}, {"ninety-ninth", 99, 12},
        {"hundredth", 100, 9}, {"one hundredth", 100, 13}, {"one hundred and first", 101, 21},
        {"one hundred twelfth", 112, 19}, {"64th", 64, 4}, {"1st", 1, 3}, {"22nd", 22, 4},
        {"twenty first", 21, 12},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t used;
        ck_assert_msg(ordinal(cases[i].words, &used) == cases[i].value, "\"%s\"", cases[i].words);
        ck_assert_msg(used == cases[i].used, "\"%s\" used %zu", cases[i].words, used);
    }
}
END_TEST

START_TEST(not_ordinals)
{
    static const char *const words[] = {
        "sixty", "firstly", "sixty-", "one hundred", "twenty-twentieth", "64", "64x", "next", "", "0th",
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t used = 99;
        ck_assert_msg(ordinal(words[i], &used) == 0, "\"%s\"", words[i]);
        ck_assert_uint_eq(used, 0);
    }
}
END_TEST

START_TEST(session)
{
    extraction x;
    sessions(&x, "at its sixty-fourth session, the Assembly");
    ck_assert_uint_eq(x.out.len, 1);
    ck_span(&x, SES(&x, 0)->loc, "sixty-fourth session", 0);
    ck_assert_uint_eq(SES(&x, 0)->loc.text_offset, 7);
    ck_assert_int_eq(SES(&x, 0)->session, 64);
    ck_assert_int_eq(SES(&x, 0)->session_kind, 0);
    ck_assert_int_eq(SES(&x, 0)->in_figures, 0);
    extract_done(&x);
}
END_TEST

START_TEST(two_sessions)
{
    extraction x;
    sessions(&x, "during its sixty-fourth and sixty-fifth sessions");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, SES(&x, 0)->loc, "sixty-fourth", 0);
    ck_assert_int_eq(SES(&x, 0)->session, 64);
    ck_span(&x, SES(&x, 1)->loc, "sixty-fifth sessions", 0);
    ck_assert_int_eq(SES(&x, 1)->session, 65);
    extract_done(&x);

    sessions(&x, "its sixty-third, sixty-fourth and sixty-fifth sessions");
    ck_assert_uint_eq(x.out.len, 3);
    ck_assert_int_eq(SES(&x, 0)->session, 63);
    ck_assert_int_eq(SES(&x, 2)->session, 65);
    extract_done(&x);
}
END_TEST

START_TEST(figures)
{
    extraction x;
    sessions(&x, "the 64th session and the 1st regular session");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, SES(&x, 0)->loc, "64th session", 0);
    ck_assert_int_eq(SES(&x, 0)->in_figures, 1);
    ck_assert_int_eq(SES(&x, 1)->session, 1);
    ck_span(&x, SES(&x, 1)->loc, "1st regular session", 0);
    extract_done(&x);
}
END_TEST

START_TEST(special_kinds)
{
    extraction x;
    sessions(&x, "the tenth emergency special session and the twenty-sixth special session");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, SES(&x, 0)->loc, "tenth emergency special session", 0);
    ck_assert_int_eq(SES(&x, 0)->session, 10);
    ck_assert_int_eq(SES(&x, 0)->session_kind, 2);
    ck_assert_int_eq(SES(&x, 1)->session, 26);
    ck_assert_int_eq(SES(&x, 1)->session_kind, 1);
    extract_done(&x);
}
END_TEST

START_TEST(capitalised)
{
    extraction x;
    sessions(&x, "Fifty-seventh session\nSeventy-Ninth Session");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(SES(&x, 0)->session, 57);
    ck_assert_uint_eq(SES(&x, 0)->loc.text_offset, 0);
    ck_assert_int_eq(SES(&x, 1)->session, 79);
    extract_done(&x);
}
END_TEST

START_TEST(not_sessions)
{
    static const char *const texts[] = {
        "the current session", "its 2009 session", "a session", "the next sessions",
        "sixty-fourth meeting", "the session's first part", "possession of arms", "intersessional",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        sessions(&x, texts[i]);
        ck_assert_msg(x.out.len == 0, "a session in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

START_TEST(range_of_sessions)
{
    extraction x;
    sessions(&x, "from its fifty-fifth to fifty-seventh sessions");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(SES(&x, 0)->session, 55);
    ck_assert_int_eq(SES(&x, 1)->session, 57);
    extract_done(&x);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_sessions");
    TCase *tc = tcase_create("sessions");
    tcase_add_test(tc, ordinals);
    tcase_add_test(tc, not_ordinals);
    tcase_add_test(tc, session);
    tcase_add_test(tc, two_sessions);
    tcase_add_test(tc, figures);
    tcase_add_test(tc, special_kinds);
    tcase_add_test(tc, capitalised);
    tcase_add_test(tc, not_sessions);
    tcase_add_test(tc, range_of_sessions);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
