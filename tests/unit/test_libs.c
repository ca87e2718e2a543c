/* libxml2 and libzip: not loaded until a reader opens them, then their
 * tables are complete. */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "doc/libs.h"

#include <check.h>
#include <link.h>
#include <string.h>

static int named(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    return strstr(info->dlpi_name, (const char *)arg) != NULL;
}

/* Whether a library whose path holds name is in the process. */
static int loaded(const char *name)
{
    return dl_iterate_phdr(named, (void *)name);
}

START_TEST(opened_on_first_use)
{
    char err[300] = "";
    ck_assert(!loaded("libxml2"));
    ck_assert(!loaded("libzip"));
    ck_assert_msg(xml_library_open(err, sizeof err) == 0, "%s", err);
    ck_assert(loaded("libxml2"));
    ck_assert(!loaded("libzip"));
    ck_assert_msg(zip_library_open(err, sizeof err) == 0, "%s", err);
    ck_assert(loaded("libzip"));
    ck_assert_msg(xml_library_open(err, sizeof err) == 0, "%s", err); /* again: at once */
}
END_TEST

START_TEST(tables_filled)
{
    char err[300] = "";
    ck_assert_msg(xml_library_open(err, sizeof err) == 0, "%s", err);
    ck_assert_msg(zip_library_open(err, sizeof err) == 0, "%s", err);
    ck_assert(xml_lib.xmlCtxtReadMemory != NULL);
    ck_assert(xml_lib.xmlFree != NULL && *xml_lib.xmlFree != NULL);
    ck_assert(zip_lib.zip_open_from_source != NULL);
    ck_assert(zip_lib.zip_file_strerror != NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("libs");
    TCase *tc = tcase_create("libs");
    tcase_add_test(tc, opened_on_first_use);
    tcase_add_test(tc, tables_filled);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
