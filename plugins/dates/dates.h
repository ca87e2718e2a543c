/*
 * The dates plugin: dates that do not exist, dates out of UN style, and
 * dates that contradict the document or the facts (a resolution cited with
 * a date outside its session, a letter dated after the document that
 * carries it).  dates.c holds the descriptor and the tables loaded at init;
 * each check lives in the file named after its subject, and the helpers
 * they share are declared here.
 */
#ifndef CLERK_DATES_H
#define CLERK_DATES_H

#include "clerk/plugin.h"
#include "facts.h"
#include "register.h"
#include "ordinal.h"
#include "run_bytes.h"

#include <stddef.h>

/* months.c: month names of other languages. */
typedef struct foreign_months {
    char **names;
    size_t count, capacity;
} foreign_months;

int foreign_months_load(const clerk_api *api, foreign_months *out, char *err, size_t err_size);
void foreign_months_free(foreign_months *f);
int is_foreign_month(const foreign_months *f, const char *word, size_t length);

typedef struct dates_state {
    ga_sessions sessions;
    sc_years sc;
    foreign_months foreign;
    resolution_register record;  /* where it knows the adoption date, references/register-date speaks */
    run_bytes facts;             /* each thread's facts of the dates (memo.c) */
} dates_state;

/* validity.c */
void check_invalid_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_weekday(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
/* style.c */
void check_style(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
/* document.c */
void check_after_document_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_letter_after_issue(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
/* resolutions.c */
void check_resolution_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_sc_resolution_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
/* session.c */
void check_session_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
/* Where the days first..last lie against General Assembly session n: -1
 * before it opened, 1 after it closed (*limit: that opening or closing
 * day), 0 within it or when the table does not know the session.  Session
 * n runs from its opening to the opening of session n + 1, whose morning
 * often holds its last meeting (resolution 70/305 was adopted on 13
 * September 2016, the day the seventy-first session opened). */
int session_compare(const ga_sessions *s, int n, clerk_ymd first, clerk_ymd last, clerk_ymd *limit);
/* "before the fifty-ninth session opened on 14 September 2004", "after
 * the fifty-ninth session closed on 13 September 2005". */
void session_describe(int n, int where, clerk_ymd limit, char *buf, size_t size);
/* chronology.c */
void check_chronology(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* text.c: reading around an entity in its block's plain text. */
#define TEXT_NONE ((size_t)-1)

const char *loc_text(const clerk_api *api, const clerk_doc *doc, const clerk_loc *loc, size_t *len);
/* Where the phrase (words separated by single spaces, matched without case
 * against words separated by any white space) ends exactly at pos, white
 * space before pos allowed: its start, or TEXT_NONE. */
size_t phrase_before(const char *t, size_t pos, const char *phrase);
/* The same with no white space skipped: the phrase, of length bytes, ends
 * exactly at end. */
size_t phrase_ending_at(const char *t, size_t end, const char *phrase, size_t length);
/* The same forwards from pos: the end of the phrase, or TEXT_NONE. */
size_t phrase_after(const char *t, size_t len, size_t pos, const char *phrase);
/* The date is prose: not in a document symbol, a URL, a file name
 * ("Op_21.05.2024_orig.pdf") or code. */
int date_is_prose(const clerk_api *api, const clerk_doc *doc, const clerk_date *d);
/* The first position at or after pos that is not white space. */
size_t skip_space(const char *t, size_t len, size_t pos);
/* The last position at or before pos that does not follow white space. */
size_t skip_space_back(const char *t, size_t pos);
/* The start of the sentence holding pos. */
size_t sentence_start(const char *t, size_t len, size_t pos);
/* Where the sentence holding pos ends (its full stop or semicolon, else len). */
size_t sentence_end(const char *t, size_t len, size_t pos);
/* No sentence ends in t[from, to). */
int same_sentence(const char *t, size_t len, size_t from, size_t to);

/* refs.c: the index of the date entity cited with a reference ("59/50 of
 * 2 December 2004"), TEXT_NONE when it has none. */
size_t ref_date_index(const clerk_api *api, const clerk_doc *doc, const clerk_resolution_ref *ref);

/* organ.c: which organ a sentence speaks of.  A session or a resolution
 * number is the General Assembly's only when the Assembly is the organ
 * named last before it: the Human Rights Council, the Commission on the
 * Status of Women and the Conference of the Parties number theirs too. */
typedef enum organ { ORGAN_NONE, ORGAN_ASSEMBLY, ORGAN_OTHER } organ;

/* The organ named last before pos in its sentence. */
organ organ_named_last(const char *t, size_t len, size_t pos);
/* The organ named first after pos in its sentence ("resolution 9/1 of
 * 15 December 2021, entitled ..., of the Conference of the States Parties"). */
organ organ_named_first_after(const char *t, size_t len, size_t pos);

/* words.c: dates and references in words. */
/* The date in UN style with the parts the text wrote: "14 July 2009",
 * "14 July" when the year was not written, "July 2009" without a day. */
void date_format_written(const clerk_date *d, char *buf, size_t size);
/* The year is written in the date itself and the day is known. */
int date_is_full(const clerk_date *d);
/* "resolution", "decision" or "statement". */
const char *ref_kind_word(clerk_ref_kind kind);

/* cue.c: the words that cite a date as past ("adopted on", "dated"). */
typedef enum date_cue {
    CUE_NONE = 0,
    CUE_ADOPTED,    /* "adopted on", "concluded on" */
    CUE_DATED,      /* "Letter dated", "note verbale dated" */
    CUE_SIGNED,     /* "signed on", "opened for signature on" */
    CUE_IN_FORCE,   /* "entered into force on", "came into force on" */
    CUE_ENTRY       /* "entry into force on": a noun, past or future */
} date_cue;

/* The cue standing just before a date at text offset pos (a weekday
 * between them allowed); its start in *start. */
date_cue cue_before(const char *t, size_t pos, size_t *start);

/* memo.c: what the rules learn of each date (the i-th, d), once per run. */
typedef struct date_memo {
    const clerk_api *api;
    const clerk_doc *doc;
    unsigned char *facts;  /* a byte per date; NULL when out of memory */
} date_memo;

date_memo date_memo_of(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
/* date_is_prose() */
int memo_is_prose(const date_memo *m, size_t i, const clerk_date *d);
/* cue_before() the date */
date_cue memo_cue(const date_memo *m, size_t i, const clerk_date *d);

#endif
