/*
 * references/symbol-syntax: document symbols against the grammar of
 * docs/symbols.md.  A symbol is components joined by oblique strokes: the
 * parent body (A, S, E, ST), then series, sessions, years, numbers and
 * suffixes (Add.1, Corr.1, Rev.1, Amend.1).  The grammar is strict where the
 * series is known (the General Assembly and its Main Committees, the Human
 * Rights Council, the Security Council, the Economic and Social Council, the
 * Secretariat's bulletins and instructions) and checks only the shape of
 * the components elsewhere, so unknown series are never flagged.
 */
#include "references.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MAX_PARTS 16

typedef struct component {
    const char *text;
    size_t length;
} component;

typedef struct symbol {
    const char *text;
    size_t length;
    component part[MAX_PARTS];
    size_t count;
} symbol;

/* What is wrong and, when it can be said, the symbol as it should be. */
typedef struct fault {
    char message[192];
    char fix[96];
} fault;

static int is_number(component c)
{
    if (c.length == 0 || c.length > 6)
        return 0;
    for (size_t i = 0; i < c.length; i++)
        if (!isdigit((unsigned char)c.text[i]))
            return 0;
    return 1;
}

static int number_value(component c)
{
    int v = 0;
    for (size_t i = 0; i < c.length; i++)
        v = v * 10 + (c.text[i] - '0');
    return v;
}

static int is_word(component c, const char *word)
{
    return c.length == strlen(word) && memcmp(c.text, word, c.length) == 0;
}

/* "L.5", "C.3", "PV.6000": the prefix, a full stop and a number. */
static int is_dotted(component c, const char *prefix)
{
    size_t n = strlen(prefix);
    component rest = {c.text + n + 1, c.length > n + 1 ? c.length - n - 1 : 0};
    return c.length > n + 1 && memcmp(c.text, prefix, n) == 0 && c.text[n] == '.' && is_number(rest);
}

/* "S-26", "ES-10". */
static int is_special_session(component c)
{
    size_t n = c.length > 3 && memcmp(c.text, "ES-", 3) == 0 ? 3
             : c.length > 2 && memcmp(c.text, "S-", 2) == 0  ? 2 : 0;
    component rest = {c.text + n, c.length - n};
    return n && is_number(rest);
}

static int is_session(component c)
{
    return (is_number(c) && number_value(c) > 0) || is_special_session(c);
}

static void split(const char *text, size_t length, symbol *s)
{
    s->text = text;
    s->length = length;
    s->count = 0;
    size_t start = 0;
    for (size_t i = 0; i <= length && s->count < MAX_PARTS; i++) {
        if (i == length || text[i] == '/') {
            s->part[s->count].text = text + start;
            s->part[s->count].length = i - start;
            s->count++;
            start = i + 1;
        }
    }
}

/* The symbol with component k replaced by `with` (NULL: dropped). */
static void replaced(const symbol *s, size_t k, const char *with, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < s->count; i++) {
        if (i == k && !with)
            continue;
        const char *sep = used ? "/" : "";
        if (i == k)
            used += (size_t)snprintf(buf + used, used < size ? size - used : 0, "%s%s", sep, with);
        else
            used += (size_t)snprintf(buf + used, used < size ? size - used : 0, "%s%.*s", sep,
                                     (int)s->part[i].length, s->part[i].text);
    }
}

static int fail(fault *f, const char *fix, const char *format, ...) CLERK_PRINTF(3, 4);
static int fail(fault *f, const char *fix, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    vsnprintf(f->message, sizeof f->message, format, ap);
    va_end(ap);
    snprintf(f->fix, sizeof f->fix, "%s", fix ? fix : "");
    return 1;
}

/* Empty components: "A//64/142", "A/64/". */
static int check_empty(const symbol *s, fault *f)
{
    for (size_t i = 1; i < s->count; i++) {
        if (s->part[i].length)
            continue;
        char fix[96];
        replaced(s, i, NULL, fix, sizeof fix);
        if (i + 1 == s->count)
            return fail(f, NULL, "the symbol %.*s ends with an oblique stroke: a component is "
                        "missing", (int)s->length, s->text);
        return fail(f, fix, "two oblique strokes in a row in %.*s", (int)s->length, s->text);
    }
    return 0;
}

/* Suffixes: "Add.1", "Corr.2", "Rev.1", "Amend.1"; "L.5" for limited
 * documents.  Written otherwise ("add.1", "Add1", "Add.") they are faults. */
