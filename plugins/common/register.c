#include "register.h"
#include "datafile.h"
#include "ymd.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct row_list {
    register_row *rows;
    size_t count, cap;
} row_list;

static register_row *row_push(row_list *l)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        register_row *rows = realloc(l->rows, cap * sizeof *rows);
        if (!rows)
            return NULL;
        l->rows = rows;
        l->cap = cap;
    }
    register_row *r = &l->rows[l->count++];
    memset(r, 0, sizeof *r);
    return r;
}

static int roman_value(const char *s, size_t len)
{
    int total = 0, prev = 0;
    for (size_t i = len; i-- > 0;) {
        const char *digits = "IVXLC";
        static const int values[] = {1, 5, 10, 50, 100};
        const char *d = memchr(digits, s[i], 5);
        if (!d)
            return 0;
        int v = values[d - digits];
        total += v < prev ? -v : v;
        if (v > prev)
            prev = v;
    }
    return total;
}

unsigned register_parts(const char *parts)
{
    unsigned mask = 0;
    int from = 0;       /* the letter before "to" or "-" */
    for (const char *p = parts; *p; p++) {
        if (isupper((unsigned char)*p) && !isalpha((unsigned char)p[1]) &&
            (p == parts || !isalpha((unsigned char)p[-1]))) {
            int k = *p - 'A';
            for (int j = from ? from - 1 : k; j <= k; j++)
                mask |= 1u << j;
            from = 0;
        } else if (*p == '-' || strncmp(p, " to ", 4) == 0) {
            if (p > parts && isupper((unsigned char)p[-1]))
                from = p[-1] - 'A' + 1;
        }
    }
    return mask;
}

/* "S-26" → special 26, "ES-10" → emergency 10, "64" → regular 64; for the
 * numbered series "XV", "S-VI", "ES-V" in roman numerals.  Returns the
 * characters read, 0 when none. */
static size_t parse_session(const char *s, int roman, int *kind, int *session)
{
    size_t i = 0;
    *kind = SESSION_REGULAR;
    if (strncmp(s, "ES-", 3) == 0) {
        *kind = SESSION_EMERGENCY;
        i = 3;
    } else if (strncmp(s, "S-", 2) == 0) {
        *kind = SESSION_SPECIAL;
        i = 2;
    }
    size_t start = i;
    if (roman) {
        while (s[i] && strchr("IVXLC", s[i]))
            i++;
        *session = roman_value(s + start, i - start);
    } else {
        *session = 0;
        while (isdigit((unsigned char)s[i]))
            *session = *session * 10 + (s[i++] - '0');
    }
    return i > start && *session > 0 ? i : 0;
}

/* A/RES/64/1, A/RES/61/267 B, A/RES/75/254 A-C, A/RES/ES-10/19 and, for the
 * series numbered through until 1975, A/RES/1514 (XV), A/RES/217 A (III). */
static int parse_ga_symbol(const char *s, register_row *row)
{
    if (strncmp(s, "A/RES/", 6) != 0)
        return -1;
    s += 6;
    const char *slash = strchr(s, '/');
    if (slash) {
        size_t n = parse_session(s, 0, &row->session_kind, &row->session);
        if (n == 0 || s + n != slash)
            return -1;
        s = slash + 1;
    }
    char *end;
    long number = strtol(s, &end, 10);
    if (end == s || number <= 0)
        return -1;
    row->number = (int)number;
    const char *open = strchr(end, '(');
    char parts[32];
    size_t plen = (size_t)((open ? open : end + strlen(end)) - end);
    if (plen >= sizeof parts)
        plen = sizeof parts - 1;
    memcpy(parts, end, plen);
    parts[plen] = '\0';
    row->parts = register_parts(parts);
    if (slash)
        return open ? -1 : 0;
    if (!open)
        return -1;
    row->in_series = 1;
    size_t n = parse_session(open + 1, 1, &row->session_kind, &row->session);
    return n && open[1 + n] == ')' ? 0 : -1;
}

typedef struct tsv_load {
    row_list *list;
    int ga;            /* the General Assembly register (else the Security Council's) */
    size_t order;
} tsv_load;

/* Index of the tab-separated field `name` in the header, or -1. */
static int column(char *header, const char *name)
{
    int i = 0;
    for (char *f = header; f; i++) {
        char *tab = strchr(f, '\t');
        size_t len = tab ? (size_t)(tab - f) : strcspn(f, "\r\n");
        if (strlen(name) == len && strncmp(f, name, len) == 0)
            return i;
        f = tab ? tab + 1 : NULL;
    }
    return -1;
}

