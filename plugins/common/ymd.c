#include "ymd.h"

#include <stdio.h>

const char *const ymd_month_names[13] = {"", "January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November",
                                         "December"};
const char *const ymd_weekday_names[8] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};

/* Howard Hinnant's days_from_civil. */
long ymd_days(clerk_ymd d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int ymd_compare(clerk_ymd a, clerk_ymd b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    return a.day < b.day ? -1 : a.day > b.day;
}

int ymd_weekday(clerk_ymd d)
{
    long days = ymd_days(d); /* day 0 is Thursday, 1 January 1970 */
    long w = (days % 7 + 7 + 3) % 7; /* 0 Monday */
    return (int)w + 1;
}

int ymd_days_in_month(int year, int month)
{
    static const int length[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return length[month] + (month == 2 && leap);
}

int ymd_valid(clerk_ymd d)
{
    return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= ymd_days_in_month(d.year, d.month);
}

void ymd_format(clerk_ymd d, char *buf, size_t size)
{
    const char *month = d.month >= 1 && d.month <= 12 ? ymd_month_names[d.month] : "?";
    if (d.day)
        snprintf(buf, size, "%d %s %d", d.day, month, d.year);
    else
        snprintf(buf, size, "%s %d", month, d.year);
}

/* Up to max digits at *s, moving past them; -1 when there is none. */
static int parse_digits(const char **s, int max)
{
    int value = 0, n = 0;
    for (; n < max && **s >= '0' && **s <= '9'; n++, (*s)++)
        value = value * 10 + (**s - '0');
    return n ? value : -1;
}

/* By hand: sscanf() took a sixth of start-up on the registers' dates. */
int ymd_parse_iso(const char *s, clerk_ymd *out)
{
    if (!s)
        return -1;
    int y = parse_digits(&s, 4);
    if (y < 0 || *s++ != '-')
        return -1;
    int m = parse_digits(&s, 2);
    if (m < 0 || *s++ != '-')
        return -1;
    int d = parse_digits(&s, 2);
    if (d < 0 || *s)
        return -1;
    *out = (clerk_ymd){y, m, d};
    return ymd_valid(*out) ? 0 : -1;
}
