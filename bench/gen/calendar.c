#include "calendar.h"

const char *const month_names[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
};

const char *const weekday_names[7] = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[m - 1] + (m == 2 && leap);
}

int weekday_of(ymd date)
{
    static const int shift[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y = date.y - (date.m < 3);
    return (y + y / 4 - y / 100 + y / 400 + shift[date.m - 1] + date.d) % 7;
}

ymd ymd_add_days(ymd date, int days)
{
    for (; days > 0; days--)
        if (++date.d > days_in_month(date.y, date.m)) {
            date.d = 1;
            if (++date.m > 12) {
                date.m = 1;
                date.y++;
            }
        }
    for (; days < 0; days++)
        if (--date.d < 1) {
            if (--date.m < 1) {
                date.m = 12;
                date.y--;
            }
            date.d = days_in_month(date.y, date.m);
        }
    return date;
}

int ymd_compare(ymd a, ymd b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    return a.d < b.d ? -1 : a.d > b.d;
}

void put_date(strbuf *b, ymd date)
{
    sb_printf(b, "%d %s %d", date.d, month_names[date.m - 1], date.y);
}

void put_ordinal_words(strbuf *b, int n)
{
    static const char *const units[] = {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    };
    static const char *const tens[] = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };
    static const char *const tenths[] = {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
        "eightieth", "ninetieth",
    };
    if (n < 20)
        sb_puts(b, units[n]);
    else if (n % 10 == 0)
        sb_puts(b, tenths[n / 10]);
    else
        sb_printf(b, "%s-%s", tens[n / 10], units[n % 10]);
}

void put_roman(strbuf *b, int n)
{
    static const struct { int value; const char *digits; } steps[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
        {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
    };
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        for (; n >= steps[i].value; n -= steps[i].value)
            sb_puts(b, steps[i].digits);
}

void put_letter_label(strbuf *b, int n)
{
    char c = (char)('a' + (n - 1) % 26);
    sb_putc(b, '(');
    for (int i = 0; i <= (n - 1) / 26; i++)
        sb_putc(b, c);
    sb_putc(b, ')');
}
