/* The procedure plugin's phrase search: its byte tables only spare
 * positions where no phrase can start, so it finds what trying every
 * position finds. */
#include "procedure.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Every position tried, as the search did before it had byte tables. */
static size_t find_everywhere(const phrase_list *list, const char *text, size_t from, size_t to,
                              size_t *length)
{
    for (size_t p = from; p < to; p++) {
        size_t n = phrase_starts(list, text, to, p);
        if (n) {
            *length = n;
            return p;
        }
    }
    return PHRASE_NONE;
}

/* phrase_find over every range of text agrees with find_everywhere. */
static void ck_same_as_everywhere(char **items, size_t count, const char *text)
{
    phrase_list list = {.items = items, .count = count};
    phrase_list_index(&list);
    size_t len = strlen(text);
    for (size_t from = 0; from <= len; from++)
        for (size_t to = from; to <= len; to++) {
            size_t n = 0, m = 0;
            size_t got = phrase_find(&list, text, from, to, &n);
            size_t want = find_everywhere(&list, text, from, to, &m);
            ck_assert_msg(got == want && n == m, "[%zu, %zu) of \"%s\": %zu+%zu, not %zu+%zu", from,
                          to, text, got, n, want, m);
            ck_assert_int_eq(phrase_in(&list, text, from, to), want != PHRASE_NONE);
        }
}

static size_t find(char **items, size_t count, const char *text, size_t *length)
{
    phrase_list list = {.items = items, .count = count};
    phrase_list_index(&list);
    return phrase_find(&list, text, 0, strlen(text), length);
}

START_TEST(forgiving_matches)
{
    char *request[] = {"to request the inclusion", "I request the inclusion"};
    size_t n;
    ck_assert_uint_eq(find(request, 2, "I have the honour To  Request\nthe\tinclusion of", &n), 18);
    ck_assert_uint_eq(n, 25);
    ck_assert_uint_eq(find(request, 2, "so I\xC2\xA0request the inclusions.", &n), 3);
    ck_assert_uint_eq(n, 25); /* a no-break space, a plural */
    ck_assert_uint_eq(find(request, 2, "into request the inclusion", &n), PHRASE_NONE);
    ck_assert_uint_eq(find(request, 2, "to request the inclusionary", &n), PHRASE_NONE);
    ck_assert_uint_eq(find(request, 2, "to\xC2\xA7request the inclusion", &n), PHRASE_NONE);
    char *agenda[] = {"agenda"};
    ck_assert_uint_eq(find(agenda, 1, "the agendas, the agenda", &n), 4);
    ck_assert_uint_eq(n, 7);
}
END_TEST

START_TEST(same_as_every_position)
{
    char *words[] = {"will be issued", "addendum", "as follows", "at a later date", "a"};
    ck_same_as_everywhere(words, 5, "It will  be issued as an Addendum; as\tfollows: a b");
    ck_same_as_everywhere(words, 5, "Will\xC2\xA0" "be issued, as follows. At a later dates");
    char *odd[] = {" x", "(a)", "\xC3\xA9t\xC3\xA9", "s"};
    ck_same_as_everywhere(odd, 4, "a x (a) b\t x \xC3\xA9t\xC3\xA9s s");
    char *rules[] = {"staff rules", "staff rule", "rules of court"};
    ck_same_as_everywhere(rules, 3, "the Staff Rule 3, staff  rules, Rules of Court");
    /* more first bytes than the vector search takes */
    char *many[] = {"as", "by", "cf", "do", "en", "for", "go", "he", "in"};
    ck_same_as_everywhere(many, 9, "As by, cf. Do enough for Go he, in ink; gone heads");
    /* searched by their first two bytes */
    phrase_list pairs = {.items = (char *[]){"agenda", "Agency", "open"}, .count = 3};
    phrase_list_index(&pairs);
    ck_assert_uint_eq(pairs.pair_count, 2);
    char *opening[] = {"open", "opens", "opening", "convene", "convened", "commence"};
    ck_same_as_everywhere(opening, 6, "The Council, convening to OPEN; co-op reopens, Opening.\tCommence:open");
    char *agenda[] = {"agenda"};
    ck_same_as_everywhere(agenda, 1, "against the AGENDA of an agency, agendas; (agenda)agenda");
    ck_same_as_everywhere(agenda, 1, "the agenda's\xC2\xA0" "agend\xC3\xA9 agenda");
}
END_TEST

START_TEST(sentences)
{
    const char *t = "See para. 3 of the report; it was adopted. Mr. Smith left! Then";
    size_t len = strlen(t), from, to;
    sentence_bounds(t, len, 5, &from, &to);
    ck_assert_uint_eq(from, 0);
    ck_assert_uint_eq(to, 26);
    sentence_bounds(t, len, 30, &from, &to);
    ck_assert_uint_eq(from, 27);
    ck_assert_uint_eq(to, 42);
    sentence_bounds(t, len, 45, &from, &to);
    ck_assert_uint_eq(from, 43);
    ck_assert_uint_eq(to, 58);
    sentence_bounds(t, len, len, &from, &to);
    ck_assert_uint_eq(from, 59);
    ck_assert_uint_eq(to, len);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("procedure_wording");
    TCase *tc = tcase_create("phrases");
    tcase_add_test(tc, forgiving_matches);
    tcase_add_test(tc, same_as_every_position);
    tcase_add_test(tc, sentences);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
