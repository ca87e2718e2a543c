/* Dates and references written out as UN texts write them. */
#include "dates.h"
#include "ymd.h"

#include <stdio.h>

static int year_written(const clerk_date *d)
{
    return d->ymd.year != 0 && !(d->flags & CLERK_DATE_YEAR_INFERRED) && d->form != CLERK_DATE_DAY_MONTH;
}

int date_is_full(const clerk_date *d)
{
    return year_written(d) && d->ymd.day != 0 && d->form != CLERK_DATE_MONTH_YEAR;
}

void date_format_written(const clerk_date *d, char *buf, size_t size)
{
    const char *month = d->ymd.month >= 1 && d->ymd.month <= 12 ? ymd_month_names[d->ymd.month] : "?";
    if (d->form == CLERK_DATE_MONTH_YEAR)
        snprintf(buf, size, "%s %d", month, d->ymd.year);
    else if (!year_written(d))
        snprintf(buf, size, "%d %s", d->ymd.day, month);
    else /* the day as written, even the 0 of "0 May 2009" */
        snprintf(buf, size, "%d %s %d", d->ymd.day, month, d->ymd.year);
}

const char *ref_kind_word(clerk_ref_kind kind)
{
    return kind == CLERK_REF_DECISION ? "decision" : kind == CLERK_REF_PRESIDENTIAL_STATEMENT ? "statement" : "resolution";
}
