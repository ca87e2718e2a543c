/* cues_find and the cue cursor: where the extractors look. */
#include "extract_fixture.h"
#include "extract/scan.h"

typedef struct found {
    cue_list list;
    const char *text;
} found;

static void find(found *f, const char *text)
{
    cue_list_init(&f->list);
    f->text = text;
    cues_find(&f->list, text, strlen(text));
}

/* How many cues there are of the kinds wanted (CUE_DATE or the others). */
static size_t count(const found *f, int dates)
{
    size_t n = 0;
    for (size_t i = 0; i < f->list.len; i++)
        n += (f->list.cues[i].kind == CUE_DATE) == dates;
    return n;
}

/* The i-th of those cues. */
static const cue *cue_at(const found *f, int dates, size_t i)
{
    for (size_t k = 0; k < f->list.len; k++) {
        const cue *c = f->list.cues + k;
        if ((c->kind == CUE_DATE) == dates && i-- == 0)
            return c;
    }
    ck_abort_msg("no cue %zu", i);
    return NULL;
}

/* The i-th keyword or symbol cue is of kind k and starts at the first
 * occurrence of word. */
static void ck_cue(const found *f, size_t i, cue_kind k, const char *word)
{
    const char *at = strstr(f->text, word);
    ck_assert_ptr_nonnull(at);
    ck_assert_int_eq(cue_at(f, k == CUE_DATE, i)->kind, k);
    ck_assert_uint_eq(cue_at(f, k == CUE_DATE, i)->pos, (size_t)(at - f->text));
}

START_TEST(keywords_start_words)
{
    found f;
    find(&f, "Resolutions, decision; see annex and Appendix I, article 2, Chapter VII, rule 3, sessions.");
    ck_assert_uint_eq(count(&f, 0), 8);
    ck_cue(&f, 0, CUE_RESOLUTION, "Resolutions");
    ck_cue(&f, 1, CUE_DECISION, "decision");
    ck_cue(&f, 2, CUE_ANNEX, "annex");
    ck_cue(&f, 3, CUE_APPENDIX, "Appendix");
    ck_cue(&f, 4, CUE_ARTICLE, "article");
    ck_cue(&f, 5, CUE_CHAPTER, "Chapter");
    ck_cue(&f, 6, CUE_RULE, "rule");
    ck_cue(&f, 7, CUE_SESSION, "sessions");
    cue_list_free(&f.list);
}
END_TEST

START_TEST(keywords_as_written)
{
    found f;
    /* inside a word, in capitals, or "Para" and "unscr" not as written */
    find(&f, "irresolution RESOLUTION Para subparagraph unscr schedule possession");
    ck_assert_uint_eq(count(&f, 0), 0);
    ck_assert_uint_eq(f.list.kinds, 0);
    cue_list_free(&f.list);
    find(&f, "(paragraph 3) and UNSCR 2467, enclosures");
    ck_assert_uint_eq(count(&f, 0), 3);
    ck_cue(&f, 0, CUE_PARA, "paragraph");
    ck_cue(&f, 1, CUE_UNSCR, "UNSCR");
    ck_cue(&f, 2, CUE_ENCLOSURE, "enclosures");
    cue_list_free(&f.list);
}
END_TEST

START_TEST(symbols_anywhere)
{
    static const struct {
        cue_kind kind;
        size_t pos;
    } want[] = {
        {CUE_RES_SYMBOL, 1}, {CUE_SLASH, 4}, {CUE_SLASH, 8}, {CUE_PRST_SYMBOL, 9}, {CUE_SLASH, 13},
        {CUE_SLASH, 18}, {CUE_RES_SYMBOL, 22}, {CUE_SLASH, 25},
    };
    found f;
    find(&f, "xRES/1 S/PRST/2009/1 PRES/2 RES");
    ck_assert_uint_eq(count(&f, 0), sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        ck_assert_int_eq(cue_at(&f, 0, i)->kind, want[i].kind);
        ck_assert_uint_eq(cue_at(&f, 0, i)->pos, want[i].pos);
    }
    cue_list_free(&f.list);
}
END_TEST

START_TEST(dates_at_words)
{
    found f;
    /* digits and capitals that may begin a month or weekday, at word starts */
    find(&f, "On Monday, 14 July 2009 x15 1.5 Bob April");
    ck_assert_uint_eq(f.list.len, 8);
    ck_cue(&f, 0, CUE_DATE, "On");
    ck_cue(&f, 1, CUE_DATE, "Monday");
    ck_cue(&f, 2, CUE_DATE, "14");
    ck_cue(&f, 3, CUE_DATE, "July");
    ck_cue(&f, 4, CUE_DATE, "2009");
    ck_cue(&f, 5, CUE_DATE, "1.5");
    ck_cue(&f, 6, CUE_DATE, "5 Bob");
    ck_cue(&f, 7, CUE_DATE, "April");
    cue_list_free(&f.list);
}
END_TEST

/* The same cues wherever they fall against the sixteen-byte chunks, in
 * texts of every length around them. */
