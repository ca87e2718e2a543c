/*
 * Dates in every form a drafter writes: "14 July 2009", "July 14, 2009",
 * "14th (of) July 2009", "14 Jul. 2009", "14/07/2009", "2009-07-14",
 * "July 2009", a weekday before any of them, "16 December of that year",
 * and ranges and lists of days ("9 to 11 May 2005", "30 April to 2 May
 * 2005", "9, 10 and 11 May").  The scanner stops only at a word starting
 * with a digit or with a capital that can begin a month or weekday name
 * (the date cues of extract/cues.h).
 *
 * A date inside a document symbol or a URL is kept with CLERK_DATE_IN_SYMBOL
 * (rules skip it) and does not count as the year last named.
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "extract/months.h"
#include "extract/scan.h"

#include <string.h>

typedef struct month_word {
    int month;
    month_spelling spelling;
    size_t len; /* the word, with the full stop of an abbreviation */
} month_word;

static size_t read_month(const char *t, size_t len, size_t pos, int max_edits, month_word *mw)
{
    size_t n = 0;
    while (pos + n < len && scan_is_alpha(t[pos + n]))
        n++;
    if (n == 0 || !scan_word_end(t, len, pos + n))
        return 0;
    mw->month = month_lookup(t + pos, n, max_edits, &mw->spelling);
    if (!mw->month)
        return 0;
    if (mw->spelling == MONTH_ABBREVIATED && pos + n < len && t[pos + n] == '.')
        n++;
    mw->len = n;
    return n;
}

/* A four-digit year not part of a longer word or number. */
static size_t read_year(const char *t, size_t len, size_t pos, int *year)
{
    int v;
    if (scan_uint(t, len, pos, 4, &v) != 4 || !scan_word_end(t, len, pos + 4))
        return 0;
    *year = v;
    return 4;
}

/* A day number, "14" or "14th"; *suffixed tells which. */
static size_t read_day(const char *t, size_t len, size_t pos, int *day, int *suffixed)
{
    size_t n = scan_uint(t, len, pos, 2, day);
    if (n == 0)
        return 0;
    *suffixed = 0;
    if (pos + n + 2 <= len && scan_word_end(t, len, pos + n + 2)) {
        const char *s = t + pos + n;
        if (!memcmp(s, "st", 2) || !memcmp(s, "nd", 2) || !memcmp(s, "rd", 2) || !memcmp(s, "th", 2)) {
            *suffixed = 1;
            return n + 2;
        }
    }
    return scan_word_end(t, len, pos + n) ? n : 0;
}

static unsigned month_flags(month_spelling s)
{
    return s == MONTH_MISSPELT ? CLERK_DATE_MONTH_MISSPELT
         : s == MONTH_LOWERCASE ? CLERK_DATE_MONTH_LOWERCASE : 0;
}

static void set_validity(clerk_date *d)
{
    int ok = d->ymd.month >= 1 && d->ymd.month <= 12;
    if (ok && d->form != CLERK_DATE_MONTH_YEAR)
        ok = d->ymd.day >= 1 && d->ymd.day <= days_in_month(d->ymd.year, d->ymd.month);
    if (ok)
        d->flags |= CLERK_DATE_VALID;
    else
        d->flags &= ~(unsigned)CLERK_DATE_VALID;
}

/* "14 July 2009", "14th of July 2009", "14 Jul. 2009", "16 December". */
static size_t parse_day_first(const char *t, size_t len, size_t pos, clerk_date *d)
{
    int day, suffixed, year = 0;
    size_t n = read_day(t, len, pos, &day, &suffixed);
    if (n == 0)
        return 0;
    size_t p = pos + n, q = scan_skip_space(t, len, p);
    if (q == p)
        return 0;
    if (suffixed) {
        size_t of = scan_word(t, len, q, "of");
        if (of) {
            size_t r = scan_skip_space(t, len, q + of);
            if (r == q + of)
                return 0;
            q = r;
        }
    }
    month_word mw;
    if (!read_month(t, len, q, 2, &mw))
        return 0;
    size_t end = q + mw.len;
    size_t y = scan_skip_space(t, len, end);
    if (y > end && read_year(t, len, y, &year)) {
        end = y + 4;
        d->form = suffixed ? CLERK_DATE_ORDINAL
                : mw.spelling == MONTH_ABBREVIATED ? CLERK_DATE_ABBREVIATED : CLERK_DATE_UN;
    } else {
        /* Without a year only a proper month name makes a date: "15 may
         * be" is a verb and "14 Mar" too short to trust. */
        if (mw.spelling == MONTH_LOWERCASE || mw.spelling == MONTH_ABBREVIATED)
            return 0;
        if (mw.spelling == MONTH_MISSPELT && (!scan_is_upper(t[q]) || mw.len < 5))
            return 0;
        d->form = CLERK_DATE_DAY_MONTH;
    }
    d->ymd = (clerk_ymd){year, mw.month, day};
    d->flags |= month_flags(mw.spelling);
    return end - pos;
}

