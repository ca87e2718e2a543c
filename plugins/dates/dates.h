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

#include <stddef.h>

typedef struct dates_state {
    ga_sessions sessions;
    sc_years sc;
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
/* chronology.c */
void check_chronology(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* text.c: reading around an entity in its block's plain text. */
#define TEXT_NONE ((size_t)-1)

const char *loc_text(const clerk_api *api, const clerk_doc *doc, const clerk_loc *loc, size_t *len);
/* Where the phrase (words separated by single spaces, matched without case
 * against words separated by any white space) ends exactly at pos, white
 * space before pos allowed: its start, or TEXT_NONE. */
size_t phrase_before(const char *t, size_t pos, const char *phrase);
/* The same forwards from pos: the end of the phrase, or TEXT_NONE. */
size_t phrase_after(const char *t, size_t len, size_t pos, const char *phrase);
/* The start of the sentence holding pos. */
size_t sentence_start(const char *t, size_t len, size_t pos);
/* No sentence ends in t[from, to). */
int same_sentence(const char *t, size_t len, size_t from, size_t to);

/* words.c: dates and sessions in words. */
/* The date in UN style with the parts the text wrote: "14 July 2009",
 * "14 July" when the year was not written, "July 2009" without a day. */
void date_format_written(const clerk_date *d, char *buf, size_t size);
/* The year is written in the date itself and the day is known. */
int date_is_full(const clerk_date *d);
/* "fifty-ninth" for 59. */
void ordinal_words(int n, char *buf, size_t size);
/* The day before a valid date. */
clerk_ymd ymd_day_before(clerk_ymd d);

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

#endif