START_TEST(every_alignment)
{
    char text[80];
    for (size_t lead = 0; lead < 40; lead++) {
        memset(text, 'x', lead);
        text[lead] = '\0';
        if (lead)
            text[lead - 1] = ' ';
        strcat(text, "annex A/RES/1");
        found f;
        find(&f, text);
        ck_assert_uint_eq(f.list.len, 6);
        ck_assert_int_eq(cue_at(&f, 0, 0)->kind, CUE_ANNEX);
        ck_assert_uint_eq(cue_at(&f, 0, 0)->pos, lead);
        ck_assert_uint_eq(cue_at(&f, 1, 0)->pos, lead + 6); /* "A", as in April */
        ck_assert_int_eq(cue_at(&f, 0, 1)->kind, CUE_SLASH);
        ck_assert_uint_eq(cue_at(&f, 0, 1)->pos, lead + 7);
        ck_assert_int_eq(cue_at(&f, 0, 2)->kind, CUE_RES_SYMBOL);
        ck_assert_uint_eq(cue_at(&f, 0, 2)->pos, lead + 8);
        ck_assert_int_eq(cue_at(&f, 0, 3)->kind, CUE_SLASH);
        ck_assert_uint_eq(cue_at(&f, 0, 3)->pos, lead + 11);
        ck_assert_uint_eq(cue_at(&f, 1, 1)->pos, lead + 12); /* "1" */
        cue_list_free(&f.list);
    }
}
END_TEST

START_TEST(a_word_across_chunks)
{
    found f;
    /* "annex" starts at 14 and runs into the second chunk: no cue at 16 */
    find(&f, "xxxxxxxxxxxxx annexxxxxxxxxxxxxxxxxx");
    ck_assert_uint_eq(f.list.len, 1);
    ck_assert_uint_eq(cue_at(&f, 0, 0)->pos, 14);
    cue_list_free(&f.list);
}
END_TEST

START_TEST(cursor)
{
    found f;
    find(&f, "rule 1, annex II and rule 2 in 2009");
    cue_cursor c;
    cue_kind kind;
    cue_cursor_init(&c, &f.list, CUE_RULE, CUE_RULE);
    ck_assert_uint_eq(cue_next(&c, 0, &kind), 0);
    ck_assert_int_eq(kind, CUE_RULE);
    ck_assert_uint_eq(cue_next(&c, 0, &kind), 0); /* not consumed */
    ck_assert_uint_eq(cue_next(&c, 1, &kind), 21);
    ck_assert_uint_eq(cue_next(&c, 22, &kind), SCAN_NONE);
    cue_cursor_init(&c, &f.list, CUE_ANNEX, CUE_APPENDIX);
    ck_assert_uint_eq(cue_next(&c, 0, &kind), 8);
    ck_assert_int_eq(kind, CUE_ANNEX);
    ck_assert_uint_eq(cue_next(&c, 9, &kind), SCAN_NONE);
    cue_cursor_init(&c, &f.list, CUE_ARTICLE, CUE_CHAPTER);
    ck_assert_uint_eq(cue_next(&c, 0, &kind), SCAN_NONE);
    cue_list_free(&f.list);
}
END_TEST

START_TEST(keyword_end)
{
    const char *t = "rules, ruler, sessions UNSCRs";
    size_t len = strlen(t);
    ck_assert_uint_eq(cue_keyword_end(t, len, 0, CUE_RULE), 5);
    ck_assert_uint_eq(cue_keyword_end(t, len, 7, CUE_RULE), 0);
    ck_assert_uint_eq(cue_keyword_end(t, len, 14, CUE_SESSION), 22);
    ck_assert_uint_eq(cue_keyword_end(t, len, 23, CUE_UNSCR), len);
}
END_TEST

START_TEST(next_keyword)
{
    found f;
    find(&f, "a ruler, rules 3 and rule 4");
    cue_cursor c;
    cue_kind kind;
    size_t end;
    cue_cursor_init(&c, &f.list, CUE_RULE, CUE_RULE);
    ck_assert_uint_eq(cue_next_keyword(&c, f.text, strlen(f.text), 0, &kind, &end), 9);
    ck_assert_uint_eq(end, 14);
    ck_assert_uint_eq(cue_next_keyword(&c, f.text, strlen(f.text), 10, &kind, &end), 21);
    ck_assert_uint_eq(end, 25);
    ck_assert_uint_eq(cue_next_keyword(&c, f.text, strlen(f.text), 22, &kind, &end), SCAN_NONE);
    cue_list_free(&f.list);
}
END_TEST

static Suite *make(void)
{
    Suite *s = suite_create("extract_cues");
    TCase *tc = tcase_create("cues");
    tcase_add_test(tc, keywords_start_words);
    tcase_add_test(tc, keywords_as_written);
    tcase_add_test(tc, symbols_anywhere);
    tcase_add_test(tc, dates_at_words);
    tcase_add_test(tc, every_alignment);
    tcase_add_test(tc, a_word_across_chunks);
    tcase_add_test(tc, cursor);
    tcase_add_test(tc, keyword_end);
    tcase_add_test(tc, next_keyword);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(make());
}
