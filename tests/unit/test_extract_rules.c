#include "extract_fixture.h"

static void rules(extraction *x, const char *text, clerk_body doc_body)
{
    extract_run(x, extract_rules, sizeof(clerk_rule_cite), text, doc_body, 0);
}

#define RULE(x, i) EXTRACTED(x, clerk_rule_cite, i)

START_TEST(rule_with_body)
{
    extraction x;
    rules(&x, "On the basis of rule 14 of the rules of procedure of the General Assembly, I", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 1);
    ck_span(&x, RULE(&x, 0)->loc, "rule 14", 0);
    ck_assert_uint_eq(RULE(&x, 0)->loc.text_offset, 16);
    ck_assert_int_eq(RULE(&x, 0)->rule, 14);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_GA);
    ck_assert_uint_eq(RULE(&x, 0)->flags, CLERK_RULE_BODY_EXPLICIT);
    extract_done(&x);
}
END_TEST

START_TEST(list)
{
    extraction x;
    rules(&x, "under rules 14, 15 and 20 of the rules of procedure", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, RULE(&x, 0)->loc, "rules 14", 0);
    ck_span(&x, RULE(&x, 1)->loc, "15", 0);
    ck_span(&x, RULE(&x, 2)->loc, "20", 0);
    for (size_t i = 0; i < 3; i++) {
        ck_assert_uint_eq(RULE(&x, i)->flags, CLERK_RULE_IN_LIST);
        ck_assert_int_eq(RULE(&x, i)->body, CLERK_BODY_UNKNOWN);
    }
    extract_done(&x);
}
END_TEST

START_TEST(ranges)
{
    extraction x;
    rules(&x, "rules 96 to 133 and rules 78-79", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 4);
    ck_assert_int_eq(RULE(&x, 0)->rule, 96);
    ck_assert_int_eq(RULE(&x, 1)->rule, 133);
    ck_span(&x, RULE(&x, 1)->loc, "133", 0);
    ck_assert_int_eq(RULE(&x, 2)->rule, 78);
    ck_assert_int_eq(RULE(&x, 3)->rule, 79);
    ck_assert(RULE(&x, 3)->flags & CLERK_RULE_IN_LIST);
    extract_done(&x);
}
END_TEST

START_TEST(provisional_security_council)
{
    extraction x;
    rules(&x, "rule 37 of the provisional rules of procedure of the Security Council", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(RULE(&x, 0)->rule, 37);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_SC);
    ck_assert_uint_eq(RULE(&x, 0)->flags, CLERK_RULE_PROVISIONAL | CLERK_RULE_BODY_EXPLICIT);
    extract_done(&x);

    rules(&x, "rule 39 of the provisional rules of procedure", CLERK_BODY_SC);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(RULE(&x, 0)->flags, CLERK_RULE_PROVISIONAL);
    extract_done(&x);
}
END_TEST

START_TEST(body_from_sentence)
{
    extraction x;
    rules(&x, "Under rule 15, as provided in the rules of procedure of the Security Council, it met. "
              "Rule 16 applies.", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_SC);
    ck_assert_uint_eq(RULE(&x, 0)->flags, 0);
    /* the next sentence says nothing */
    ck_span(&x, RULE(&x, 1)->loc, "Rule 16", 0);
    ck_assert_int_eq(RULE(&x, 1)->body, CLERK_BODY_UNKNOWN);
    extract_done(&x);
}
END_TEST

START_TEST(own_rules)
{
    extraction x;
    rules(&x, "in accordance with rule 2 of its rules of procedure", CLERK_BODY_HRC);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_HRC);
    ck_assert_uint_eq(RULE(&x, 0)->flags, CLERK_RULE_BODY_EXPLICIT);
    extract_done(&x);
}
END_TEST

START_TEST(council_means_own_council)
{
    extraction x;
    rules(&x, "rule 28 of the rules of procedure of the Council", CLERK_BODY_ECOSOC);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_ECOSOC);
    extract_done(&x);

    rules(&x, "rule 23 of the rules of procedure of the functional commissions", CLERK_BODY_ECOSOC);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(RULE(&x, 0)->flags, 0);
    extract_done(&x);
}
END_TEST

START_TEST(not_rules)
{
    static const char *const texts[] = {
        "As a rule, 5 members attend",
        "the rule of law in 2009",
        "rules of origin 12",
        "staff rule 4.1 and Staff Rule 104.14",
        "financial rule 105.2",
        "Rule 103.2 applies",
        "a ruler 14 cm long and schedule 5",
        "rule 0 does not exist",
        "the rules 2030 Agenda",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        rules(&x, texts[i], CLERK_BODY_GA);
        ck_assert_msg(x.out.len == 0, "a rule in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

START_TEST(several_citations)
{
    extraction x;
    rules(&x, "Rule 14 applies; rule 15 also applies, as does rule 160.", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 3);
    ck_assert_int_eq(RULE(&x, 0)->rule, 14);
    ck_assert_uint_eq(RULE(&x, 0)->flags, 0);
    ck_assert_int_eq(RULE(&x, 1)->rule, 15);
    ck_span(&x, RULE(&x, 2)->loc, "rule 160", 0);
    extract_done(&x);
}
END_TEST

START_TEST(rules_or)
{
    extraction x;
    rules(&x, "under rule 78 or 79, or rules 81, 82", CLERK_BODY_GA);
    ck_assert_uint_eq(x.out.len, 4);
    ck_assert_int_eq(RULE(&x, 1)->rule, 79);
    ck_assert_int_eq(RULE(&x, 3)->rule, 82);
    extract_done(&x);
}
END_TEST

START_TEST(line_breaks_and_no_break_spaces)
{
    extraction x;
    rules(&x, "rule\xC2\xA0" "14 of the rules of\nprocedure of the General\nAssembly", CLERK_BODY_UNKNOWN);
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_uint_eq(RULE(&x, 0)->loc.text_length, 8);
    ck_assert_int_eq(RULE(&x, 0)->body, CLERK_BODY_GA);
    extract_done(&x);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_rules");
    TCase *tc = tcase_create("rules");
    tcase_add_test(tc, rule_with_body);
    tcase_add_test(tc, list);
    tcase_add_test(tc, ranges);
    tcase_add_test(tc, provisional_security_council);
    tcase_add_test(tc, body_from_sentence);
    tcase_add_test(tc, own_rules);
    tcase_add_test(tc, council_means_own_council);
    tcase_add_test(tc, not_rules);
    tcase_add_test(tc, several_citations);
    tcase_add_test(tc, rules_or);
    tcase_add_test(tc, line_breaks_and_no_break_spaces);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