/* "July 14, 2009", "July 2009"; a capitalised month only ("may 2009" is a
 * verb), misspelt by one edit at most ("Jaguar 2030" is no January). */
static size_t parse_month_first(const char *t, size_t len, size_t pos, clerk_date *d)
{
    if (!scan_is_upper(t[pos]))
        return 0;
    /* Both forms go on with a number: look for it before the month, so
     * most capitalised words cost a few bytes. */
    size_t p = pos + scan_word_len(t, len, pos);
    if (p < len && t[p] == '.')
        p++;
    size_t q = scan_skip_space(t, len, p);
    if (q == p || q >= len || !scan_is_digit(t[q]))
        return 0;
    month_word mw;
    if (!read_month(t, len, pos, 1, &mw) || pos + mw.len != p)
        return 0;
    int day, suffixed, year;
    size_t n = read_day(t, len, q, &day, &suffixed);
    if (n) {
        size_t r = q + n;
        if (r < len && t[r] == ',')
            r++;
        size_t s = scan_skip_space(t, len, r);
        if (s > r && read_year(t, len, s, &year)) {
            d->form = CLERK_DATE_US;
            d->ymd = (clerk_ymd){year, mw.month, day};
            d->flags |= month_flags(mw.spelling);
            return s + 4 - pos;
        }
    }
    if (read_year(t, len, q, &year)) {
        d->form = CLERK_DATE_MONTH_YEAR;
        d->ymd = (clerk_ymd){year, mw.month, 0};
        d->flags |= month_flags(mw.spelling);
        return q + 4 - pos;
    }
    return 0;
}

/* "2009-07-14", "14/07/2009", "14.07.2009", "14-07-2009": the numbers must
 * make a month and a day of at most 31, or it is no date at all. */
static size_t parse_numeric(const char *t, size_t len, size_t pos, clerk_date *d)
{
    int a, b, c;
    size_t n = scan_uint(t, len, pos, 4, &a);
    if (n == 4) {
        size_t p = pos + 4;
        if (p + 6 > len || t[p] != '-' || t[p + 3] != '-' ||
            scan_uint(t, len, p + 1, 2, &b) != 2 || scan_uint(t, len, p + 4, 2, &c) != 2 ||
            !scan_word_end(t, len, p + 6))
            return 0;
        d->form = CLERK_DATE_ISO;
        d->ymd = (clerk_ymd){a, b, c};
        n = 10;
    } else if (n >= 1 && n <= 2) {
        size_t p = pos + n;
        char sep = p < len ? t[p] : 0;
        if (sep != '/' && sep != '.' && sep != '-')
            return 0;
        size_t m = scan_uint(t, len, p + 1, 2, &b);
        if (m == 0 || p + 1 + m >= len || t[p + 1 + m] != sep)
            return 0;
        size_t y = p + 2 + m;
        if (!read_year(t, len, y, &c))
            return 0;
        d->form = CLERK_DATE_NUMERIC;
        d->ymd = (clerk_ymd){c, b, a};
        n = y + 4 - pos;
    } else {
        return 0;
    }
    /* "14.07.2009.1" or "1/2/2009/3" belong to something else */
    if (pos + n + 1 < len && (t[pos + n] == '/' || t[pos + n] == '.' || t[pos + n] == '-') &&
        scan_is_alnum(t[pos + n + 1]))
        return 0;
    if (d->ymd.month < 1 || d->ymd.month > 12 || d->ymd.day < 1 || d->ymd.day > 31)
        return 0;
    return n;
}

static size_t parse_date(const char *t, size_t len, size_t pos, clerk_date *d)
{
    if (scan_is_digit(t[pos])) {
        size_t n = parse_numeric(t, len, pos, d);
        return n ? n : parse_day_first(t, len, pos, d);
    }
    return parse_month_first(t, len, pos, d);
}

size_t date_parse_at(const char *text, size_t len, size_t pos, clerk_date *out)
{
    memset(out, 0, sizeof *out);
    if (pos >= len || !scan_is_alnum(text[pos]))
        return 0;
    size_t start = pos;
    if (scan_is_upper(text[pos])) {
        size_t wl = scan_word_len(text, len, pos);
        int wd = weekday_lookup(text + pos, wl);
        if (wd) {
            size_t p = pos + wl;
            if (p < len && text[p] == ',')
                p++;
            size_t q = scan_skip_space(text, len, p);
            if (q == p || q >= len || !scan_is_alnum(text[q]))
                return 0;
            out->weekday = wd;
            out->weekday_offset = pos;
            out->weekday_length = wl;
            pos = q;
        }
    }
    size_t n = parse_date(text, len, pos, out);
    if (n == 0) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    set_validity(out);
    out->loc.text_offset = start;
    out->loc.text_length = pos + n - start;
    return pos + n - start;
}

