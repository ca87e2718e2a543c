/*
 * Month names of other languages (rules/data/month-names.json, read from
 * every data folder): "avril" in "29 avril 2021" is French, not a misspelt
 * April.
 */
#include "dates.h"
#include "datafile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int add_name(foreign_months *f, const char *name)
{
    if (f->count == f->capacity) {
        size_t capacity = f->capacity ? 2 * f->capacity : 32;
        char **names = realloc(f->names, capacity * sizeof *names);
        if (!names)
            return -1;
        f->names = names;
        f->capacity = capacity;
    }
    if (!(f->names[f->count] = strdup(name)))
        return -1;
    f->count++;
    return 0;
}

static int load_file(const char *path, void *arg, char *err, size_t err_size)
{
    jv *root = data_read_json(path, err, err_size);
    if (!root)
        return -1;
    const jv *languages = data_array(root, path, "languages", err, err_size);
    size_t i, j;
    const jv *language, *month;
    int status = languages ? 0 : -1;
    jv_foreach(languages, i, language) {
        jv_foreach(jv_get(language, "months"), j, month) {
            if (status == 0 && jv_is(month, JV_STRING) && add_name(arg, jv_string(month)) != 0) {
                snprintf(err, err_size, "%s: out of memory", path);
                status = -1;
            }
        }
    }
    free(root);
    return status;
}

int foreign_months_load(const clerk_api *api, foreign_months *out, char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    if (data_each(api, "month-names.json", load_file, out, err, err_size) < 0) {
        foreign_months_free(out);
        return -1;
    }
    return 0;
}

void foreign_months_free(foreign_months *f)
{
    for (size_t i = 0; i < f->count; i++)
        free(f->names[i]);
    free(f->names);
    memset(f, 0, sizeof *f);
}

int is_foreign_month(const foreign_months *f, const char *word, size_t length)
{
    for (size_t i = 0; i < f->count; i++)
        if (strlen(f->names[i]) == length && strncasecmp(f->names[i], word, length) == 0)
            return 1;
    return 0;
}
