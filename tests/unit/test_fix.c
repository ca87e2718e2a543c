/* Fixes and atomic writes: overlapping fixes (the first wins), fixes that
 * change nothing, writing a fixed file (not when it changed since it was
 * read), and atomic replacement keeping the mode and leaving nothing
 * behind on error. */
#include "engine/finding.h"
#include "engine/fix.h"
#include "util/atomic.h"
#include "util/xalloc.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static vec findings;

static void add(size_t offset, size_t length, const char *replacement)
{
    findings_add(&findings, offset, length, CLERK_WARNING, "t/r", xstrdup("m"),
                 replacement ? xstrdup(replacement) : NULL);
}

static char *applied_text;
static size_t applied_count;

static const char *apply(const char *src)
{
    size_t len;
    free(applied_text);
    findings_sort(&findings);
    applied_text = fix_apply(src, strlen(src), &findings, &len, &applied_count);
    ck_assert_uint_eq(strlen(applied_text), len);
    return applied_text;
}

static void setup(void)
{
    vec_init(&findings, sizeof(finding));
    applied_text = NULL;
}

static void teardown(void)
{
    findings_free(&findings);
    free(applied_text);
}

START_TEST(test_fixes_replace_their_spans)
{
    add(0, 3, "one");
    add(8, 5, "three");
    add(4, 3, NULL); /* no fix: left alone */
    ck_assert_str_eq(apply("uno dos tres!"), "one dos three");
    ck_assert_uint_eq(applied_count, 2);
}
END_TEST

START_TEST(test_overlapping_fixes_first_wins)
{
    add(0, 5, "AB");     /* first by offset: applied */
    add(3, 4, "X");      /* overlaps it: waits */
    add(7, 0, "+");      /* an insertion after both: applied */
    add(7, 1, "H");      /* starts where the insertion is: waits */
    ck_assert_str_eq(apply("abcdefgh"), "ABfg+h");
    ck_assert_uint_eq(applied_count, 2);
}
END_TEST

START_TEST(test_a_fix_that_changes_nothing_does_not_count)
{
    add(0, 3, "abc");
    ck_assert_str_eq(apply("abcdef"), "abcdef");
    ck_assert_uint_eq(applied_count, 0);
}
END_TEST

START_TEST(test_a_span_past_the_end_is_skipped)
{
    add(4, 10, "x");
    add(0, 1, "A");
    ck_assert_str_eq(apply("abcdef"), "Abcdef");
    ck_assert_uint_eq(applied_count, 1);
}
END_TEST

static char dir[] = "/tmp/clerk-fix-XXXXXX";

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void write_file(const char *path, const char *text, mode_t mode)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    chmod(path, mode);
}

/* Entries of the folder other than "." and "..". */
static int entries(void)
{
    DIR *d = opendir(dir);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static void setup_dir(void)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown_dir(void)
{
    char *cmd = xasprintf("chmod -R u+w %s && rm -rf %s", dir, dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    strcpy(dir, "/tmp/clerk-fix-XXXXXX");
}

START_TEST(test_fix_write_replaces_and_keeps_the_mode)
{
    char *path = xasprintf("%s/doc.md", dir), err[256];
    write_file(path, "old text\n", 0604);
    ck_assert_int_eq(fix_write(path, "old text\n", 9, "new\n", 4, err, sizeof err), 0);
    ck_assert_str_eq(read_all(path), "new\n");
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0604);
    ck_assert_int_eq(entries(), 1);
    free(path);
}
END_TEST

START_TEST(test_fix_write_refuses_a_file_changed_since_it_was_read)
{
    char *path = xasprintf("%s/doc.md", dir), err[256];
    write_file(path, "saved by someone else\n", 0644);
    ck_assert_int_eq(fix_write(path, "old text\n", 9, "new\n", 4, err, sizeof err), -1);
    ck_assert_str_eq(err, "changed since it was read; not written");
    ck_assert_str_eq(read_all(path), "saved by someone else\n");
    ck_assert_int_eq(entries(), 1);
    free(path);
}
END_TEST

START_TEST(test_atomic_write_refuses_read_only_files_and_folders)
{
    char *path = xasprintf("%s/doc.md", dir), err[256];
    write_file(path, "kept\n", 0444);
    ck_assert_int_eq(atomic_write(path, "x", 1, err, sizeof err), -1);
    ck_assert_str_eq(err, "read-only file");
    ck_assert_str_eq(read_all(path), "kept\n");
    chmod(path, 0644);
    chmod(dir, 0555);
    ck_assert_int_eq(atomic_write(path, "x", 1, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "read-only folder"));
    chmod(dir, 0755);
    ck_assert_str_eq(read_all(path), "kept\n");
    ck_assert_int_eq(entries(), 1);
    free(path);
}
END_TEST

START_TEST(test_atomic_abort_leaves_the_target_as_it_was)
{
    char *path = xasprintf("%s/new.json", dir), err[256];
    atomic_file af;
    ck_assert_int_eq(atomic_open(&af, path, err, sizeof err), 0);
    fputs("half", af.fp);
    ck_assert_int_eq(entries(), 1); /* the temporary */
    atomic_abort(&af);
    ck_assert_int_eq(entries(), 0);
    ck_assert_int_eq(access(path, F_OK), -1);
    /* A new file gets the umask's mode. */
    mode_t mask = umask(022);
    ck_assert_int_eq(atomic_write(path, "{}\n", 3, err, sizeof err), 0);
    umask(mask);
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0644);
    free(path);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fix");
    TCase *tc = tcase_create("apply");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_fixes_replace_their_spans);
    tcase_add_test(tc, test_overlapping_fixes_first_wins);
    tcase_add_test(tc, test_a_fix_that_changes_nothing_does_not_count);
    tcase_add_test(tc, test_a_span_past_the_end_is_skipped);
    suite_add_tcase(s, tc);
    TCase *files = tcase_create("write");
    tcase_add_checked_fixture(files, setup_dir, teardown_dir);
    tcase_add_test(files, test_fix_write_replaces_and_keeps_the_mode);
    tcase_add_test(files, test_fix_write_refuses_a_file_changed_since_it_was_read);
    tcase_add_test(files, test_atomic_write_refuses_read_only_files_and_folders);
    tcase_add_test(files, test_atomic_abort_leaves_the_target_as_it_was);
    suite_add_tcase(s, files);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
