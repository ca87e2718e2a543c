#include "ordinal.h"

#include <stdio.h>

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
        snprintf(buf, size, "%d%s", n,
                 teen || last < 1 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd");
    } else if (n < 20) {
        snprintf(buf, size, "%s", units[n]);
    } else if (n % 10 == 0) {
        snprintf(buf, size, "%s", tenths[n / 10]);
    } else {
        snprintf(buf, size, "%s-%s", tens[n / 10], units[n % 10]);
    }
}
