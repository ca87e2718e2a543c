#include "extract_fixture.h"

static void symbols(extraction *x, const char *text)
{
    extract_run(x, extract_symbols, sizeof(clerk_symbol), text, CLERK_BODY_GA, 0);
}

#define SYM(x, i) EXTRACTED(x, clerk_symbol, i)

/* Each text holds exactly one symbol, the one given. */
static const struct {
    const char *text;
    const char *symbol;
    clerk_body body;
} single[] = {
    {"see A/64/142.", "A/64/142", CLERK_BODY_GA},
    {"(A/C.3/64/L.5/Rev.1)", "A/C.3/64/L.5/Rev.1", CLERK_BODY_GA},
    {"A/64/L.1/Add.1, para. 3", "A/64/L.1/Add.1", CLERK_BODY_GA},
    {"letter S/2009/123 of", "S/2009/123", CLERK_BODY_SC},
    {"S/RES/1631 (2005)", "S/RES/1631", CLERK_BODY_SC},
    {"E/CN.4/2005/L.10/Add.1", "E/CN.4/2005/L.10/Add.1", CLERK_BODY_ECOSOC},
    {"A/HRC/RES/7/1", "A/HRC/RES/7/1", CLERK_BODY_HRC},
    {"draft A/HRC/7/L.1,", "A/HRC/7/L.1", CLERK_BODY_HRC},
    {"ST/SGB/2009/1", "ST/SGB/2009/1", CLERK_BODY_SECRETARIAT},
    {"rules A/520/Rev.20;", "A/520/Rev.20", CLERK_BODY_GA},
    {"A/ES-10/L.22", "A/ES-10/L.22", CLERK_BODY_GA},
    {"E/2020/45", "E/2020/45", CLERK_BODY_ECOSOC},
    {"A/RES/S-26/2", "A/RES/S-26/2", CLERK_BODY_GA},
    {"S/PRST/2009/1", "S/PRST/2009/1", CLERK_BODY_SC},
    {"UNEP/EA.5/Res.1", "UNEP/EA.5/Res.1", CLERK_BODY_UNKNOWN},
    /* malformed, kept for a rule to check */
    {"see A//64/142 now", "A//64/142", CLERK_BODY_GA},
    {"in A/64/ and", "A/64/", CLERK_BODY_GA},
    {"see A/64/142-.", "A/64/142", CLERK_BODY_GA},
    {"(S/PRST/ 2014/23)", "S/PRST/ 2014/23", CLERK_BODY_SC},
};

START_TEST(one_symbol)
{
    extraction x;
    symbols(&x, single[_i].text);
    ck_assert_msg(x.out.len == 1, "%zu symbols in \"%s\"", x.out.len, single[_i].text);
    ck_span(&x, SYM(&x, 0)->loc, single[_i].symbol, 0);
    ck_assert_int_eq(SYM(&x, 0)->body, single[_i].body);
    extract_done(&x);
}
END_TEST

START_TEST(joint_symbol)
{
    extraction x;
    symbols(&x, "letter A/63/677-S/2009/35 and A/64/1\xE2\x80\x93S/2009/2");
    ck_assert_uint_eq(x.out.len, 4);
    ck_span(&x, SYM(&x, 0)->loc, "A/63/677", 0);
    ck_span(&x, SYM(&x, 1)->loc, "S/2009/35", 0);
    ck_assert_int_eq(SYM(&x, 1)->body, CLERK_BODY_SC);
    ck_span(&x, SYM(&x, 2)->loc, "A/64/1", 0);
    ck_span(&x, SYM(&x, 3)->loc, "S/2009/2", 0);
    extract_done(&x);
}
END_TEST

START_TEST(offsets)
{
    extraction x;
    symbols(&x, "Documents A/64/1 and S/2009/1.");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_uint_eq(SYM(&x, 0)->loc.text_offset, 10);
    ck_assert_uint_eq(SYM(&x, 0)->loc.text_length, 6);
    ck_assert_uint_eq(SYM(&x, 1)->loc.text_offset, 21);
    ck_assert_uint_eq(SYM(&x, 1)->loc.text_length, 8);
    extract_done(&x);
}
END_TEST

START_TEST(not_symbols)
{
    static const char *const texts[] = {
        "and/or", "1/2 of the members", "S/he said", "A/B testing", "HIV/AIDS",
        "on 14/07/2009", "https://undocs.org/A/64/142", "XA/64/1", "a/64/1", "A/", "Q/64/1",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        symbols(&x, texts[i]);
        ck_assert_msg(x.out.len == 0, "a symbol in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_symbols");
    TCase *tc = tcase_create("symbols");
    tcase_add_loop_test(tc, one_symbol, 0, sizeof single / sizeof *single);
    tcase_add_test(tc, joint_symbol);
    tcase_add_test(tc, offsets);
    tcase_add_test(tc, not_symbols);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
