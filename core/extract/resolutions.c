/*
 * References to resolutions, decisions and presidential statements.
 *
 * Two triggers: the words "resolution(s)" and "decision(s)" followed by a
 * list of citations, and symbols holding RES/ or PRST/.  A citation is
 *   59/50, S-26/2, ES-10/2     slash form: session / number
 *   2008/4                     the same with a year for a session (ECOSOC,
 *                              the Commission on Human Rights): session
 *                              then holds the year
 *   1514 (XV), 2200 A (XXI)    a number, parts, the session in Roman figures
 *   1874 (S-IV)                the same for a special session
 *   1631 (2005)                a number and the year (Security Council)
 *   1631                       a bare number
 *   A/RES/59/50, S/RES/1631 (2005), S/PRST/2009/1    full symbols (the
 *                              statement's year goes to year, not session)
 * with parts ("A and B") and a date ("of 2 December 2004") after each.
 *
 * The body comes from the words before the keyword: a body named
 * ("Security Council resolution"; with two named, "General Assembly and
 * Security Council resolutions", each citation's form decides), or "its
 * resolution": the body the sentence names before it, else the document's
 * own (flag OWN), kept only where the form allows (the Council alone
 * cites with a year, never by session).  Else "of the General Assembly"
 * after the list, else the form: (YYYY) is the Security Council, a year
 * for a session ECOSOC, other slash and Roman forms the General Assembly;
 * a bare number stays UNKNOWN.  A body outside clerk_body ("Commission on
 * Human Rights resolution") gives UNKNOWN with BODY_EXPLICIT.  Every item
 * of a list shares the list's keyword_offset.
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "extract/scan.h"

#include <string.h>

/* "59", "S-26", "ES-10": session number and kind. */
static size_t read_session(const char *t, size_t len, size_t pos, int *session, int *kind)
{
    size_t p = pos;
    *kind = 0;
    if (p + 3 < len && t[p] == 'E' && t[p + 1] == 'S' && t[p + 2] == '-') {
        *kind = 2;
        p += 3;
    } else if (p + 2 < len && t[p] == 'S' && t[p + 1] == '-') {
        *kind = 1;
        p += 2;
    }
    size_t n = scan_uint(t, len, p, 4, session);
    return n ? p + n - pos : 0;
}

/* "(2005)" or "(XV)" after pos: fills year or session and the span. */
static size_t read_paren_year(const char *t, size_t len, size_t pos, clerk_resolution_ref *r)
{
    size_t p = scan_skip_space(t, len, pos);
    if (p >= len || t[p] != '(')
        return 0;
    int v, kind = 0;
    size_t n = scan_uint(t, len, p + 1, 4, &v);
    if (n == 4 && v >= 1945 && v <= 2100 && p + 5 < len && t[p + 5] == ')') {
        r->year = v;
        r->form = CLERK_FORM_YEAR;
    } else {
        /* "(XV)", and "(S-IV)", "(ES-V)" for special sessions */
        size_t q = p + 1;
        if (q + 2 < len && t[q] == 'E' && t[q + 1] == 'S' && t[q + 2] == '-')
            kind = 2;
        else if (q + 1 < len && t[q] == 'S' && t[q + 1] == '-')
            kind = 1;
        q += kind ? kind + 1 : 0;
        n = scan_roman(t, len, q, &v);
        if (n == 0 || v > 99 || q + n >= len || t[q + n] != ')')
            return 0;
        r->session = v;
        r->session_kind = kind;
        r->form = CLERK_FORM_ROMAN;
        n = q + n - (p + 1);
    }
    r->year_offset = p;
    r->year_length = n + 2;
    return p + n + 2 - pos;
}

/* Words that may follow the part letter "A" of "resolution 59/50 A":
 * anything else makes it the article of a new phrase ("A number of"). */
static int part_may_precede(const char *t, size_t len, size_t pos)
{
    static const char *const words[] = {
        "of", "and", "or", "to", "on", "in", "by", "as", "adopted", "entitled",
        "which", "concerning", "annex", "paragraph", "section", "part", "endorsed",
    };
    if (pos >= len || !scan_is_lower(t[pos]))
        return 1;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (scan_word(t, len, pos, words[i]))
            return 1;
    return 0;
}

