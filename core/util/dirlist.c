#include "util/dirlist.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static int has_suffix(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int dir_names(const char *dir, const char *suffix, vec *names)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    size_t first = names->len;
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.' && (!suffix || has_suffix(e->d_name, suffix)))
            *(char **)vec_push(names) = xstrdup(e->d_name);
    closedir(d);
    if (names->len - first > 1) /* qsort wants a non-null array, even an empty one */
        qsort((char **)names->data + first, names->len - first, sizeof(char *), compare_names);
    return 0;
}

void dir_names_free(vec *names)
{
    for (size_t i = 0; i < names->len; i++)
        free(*(char **)vec_at(names, i));
    vec_free(names);
}
