/* Dates and numbers written the way UN documents write them. */
#ifndef BENCH_CALENDAR_H
#define BENCH_CALENDAR_H

#include "util/strbuf.h"

typedef struct ymd {
    int y, m, d;
} ymd;

int days_in_month(int y, int m);
/* 0 = Sunday. */
int weekday_of(ymd date);
ymd ymd_add_days(ymd date, int days);
int ymd_compare(ymd a, ymd b);

extern const char *const month_names[12];
extern const char *const weekday_names[7];

/* "14 July 2009" */
void put_date(strbuf *b, ymd date);
/* "sixty-fourth"; n from 1 to 99. */
void put_ordinal_words(strbuf *b, int n);
/* "XIV" */
void put_roman(strbuf *b, int n);
/* "(d)", "(aa)" after "(z)" */
void put_letter_label(strbuf *b, int n);

#endif