/* One part letter at pos ("A" .. "Z", not a Roman I, V or X). */
static int part_letter(const char *t, size_t len, size_t pos)
{
    return pos < len && scan_is_upper(t[pos]) && t[pos] != 'I' && t[pos] != 'V' && t[pos] != 'X' &&
           scan_word_end(t, len, pos + 1) && !(pos + 1 < len && t[pos + 1] == '/');
}

/* Parts after a number: "A", "A and B", "A to C", "A-C", "A, B and C". */
static size_t read_parts(extract_ctx *cx, const char *t, size_t len, size_t pos, clerk_resolution_ref *r)
{
    size_t p = scan_skip_space(t, len, pos);
    if (p == pos || !part_letter(t, len, p))
        return 0;
    size_t start = p, end = p + 1;
    for (;;) {
        size_t q = end;
        if (q < len && t[q] == ',')
            q++;
        size_t d = scan_dash_len(t, len, q);
        if (d && q == end) {
            q += d;
        } else {
            q = scan_skip_space(t, len, q);
            size_t w = scan_word(t, len, q, "and");
            if (!w)
                w = scan_word(t, len, q, "to");
            if (w)
                q = scan_skip_space(t, len, q + w);
            else if (q == end || t[end] != ',')
                break;
        }
        if (!part_letter(t, len, q))
            break;
        end = q + 1;
    }
    if (!part_may_precede(t, len, scan_skip_space(t, len, end)))
        return 0;
    r->parts = arena_strndup(cx->arena, t + start, end - start);
    return end - pos;
}

/* Components of a symbol split at '/': the one after RES or PRST. */
static size_t parse_symbol_ref(const char *t, size_t len, size_t pos, clerk_resolution_ref *r)
{
    clerk_body body;
    size_t n = symbol_span(t, len, pos, &body);
    if (n == 0)
        return 0;
    size_t end = pos + n, p = pos;
    size_t after = 0;
    clerk_ref_kind kind = 0;
    while (p < end && !kind) {
        size_t slash = p;
        while (slash < end && t[slash] != '/')
            slash++;
        if (slash - p == 3 && memcmp(t + p, "RES", 3) == 0)
            kind = CLERK_REF_RESOLUTION;
        else if (slash - p == 4 && memcmp(t + p, "PRST", 4) == 0)
            kind = CLERK_REF_PRESIDENTIAL_STATEMENT;
        p = after = slash + 1;
    }
    if (!kind || after >= end)
        return 0;
    r->kind = kind;
    int a, session_kind;
    size_t m = read_session(t, end, after, &a, &session_kind);
    if (m == 0)
        return 0;
    size_t q = after + m;
    if (q == end && session_kind == 0) {
        /* S/RES/1631 (2005), A/RES/1514 (XV) */
        r->number = a;
        size_t y = read_paren_year(t, len, end, r);
        end += y;
    } else if (q < end && t[q] == '/' && scan_uint(t, end, q + 1, 4, &r->number) == end - q - 1) {
        if (r->kind == CLERK_REF_PRESIDENTIAL_STATEMENT && body == CLERK_BODY_SC) {
            r->year = a; /* S/PRST/2009/1 */
            r->year_offset = after;
            r->year_length = m;
        } else {
            r->session = a;
            r->session_kind = session_kind;
        }
    } else {
        return 0;
    }
    r->form = CLERK_FORM_SYMBOL;
    r->body = body;
    r->flags |= CLERK_REF_BODY_EXPLICIT;
    return end - pos;
}

/* One citation at pos; returns the end of it (its location), 0 when none. */
static size_t parse_citation(extract_ctx *cx, const char *t, size_t len, size_t pos, clerk_resolution_ref *r)
{
    r->parts = "";
    if (scan_is_upper(t[pos])) {
        size_t n = parse_symbol_ref(t, len, pos, r);
        if (n)
            return pos + n;
    }
    int a, kind;
    size_t n = read_session(t, len, pos, &a, &kind);
    if (n == 0)
        return 0;
    size_t p = pos + n;
    if (p + 1 < len && t[p] == '/' && scan_is_digit(t[p + 1])) {
        size_t m = scan_uint(t, len, p + 1, 4, &r->number);
        if (m == 0 || !scan_word_end(t, len, p + 1 + m) ||
            (p + 1 + m < len && t[p + 1 + m] == '/'))
            return 0;
        r->form = CLERK_FORM_SLASH;
        r->session = a;
        r->session_kind = kind;
        p += 1 + m;
        return p + read_parts(cx, t, len, p, r);
    }
    /* "1/CP.16", "5.2", "1631a" are no resolution numbers */
    if (kind || !scan_word_end(t, len, p) ||
        (p < len && t[p] == '/') || (p + 1 < len && t[p] == '.' && scan_is_digit(t[p + 1])))
        return 0;
    r->number = a;
    p += read_parts(cx, t, len, p, r);
    size_t y = read_paren_year(t, len, p, r);
    if (y)
        return p + y;
    /* "resolutions 1946–1994": years, or a range of numbers: neither is a citation */
    size_t dash = scan_dash_len(t, len, p);
    if (dash && p + dash < len && scan_is_digit(t[p + dash]))
        return 0;
    r->form = CLERK_FORM_BARE;
    return p;
}

