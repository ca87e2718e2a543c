/*
 * A finding's fingerprint: what it is about, not where the file's lines
 * fall, so edits elsewhere and renumbered lines leave it unchanged.  It
 * hashes the rule id, the structural anchor and the normalised matched text:
 *
 *   anchor  the section (front, body, annex, enclosure, appendix, footnotes,
 *           with its label: "annex II") and the numbered paragraph holding
 *           the finding ("#4"; a lettered or roman subparagraph adds its
 *           label: "#4(b)"), as in "annex II #4(b)"; no paragraph number
 *           before the section's first numbered paragraph;
 *   text    the bytes of the span with every run of white space made one
 *           space and none at either end; for an empty span, the rest of
 *           its line (at most 32 bytes).
 *
 * The hash is 64-bit FNV-1a over rule, anchor and text, each ended by a NUL
 * byte, written as 16 lower-case hex digits.  See docs/ci.md.
 */
#ifndef CLERK_FINGERPRINT_H
#define CLERK_FINGERPRINT_H

#include "doc/doc.h"
#include "engine/finding.h"

#include <stdint.h>

typedef struct fingerprint {
    char hash[17];
    char *anchor;       /* owned */
    char *text;         /* owned */
} fingerprint;

void fingerprint_of(const clerk_doc *doc, const finding *f, fingerprint *out);
void fingerprint_free(fingerprint *fp);

/* 64-bit FNV-1a of len bytes, continuing from h (FNV_OFFSET to start). */
#define FNV_OFFSET UINT64_C(0xcbf29ce484222325)
uint64_t fnv1a(const void *data, size_t len, uint64_t h);

#endif
