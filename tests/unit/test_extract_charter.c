#include "extract_fixture.h"

static void charter(extraction *x, const char *text)
{
    extract_run(x, extract_charter, sizeof(clerk_charter_cite), text, CLERK_BODY_GA, 0);
}

#define CITE(x, i) EXTRACTED(x, clerk_charter_cite, i)

START_TEST(article)
{
    extraction x;
    charter(&x, "under Article 52 of the Charter of the United Nations");
    ck_assert_uint_eq(x.out.len, 1);
    ck_span(&x, CITE(&x, 0)->loc, "Article 52", 0);
    ck_assert_uint_eq(CITE(&x, 0)->loc.text_offset, 6);
    ck_assert_int_eq(CITE(&x, 0)->article, 52);
    ck_assert_int_eq(CITE(&x, 0)->paragraph, 0);
    ck_assert_int_eq(CITE(&x, 0)->chapter, 0);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(article_paragraph)
{
    extraction x;
    charter(&x, "Article 2, paragraph 4, of the Charter and Article 2 (7) and Article 2(1)");
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, CITE(&x, 0)->loc, "Article 2, paragraph 4", 0);
    ck_assert_int_eq(CITE(&x, 0)->paragraph, 4);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    ck_span(&x, CITE(&x, 1)->loc, "Article 2 (7)", 0);
    ck_assert_int_eq(CITE(&x, 1)->paragraph, 7);
    ck_assert_int_eq(CITE(&x, 2)->paragraph, 1);
    /* capitalised and in a sentence naming the Charter */
    ck_assert_int_eq(CITE(&x, 2)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(article_list)
{
    extraction x;
    charter(&x, "Articles 10, 11 and 14 of the Charter");
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, CITE(&x, 0)->loc, "Articles 10", 0);
    ck_span(&x, CITE(&x, 1)->loc, "11", 0);
    ck_span(&x, CITE(&x, 2)->loc, "14", 0);
    for (size_t i = 0; i < 3; i++)
        ck_assert_int_eq(CITE(&x, i)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(chapters)
{
    extraction x;
    charter(&x, "Acting under Chapter VII of the Charter; Chapters VI and VIII");
    ck_assert_uint_eq(x.out.len, 3);
    ck_span(&x, CITE(&x, 0)->loc, "Chapter VII", 0);
    ck_assert_int_eq(CITE(&x, 0)->chapter, 7);
    ck_assert_int_eq(CITE(&x, 0)->article, 0);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    ck_assert_int_eq(CITE(&x, 1)->chapter, 6);
    ck_assert_int_eq(CITE(&x, 2)->chapter, 8);
    /* the clause after the semicolon does not name the Charter */
    ck_assert_int_eq(CITE(&x, 2)->of_charter, 0);
    extract_done(&x);
}
END_TEST

START_TEST(article_of_chapter)
{
    extraction x;
    charter(&x, "Article 51 of Chapter VII of the Charter");
    ck_assert_uint_eq(x.out.len, 1);
    ck_span(&x, CITE(&x, 0)->loc, "Article 51 of Chapter VII", 0);
    ck_assert_int_eq(CITE(&x, 0)->article, 51);
    ck_assert_int_eq(CITE(&x, 0)->chapter, 7);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(other_instruments)
{
    extraction x;
    charter(&x, "article 5 of the Convention and Article 12 of the Rome Statute, consistent with the Charter");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(CITE(&x, 0)->article, 5);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 0);
    ck_assert_int_eq(CITE(&x, 1)->article, 12);
    ck_assert_int_eq(CITE(&x, 1)->of_charter, 0);
    extract_done(&x);
}
END_TEST

START_TEST(sentence_names_the_charter)
{
    extraction x;
    charter(&x, "Recalling Article 33 and the purposes of the Charter. Article 8 applies.");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    ck_assert_int_eq(CITE(&x, 1)->of_charter, 0);
    extract_done(&x);

    /* lower case is another instrument's unless said outright */
    charter(&x, "article 3 and the Charter; article 4 of the Charter");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 0);
    ck_assert_int_eq(CITE(&x, 1)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(not_citations)
{
    static const char *const texts[] = {
        "the Articles of Agreement",
        "this article examines",
        "chapter 3 of the report",
        "Chapter XXV and Chapter IIII",
        "particle 5 and Chapters",
        "Article 0",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extraction x;
        charter(&x, texts[i]);
        ck_assert_msg(x.out.len == 0, "a citation in \"%s\"", texts[i]);
        extract_done(&x);
    }
}
END_TEST

START_TEST(chapter_beyond_the_charter)
{
    extraction x;
    /* a wrong citation of the Charter is still a citation, for the rules */
    charter(&x, "Chapter XX of the Charter and Article 51 of Chapter XXI of the Charter");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, CITE(&x, 0)->loc, "Chapter XX", 0);
    ck_assert_int_eq(CITE(&x, 0)->chapter, 20);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    ck_assert_int_eq(CITE(&x, 1)->article, 51);
    ck_assert_int_eq(CITE(&x, 1)->chapter, 21);
    extract_done(&x);
    /* without the Charter named, another text's chapters */
    charter(&x, "Chapters VI and XXV of the report, and Article 5 of Chapter XXII");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(CITE(&x, 0)->chapter, 6);
    ck_assert_int_eq(CITE(&x, 1)->article, 5);
    ck_assert_int_eq(CITE(&x, 1)->chapter, 0);
    extract_done(&x);
}
END_TEST

START_TEST(united_nations_charter)
{
    extraction x;
    charter(&x, "Article 99 of the United Nations Charter");
    ck_assert_uint_eq(x.out.len, 1);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(subparagraph_and_its_charter)
{
    extraction x;
    charter(&x, "Article 13, paragraph 1 (a), of the Charter and Article 1 of its Charter");
    ck_assert_uint_eq(x.out.len, 2);
    ck_span(&x, CITE(&x, 0)->loc, "Article 13, paragraph 1 (a)", 0);
    ck_assert_int_eq(CITE(&x, 0)->paragraph, 1);
    ck_assert_int_eq(CITE(&x, 0)->of_charter, 1);
    ck_assert_int_eq(CITE(&x, 1)->of_charter, 1);
    extract_done(&x);
}
END_TEST

START_TEST(article_range)
{
    extraction x;
    charter(&x, "Articles 33 to 38 of the Charter");
    ck_assert_uint_eq(x.out.len, 2);
    ck_assert_int_eq(CITE(&x, 0)->article, 33);
    ck_assert_int_eq(CITE(&x, 1)->article, 38);
    extract_done(&x);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_charter");
    TCase *tc = tcase_create("charter");
    tcase_add_test(tc, article);
    tcase_add_test(tc, article_paragraph);
    tcase_add_test(tc, article_list);
    tcase_add_test(tc, chapters);
    tcase_add_test(tc, article_of_chapter);
    tcase_add_test(tc, other_instruments);
    tcase_add_test(tc, sentence_names_the_charter);
    tcase_add_test(tc, not_citations);
    tcase_add_test(tc, chapter_beyond_the_charter);
    tcase_add_test(tc, united_nations_charter);
    tcase_add_test(tc, article_range);
    tcase_add_test(tc, subparagraph_and_its_charter);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