/* " of 2 December 2004" after a citation: fills the date, returns the end. */
static size_t read_cited_date(const char *t, size_t len, size_t pos, clerk_resolution_ref *r)
{
    size_t p = scan_skip_space(t, len, pos);
    size_t of = p > pos ? scan_word(t, len, p, "of") : 0;
    if (!of)
        return 0;
    size_t q = scan_skip_space(t, len, p + of);
    clerk_date d;
    if (q == p + of || !date_parse_at(t, len, q, &d) || !d.ymd.day)
        return 0;
    r->date = d.ymd;
    r->flags |= CLERK_REF_HAS_DATE;
    return q + d.loc.text_length - pos;
}

/* ", in particular paragraph 15," or ", annex," pinned to the citation
 * before it: its end (at the comma that closes it), else pos. */
static size_t skip_pinpoint(const char *t, size_t len, size_t pos)
{
    static const char *const narrowing[] = {"in particular", "particularly", "including", "notably"};
    static const char *const parts[] = {"paragraph", "paragraphs", "para", "paras", "annex", "annexes", "section"};
    if (pos >= len || t[pos] != ',')
        return pos;
    size_t p = scan_skip_space(t, len, pos + 1);
    for (size_t i = 0; i < sizeof narrowing / sizeof *narrowing; i++) {
        size_t n = scan_phrase(t, len, p, narrowing[i]);
        if (n) {
            p = scan_skip_space(t, len, p + n);
            break;
        }
    }
    int part = 0;
    for (size_t i = 0; i < sizeof parts / sizeof *parts && !part; i++)
        part = scan_word(t, len, p, parts[i]) != 0;
    if (!part)
        return pos;
    for (size_t q = p; q < len && q - p < 80; q++) {
        if (t[q] == ',')
            return q;
        if (t[q] == ';' || (t[q] == '.' && q + 2 < len && t[q + 1] == ' ' && scan_is_upper(t[q + 2])))
            break;
    }
    return pos;
}

/* Between two citations of a list: ",", "and", "or", ", and", across a
 * pinpoint ("2253 (2015), in particular paragraph 15, 2322 (2016)").  A
 * comma may lack its space where a footnote mark stood ("2014,[^1]30/4"). */
static size_t list_separator(const char *t, size_t len, size_t pos)
{
    size_t p = skip_pinpoint(t, len, pos);
    if (p < len && t[p] == ',')
        p++;
    size_t q = scan_skip_space(t, len, p);
    size_t w = scan_word(t, len, q, "and");
    if (!w)
        w = scan_word(t, len, q, "or");
    if (w) {
        size_t r = scan_skip_space(t, len, q + w);
        return r > q + w ? r : 0;
    }
    return p > pos ? q : 0;
}

/* Whether a citation of the form "1631 (2005)" starts at pos. */
static int year_citation_at(extract_ctx *cx, const char *t, size_t len, size_t pos)
{
    clerk_resolution_ref r;
    memset(&r, 0, sizeof r);
    return pos < len && scan_is_digit(t[pos]) && parse_citation(cx, t, len, pos, &r) &&
           r.form == CLERK_FORM_YEAR;
}

/* Whether the words at pos end a sentence or a list: ";", ")", ".". */
static int list_stop(const char *t, size_t len, size_t pos)
{
    char c = t[pos];
    return c == ';' || c == ':' || c == '(' || c == ')' ||
           (c == '.' && (pos + 1 == len || !scan_is_digit(t[pos + 1])));
}

/* "; 1612 (2005)" or "; and 1325 (2000)": a semicolon between groups of
 * citations, each group with its subject.  Returns where the next citation
 * starts, else 0. */
