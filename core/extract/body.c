/*
 * Names of the bodies that adopt resolutions and rules of procedure, read
 * forwards ("of the Security Council") or backwards ("Security Council
 * resolution").  A body outside clerk_body (the Commission on Human Rights,
 * the World Health Assembly) is still recognised as named, with
 * CLERK_BODY_UNKNOWN, so callers do not guess it from the form.
 */
#include "extract/scan.h"

#include <string.h>

static const struct {
    const char *name;
    clerk_body body;
} named_bodies[] = {
    {"Economic and Social Council", CLERK_BODY_ECOSOC},
    {"Human Rights Council", CLERK_BODY_HRC},
    {"Security Council", CLERK_BODY_SC},
    {"General Assembly", CLERK_BODY_GA},
    {"ECOSOC", CLERK_BODY_ECOSOC},
    {"HRC", CLERK_BODY_HRC},
    {"UNSC", CLERK_BODY_SC},
    {"UNGA", CLERK_BODY_GA},
};

/* Nouns that end the name of some body: "Executive Board", "Governing
 * Council", "International Telecommunication Union". */
static const char *const body_nouns[] = {
    "Council", "Assembly", "Commission", "Committee", "Conference", "Board",
    "Organization", "Union", "Forum", "Court", "Tribunal", "Summit", "Parties",
    "Congress", "Parliament", "Meeting",
};

/* "the Council" alone is the document's own body when that is a council. */
static clerk_body council_body(const extract_ctx *cx)
{
    switch (cx->doc_body) {
    case CLERK_BODY_SC:
    case CLERK_BODY_ECOSOC:
    case CLERK_BODY_HRC:
        return cx->doc_body;
    default:
        return CLERK_BODY_UNKNOWN;
    }
}

static int is_body_noun(const char *t, size_t start, size_t n)
{
    for (size_t i = 0; i < sizeof body_nouns / sizeof *body_nouns; i++)
        if (strlen(body_nouns[i]) == n && memcmp(body_nouns[i], t + start, n) == 0)
            return 1;
    return 0;
}

static int is_acronym(const char *t, size_t start, size_t n)
{
    if (n < 2 || n > 8)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!scan_is_upper(t[start + i]))
            return 0;
    return 1;
}

static int is_link_word(const char *t, size_t len, size_t pos)
{
    return scan_word(t, len, pos, "of") || scan_word(t, len, pos, "on") ||
           scan_word(t, len, pos, "and") || scan_word(t, len, pos, "for");
}

size_t scan_body_at(const extract_ctx *cx, const char *t, size_t len, size_t pos, clerk_body *body)
{
    for (size_t i = 0; i < sizeof named_bodies / sizeof *named_bodies; i++) {
        size_t n = scan_phrase(t, len, pos, named_bodies[i].name);
        if (n) {
            *body = named_bodies[i].body;
            return n;
        }
    }
    size_t n;
    if ((n = scan_phrase(t, len, pos, "Council")) != 0) {
        *body = council_body(cx);
        return n;
    }
    if ((n = scan_phrase(t, len, pos, "Assembly")) != 0) {
        *body = CLERK_BODY_GA;
        return n;
    }
    /* Any other capitalised name ending in a body noun. */
    size_t p = pos, end = 0;
    for (int words = 0; words < 8 && p < len; words++) {
        size_t wl = scan_word_len(t, len, p);
        if (wl == 0)
            break;
        if (scan_is_upper(t[p])) {
            if (is_body_noun(t, p, wl) || is_acronym(t, p, wl))
                end = p + wl;
        } else if (!is_link_word(t, len, p)) {
            break;
        }
        size_t q = scan_skip_space(t, len, p + wl);
        if (q == p + wl)
            break;
        p = q;
    }
    if (!end)
        return 0;
    *body = CLERK_BODY_UNKNOWN;
    return end - pos;
}

size_t scan_body_before(const extract_ctx *cx, const char *t, size_t pos, clerk_body *body)
{
    for (size_t i = 0; i < sizeof named_bodies / sizeof *named_bodies; i++) {
        size_t s = scan_phrase_back(t, pos, named_bodies[i].name);
        if (s != SCAN_NONE) {
            *body = named_bodies[i].body;
            return s;
        }
    }
    size_t start, n = scan_prev_word(t, pos, &start);
    if (n == 0 || !scan_is_upper(t[start]))
        return SCAN_NONE;
    /* Extend over the capitalised words of a longer name, across "of",
     * "on" and "for" ("Commission on Human Rights") but not "and", which
     * joins two names ("Statistics and Council resolution"). */
    size_t first = start;
    for (;;) {
        size_t s, m = scan_prev_word(t, first, &s);
        if (m > 1 && scan_is_upper(t[s])) {
            first = s;
            continue;
        }
        if (m == 0 || scan_word(t, first, s, "and") || !is_link_word(t, first, s))
            break;
        size_t s2, m2 = scan_prev_word(t, s, &s2);
        if (m2 < 2 || !scan_is_upper(t[s2]))
            break;
        first = s2;
    }
    if (first == start && is_body_noun(t, start, n)) {
        /* "the Council", "Assembly" alone */
        if (scan_phrase(t, pos, start, "Council")) {
            *body = council_body(cx);
            return *body == CLERK_BODY_UNKNOWN ? SCAN_NONE : start;
        }
        if (scan_phrase(t, pos, start, "Assembly")) {
            *body = CLERK_BODY_GA;
            return start;
        }
    }
    for (size_t p = first; p <= start; p = scan_skip_space(t, pos, p + scan_word_len(t, pos, p))) {
        size_t wl = scan_word_len(t, pos, p);
        if (wl == 0)
            break;
        if (is_body_noun(t, p, wl) || is_acronym(t, p, wl)) {
            *body = CLERK_BODY_UNKNOWN;
            return first;
        }
    }
    return SCAN_NONE;
}
