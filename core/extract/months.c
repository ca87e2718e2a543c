#include "extract/months.h"
#include "extract/scan.h"

#include <string.h>

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
};

static const struct {
    const char *abbr;
    int month;
} month_abbreviations[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

static const char *const weekday_names[7] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* Case-insensitive equality of t[0, n) with a lower-case name. */
static int same_word(const char *t, size_t n, const char *name)
{
    if (scan_lower(t[0]) != name[0] || strlen(name) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (scan_lower(t[i]) != name[i])
            return 0;
    return 1;
}

/* Optimal string alignment distance (Damerau: a swap of two neighbours is
 * one edit) between a word and a lower-case name, both under 16 bytes. */
static int edit_distance(const char *a, size_t an, const char *b, size_t bn)
{
    enum { MAXW = 16 };
    int d[MAXW][MAXW];
    for (size_t i = 0; i <= an; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= bn; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= an; i++) {
        for (size_t j = 1; j <= bn; j++) {
            int cost = scan_lower(a[i - 1]) != b[j - 1];
            int v = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < v)
                v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && scan_lower(a[i - 1]) == b[j - 2] && scan_lower(a[i - 2]) == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    }
    return d[an][bn];
}

/* How many letters of the word the name lacks: each costs an edit (a
 * substitution or a deletion), so this bounds the distance from below at
 * the price of a few byte tests. */
static int letters_lacking(const char *t, size_t n, const char *name)
{
    unsigned in_name = 0;
    for (const char *c = name; *c; c++)
        in_name |= 1u << (*c - 'a');
    int lacking = 0;
    for (size_t i = 0; i < n; i++) {
        char c = scan_lower(t[i]);
        lacking += c < 'a' || c > 'z' || !(in_name >> (c - 'a') & 1);
    }
    return lacking;
}

/* The months whose name starts with the letter c, in either case: bit m
 * for month m + 1.  Spelt in full, abbreviated or misspelt, a month keeps
 * its first letter. */
static unsigned months_starting(char c)
{
    unsigned months = 0;
    for (int m = 0; m < 12; m++)
        months |= (unsigned)(month_names[m][0] == scan_lower(c)) << m;
    return months;
}

/* The one month within reach of the word among the candidates: one edit
 * for the short names (March .. July), two for the long ones, never more
 * than max_edits.  A tie between two months ("Juny") is no answer. */
static int nearest_month(const char *t, size_t n, int max_edits, unsigned candidates)
{
    if (n < 4)
        return 0;
    int best = 0, best_distance = 3, ties = 0;
    for (; candidates; candidates &= candidates - 1) {
        int m = __builtin_ctz(candidates);
        const char *name = month_names[m];
        size_t nl = strlen(name);
        int limit = nl <= 5 ? 1 : 2;
        if (limit > max_edits)
            limit = max_edits;
        /* each edit changes the length by one at most */
        if (n > nl + (size_t)limit || nl > n + (size_t)limit || letters_lacking(t, n, name) > limit)
            continue;
        int dist = edit_distance(t, n, name, nl);
        if (dist > limit || dist == 0)
            continue;
        if (dist < best_distance) {
            best = m + 1;
            best_distance = dist;
            ties = 0;
        } else if (dist == best_distance) {
            ties++;
        }
    }
    return ties ? 0 : best;
}

int month_lookup(const char *t, size_t n, int max_edits, month_spelling *spelling)
{
    unsigned candidates = n >= 3 && n <= 12 ? months_starting(t[0]) : 0;
    if (!candidates)
        return 0;
    for (unsigned c = candidates; c; c &= c - 1) {
        int m = __builtin_ctz(c);
        if (same_word(t, n, month_names[m])) {
            *spelling = scan_is_lower(t[0]) ? MONTH_LOWERCASE : MONTH_FULL;
            return m + 1;
        }
    }
    if (scan_is_upper(t[0])) {
        for (size_t i = 0; i < sizeof month_abbreviations / sizeof *month_abbreviations; i++) {
            if (candidates >> (month_abbreviations[i].month - 1) & 1 &&
                same_word(t, n, month_abbreviations[i].abbr)) {
                *spelling = MONTH_ABBREVIATED;
                return month_abbreviations[i].month;
            }
        }
    }
    if (max_edits > 0) {
        int m = nearest_month(t, n, max_edits, candidates);
        if (m) {
            *spelling = MONTH_MISSPELT;
            return m;
        }
    }
    return 0;
}

int weekday_lookup(const char *t, size_t n)
{
    if (n < 6 || !scan_is_upper(t[0]))
        return 0;
    for (int d = 0; d < 7; d++)
        if (same_word(t, n, weekday_names[d]))
            return d + 1;
    return 0;
}

int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && (year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))))
        return 29;
    return days[month - 1];
}