static size_t group_separator(extract_ctx *cx, const char *t, size_t len, size_t pos)
{
    if (pos >= len || t[pos] != ';')
        return 0;
    size_t p = scan_skip_space(t, len, pos + 1);
    size_t and = scan_word(t, len, p, "and");
    if (and)
        p = scan_skip_space(t, len, p + and);
    return year_citation_at(cx, t, len, p) ? p : 0;
}

/* Gaps the Security Council's long lists leave between two citations
 * "1631 (2005)": a lost comma ("2360 (2017) 2424 (2018)"), the day of
 * adoption ("2152 (2014) on 29 April 2014, 2218 (2015)"), a subject
 * ("1325 (2000) on women, peace and security, 1820 (2008)") and a
 * semicolon between groups.  Returns where the next citation starts, 0
 * when the list ends. */
static size_t year_list_gap(extract_ctx *cx, const char *t, size_t len, size_t pos)
{
    size_t p = scan_skip_space(t, len, pos);
    if (p > pos && year_citation_at(cx, t, len, p))
        return p;
    size_t group = group_separator(cx, t, len, p);
    if (group)
        return group;
    size_t on = scan_word(t, len, p, "on");
    clerk_date d;
    size_t q = on ? scan_skip_space(t, len, p + on) : p;
    if (on && date_parse_at(t, len, q, &d) && d.ymd.day) {
        size_t next = list_separator(t, len, q + d.loc.text_length);
        return next && year_citation_at(cx, t, len, next) ? next : 0;
    }
    if (!on && !scan_word(t, len, p, "concerning") && !scan_word(t, len, p, "regarding") &&
        !scan_phrase(t, len, p, "relating to"))
        return 0;
    for (q = p; q < len && q - p < 160; q++) {
        if (list_stop(t, len, q))
            return group_separator(cx, t, len, q);
        if (scan_word_start(t, q) && (scan_word(t, len, q, "resolution") || scan_word(t, len, q, "resolutions")))
            return 0; /* another list, read on its own */
        if (t[q] == ',' || (scan_word_start(t, q) && scan_word(t, len, q, "and"))) {
            size_t next = list_separator(t, len, q);
            if (next && year_citation_at(cx, t, len, next))
                return next;
        }
    }
    return 0;
}

/* "resolutions concerning the Sudan, in particular 1591 (2005)",
 * "relevant resolutions, including 59/50": where the list begins after
 * the words that say which resolutions are meant, 0 when none does. */
static size_t list_after_subject(extract_ctx *cx, const char *t, size_t len, size_t pos)
{
    static const char *const leads[] = {"in particular", "particularly", "including", "notably",
                                        "especially", "such as"};
    for (size_t q = pos; q < len && q - pos < 120 && !list_stop(t, len, q); q++) {
        if (!scan_word_start(t, q) || !scan_is_alpha(t[q]))
            continue;
        if (scan_word(t, len, q, "resolution") || scan_word(t, len, q, "resolutions") ||
            scan_word(t, len, q, "decision") || scan_word(t, len, q, "decisions"))
            return 0; /* another list, read on its own */
        for (size_t i = 0; i < sizeof leads / sizeof *leads; i++) {
            size_t n = scan_phrase(t, len, q, leads[i]);
            size_t start = n ? scan_skip_space(t, len, q + n) : 0;
            clerk_resolution_ref r;
            memset(&r, 0, sizeof r);
            if (start > q + n && start < len && scan_is_digit(t[start]) &&
                parse_citation(cx, t, len, start, &r) &&
                (r.form == CLERK_FORM_YEAR || r.form == CLERK_FORM_SLASH))
                return start;
        }
    }
    return 0;
}

/* The body named last in the sentence before pos, for "its resolution":
 * "The Security Council, in its resolution ..." */
static int subject_before(const char *t, size_t len, size_t pos, clerk_body *body)
{
    static const char *const names[] = {
        "Security Council", "General Assembly", "Human Rights Council", "Economic and Social Council",
    };
    static const clerk_body bodies[] = {CLERK_BODY_SC, CLERK_BODY_GA, CLERK_BODY_HRC, CLERK_BODY_ECOSOC};
    size_t start = scan_sentence_start(t, len, pos);
    for (size_t p = pos; p > start; p--) {
        if (!scan_is_upper(t[p - 1]) || !scan_word_start(t, p - 1))
            continue;
        for (size_t i = 0; i < 4; i++) {
            if (scan_phrase(t, len, p - 1, names[i])) {
                *body = bodies[i];
                return 1;
            }
        }
    }
    return 0;
}