/* Cuts a line in place into its tab-separated fields (each ending at a tab
 * or the line's end) and points out[k] at field index[k], or at NULL when
 * the line has fewer fields or index[k] is -1. */
static void pick_fields(char *line, const int index[3], const char *out[3])
{
    out[0] = out[1] = out[2] = NULL;
    char *f = line;
    for (int i = 0; f; i++) {
        size_t len = strcspn(f, "\t\r\n");
        char *next = f[len] == '\t' ? f + len + 1 : NULL;
        f[len] = '\0';
        for (int k = 0; k < 3; k++)
            if (index[k] == i)
                out[k] = f;
        f = next;
    }
}

/* The adoption date of a row; an empty one with a year column gives the
 * year alone (day and month 0). */
static int row_date(const char *date_text, const char *year_text, clerk_ymd *out)
{
    if (date_text && *date_text)
        return ymd_parse_iso(date_text, out);
    *out = (clerk_ymd){year_text ? atoi(year_text) : 0, 0, 0};
    return out->year > 0 ? 0 : -1;
}

/* The rows of one register file.  The header names the columns. */
static int load_tsv(const char *path, void *arg, char *err, size_t err_size)
{
    tsv_load *load = arg;
    size_t len;
    char *text = data_read_text(path, &len, err, err_size);
    if (!text)
        return -1;
    const char *key_name = load->ga ? "symbol" : "number";
    int columns[3] = {-1, -1, -1}; /* key, adoption date, year */
    int rc = 0;
    size_t lineno = 0;
    for (char *line = text, *next; rc == 0 && line < text + len; line = next) {
        char *newline = memchr(line, '\n', (size_t)(text + len - line));
        next = newline ? newline + 1 : text + len;
        if (newline)
            *newline = '\0';
        if (++lineno == 1) {
            columns[0] = column(line, key_name);
            columns[1] = column(line, "adoption_date");
            columns[2] = column(line, "year");
            if (columns[0] < 0 || columns[1] < 0) {
                snprintf(err, err_size, "%s: the header lacks \"%s\" or \"adoption_date\"", path,
                         key_name);
                rc = -1;
            }
            continue;
        }
        if (line[strspn(line, " \t\r")] == '\0')
            continue;
        register_row *row = row_push(load->list);
        if (!row) {
            snprintf(err, err_size, "%s: out of memory", path);
            rc = -1;
            break;
        }
        const char *fields[3];
        pick_fields(line, columns, fields);
        const char *key_text = fields[0], *date_text = fields[1], *year_text = fields[2];
        int bad = !key_text || row_date(date_text, year_text, &row->date) != 0;
        if (!bad && load->ga)
            bad = parse_ga_symbol(key_text, row) != 0;
        else if (!bad)
            bad = (row->number = atoi(key_text)) <= 0;
        if (bad) {
            snprintf(err, err_size, "%s:%zu: expected %s and an ISO adoption_date%s", path, lineno,
                     load->ga ? "a symbol such as A/RES/64/1" : "a resolution number",
                     columns[2] >= 0 ? " or a year" : "");
            rc = -1;
        }
        row->order = load->order++;
    }
    free(text);
    return rc;
}

static int row_compare(const void *a, const void *b)
{
    const register_row *x = a, *y = b;
    if (x->session_kind != y->session_kind)
        return x->session_kind < y->session_kind ? -1 : 1;
    if (x->session != y->session)
        return x->session < y->session ? -1 : 1;
    if (x->number != y->number)
        return x->number < y->number ? -1 : 1;
    if (x->parts != y->parts)
        return x->parts < y->parts ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Sorts by key and keeps, of rows with the same key and parts, the last loaded. */
static size_t sort_unique(register_row *rows, size_t count)
{
    qsort(rows, count, sizeof *rows, row_compare);
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (kept && rows[kept - 1].session_kind == rows[i].session_kind &&
            rows[kept - 1].session == rows[i].session && rows[kept - 1].number == rows[i].number &&
            rows[kept - 1].parts == rows[i].parts)
            kept--;
        rows[kept++] = rows[i];
    }
    return kept;
}

static int load_register(const clerk_api *api, const char *name, int ga, register_row **rows,
                         size_t *count, char *err, size_t err_size)
{
    row_list list = {0};
    tsv_load load = {&list, ga, 0};
    int found = data_each(api, name, load_tsv, &load, err, err_size);
    if (found <= 0) {
        if (found == 0)
            snprintf(err, err_size, "%s: not found in any data folder", name);
        free(list.rows);
        return -1;
    }
    *rows = list.rows;
    *count = sort_unique(list.rows, list.count);
    return 0;
}

