/*
 * What the fuzz targets share.  Each fuzz_<name>.c defines
 * LLVMFuzzerTestOneInput and is built twice: against libFuzzer (clang,
 * `make fuzz`) and against replay.c, which runs it over the inputs of
 * corpus/<name>/ as a regression test of the ordinary suite.
 *
 * A target checks more than "does not crash": what the core promises of its
 * output (spans inside the text, maps in order) is checked with FUZZ_CHECK,
 * and a broken promise aborts like a crash.
 */
#ifndef CLERK_FUZZ_HARNESS_H
#define CLERK_FUZZ_HARNESS_H

#include "doc/doc.h"
#include "extract/extract.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond) ((cond) ? (void)0 : fuzz_fail(#cond, __FILE__, __LINE__))
_Noreturn void fuzz_fail(const char *what, const char *file, int line);

/* The input as the core's text: a NUL-terminated copy, or NULL when it
 * holds a NUL byte or is not valid UTF-8 (the reader refuses such files, so
 * nothing past it ever sees them).  Caller frees. */
char *fuzz_text(const uint8_t *data, size_t size);

/* Parses the input as a whole document and checks the model. */
void fuzz_document(const uint8_t *data, size_t size, doc_format format);

typedef void (*fuzz_extractor_fn)(extract_ctx *cx, const char *text, size_t len, vec *out);

/* Runs one extractor over the input as one block's text, as
 * extract_document() would; the first byte picks the document's body and
 * the year named before.  Checks every entity's span.  Returns the text
 * (caller frees) for targets that probe it further, NULL when skipped. */
char *fuzz_extractor(const uint8_t *data, size_t size, fuzz_extractor_fn fn, size_t entity_size,
                     size_t *text_len);

#endif
