/* The data tables' JSON reader (plugins/common/json.c): values, escapes,
 * the accessors' answers for what is missing, and refused text; and the
 * reading of a table's file (datafile.c). */
#include "datafile.h"
#include "json.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static jv *parse(const char *text, char *err, size_t err_size)
{
    return jv_parse(text, strlen(text), "t.json", err, err_size);
}

START_TEST(values_in_document_order)
{
    char err[200] = "";
    jv *root = parse(" {\"a\": [1, -2, 3.5, true, null], \"b\": {\"c\": \"d\"}, \"e\": []}\n", err,
                     sizeof err);
    ck_assert_msg(root != NULL, "%s", err);
    ck_assert_uint_eq(jv_size(root), 3);
    const jv *a = jv_get(root, "a");
    ck_assert(jv_is(a, JV_ARRAY));
    ck_assert_uint_eq(jv_size(a), 5);
    ck_assert_int_eq(jv_integer(jv_at(a, 0)), 1);
    ck_assert_int_eq(jv_integer(jv_at(a, 1)), -2);
    ck_assert(jv_is(jv_at(a, 2), JV_REAL));
    ck_assert_int_eq(jv_integer(jv_at(a, 2)), 0); /* a real is no integer */
    ck_assert(jv_is(jv_at(a, 3), JV_TRUE));
    ck_assert(jv_is(jv_at(a, 4), JV_NULL));
    ck_assert_ptr_null(jv_at(a, 5));
    ck_assert_str_eq(jv_string(jv_get(jv_get(root, "b"), "c")), "d");
    ck_assert_uint_eq(jv_size(jv_get(root, "e")), 0);
    size_t i;
    const jv *m;
    const char *keys[] = {"a", "b", "e"};
    jv_foreach(root, i, m)
        ck_assert_str_eq(m->key, keys[i]);
    ck_assert_uint_eq(i, 3);
    free(root);
}
END_TEST

START_TEST(missing_and_mistyped)
{
    char err[200] = "";
    jv *root = parse("{\"n\": 7, \"s\": \"x\", \"n\": 8}", err, sizeof err);
    ck_assert_msg(root != NULL, "%s", err);
    ck_assert_int_eq(jv_integer(jv_get(root, "n")), 8); /* the last one named */
    ck_assert_ptr_null(jv_get(root, "none"));
    ck_assert_ptr_null(jv_get(jv_get(root, "none"), "deeper"));
    ck_assert_int_eq(jv_integer(jv_get(root, "s")), 0);
    ck_assert_ptr_null(jv_string(jv_get(root, "n")));
    ck_assert_uint_eq(jv_size(jv_get(root, "s")), 0);
    ck_assert_ptr_null(jv_at(jv_get(root, "n"), 0));
    size_t i;
    const jv *m;
    jv_foreach(jv_get(root, "none"), i, m)
        ck_abort();
    free(root);
}
END_TEST

START_TEST(escapes_decoded)
{
    char err[200] = "";
    jv *root = parse("[\"a\\\"b\\\\c\\/d\\n\\t\", \"\\u00e9\\u2013\\ud83d\\ude00\", \"caf\xc3\xa9\"]", err,
                     sizeof err);
    ck_assert_msg(root != NULL, "%s", err);
    ck_assert_str_eq(jv_string(jv_at(root, 0)), "a\"b\\c/d\n\t");
    ck_assert_str_eq(jv_string(jv_at(root, 1)), "\xc3\xa9\xe2\x80\x93\xf0\x9f\x98\x80");
    ck_assert_str_eq(jv_string(jv_at(root, 2)), "caf\xc3\xa9");
    free(root);
}
END_TEST

START_TEST(big_integers)
{
    char err[200] = "";
    jv *root = parse("[9223372036854775807, -9223372036854775808]", err, sizeof err);
    ck_assert_msg(root != NULL, "%s", err);
    ck_assert(jv_integer(jv_at(root, 0)) == 9223372036854775807LL);
    ck_assert(jv_integer(jv_at(root, 1)) == -9223372036854775807LL - 1);
    free(root);
}
END_TEST

