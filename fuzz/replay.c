/*
 * Runs a fuzz target over saved inputs, without libFuzzer: every file named,
 * and every file of every folder named.  The seed corpora and the inputs
 * that once crashed a target are replayed so by the ordinary test suite,
 * under whatever sanitizer or checker it is built with.
 */
#include "harness.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* Targets that need set-up define it (libFuzzer's own hook). */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int replay_file(const char *path)
{
    /* Shown by ctest when the run fails: the last one named is the culprit. */
    printf("%s\n", path);
    fflush(stdout);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    vec data = VEC_INIT(uint8_t);
    int c;
    while ((c = getc(f)) != EOF)
        *(uint8_t *)vec_push(&data) = (uint8_t)c;
    fclose(f);
    LLVMFuzzerTestOneInput(data.data ? data.data : (const uint8_t *)"", data.len);
    vec_free(&data);
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays a file, or the files of a folder in name order; counts them. */
static int replay_path(const char *path, size_t *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        (*count)++;
        return replay_file(path);
    }
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    vec names = VEC_INIT(char *);
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            *(char **)vec_push(&names) = xasprintf("%s/%s", path, e->d_name);
    closedir(d);
    if (names.len > 1)
        qsort(names.data, names.len, sizeof(char *), compare_names);
    int rc = 0;
    for (size_t i = 0; i < names.len; i++) {
        char *name = *(char **)vec_at(&names, i);
        if (rc == 0)
            rc = replay_path(name, count);
        free(name);
    }
    vec_free(&names);
    return rc;
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    size_t count = 0;
    for (int i = 1; i < argc; i++)
        if (replay_path(argv[i], &count) != 0)
            return 1;
    if (count == 0) {
        fprintf(stderr, "replay: no input to replay\n");
        return 1;
    }
    printf("%zu inputs replayed\n", count);
    return 0;
}