static clerk_body body_from_form(const clerk_resolution_ref *r)
{
    switch (r->form) {
    case CLERK_FORM_YEAR:
        return CLERK_BODY_SC;
    case CLERK_FORM_SLASH:
        /* 2008/4: a year for a session is the Economic and Social Council's way */
        return r->session >= 1946 ? CLERK_BODY_ECOSOC : CLERK_BODY_GA;
    case CLERK_FORM_ROMAN:
        return CLERK_BODY_GA;
    default:
        return r->body;
    }
}

/* Could the body have numbered a resolution so?  The Security Council
 * alone cites with the year, and never by session. */
static int body_fits_form(clerk_body body, const clerk_resolution_ref *r)
{
    switch (r->form) {
    case CLERK_FORM_YEAR:
        return body == CLERK_BODY_SC;
    case CLERK_FORM_SLASH:
        if (r->session >= 1946)
            return body == CLERK_BODY_ECOSOC;
        return body == CLERK_BODY_GA || body == CLERK_BODY_HRC;
    case CLERK_FORM_ROMAN:
        return body == CLERK_BODY_GA || body == CLERK_BODY_ECOSOC;
    default:
        return 1;
    }
}

/* What the words around a keyword say about the body of its list. */
typedef struct list_body {
    clerk_body body;
    unsigned flags;  /* BODY_EXPLICIT or OWN, 0 when nothing was said */
    int from_its;    /* guessed from "its": kept only where the form allows */
    int by_form;     /* two bodies named ("General Assembly and Security
                        Council resolutions"): each citation's form decides */
} list_body;

static list_body body_before_keyword(const extract_ctx *cx, const char *t, size_t len, size_t kw)
{
    list_body lb = {CLERK_BODY_UNKNOWN, 0, 0, 0};
    size_t start, n = scan_prev_word(t, kw, &start);
    if (n == 3 && scan_word(t, len, start, "its")) {
        clerk_body subject;
        lb.from_its = 1;
        if (subject_before(t, len, start, &subject) && subject != cx->doc_body) {
            lb.body = subject;
            lb.flags = CLERK_REF_BODY_EXPLICIT;
        } else {
            lb.body = cx->doc_body;
            lb.flags = CLERK_REF_OWN;
        }
        return lb;
    }
    size_t named = scan_body_before(cx, t, kw, &lb.body);
    if (named == SCAN_NONE)
        return lb;
    lb.flags = CLERK_REF_BODY_EXPLICIT;
    size_t and = scan_phrase_back(t, named, "and");
    clerk_body other;
    if (and != SCAN_NONE && scan_body_before(cx, t, and, &other) != SCAN_NONE && other != lb.body)
        lb.by_form = 1;
    return lb;
}

/* "of the Security Council" after a list. */
static list_body body_after_list(const extract_ctx *cx, const char *t, size_t len, size_t pos)
{
    list_body lb = {CLERK_BODY_UNKNOWN, 0, 0, 0};
    size_t p = scan_skip_space(t, len, pos);
    size_t n = scan_phrase(t, len, p, "of the");
    if (n && scan_body_at(cx, t, len, scan_skip_space(t, len, p + n), &lb.body))
        lb.flags = CLERK_REF_BODY_EXPLICIT;
    return lb;
}

static void finish_ref(clerk_resolution_ref *r, list_body lb)
{
    if (r->form == CLERK_FORM_SYMBOL)
        return;
    if (lb.by_form) {
        r->body = body_from_form(r);
        r->flags |= CLERK_REF_BODY_EXPLICIT;
    } else if (!lb.from_its) {
        r->body = lb.flags ? lb.body : body_from_form(r);
        r->flags |= lb.flags;
    } else if (lb.body == CLERK_BODY_UNKNOWN) {
        r->body = body_from_form(r);
        r->flags |= lb.flags;
    } else if (body_fits_form(lb.body, r)) {
        r->body = lb.body;
        r->flags |= lb.flags;
    } else {
        /* "its resolution 1631 (2005)" in an Assembly text: the Council's */
        r->body = body_from_form(r);
    }
}

/* The keyword at kw ("resolutions") and the list after it; returns where
 * scanning resumes. */
