/* Calendar arithmetic on clerk_ymd, shared by the bundled plugins. */
#ifndef CLERK_PLUGIN_YMD_H
#define CLERK_PLUGIN_YMD_H

#include "clerk/plugin.h"

#include <stddef.h>

/* Days from a fixed epoch; consecutive dates differ by one (proleptic Gregorian). */
long ymd_days(clerk_ymd d);
/* <0, 0, >0 as a is before, on, after b (year, then month, then day). */
int ymd_compare(clerk_ymd a, clerk_ymd b);
/* 1 Monday .. 7 Sunday. */
int ymd_weekday(clerk_ymd d);
int ymd_days_in_month(int year, int month);
/* The day exists: month 1-12, day 1..length of that month. */
int ymd_valid(clerk_ymd d);
/* "14 July 2009" (UN style); "July 2009" when the day is 0. */
void ymd_format(clerk_ymd d, char *buf, size_t size);
/* "2009-07-14" → date; 0 on success, -1 when malformed. */
int ymd_parse_iso(const char *s, clerk_ymd *out);

extern const char *const ymd_month_names[13];   /* [1] = "January" */
extern const char *const ymd_weekday_names[8];  /* [1] = "Monday" */

#endif
