#include "datafile.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int data_each(const clerk_api *api, const char *name, data_file_fn each, void *arg, char *err,
              size_t err_size)
{
    int found = 0;
    const char *dir;
    for (size_t i = 0; (dir = api->data_dir(api, i)) != NULL; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (!exists(path))
            continue;
        if (each(path, arg, err, err_size) != 0)
            return -1;
        found++;
    }
    return found;
}

static int keep_last(const char *path, void *arg, char *err, size_t err_size)
{
    (void)err;
    (void)err_size;
    snprintf(arg, 4096, "%s", path);
    return 0;
}

char *data_read_text(const char *path, size_t *len, char *err, size_t err_size)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    char *text = f && fstat(fileno(f), &st) == 0 ? malloc((size_t)st.st_size + 1) : NULL;
    *len = text ? fread(text, 1, (size_t)st.st_size, f) : 0;
    if (f)
        fclose(f);
    if (!text || *len != (size_t)st.st_size) {
        snprintf(err, err_size, "%s: cannot read", path);
        free(text);
        return NULL;
    }
    text[*len] = '\0';
    return text;
}

jv *data_read_json(const char *path, char *err, size_t err_size)
{
    size_t len;
    char *text = data_read_text(path, &len, err, err_size);
    jv *root = text ? jv_parse(text, len, path, err, err_size) : NULL;
    free(text);
    return root;
}

jv *data_load_json(const clerk_api *api, const char *name, char *err, size_t err_size)
{
    char path[4096] = "";
    if (data_each(api, name, keep_last, path, err, err_size) <= 0) {
        snprintf(err, err_size, "%s: not found in any data folder", name);
        return NULL;
    }
    return data_read_json(path, err, err_size);
}

const jv *data_array(const jv *table, const char *name, const char *key, char *err, size_t err_size)
{
    const jv *a = jv_get(table, key);
    if (!jv_is(a, JV_ARRAY))
        snprintf(err, err_size, "%s: no \"%s\" array", name, key);
    return jv_is(a, JV_ARRAY) ? a : NULL;
}
