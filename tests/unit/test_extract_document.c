/* extract_document: what ties the extractors' findings together, over a
 * whole parsed document. */
#include "doc/doc.h"
#include "extract/extract.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static clerk_doc *parse(const char *text)
{
    char err[128] = "";
    clerk_doc *doc = doc_parse("doc.md", xstrdup(text), strlen(text), DOC_FORMAT_MARKDOWN, err,
                               sizeof err);
    ck_assert_msg(doc != NULL, "%s", err);
    return doc;
}

static const clerk_resolution_ref *ref_at(const clerk_doc *doc, size_t i)
{
    ck_assert_uint_lt(i, doc->entities[CLERK_ENT_RESOLUTION].len);
    return vec_at(&doc->entities[CLERK_ENT_RESOLUTION], i);
}

static const clerk_date *date_at(const clerk_doc *doc, size_t i)
{
    ck_assert_uint_lt(i, doc->entities[CLERK_ENT_DATE].len);
    return vec_at(&doc->entities[CLERK_ENT_DATE], i);
}

/* A reference's cited date is the first date of its block after it. */
START_TEST(test_cited_date_is_the_next_in_its_block)
{
    clerk_doc *doc = parse("Recalling its resolution 59/50 of 2 December 2004, adopted on "
                           "3 March 2005, and resolution 60/1 of 16 September 2005.\n\n"
                           "Resolution 61/1 of 1 January 2007.\n");
    const clerk_resolution_ref *r;
    r = ref_at(doc, 0);
    ck_assert(r->flags & CLERK_REF_HAS_DATE);
    ck_assert_int_eq(date_at(doc, r->date_index)->ymd.year, 2004);
    r = ref_at(doc, 1);
    ck_assert(r->flags & CLERK_REF_HAS_DATE);
    ck_assert_int_eq(date_at(doc, r->date_index)->ymd.month, 9);
    r = ref_at(doc, 2);
    ck_assert(r->flags & CLERK_REF_HAS_DATE);
    ck_assert_int_eq(date_at(doc, r->date_index)->ymd.year, 2007);
    doc_free(doc);
}
END_TEST

/* One long line of citations: each still finds its own date (the search
 * once ran from the block's first date for every citation). */
START_TEST(test_cited_dates_in_a_long_block)
{
    enum { COUNT = 20000 };
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < COUNT; i++)
        sb_printf(&sb, "resolution 59/%d of %d December 2004, ", i % 900 + 1, i % 28 + 1);
    clerk_doc *doc = parse(sb.data);
    ck_assert_uint_eq(doc->entities[CLERK_ENT_RESOLUTION].len, COUNT);
    for (size_t i = 0; i < COUNT; i++) {
        const clerk_resolution_ref *r = ref_at(doc, i);
        ck_assert(r->flags & CLERK_REF_HAS_DATE);
        ck_assert_uint_eq(r->date_index, i);
        ck_assert_int_eq(date_at(doc, i)->ymd.day, (int)(i % 28 + 1));
    }
    doc_free(doc);
    sb_free(&sb);
}
END_TEST

/* Every entity's kind and place in its block's text, as text. */
static char *entity_spans(const clerk_doc *doc)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    for (int k = 0; k < CLERK_ENT_KIND_COUNT; k++)
        for (size_t i = 0; i < doc->entities[k].len; i++) {
            const clerk_loc *loc = vec_at(&doc->entities[k], i);
            sb_printf(&sb, "%d:%zu@%zu+%zu;", k, loc->block, loc->text_offset, loc->text_length);
        }
    return sb.data;
}

/* Moves every block's text to a copy that `tail` follows. */
static void move_texts_before(clerk_doc *doc, const char *tail)
{
    size_t n = strlen(tail);
    for (size_t i = 0; i < doc->blocks.len; i++) {
        clerk_block *b = vec_at(&doc->blocks, i);
        char *t = arena_alloc(&doc->arena, b->text_length + n + 1);
        memcpy(t, b->text, b->text_length);
        memcpy(t + b->text_length, tail, n + 1);
        b->text = t;
    }
}

/* A block's text is its text_length bytes: what follows it (the rest of
 * the source, once texts point into it) is not read.  Each block here
 * ends where a byte more would make or lengthen an entity. */
START_TEST(test_entities_end_with_their_text)
{
    static const char *const tails[] = {"B", "II", "s.", "/142", "1 (2005)", " 2009", "-07-14", "th session"};
    clerk_doc *doc = parse("The list is in annex\xC2\xA0\n\n"
                           "See paragraph 4 of resolution 1631\n\n"
                           "Adopted on 14 July\n\n"
                           "In document A/64\n\n"
                           "Under Article 2 and rule 14\n\n"
                           "At its sixty-fourth\n");
    char *want = entity_spans(doc);
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        move_texts_before(doc, tails[i]);
        extract_document(doc);
        char *got = entity_spans(doc);
        ck_assert_msg(strcmp(got, want) == 0, "before \"%s\": %s, wanted %s", tails[i], got, want);
        free(got);
    }
    free(want);
    doc_free(doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("extract_document");
    TCase *tc = tcase_create("cited dates");
    tcase_add_test(tc, test_cited_date_is_the_next_in_its_block);
    tcase_add_test(tc, test_cited_dates_in_a_long_block);
    suite_add_tcase(s, tc);
    tc = tcase_create("text ends");
    tcase_add_test(tc, test_entities_end_with_their_text);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
