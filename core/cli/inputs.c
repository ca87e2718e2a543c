#include "cli/inputs.h"
#include "engine/discover.h"
#include "engine/fingerprint.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int inputs_from_list(const char *list, int nul, vec *out)
{
    int from_stdin = strcmp(list, "-") == 0;
    FILE *f = from_stdin ? stdin : fopen(list, "rb");
    if (!f) {
        fprintf(stderr, "clerk: --files-from %s: %s\n", list, strerror(errno));
        return -1;
    }
    vec paths = VEC_INIT(char *);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getdelim(&line, &cap, nul ? '\0' : '\n', f)) > 0) {
        if (line[n - 1] == (nul ? '\0' : '\n'))
            line[--n] = '\0';
        if (!nul && n > 0 && line[n - 1] == '\r')
            line[--n] = '\0';
        if (n > 0)
            *(char **)vec_push(&paths) = xstrdup(line);
    }
    free(line);
    int failed = ferror(f);
    if (!from_stdin)
        fclose(f);
    if (failed)
        fprintf(stderr, "clerk: --files-from %s: read error\n", list);
    size_t first = out->len;
    if (!failed)
        discover((const char *const *)paths.data, paths.len, out);
    for (size_t i = first; i < out->len; i++)
        ((input_file *)vec_at(out, i))->given = 0;
    for (size_t i = 0; i < paths.len; i++)
        free(*(char **)vec_at(&paths, i));
    vec_free(&paths);
    return failed ? -1 : 0;
}

int shard_parse(const char *arg, size_t *k, size_t *n)
{
    char *slash, *end;
    unsigned long a = strtoul(arg, &slash, 10);
    if (slash == arg || *slash != '/' || *arg == '-')
        return -1;
    unsigned long b = strtoul(slash + 1, &end, 10);
    if (end == slash + 1 || *end || slash[1] == '-' || a < 1 || a > b || b > 1000000)
        return -1;
    *k = a - 1;
    *n = b;
    return 0;
}

static uint64_t path_hash(const char *path)
{
    uint64_t h = FNV_OFFSET;
    int started = 0;
    for (const char *p = path; *p;) {
        const char *end = strchr(p, '/');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len && !(len == 1 && *p == '.')) {
            if (started || *path == '/')
                h = fnv1a("/", 1, h);
            h = fnv1a(p, len, h);
            started = 1;
        }
        p += len + (end != NULL);
    }
    return h;
}

void shard_select(vec *files, size_t k, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < files->len; i++) {
        input_file *in = vec_at(files, i);
        if (path_hash(in->path) % n == k) {
            *(input_file *)vec_at(files, kept++) = *in;
        } else {
            free(in->path);
            free(in->error);
        }
    }
    files->len = kept;
}
