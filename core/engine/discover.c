#include "engine/discover.h"
#include "doc/doc.h"
#include "util/dirlist.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const extensions[] = {".md", ".markdown", ".txt", ".xml", ".docx"};

/* Build files that end in .txt but are not documents. */
static const char *const not_documents[] = {"CMakeLists.txt", "CMakeCache.txt"};

/* XML is a document only when it is Akoma Ntoso: a folder holds other XML
 * (build files, a Word document unzipped) that is no concern of clerk's.
 * One that cannot be read is kept, so the reading reports why. */
static int akn_file(const char *path)
{
    char head[4096];
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1;
    size_t n = fread(head, 1, sizeof head - 1, f);
    fclose(f);
    head[n] = '\0';
    return doc_is_akn(head, n);
}

static int lintable(const char *path, const char *name)
{
    for (size_t i = 0; i < sizeof not_documents / sizeof *not_documents; i++)
        if (strcmp(name, not_documents[i]) == 0)
            return 0;
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof extensions / sizeof *extensions; i++)
        if (strcmp(dot, extensions[i]) == 0)
            return strcmp(dot, ".xml") != 0 || akn_file(path);
    return 0;
}

static void add(vec *out, const char *path, const char *error, int given)
{
    input_file *f = vec_push(out);
    f->path = xstrdup(path);
    f->error = error ? xstrdup(error) : NULL;
    f->given = given;
}

static void walk(const char *dir, vec *out)
{
    vec names = VEC_INIT(char *);
    if (dir_names(dir, NULL, &names) != 0) {
        add(out, dir, strerror(errno), 0);
        return;
    }

    size_t dlen = strlen(dir);
    for (size_t i = 0; i < names.len; i++) {
        char *name = *(char **)vec_at(&names, i);
        char *path = dlen && dir[dlen - 1] == '/' ? xasprintf("%s%s", dir, name)
                                                  : xasprintf("%s/%s", dir, name);
        struct stat lst;
        if (lstat(path, &lst) != 0) {
            add(out, path, strerror(errno), 0); /* vanished or unreadable while listing */
        } else if (S_ISDIR(lst.st_mode)) {
            walk(path, out);
        } else if (lintable(path, name)) {
            struct stat st;
            /* A link is followed to a file, never to a folder; one that
             * leads nowhere (dangling, or a loop) is a file that cannot be
             * read, not one to pass over in silence. */
            if (!S_ISLNK(lst.st_mode))
                add(out, path, NULL, 0);
            else if (stat(path, &st) != 0)
                add(out, path, strerror(errno), 0);
            else if (!S_ISDIR(st.st_mode))
                add(out, path, NULL, 0);
        }
        free(path);
        free(name);
    }
    vec_free(&names);
}

void discover(const char *const *paths, size_t count, vec *out)
{
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") == 0)
            add(out, "-", NULL, 1);
        else if (stat(paths[i], &st) != 0)
            add(out, paths[i], strerror(errno), 1);
        else if (S_ISDIR(st.st_mode))
            walk(paths[i], out);
        else
            add(out, paths[i], NULL, 1);
    }
}

void input_files_free(vec *files)
{
    for (size_t i = 0; i < files->len; i++) {
        input_file *f = vec_at(files, i);
        free(f->path);
        free(f->error);
    }
    vec_free(files);
}
