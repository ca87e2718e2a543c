/*
 * The registry: loaded plugins and the rules they provide, and the host's
 * function table handed to them.  Built once at start-up; read-only while
 * documents are linted.
 */
#ifndef CLERK_REGISTRY_H
#define CLERK_REGISTRY_H

#include "clerk/plugin.h"
#include "util/vec.h"

#include <stddef.h>

typedef struct plugin_handle {
    char *path;                 /* file it was loaded from */
    void *dl;                   /* dlopen handle */
    const clerk_plugin *desc;
    void *state;                /* from init() */
} plugin_handle;

typedef struct rule_info {
    char *id;                   /* "plugin/name" */
    clerk_rule rule;            /* copied, zero-filled past the plugin's rule_size */
    size_t plugin;              /* index in registry.plugins */
} rule_info;

typedef struct registry {
    clerk_api api;              /* first: plugins get &api, we get back to the registry */
    vec plugins;                /* plugin_handle * */
    vec rules;                  /* rule_info, in load order */
    vec data_dirs;              /* char *: bundled first, then configured ones */
    int terminated_texts;       /* a plugin built for ABI 1.0 or 1.1 reads texts to their NUL */
} registry;

void registry_init(registry *reg);
void registry_free(registry *reg);

/* Loads one plugin file.  Returns 0, or -1 with the reason in err (the
 * caller names the file): not found, not a shared object, no entry symbol,
 * wrong ABI, duplicate plugin or rule id, init failure. */
int registry_load_plugin(registry *reg, const char *path, char *err, size_t err_size);
/* Loads every *.so of a folder, in name order; stops at the first failure,
 * with "file: reason" in err. */
int registry_load_dir(registry *reg, const char *dir, char *err, size_t err_size);

/* The same, and runs meanwhile(arg) once, on the calling thread, while the
 * plugins' init functions run on the others: work of the caller's that
 * needs no plugin overlaps theirs.  It must not touch the registry. */
typedef void (*registry_work_fn)(void *arg);
int registry_load_dir_meanwhile(registry *reg, const char *dir, registry_work_fn meanwhile, void *arg,
                                char *err, size_t err_size);

/* Registers a plugin descriptor linked into the binary (tests). */
int registry_add(registry *reg, const clerk_plugin *desc, const char *path, void *dl,
                 char *err, size_t err_size);

void registry_add_data_dir(registry *reg, const char *dir);

/* Index of a rule id, or -1. */
long registry_find(const registry *reg, const char *id);

static inline const rule_info *registry_rule(const registry *reg, size_t i)
{ return (const rule_info *)vec_at(&reg->rules, i); }
static inline const plugin_handle *registry_plugin(const registry *reg, size_t i)
{ return *(plugin_handle *const *)vec_at(&reg->plugins, i); }

/* The folder bin/clerk was started from, with rel appended ("../lib/..."). */
char *exe_relative_path(const char *rel);

#endif
