/*
 * A baseline: the findings a repository has accepted for now, so that a
 * run reports only new ones.  Each entry is a file, a rule and a finding's
 * fingerprint (engine/fingerprint.h) with a count: the entry absorbs up to
 * that many findings of the file with that fingerprint.  The file is JSON,
 * one entry a line, the paths relative to the baseline's own folder:
 *
 *   {
 *     "version": 1,
 *     "findings": [
 *       {"file":"a.md","rule":"dates/invalid-date","fingerprint":"…","count":1,"anchor":"body #4","text":"31 June 2009"}
 *     ]
 *   }
 *
 * "anchor" and "text" are there for people reading the file (the text cut
 * to 80 bytes); only file and fingerprint are matched.
 */
#ifndef CLERK_BASELINE_H
#define CLERK_BASELINE_H

#include "doc/doc.h"
#include "util/vec.h"

typedef struct baseline baseline;

/* An empty baseline, to be written at path. */
baseline *baseline_new(const char *path);

/* Reads the baseline at path; NULL with "path: cause" in err. */
baseline *baseline_load(const char *path, char *err, size_t err_size);

const char *baseline_path(const baseline *b);

/* Drops from a file's findings those the baseline holds and returns how
 * many.  Matches count against the entries for the rest of the run. */
size_t baseline_filter(baseline *b, const char *file, const clerk_doc *doc, vec *findings);

/* Adds the findings of a file. */
void baseline_record(baseline *b, const char *file, const clerk_doc *doc, const vec *findings);

/* The number of findings it holds (counts added up). */
size_t baseline_size(const baseline *b);

/* Writes the baseline atomically.  With prune, the entries of files this
 * run filtered keep only the findings they matched, and the entries of
 * files that no longer exist are dropped; other files' stay as they were. */
int baseline_save(baseline *b, int prune, char *err, size_t err_size);

void baseline_free(baseline *b);

#endif
