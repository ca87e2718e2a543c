/*
 * dates/style: UN style writes a date "14 July 2009": day, month in words
 * with its capital, year.  "July 14, 2009", "14th July 2009", "14 Jul.
 * 2009", "14/07/2009", "2009-07-14" and "14 july 2009" are reported with
 * the date rewritten.  Dates inside document symbols, URLs and code are not
 * prose and are left alone.
 */
#include "dates.h"
#include "ymd.h"

#include <stdio.h>

static const char *form_problem(clerk_date_form form)
{
    switch (form) {
    case CLERK_DATE_US: return "the day goes before the month";
    case CLERK_DATE_ORDINAL: return "the day is a plain number";
    case CLERK_DATE_ABBREVIATED: return "the month is written in full";
    case CLERK_DATE_NUMERIC:
    case CLERK_DATE_ISO: return "the month is written in words";
    default: return NULL;
    }
}

/* "07/08/2009" reads as 7 August or July 8: no fix is certain. */
static int ambiguous(const clerk_date *d)
{
    return d->form == CLERK_DATE_NUMERIC && d->ymd.day <= 12 && d->ymd.day != d->ymd.month;
}

void check_style(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    date_memo memo = date_memo_of(api, doc, ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_DATE); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        const char *problem = form_problem(d->form);
        if (!problem && d->flags & CLERK_DATE_MONTH_LOWERCASE)
            problem = "the month takes a capital";
        if (!problem || !memo_is_prose(&memo, i, d) || d->ymd.month < 1 || d->ymd.month > 12)
            continue;
        if (!(d->flags & CLERK_DATE_VALID) && d->form != CLERK_DATE_MONTH_YEAR)
            continue; /* dates/invalid-date's to report */
        size_t len;
        const char *t = loc_text(api, doc, &d->loc, &len);
        const char *written = t + d->loc.text_offset;
        int wlen = (int)d->loc.text_length;
        char date[48], un[64];
        date_format_written(d, date, sizeof date);
        if (d->weekday)
            snprintf(un, sizeof un, "%s, %s", ymd_weekday_names[d->weekday], date);
        else
            snprintf(un, sizeof un, "%s", date);
        if (ambiguous(d)) {
            api->report(ctx, d->loc.offset, d->loc.length, NULL,
                        "\"%.*s\" is ambiguous: write the month in words (\"%s\" if the day comes first)",
                        wlen, written, un);
            continue;
        }
        /* Ranges are written day first ("9 to 11 Jul. 2009"), so the end
         * holding the month is rewritten alone. */
        api->report(ctx, d->loc.offset, d->loc.length, un,
                    "\"%.*s\" is not in UN style (%s): \"%s\"", wlen, written, problem, un);
    }
}