static int day_first(const clerk_date *d)
{
    return d->form == CLERK_DATE_UN || d->form == CLERK_DATE_ORDINAL ||
           d->form == CLERK_DATE_ABBREVIATED || d->form == CLERK_DATE_DAY_MONTH;
}

/* After one end of a range or list ("9", "30 April"): the connector and
 * the position of what follows, 0 when none.  *range is set for "to",
 * "until", "through" and dashes, cleared for "and" and commas. */
static size_t connector(const char *t, size_t len, size_t pos, int *range)
{
    if (pos < len && t[pos] == ',') {
        size_t q = scan_skip_space(t, len, pos + 1);
        *range = 0;
        return q > pos + 1 ? q : 0;
    }
    size_t p = scan_skip_space(t, len, pos);
    size_t dash = scan_dash_len(t, len, p);
    if (dash) {
        *range = 1;
        return scan_skip_space(t, len, p + dash);
    }
    if (p == pos)
        return 0;
    static const char *const words[] = {"to", "until", "through", "and"};
    for (size_t i = 0; i < 4; i++) {
        size_t n = scan_word(t, len, p, words[i]);
        if (n) {
            size_t q = scan_skip_space(t, len, p + n);
            *range = i < 3;
            return q > p + n ? q : 0;
        }
    }
    return 0;
}

/* "of that year" after a day and month: the year last named, adjusted. */
static size_t that_year(const char *t, size_t len, size_t pos, int *delta)
{
    static const struct {
        const char *phrase;
        int delta;
    } phrases[] = {
        {"of that year", 0}, {"of the same year", 0}, {"of that same year", 0},
        {"of the following year", 1}, {"of the next year", 1},
        {"of the previous year", -1}, {"of the preceding year", -1},
    };
    size_t p = scan_skip_space(t, len, pos);
    if (p == pos)
        return 0;
    for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++) {
        size_t n = scan_phrase(t, len, p, phrases[i].phrase);
        if (n) {
            *delta = phrases[i].delta;
            return p + n - pos;
        }
    }
    return 0;
}

/* Characters of a symbol or URL that may run into a date. */
static int url_char(char c)
{
    return scan_is_alnum(c) || c == '/' || c == '.' || c == '-' || c == ':' || c == '_' ||
           c == '%' || c == '=' || c == '?' || c == '&' || c == '#';
}

/* Is the date at [start, end) part of a symbol or URL ("S/2009/…",
 * "https://…/2009-07-14")?  Only characters joined to it count: a comma
 * ends the token ("2014,30/4" is a date, then a citation). */
static int inside_symbol(const char *t, size_t len, size_t start, size_t end)
{
    for (size_t i = start; i > 0 && start - i < 200 && url_char(t[i - 1]); i--)
        if (t[i - 1] == '/')
            return 1;
    for (size_t i = end; i < len && i - end < 200 && url_char(t[i]); i++)
        if (t[i] == '/')
            return 1;
    return 0;
}

static void push_date(extract_ctx *cx, const char *t, size_t len, clerk_date *d, vec *out)
{
    d->loc.block = cx->block;
    size_t end = d->loc.text_offset + d->loc.text_length;
    if (inside_symbol(t, len, d->loc.text_offset, end))
        d->flags |= CLERK_DATE_IN_SYMBOL;
    else if (d->ymd.year && !(d->flags & CLERK_DATE_YEAR_INFERRED))
        cx->last_year = d->ymd.year;
    clerk_date *slot = vec_push(out);
    *slot = *d;
}

/* The later end gives the earlier its missing year (and month): "30 April
 * to 2 May 2005", "30 December to 2 January 2010". */
static void infer_from(clerk_date *first, const clerk_date *last)
{
    if (first->ymd.month == 0)
        first->ymd.month = last->ymd.month;
    if (first->ymd.year == 0 && last->ymd.year) {
        first->ymd.year = last->ymd.year - (first->ymd.month > last->ymd.month);
        first->flags |= CLERK_DATE_YEAR_INFERRED;
    }
    set_validity(first);
}

/* A day and month alone: "of that year" may follow. */
static void complete_day_month(extract_ctx *cx, const char *t, size_t len, clerk_date *d)
{
    if (d->form != CLERK_DATE_DAY_MONTH)
        return;
    int delta;
    size_t n = that_year(t, len, d->loc.text_offset + d->loc.text_length, &delta);
    if (!n)
        return;
    d->loc.text_length += n;
    if (cx->last_year) {
        d->ymd.year = cx->last_year + delta;
        d->flags |= CLERK_DATE_YEAR_INFERRED;
        set_validity(d);
    }
}

