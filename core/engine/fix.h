/*
 * Fixes: a finding with a replacement is a fix its rule holds safe.  A pass
 * applies every fix of a document that overlaps none applied before it in
 * that pass (the rest wait for the next one), the document is read and
 * linted again, and so on until no fix applies or FIX_MAX_PASSES is
 * reached, so fixes that make others possible, or stale, are settled.
 */
#ifndef CLERK_FIX_H
#define CLERK_FIX_H

#include "doc/doc.h"
#include "engine/config.h"
#include "engine/registry.h"
#include "engine/suppress.h"
#include "util/vec.h"

#include <stdio.h>

#define FIX_MAX_PASSES 10

/* The text with the fixes of one pass applied (findings sorted by offset):
 * a fix that overlaps, or starts where, one applied before it does is left
 * for the next pass, and one that would change nothing is not counted.
 * Returns a new NUL-terminated buffer of *out_len bytes; *applied counts
 * the fixes applied. */
char *fix_apply(const char *src, size_t len, const vec *findings, size_t *out_len, size_t *applied);

/* Lints *doc and fixes it pass after pass; *doc becomes the last document
 * (the old ones freed) and findings its findings.  Returns the number of
 * fixes applied. */
size_t fix_document(const registry *reg, const rule_state *states, const suppress_options *opt,
                    doc_format format, clerk_doc **doc, vec *findings);

/* Replaces path with text, atomically, provided it still holds the
 * original bytes it was read with.  -1 with the cause in err (a read-only
 * file, a file changed since it was read, a write error); the file is then
 * as it was. */
int fix_write(const char *path, const char *original, size_t original_len, const char *text,
              size_t len, char *err, size_t err_size);

/* Writes the unified diff from original to text under the names "a/path"
 * and "b/path" (so `git apply` and `patch -p1` take it). */
void fix_diff(FILE *out, const char *path, const char *original, size_t original_len,
              const char *text, size_t len);

#endif