static int check_suffixes(const symbol *s, fault *f)
{
    static const char *const names[] = {"Add", "Corr", "Rev", "Amend", "L"};
    for (size_t i = 1; i < s->count; i++) {
        component c = s->part[i];
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
            if (!c.length || toupper((unsigned char)c.text[0]) != names[k][0])
                continue; /* the first letters differ: most components end here */
            size_t n = strlen(names[k]);
            if (c.length < n || strncasecmp(c.text, names[k], n) != 0 || is_dotted(c, names[k]))
                continue;
            component rest = {c.text + n, c.length - n};
            int dot = rest.length && rest.text[0] == '.';
            component number = {rest.text + dot, rest.length - dot};
            if (!is_number(number) && !(dot && number.length == 0))
                continue; /* another word: "LEG", "Reservations" */
            char right[32], fix[96];
            snprintf(right, sizeof right, "%s.%.*s", names[k], (int)number.length, number.text);
            replaced(s, i, right, fix, sizeof fix);
            if (number.length == 0)
                return fail(f, NULL, "\"%.*s\" in %.*s lacks its number", (int)c.length, c.text,
                            (int)s->length, s->text);
            return fail(f, fix, "\"%.*s\" in %.*s is written \"%s\"", (int)c.length, c.text,
                        (int)s->length, s->text, right);
        }
    }
    return 0;
}

/* A/RES/64/1, A/RES/S-26/2, A/RES/1514 (series of 1946-1975), and the same
 * for A/HRC/RES (first = index of RES).  "A/RES/64-1" is a fault. */
static int check_resolution(const symbol *s, size_t first, fault *f)
{
    char fix[96];
    size_t n = s->count - first - 1; /* components after RES */
    component c = s->part[first + 1];
    const char *dash = n ? memchr(c.text, '-', c.length) : NULL;
    if (n == 1 && dash && !is_special_session(c)) {
        char right[32];
        snprintf(right, sizeof right, "%.*s/%.*s", (int)(dash - c.text), c.text,
                 (int)(c.length - (size_t)(dash - c.text) - 1), dash + 1);
        replaced(s, first + 1, right, fix, sizeof fix);
        return fail(f, fix, "%.*s: the session and the number are separated by an oblique "
                    "stroke", (int)s->length, s->text);
    }
    if (n == 0 || !is_session(c))
        return fail(f, NULL, "%.*s: a resolution symbol continues with the session and the "
                    "number (\"%.*s/64/1\")", (int)s->length, s->text,
                    (int)(s->part[first].text + s->part[first].length - s->text), s->text);
    if (n >= 2 && !is_number(s->part[first + 2]))
        return fail(f, NULL, "%.*s: the resolution number is not a number", (int)s->length,
                    s->text);
    return 0;
}

/* "the Seventh Committee", from the committee's number. */
static const char *committee_name(int n)
{
    static const char *const names[] = {"", "First", "Second", "Third", "Fourth", "Fifth",
                                        "Sixth", "Seventh", "Eighth", "Ninth"};
    return n > 0 && n < 10 ? names[n] : NULL;
}

/* A/C.3/64/L.5: a Main Committee, then the session. */
static int check_committee(const symbol *s, int committees, fault *f)
{
    component c = s->part[1];
    int n = number_value((component){c.text + 2, c.length - 2});
    if (n < 1 || n > committees) {
        const char *name = committee_name(n);
        if (name)
            return fail(f, NULL, "%.*s: there is no %s Committee (the Main Committees are A/C.1 "
                        "to A/C.%d)", (int)s->length, s->text, name, committees);
        return fail(f, NULL, "%.*s: the Main Committees are A/C.1 to A/C.%d", (int)s->length,
                    s->text, committees);
    }
    if (s->count < 4 || !is_session(s->part[2]))
        return fail(f, NULL, "%.*s: a Main Committee's symbol continues with the session and the "
                    "document (\"A/C.%d/64/L.5\")", (int)s->length, s->text, n);
    return 0;
}

/* A/HRC/...: RES, DEC and PRST as for the Assembly; otherwise session and
 * document ("A/HRC/10/29") or a subsidiary series ("A/HRC/WG.6/...").*/
static int check_hrc(const symbol *s, fault *f)
{
    if (s->count < 3)
        return fail(f, NULL, "%.*s: the Council's documents continue with the session and the "
                    "number (\"A/HRC/10/29\")", (int)s->length, s->text);
    component c = s->part[2];
    if (is_word(c, "RES") || is_word(c, "DEC") || is_word(c, "PRST"))
        return check_resolution(s, 2, f);
    if (is_session(c) && s->count < 4)
        return fail(f, NULL, "%.*s: the Council's documents continue with the session and the "
                    "number (\"A/HRC/10/29\")", (int)s->length, s->text);
    return 0;
}

/* The year cited after "S/RES/1631": 1 for " (2005)", -1 for " (2005"
 * without its closing bracket, 0 when there is none. */
static int followed_by_year(const char *after, size_t left)
{
    size_t i = 0;
    while (i < left && after[i] == ' ')
        i++;
    if (i + 5 > left || after[i] != '(')
        return 0;
    for (size_t k = 1; k <= 4; k++)
        if (!isdigit((unsigned char)after[i + k]))
            return 0;
    return i + 5 < left && after[i + 5] == ')' ? 1 : -1;
}

