/* Reading reference tables from the data folders (api->data_dir). */
#ifndef CLERK_PLUGIN_DATAFILE_H
#define CLERK_PLUGIN_DATAFILE_H

#include "clerk/plugin.h"
#include "json.h"

#include <stddef.h>

/* The whole file, NUL-terminated, in one read (free it with free()); NULL
 * with "path: cannot read" in err. */
char *data_read_text(const char *path, size_t *len, char *err, size_t err_size);

/* A JSON table read from path (json.h; free it with free()).  NULL with
 * "path: cause" in err. */
jv *data_read_json(const char *path, char *err, size_t err_size);

/* The table from the last data folder that has it (a configured folder
 * replaces the bundled one).  NULL with "name: cause" in err. */
jv *data_load_json(const clerk_api *api, const char *name, char *err, size_t err_size);

/* Calls each() with the path of `name` in every data folder that has it,
 * bundled first, so later rows can override earlier ones.  Returns how many
 * folders had it, or -1 when each() failed (its message is in err). */
typedef int (*data_file_fn)(const char *path, void *arg, char *err, size_t err_size);
int data_each(const clerk_api *api, const char *name, data_file_fn each, void *arg, char *err,
              size_t err_size);

/* The array member `key` of a table, or NULL with a message in err. */
const jv *data_array(const jv *table, const char *name, const char *key, char *err, size_t err_size);

#endif