int register_load(const clerk_api *api, resolution_register *out, char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    if (load_register(api, "ga-resolutions.tsv", 1, &out->ga, &out->ga_count, err, err_size) != 0 ||
        load_register(api, "sc-resolutions.tsv", 0, &out->sc, &out->sc_count, err, err_size) != 0) {
        register_free(out);
        return -1;
    }
    return 0;
}

void register_free(resolution_register *r)
{
    free(r->ga);
    free(r->sc);
    memset(r, 0, sizeof *r);
}

/* The first row of a resolution, rows of its parts following it; NULL if none. */
static const register_row *first_row(const register_row *rows, size_t count, int kind, int session,
                                     int number)
{
    register_row key = {kind, session, number, 0, 0, {0, 0, 0}, 0};
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (row_compare(&rows[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const register_row *r = &rows[lo];
    return lo < count && r->session_kind == kind && r->session == session && r->number == number
               ? r : NULL;
}

static int same_resolution(const register_row *a, const register_row *b)
{
    return a->session_kind == b->session_kind && a->session == b->session && a->number == b->number;
}

/* The one date of the rows of a resolution that cover `parts`, or NULL. */
static const clerk_ymd *common_date(const register_row *first, const register_row *end,
                                    unsigned parts)
{
    const clerk_ymd *date = NULL;
    for (const register_row *r = first; r < end && same_resolution(r, first); r++) {
        /* a row without parts may stand for part A alone: it says nothing of "B" */
        if (parts && !(parts & r->parts))
            continue;
        if (date && ymd_compare(*date, r->date) != 0)
            return NULL;
        date = &r->date;
    }
    return date;
}

const clerk_ymd *register_ga_date(const resolution_register *r, int session_kind, int session,
                                  int number, unsigned parts)
{
    const register_row *first = first_row(r->ga, r->ga_count, session_kind, session, number);
    return first ? common_date(first, r->ga + r->ga_count, parts) : NULL;
}

const register_row *register_ga_series(const resolution_register *r, int number)
{
    for (size_t i = 0; i < r->ga_count; i++)
        if (r->ga[i].in_series && r->ga[i].number == number)
            return &r->ga[i];
    return NULL;
}

const clerk_ymd *register_sc_date(const resolution_register *r, int number)
{
    const register_row *first = first_row(r->sc, r->sc_count, 0, 0, number);
    return first ? &first->date : NULL;
}

static int load_special(const jv *rows, int kind, const char *name, special_sessions *out, char *err,
                        size_t err_size)
{
    size_t i;
    const jv *row;
    jv_foreach(rows, i, row) {
        special_session *s = &out->items[out->count++];
        s->kind = kind;
        s->session = (int)jv_integer(jv_get(row, "session"));
        const char *start = jv_string(jv_get(row, "start"));
        const char *format = jv_string(jv_get(row, "resolution_format"));
        if (s->session <= 0 || ymd_parse_iso(start, &s->start) != 0 || !format) {
            snprintf(err, err_size, "%s: row %zu needs session, start and resolution_format", name,
                     i + 1);
            return -1;
        }
        /* "S-8/N" numbers within the session; "NNNN (S-VI)" in the common series */
        s->numbered_in_session = strncmp(format, "NNNN", 4) != 0;
    }
    return 0;
}

int special_sessions_load(const clerk_api *api, special_sessions *out, char *err, size_t err_size)
{
    const char *name = "ga-special-sessions.json";
    memset(out, 0, sizeof *out);
    jv *root = data_load_json(api, name, err, err_size);
    const jv *special = root ? data_array(root, name, "special_sessions", err, err_size) : NULL;
    const jv *emergency = special ? data_array(root, name, "emergency_special_sessions", err, err_size)
                                : NULL;
    int rc = -1;
    if (emergency) {
        out->items = calloc(jv_size(special) + jv_size(emergency) + 1,
                            sizeof *out->items);
        if (!out->items)
            snprintf(err, err_size, "%s: out of memory", name);
        else if (load_special(special, SESSION_SPECIAL, name, out, err, err_size) == 0 &&
                 load_special(emergency, SESSION_EMERGENCY, name, out, err, err_size) == 0)
            rc = 0;
    }
    free(root);
    if (rc != 0)
        special_sessions_free(out);
    return rc;
}

void special_sessions_free(special_sessions *s)
{
    free(s->items);
    memset(s, 0, sizeof *s);
}

const special_session *special_session_find(const special_sessions *s, int kind, int session)
{
    for (size_t i = 0; i < s->count; i++)
        if (s->items[i].kind == kind && s->items[i].session == session)
            return &s->items[i];
    return NULL;
}
