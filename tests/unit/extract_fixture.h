/*
 * Shared by the extractor suites: run one extractor over a test string
 * and look at what it found.
 */
#ifndef CLERK_TEST_EXTRACT_FIXTURE_H
#define CLERK_TEST_EXTRACT_FIXTURE_H

#include "extract/extract.h"
#include "extract/cues.h"

#include <check.h>
#include <string.h>

typedef void (*extractor_fn)(extract_ctx *cx, const char *text, size_t len, vec *out);

typedef struct extraction {
    arena arena;
    cue_list cues;
    extract_ctx cx;
    vec out;
    const char *text;
} extraction;

/* Runs fn over text as block 3 of a document issued by body, with
 * last_year as the year last named before it. */
static inline void extract_run(extraction *x, extractor_fn fn, size_t elem, const char *text,
                               clerk_body body, int last_year)
{
    arena_init(&x->arena);
    cue_list_init(&x->cues);
    cues_find(&x->cues, text, strlen(text));
    x->cx = (extract_ctx){&x->arena, 3, body, last_year, &x->cues};
    vec_init(&x->out, elem);
    x->text = text;
    fn(&x->cx, text, strlen(text), &x->out);
}

static inline void extract_done(extraction *x)
{
    vec_free(&x->out);
    cue_list_free(&x->cues);
    arena_free(&x->arena);
}

#define EXTRACTED(x, type, i) ((const type *)vec_at(&(x)->out, (i)))

/* The entity's span is the given text, found at its first occurrence at
 * or after `from` (so tests state offsets by the words they cover). */
#define ck_span(x, loc, expected, from) do { \
    const char *want_ = (expected); \
    const char *at_ = strstr((x)->text + (from), want_); \
    ck_assert_msg(at_ != NULL, "test text lacks \"%s\"", want_); \
    ck_assert_uint_eq((loc).block, 3); \
    ck_assert_msg((loc).text_offset == (size_t)(at_ - (x)->text) && (loc).text_length == strlen(want_), \
                  "span \"%.*s\" at %zu, wanted \"%s\" at %zu", (int)(loc).text_length, \
                  (x)->text + (loc).text_offset, (loc).text_offset, want_, (size_t)(at_ - (x)->text)); \
} while (0)

#define ck_ymd(d, y, m, dd) do { \
    ck_assert_int_eq((d)->ymd.year, (y)); \
    ck_assert_int_eq((d)->ymd.month, (m)); \
    ck_assert_int_eq((d)->ymd.day, (dd)); \
} while (0)

/* Runs a suite built by make() and returns the process status. */
static inline int run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}

#endif
