/* Facts most rules need: General Assembly sessions and the years of
 * Security Council resolution numbers, loaded once from the data folders. */
#ifndef CLERK_PLUGIN_FACTS_H
#define CLERK_PLUGIN_FACTS_H

#include "clerk/plugin.h"

#include <stddef.h>

typedef struct ga_sessions {
    clerk_ymd *opening;     /* opening[n] for session n; year 0 when unknown */
    int count;              /* sessions 1 .. count - 1 */
} ga_sessions;

int ga_sessions_load(const clerk_api *api, ga_sessions *out, char *err, size_t err_size);
void ga_sessions_free(ga_sessions *s);
/* Opening date of session n, or NULL when the table does not know it. */
const clerk_ymd *ga_session_opening(const ga_sessions *s, int n);
/* The regular session open on a date (opened on or before it, the next not
 * yet opened); 0 before the first. */
int ga_session_on(const ga_sessions *s, clerk_ymd date);

typedef struct sc_year {
    int year, first, last;  /* first and last resolution number adopted that year */
    /* The numbers the table cannot rule out of the year: first..last where its
     * boundaries are exact, wider where the record only brackets them
     * (first_bracket, last_bracket of a year not verified from the metadata
     * or the full text list). */
    int may_first, may_last;
} sc_year;

typedef struct sc_years {
    sc_year *items;         /* in year order */
    size_t count;
} sc_years;

int sc_years_load(const clerk_api *api, sc_years *out, char *err, size_t err_size);
void sc_years_free(sc_years *y);
/* The year resolution `number` was adopted; 0 when out of the table. */
int sc_year_of(const sc_years *y, int number);
/* The years resolution `number` may have been adopted in, *from..*to (the
 * same year where the table is sure); 0 when the number is outside it. */
int sc_years_possible(const sc_years *y, int number, int *from, int *to);
/* The range of a year, or NULL. */
const sc_year *sc_year_range(const sc_years *y, int year);

#endif
