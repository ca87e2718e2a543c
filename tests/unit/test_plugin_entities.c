/* entity_first_in_block (plugins/common): the first entity of a block or
 * of a later one, as a walk from the start finds it, for every block. */
#include "entities.h"

#include <check.h>
#include <stdlib.h>

/* Sessions in blocks 1, 1, 3, 4, 4, 4 and 9. */
static const clerk_session_ref sessions[] = {
    {.loc = {.block = 1}}, {.loc = {.block = 1}}, {.loc = {.block = 3}}, {.loc = {.block = 4}},
    {.loc = {.block = 4}}, {.loc = {.block = 4}}, {.loc = {.block = 9}},
};
static size_t session_count;

static size_t entity_count(const clerk_doc *doc, clerk_entity_kind kind)
{
    (void)doc;
    return kind == CLERK_ENT_SESSION ? session_count : 0;
}

static const void *entity(const clerk_doc *doc, clerk_entity_kind kind, size_t index)
{
    (void)doc;
    (void)kind;
    return &sessions[index];
}

static size_t walked(size_t block)
{
    size_t i = 0;
    while (i < session_count && sessions[i].loc.block < block)
        i++;
    return i;
}

START_TEST(every_block)
{
    clerk_api api = {.size = sizeof api, .entity_count = entity_count, .entity = entity};
    for (session_count = 0; session_count <= sizeof sessions / sizeof *sessions; session_count++)
        for (size_t block = 0; block <= 10; block++)
            ck_assert_uint_eq(entity_first_in_block(&api, NULL, CLERK_ENT_SESSION, block), walked(block));
    ck_assert_uint_eq(entity_first_in_block(&api, NULL, CLERK_ENT_DATE, 0), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("plugin_entities");
    TCase *tc = tcase_create("plugin_entities");
    tcase_add_test(tc, every_block);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
