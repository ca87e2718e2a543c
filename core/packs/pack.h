/*
 * Declarative rule packs: JSON files of rules matched with PCRE2.  Each
 * pack is registered as a plugin of its own, named after the pack, whose
 * rules are built from the file, so a pack rule is listed, configured,
 * self-tested and reported like any other.  The format is described in
 * docs/rule-packs.md.
 */
#ifndef CLERK_PACKS_PACK_H
#define CLERK_PACKS_PACK_H

#include "engine/registry.h"

#include <stddef.h>

/* Loads one pack file and registers it.  A file already loaded (named by
 * the bundled folder and by a configuration) is loaded once.  Returns 0,
 * or -1 with the reason in err, which names the file ("file:line:col:" for
 * a JSON error, "file: rule 'id': ..." for a bad rule or pattern). */
int pack_load(registry *reg, const char *path, char *err, size_t err_size);

/* Loads every *.json of a folder, in name order; stops at the first
 * failure. */
int pack_load_dir(registry *reg, const char *dir, char *err, size_t err_size);

/* The same in two steps, so that the first, which touches no registry, can
 * run on one thread while the plugins initialise on others
 * (registry_load_dir_meanwhile): a folder's packs read and compiled, in
 * name order up to the first that fails, then registered. */
typedef struct pack_folder {
    const char *dir;        /* the caller's; NULL: a folder of no packs */
    int read;
    vec packs;              /* pack *, owned until registered */
    vec paths;              /* char *, parallel */
    int failed;             /* reading stopped at a pack, the reason in err */
    char err[1024];
} pack_folder;

/* Reads and compiles the packs of a pack_folder's dir, once; a
 * registry_work_fn. */
void pack_folder_read(void *folder);
/* Registers the packs read (reading them first if need be), in order; 0,
 * or -1 with the reason (the read's or the registry's) in err. */
int pack_folder_register(registry *reg, pack_folder *f, char *err, size_t err_size);
/* Frees what f holds: nothing once registered. */
void pack_folder_free(pack_folder *f);

#endif