static void refused(const char *text, const char *message)
{
    char err[200] = "";
    jv *root = parse(text, err, sizeof err);
    ck_assert_msg(root == NULL, "accepted: %s", text);
    ck_assert_str_eq(err, message);
}

START_TEST(malformed_refused)
{
    refused("", "t.json:1:1: '[' or '{' expected");
    refused("\"a\"", "t.json:1:1: '[' or '{' expected");
    refused("{\"a\": 1,\n \"b\" 2}", "t.json:2:6: ':' expected");
    refused("[1, 2", "t.json:1:6: ']' expected");
    refused("[1, ", "t.json:1:5: premature end of input");
    refused("[1 2]", "t.json:1:4: ']' expected");
    refused("{\"a\": 1} x", "t.json:1:10: end of file expected");
    refused("{1: 2}", "t.json:1:2: string or '}' expected");
    refused("[01]", "t.json:1:2: invalid number (a leading zero)");
    refused("[-]", "t.json:1:3: invalid number");
    refused("[1.]", "t.json:1:4: invalid number");
    refused("[9223372036854775808]", "t.json:1:21: too big integer");
    refused("[tru]", "t.json:1:2: invalid token");
    refused("[\"a\\x\"]", "t.json:1:4: invalid escape");
    refused("[\"\\u12\"]", "t.json:1:5: invalid \\u escape");
    refused("[\"\\u0000\"]", "t.json:1:9: \\u0000 is not allowed");
    refused("[\"\\ud83d\"]", "t.json:1:9: invalid Unicode escape (a high surrogate without its low one)");
    refused("[\"a\nb\"]", "t.json:1:4: control character in a string");
    refused("[\"\xc3\"]", "t.json:1:3: invalid UTF-8 in a string");
    refused("[\"\xed\xa0\x80\"]", "t.json:1:3: invalid UTF-8 in a string");
    refused("[\"abc", "t.json:1:6: premature end of input in a string");
}
END_TEST

START_TEST(depth_bounded)
{
    char text[2 * 2100 + 1];
    memset(text, '[', 2100);
    memset(text + 2100, ']', 2100);
    text[4200] = '\0';
    char err[200] = "";
    ck_assert_ptr_null(parse(text, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "maximum parsing depth reached"));
}
END_TEST

START_TEST(files_read_whole)
{
    char path[] = "/tmp/clerk-json-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs("{\"rows\": [1, 2]}\n", f);
    fclose(f);
    char err[300] = "";
    size_t len;
    char *text = data_read_text(path, &len, err, sizeof err);
    ck_assert_msg(text != NULL, "%s", err);
    ck_assert_uint_eq(len, 17);
    ck_assert_str_eq(text, "{\"rows\": [1, 2]}\n");
    free(text);
    jv *root = data_read_json(path, err, sizeof err);
    ck_assert_msg(root != NULL, "%s", err);
    ck_assert_uint_eq(jv_size(data_array(root, "t.json", "rows", err, sizeof err)), 2);
    ck_assert_ptr_null(data_array(root, "t.json", "none", err, sizeof err));
    ck_assert_str_eq(err, "t.json: no \"none\" array");
    free(root);
    unlink(path);
    ck_assert_ptr_null(data_read_text(path, &len, err, sizeof err));
    char *want = malloc(strlen(path) + 20);
    sprintf(want, "%s: cannot read", path);
    ck_assert_str_eq(err, want);
    free(want);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("json");
    tcase_add_test(tc, values_in_document_order);
    tcase_add_test(tc, missing_and_mistyped);
    tcase_add_test(tc, escapes_decoded);
    tcase_add_test(tc, big_integers);
    tcase_add_test(tc, malformed_refused);
    tcase_add_test(tc, depth_bounded);
    tcase_add_test(tc, files_read_whole);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