static int check_sc(const symbol *s, const references_state *st, const char *after, size_t left,
                    fault *f)
{
    if (s->count < 2 || !is_word(s->part[1], "RES"))
        return 0;
    if (s->count != 3 || !is_number(s->part[2]))
        return fail(f, NULL, "%.*s: a Security Council resolution symbol is S/RES/ with the "
                    "number, then its year in brackets: \"S/RES/1631 (2005)\"",
                    (int)s->length, s->text);
    int year = followed_by_year(after, left);
    if (year > 0)
        return 0;
    if (year < 0)
        return fail(f, NULL, "%.*s: the bracket of the year that follows is not closed",
                    (int)s->length, s->text);
    int number = number_value(s->part[2]), from, to;
    if (!sc_adoption_years(st, number, &from, &to) || from != to)
        return fail(f, NULL, "%.*s lacks the year of the resolution in brackets: "
                    "\"S/RES/%d (year)\"", (int)s->length, s->text, number);
    char fix[96];
    snprintf(fix, sizeof fix, "%.*s (%d)", (int)s->length, s->text, from);
    return fail(f, fix, "%.*s lacks the year of the resolution in brackets: \"%s\"",
                (int)s->length, s->text, fix);
}

/* "79.SR.37" for "79/SR.37": a full stop where an oblique stroke belongs. */
static int check_full_stops(const symbol *s, fault *f)
{
    for (size_t i = 1; i < s->count; i++) {
        component c = s->part[i];
        size_t digits = 0;
        while (digits < c.length && isdigit((unsigned char)c.text[digits]))
            digits++;
        if (!digits || digits + 1 >= c.length || c.text[digits] != '.' ||
            !isupper((unsigned char)c.text[digits + 1]))
            continue;
        char right[48], fix[96];
        snprintf(right, sizeof right, "%.*s/%.*s", (int)digits, c.text,
                 (int)(c.length - digits - 1), c.text + digits + 1);
        replaced(s, i, right, fix, sizeof fix);
        return fail(f, fix, "%.*s: a full stop where an oblique stroke belongs (\"%s\")",
                    (int)s->length, s->text, fix);
    }
    return 0;
}

/* "S/Res/2216": the series is written in capitals. */
static int check_capitals(const symbol *s, fault *f)
{
    static const char *const series[] = {"RES", "DEC", "PRST", "HRC", "INF"};
    for (size_t i = 1; i < s->count && i < 3; i++) {
        component c = s->part[i];
        for (size_t k = 0; k < sizeof series / sizeof series[0]; k++) {
            if (c.length != strlen(series[k]) || strncasecmp(c.text, series[k], c.length) != 0 ||
                is_word(c, series[k]))
                continue;
            char fix[96];
            replaced(s, i, series[k], fix, sizeof fix);
            return fail(f, fix, "%.*s: the series is written in capitals (\"%s\")",
                        (int)s->length, s->text, fix);
        }
    }
    return 0;
}

/* 0 when the symbol is well formed, else 1 with the fault described. */
static int symbol_fault(const symbol *s, const references_state *st, const char *after,
                        size_t left, fault *f)
{
    if (check_empty(s, f) || check_suffixes(s, f))
        return 1;
    component body = s->part[0];
    int ours = is_word(body, "A") || is_word(body, "S") || is_word(body, "E") || is_word(body, "ST");
    if (ours && (check_full_stops(s, f) || check_capitals(s, f)))
        return 1;
    component first = s->count > 1 ? s->part[1] : (component){"", 0};
    if (is_word(body, "S"))
        return check_sc(s, st, after, left, f);
    if (!is_word(body, "A"))
        return 0;
    if (is_word(first, "RES"))
        return check_resolution(s, 1, f);
    if (is_word(first, "HRC"))
        return check_hrc(s, f);
    if (is_dotted(first, "C"))
        return check_committee(s, st->ga_main_committees, f);
    return 0;
}

void check_symbol_syntax(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const references_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_SYMBOL); i < n; i++) {
        const clerk_symbol *sym = clerk_symbol_at(api, doc, i);
        const clerk_block *b = api->block(doc, sym->loc.block);
        if (!b || sym->loc.text_offset + sym->loc.text_length > b->text_length)
            continue;
        symbol s;
        split(b->text + sym->loc.text_offset, sym->loc.text_length, &s);
        size_t end = sym->loc.text_offset + sym->loc.text_length;
        fault f;
        if (symbol_fault(&s, st, b->text + end, b->text_length - end, &f))
            api->report(ctx, sym->loc.offset, sym->loc.length, f.fix[0] ? f.fix : NULL, "%s",
                        f.message);
    }
}
