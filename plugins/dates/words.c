/* Dates and session numbers written out as UN texts write them. */
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
    if (!year_written(d))
        snprintf(buf, size, "%d %s", d->ymd.day, month);
    else
        ymd_format(d->form == CLERK_DATE_MONTH_YEAR ? (clerk_ymd){d->ymd.year, d->ymd.month, 0} : d->ymd,
                   buf, size);
}

void ordinal_words(int n, char *buf, size_t size)
{
    static const char *const units[] = {"", "first", "second", "third", "fourth", "fifth", "sixth",
                                        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                                        "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                                        "seventeenth", "eighteenth", "nineteenth"};
    static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
                                       "seventy", "eighty", "ninety"};
    static const char *const tenths[] = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
                                         "sixtieth", "seventieth", "eightieth", "ninetieth"};
    if (n <= 0 || n >= 100) {
        int last = n % 10, teen = n % 100 >= 11 && n % 100 <= 13;
        snprintf(buf, size, "%d%s", n, teen || last < 1 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd");
    } else if (n < 20)
        snprintf(buf, size, "%s", units[n]);
    else if (n % 10 == 0)
        snprintf(buf, size, "%s", tenths[n / 10]);
    else
        snprintf(buf, size, "%s-%s", tens[n / 10], units[n % 10]);
}
