/*
 * dates/invalid-date: a day the calendar does not have ("31 June 2009",
 * "29 February 2010"), a misspelt month ("Decmber", with the fix).
 * dates/weekday: a weekday that is not the date's ("Monday, 14 July 2009").
 * Dates inside document symbols and URLs are not prose and are left alone.
 */
#include "dates.h"
#include "ymd.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* The weekday written at the start of a date ("Monday, 14 July 2009"). */
static size_t weekday_length(const clerk_date *d, const char *t)
{
    size_t n = 0;
    while (n < d->loc.text_length && isalpha((unsigned char)t[d->loc.text_offset + n]))
        n++;
    return n;
}

/* The misspelt month word inside a date: the first run of letters that is
 * not the weekday before it or an ordinal suffix ("14th").  Its length, 0
 * if none. */
static size_t month_word(const clerk_date *d, const char *t, size_t *start)
{
    size_t i = d->loc.text_offset + (d->weekday ? weekday_length(d, t) : 0);
    size_t to = d->loc.text_offset + d->loc.text_length;
    while (i < to) {
        if (!isalpha((unsigned char)t[i])) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < to && isalpha((unsigned char)t[i]))
            i++;
        int suffix = s > 0 && isdigit((unsigned char)t[s - 1]);
        if (!suffix && i - s >= 3) {
            *start = s;
            return i - s;
        }
    }
    return 0;
}

/* Edits (insertions, deletions, substitutions, swaps of neighbours) from
 * the word to the name, without case; more than 3 counts as 3. */
static int edits(const char *word, size_t n, const char *name)
{
    enum { MAX = 16 };
    size_t m = strlen(name);
    if (n >= MAX || m >= MAX)
        return 3;
    int d[MAX][MAX];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            int a = tolower((unsigned char)word[i - 1]), b = tolower((unsigned char)name[j - 1]);
            int best = d[i - 1][j - 1] + (a != b);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a == tolower((unsigned char)name[j - 2]) &&
                tolower((unsigned char)word[i - 2]) == b && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[n][m] < 3 ? d[n][m] : 3;
}

static void report_misspelt_month(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                                  const clerk_date *d)
{
    const dates_state *st = api->state(ctx);
    size_t len, start;
    const char *t = loc_text(api, doc, &d->loc, &len);
    size_t n = month_word(d, t, &start);
    const char *month = ymd_month_names[d->ymd.month];
    if (n == 0 || is_foreign_month(&st->foreign, t + start, n))
        return;
    /* Without a day, a word two edits from a month is more often a name
     * ("the Jaguar 2030 road map") than a slip. */
    if (d->form == CLERK_DATE_MONTH_YEAR && edits(t + start, n, month) > 1)
        return;
    api->report_text(ctx, d->loc.block, start, n, month, "\"%.*s\" is a misspelling of %s", (int)n,
                     t + start, month);
}

/* Why the day does not exist, in *why; 0 when it does after all. */
static int nonexistent(const clerk_date *d, char *why, size_t size)
{
    clerk_ymd y = d->ymd;
    int year_known = y.year != 0 && !(d->flags & CLERK_DATE_YEAR_INFERRED) && d->form != CLERK_DATE_DAY_MONTH;
    int days = ymd_days_in_month(year_known ? y.year : 2000, y.month);
    if (y.day == 0)
        snprintf(why, size, "no month has a day 0");
    else if (y.day <= days)
        return 0;
    else if (y.month == 2 && y.day == 29)
        snprintf(why, size, "%d is not a leap year", y.year);
    else
        snprintf(why, size, "%s has %d days", ymd_month_names[y.month], days);
    return 1;
}

void check_invalid_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    date_memo memo = date_memo_of(api, doc, ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_DATE); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (!memo_is_prose(&memo, i, d) || d->ymd.month < 1 || d->ymd.month > 12)
            continue;
        if (d->flags & CLERK_DATE_MONTH_MISSPELT)
            report_misspelt_month(api, doc, ctx, d);
        char why[64], date[48];
        if (d->flags & CLERK_DATE_VALID || d->form == CLERK_DATE_MONTH_YEAR || !nonexistent(d, why, sizeof why))
            continue;
        date_format_written(d, date, sizeof date);
        api->report(ctx, d->loc.offset, d->loc.length, NULL, "%s does not exist: %s", date, why);
    }
}

void check_weekday(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    date_memo memo = date_memo_of(api, doc, ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_DATE); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (!d->weekday || !memo_is_prose(&memo, i, d) || !date_is_full(d) || !ymd_valid(d->ymd))
            continue;
        int actual = ymd_weekday(d->ymd);
        if (actual == d->weekday)
            continue;
        char date[48];
        size_t len;
        const char *t = loc_text(api, doc, &d->loc, &len);
        date_format_written(d, date, sizeof date);
        api->report_text(ctx, d->loc.block, d->loc.text_offset, weekday_length(d, t), NULL,
                         "%s is a %s, not a %s", date, ymd_weekday_names[actual], ymd_weekday_names[d->weekday]);
    }
}