static size_t keyword_list(extract_ctx *cx, const char *t, size_t len, size_t kw, size_t p,
                           clerk_ref_kind kind, vec *out)
{
    size_t first = out->len, last_end = p;
    size_t q = scan_skip_space(t, len, p);
    if (q == p && (q = list_after_subject(cx, t, len, p)) == 0)
        return p; /* "resolutions," opens no list unless one follows its subject */
    size_t no = scan_word(t, len, q, "No");
    if (!no)
        no = scan_word(t, len, q, "Nos");
    if (no && q + no < len && t[q + no] == '.')
        q = scan_skip_space(t, len, q + no + 1);
    size_t cursor = q;
    for (;;) {
        clerk_resolution_ref r;
        memset(&r, 0, sizeof r);
        r.kind = kind;
        size_t end = cursor < len ? parse_citation(cx, t, len, cursor, &r) : 0;
        if (end == 0 && out->len == first && cursor == q && (cursor = list_after_subject(cx, t, len, q)))
            continue;
        if (end == 0)
            break;
        /* after "resolutions 59/50", "and 2 other" is no citation */
        if (out->len > first && r.form == CLERK_FORM_BARE &&
            ((clerk_resolution_ref *)vec_at(out, first))->form != CLERK_FORM_BARE)
            break;
        scan_loc(&r.loc, cx, cursor, end);
        r.keyword_offset = kw;
        end += read_cited_date(t, len, end, &r);
        *(clerk_resolution_ref *)vec_push(out) = r;
        last_end = end;
        size_t next = list_separator(t, len, end);
        if (!next && r.form == CLERK_FORM_YEAR)
            next = year_list_gap(cx, t, len, end);
        if (!next)
            break;
        cursor = next;
    }
    size_t count = out->len - first;
    if (count == 0)
        return p;
    /* "resolutions 5/1 and 5/2, both of 18 June 2007" */
    clerk_resolution_ref shared;
    memset(&shared, 0, sizeof shared);
    size_t both = scan_skip_space(t, len, last_end < len && t[last_end] == ',' ? last_end + 1 : last_end);
    size_t bw = count > 1 ? scan_word(t, len, both, "both") : 0;
    if (!bw && count > 1)
        bw = scan_word(t, len, both, "all");
    size_t shared_date = bw ? read_cited_date(t, len, both + bw, &shared) : 0;
    if (shared_date)
        last_end = both + bw + shared_date;
    list_body lb = body_before_keyword(cx, t, len, kw);
    if (!lb.flags)
        lb = body_after_list(cx, t, len, last_end);
    for (size_t i = first; i < out->len; i++) {
        clerk_resolution_ref *r = vec_at(out, i);
        if (count > 1)
            r->flags |= CLERK_REF_IN_LIST;
        if (shared_date && !(r->flags & CLERK_REF_HAS_DATE)) {
            r->date = shared.date;
            r->flags |= CLERK_REF_HAS_DATE;
        }
        finish_ref(r, lb);
    }
    return last_end;
}

/* A symbol found by its RES/ or PRST/ at hit, outside any keyword list. */
static size_t symbol_ref(extract_ctx *cx, const char *t, size_t len, size_t hit, vec *out)
{
    size_t start = hit;
    while (start > 0 && (scan_is_upper(t[start - 1]) || t[start - 1] == '/'))
        start--;
    clerk_resolution_ref r;
    memset(&r, 0, sizeof r);
    r.parts = "";
    size_t n = parse_symbol_ref(t, len, start, &r);
    if (n == 0)
        return hit + 1;
    size_t loc_end = start + n;
    scan_loc(&r.loc, cx, start, loc_end);
    r.keyword_offset = start;
    loc_end += read_cited_date(t, len, loc_end, &r);
    *(clerk_resolution_ref *)vec_push(out) = r;
    return loc_end;
}

void extract_resolutions(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_RESOLUTION, CUE_UNSCR);
    size_t from = 0, at;
    cue_kind kind;
    while ((at = cue_next(&c, from, &kind)) != SCAN_NONE) {
        if (kind == CUE_RES_SYMBOL || kind == CUE_PRST_SYMBOL) {
            from = symbol_ref(cx, text, len, at, out);
            continue;
        }
        from = at + 1;
        size_t p = cue_keyword_end(text, len, at, kind);
        if (!p)
            continue;
        size_t ds, dn = scan_prev_word(text, at, &ds);
        if (dn == 5 && scan_word(text, len, ds, "draft"))
            continue;
        from = keyword_list(cx, text, len, at, p,
                            kind == CUE_DECISION ? CLERK_REF_DECISION : CLERK_REF_RESOLUTION, out);
        if (from <= at)
            from = at + 1;
    }
}
