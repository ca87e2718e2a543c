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

#endif
