/* Month and weekday names for the date extractor. */
#ifndef CLERK_EXTRACT_MONTHS_H
#define CLERK_EXTRACT_MONTHS_H

#include <stddef.h>

typedef enum month_spelling {
    MONTH_FULL = 1,      /* "July", "JULY" */
    MONTH_ABBREVIATED,   /* "Jul", "Sept" (a following full stop is not counted) */
    MONTH_LOWERCASE,     /* "july" */
    MONTH_MISSPELT       /* "Decmber": within two edits of one month only */
} month_spelling;

/* The month named by the word t[0, n): 1..12, or 0.  Misspellings within
 * max_edits edits are considered when it is above 0 (the caller has seen a
 * day number or a year around the word). */
int month_lookup(const char *t, size_t n, int max_edits, month_spelling *spelling);

/* 1 Monday .. 7 Sunday for a capitalised weekday name, else 0. */
int weekday_lookup(const char *t, size_t n);

/* Days in a month; a year of 0 is taken as a leap year (29 February passes). */
int days_in_month(int year, int month);

#endif
