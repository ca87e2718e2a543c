/* extract_document: what ties the extractors' findings together, over a
 * whole parsed document. */
#include "doc/doc.h"
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

int main(void)
{
    Suite *s = suite_create("extract_document");
    TCase *tc = tcase_create("cited dates");
    tcase_add_test(tc, test_cited_date_is_the_next_in_its_block);
    tcase_add_test(tc, test_cited_dates_in_a_long_block);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
