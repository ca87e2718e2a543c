#include "facts.h"
#include "datafile.h"
#include "ymd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ga_sessions_load(const clerk_api *api, ga_sessions *out, char *err, size_t err_size)
{
    const char *name = "ga-sessions.json";
    jv *root = data_load_json(api, name, err, err_size);
    const jv *rows = root ? data_array(root, name, "sessions", err, err_size) : NULL;
    if (!rows) {
        free(root);
        return -1;
    }
    int max = 0;
    size_t i;
    const jv *row;
    jv_foreach(rows, i, row) {
        int n = (int)jv_integer(jv_get(row, "session"));
        if (n > max)
            max = n;
    }
    out->count = max + 1;
    out->opening = calloc((size_t)out->count, sizeof *out->opening);
    if (!out->opening) {
        free(root);
        snprintf(err, err_size, "%s: out of memory", name);
        return -1;
    }
    jv_foreach(rows, i, row) {
        int n = (int)jv_integer(jv_get(row, "session"));
        const char *date = jv_string(jv_get(row, "opening_date"));
        if (n > 0 && ymd_parse_iso(date, &out->opening[n]) != 0) {
            snprintf(err, err_size, "%s: session %d has no valid opening_date", name, n);
            ga_sessions_free(out);
            free(root);
            return -1;
        }
    }
    free(root);
    return 0;
}

void ga_sessions_free(ga_sessions *s)
{
    free(s->opening);
    s->opening = NULL;
    s->count = 0;
}

const clerk_ymd *ga_session_opening(const ga_sessions *s, int n)
{
    return n > 0 && n < s->count && s->opening[n].year ? &s->opening[n] : NULL;
}

int ga_session_on(const ga_sessions *s, clerk_ymd date)
{
    int found = 0;
    for (int n = 1; n < s->count; n++)
        if (s->opening[n].year && ymd_compare(s->opening[n], date) <= 0)
            found = n;
    return found;
}

/* A year whose boundaries are exact ("verified" from the metadata or the
 * corpus) may hold first..last only; another one anything its brackets
 * leave open: above the highest number seen for the year before, below the
 * lowest seen for the year after. */
static void bracket_year(const jv *row, sc_year *y)
{
    const char *verified = jv_string(jv_get(row, "verified"));
    int exact = verified && (strcmp(verified, "metadata") == 0 || strcmp(verified, "corpus") == 0);
    const jv *first = jv_get(row, "first_bracket"), *last = jv_get(row, "last_bracket");
    y->may_first = y->first;
    y->may_last = y->last;
    if (!exact && jv_size(first) == 2 && jv_size(last) == 2) {
        y->may_first = (int)jv_integer(jv_at(first, 0)) + 1;
        y->may_last = (int)jv_integer(jv_at(last, 1)) - 1;
    }
}

int sc_years_load(const clerk_api *api, sc_years *out, char *err, size_t err_size)
{
    const char *name = "sc-resolutions-by-year.json";
    jv *root = data_load_json(api, name, err, err_size);
    const jv *rows = root ? data_array(root, name, "years", err, err_size) : NULL;
    if (!rows) {
        free(root);
        return -1;
    }
    out->count = jv_size(rows);
    out->items = calloc(out->count ? out->count : 1, sizeof *out->items);
    if (!out->items) {
        free(root);
        snprintf(err, err_size, "%s: out of memory", name);
        return -1;
    }
    size_t i;
    const jv *row;
    jv_foreach(rows, i, row) {
        sc_year *y = &out->items[i];
        y->year = (int)jv_integer(jv_get(row, "year"));
        y->first = (int)jv_integer(jv_get(row, "first"));
        y->last = (int)jv_integer(jv_get(row, "last"));
        bracket_year(row, y);
        if (!y->year || !y->first || y->last < y->first || (i && y->year <= out->items[i - 1].year)) {
            snprintf(err, err_size, "%s: row %zu is not a year with first <= last in year order", name, i + 1);
            sc_years_free(out);
            free(root);
            return -1;
        }
    }
    free(root);
    return 0;
}

void sc_years_free(sc_years *y)
{
    free(y->items);
    y->items = NULL;
    y->count = 0;
}

int sc_year_of(const sc_years *y, int number)
{
    size_t lo = 0, hi = y->count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (number < y->items[mid].first)
            hi = mid;
        else if (number > y->items[mid].last)
            lo = mid + 1;
        else
            return y->items[mid].year;
    }
    return 0;
}

int sc_years_possible(const sc_years *y, int number, int *from, int *to)
{
    *from = *to = 0;
    for (size_t i = 0; i < y->count; i++) {
        if (number < y->items[i].may_first || number > y->items[i].may_last)
            continue;
        if (!*from)
            *from = y->items[i].year;
        *to = y->items[i].year;
    }
    return *from != 0;
}

const sc_year *sc_year_range(const sc_years *y, int year)
{
    for (size_t i = 0; i < y->count; i++)
        if (y->items[i].year == year)
            return &y->items[i];
    return NULL;
}