/* "9 to 11 May 2005", "9-11 May", "9, 10 and 11 May 2005": days before a
 * full day-first date.  Returns the end of the whole, 0 when it is not one. */
static size_t day_list(extract_ctx *cx, const char *t, size_t len, size_t pos, vec *out)
{
    enum { MAX_DAYS = 8 };
    clerk_date days[MAX_DAYS];
    size_t count = 0, p = pos;
    int range = 0;
    for (;;) {
        int day, suffixed;
        size_t n = read_day(t, len, p, &day, &suffixed);
        if (n == 0 || day > 31 || count == MAX_DAYS)
            return 0;
        memset(&days[count], 0, sizeof days[count]);
        days[count].ymd.day = day;
        days[count].form = CLERK_DATE_DAY_MONTH;
        days[count].loc.text_offset = p;
        days[count].loc.text_length = n;
        count++;
        size_t next = connector(t, len, p + n, &range);
        if (next == 0 || next >= len)
            return 0;
        clerk_date last;
        if (date_parse_at(t, len, next, &last) && day_first(&last) && !last.weekday) {
            if (!range && scan_phrase_back(t, pos, "between") != SCAN_NONE)
                range = 1;
            complete_day_month(cx, t, len, &last);
            if (range)
                last.flags |= CLERK_DATE_IN_RANGE;
            for (size_t i = 0; i < count; i++) {
                if (range)
                    days[i].flags |= CLERK_DATE_IN_RANGE;
                infer_from(&days[i], &last);
                push_date(cx, t, len, &days[i], out);
            }
            push_date(cx, t, len, &last, out);
            return last.loc.text_offset + last.loc.text_length;
        }
        p = next;
    }
}

/* A date starting with a digit, and the range it may open. */
static size_t dates_at_digit(extract_ctx *cx, const char *t, size_t len, size_t pos, vec *out)
{
    /* a day has two digits at most: a longer number ("1325", "2005") can
     * only be the year of "2009-07-14" */
    size_t digits = 0;
    while (pos + digits < len && scan_is_digit(t[pos + digits]))
        digits++;
    if (digits > 2 && !(digits == 4 && pos + 4 < len && t[pos + 4] == '-'))
        return 0;
    clerk_date d;
    if (!date_parse_at(t, len, pos, &d))
        return day_list(cx, t, len, pos, out);
    size_t end = pos + d.loc.text_length;
    if (day_first(&d)) {
        int range;
        size_t next = connector(t, len, end, &range);
        clerk_date last;
        if (next && next < len && date_parse_at(t, len, next, &last) && day_first(&last)) {
            if (!range && scan_phrase_back(t, pos, "between") != SCAN_NONE)
                range = 1;
            complete_day_month(cx, t, len, &last);
            if (range) {
                d.flags |= CLERK_DATE_IN_RANGE;
                last.flags |= CLERK_DATE_IN_RANGE;
            }
            infer_from(&d, &last);
            push_date(cx, t, len, &d, out);
            push_date(cx, t, len, &last, out);
            return last.loc.text_offset + last.loc.text_length;
        }
        complete_day_month(cx, t, len, &d);
    }
    push_date(cx, t, len, &d, out);
    return d.loc.text_offset + d.loc.text_length;
}

/* A capitalised word opens a date only if a number follows it ("July
 * 14", "July 2009"), or a capital and the word is a weekday ("Monday, 14
 * July", "Monday, July 14"): checked before a month is looked up, so
 * "General Assembly" costs little. */
static int may_open_date(const char *t, size_t len, size_t pos)
{
    size_t n = scan_word_len(t, len, pos), p = pos + n;
    if (p < len && (t[p] == '.' || t[p] == ','))
        p++;
    size_t q = scan_skip_space(t, len, p);
    if (q == p || q >= len)
        return 0;
    return scan_is_digit(t[q]) || (scan_is_upper(t[q]) && weekday_lookup(t + pos, n));
}

void extract_dates(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_DATE, CUE_DATE);
    size_t from = 0, at;
    cue_kind kind;
    while ((at = cue_next(&c, from, &kind)) != SCAN_NONE) {
        size_t end = 0;
        if (scan_is_digit(text[at])) {
            /* not the tail of "1.5" or "ES-10" */
            int tail = at >= 2 && (text[at - 1] == '.' || text[at - 1] == '-') && scan_is_alnum(text[at - 2]);
            if (!tail)
                end = dates_at_digit(cx, text, len, at, out);
        } else if (may_open_date(text, len, at)) {
            clerk_date d;
            if (date_parse_at(text, len, at, &d)) {
                push_date(cx, text, len, &d, out);
                end = at + d.loc.text_length;
            }
        }
        from = end ? end : at + 1;
    }
}
