/*
 * Session ordinals: "sixty-fourth session", "its fifty-ninth session",
 * "64th session", "twenty-sixth special session" (kind 1), "tenth
 * emergency special session" (kind 2), "sixty-fourth and sixty-fifth
 * sessions" (two).  Found from the word "session" backwards; in a list
 * each ordinal is one entity, the last one spanning up to "sessions".
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "extract/scan.h"

#include <string.h>

/* Bytes of the joiner ending just before pos inside an ordinal: a space or
 * a hyphen (plain, U+2010 or U+2011). */
static size_t joiner_before(const char *t, size_t pos)
{
    if (pos >= 1 && (t[pos - 1] == ' ' || t[pos - 1] == '-'))
        return 1;
    if (pos >= 3 && (unsigned char)t[pos - 3] == 0xE2 && (unsigned char)t[pos - 2] == 0x80 &&
        ((unsigned char)t[pos - 1] == 0x90 || (unsigned char)t[pos - 1] == 0x91))
        return 3;
    return 0;
}

/* The ordinal ending exactly at end: its start and value, 0 when none.
 * Tries the longest candidate first ("one hundred and first"). */
static int ordinal_before(const char *t, size_t end, size_t *start)
{
    enum { MAX_WORDS = 4 };
    size_t starts[MAX_WORDS];
    int count = 0;
    size_t i = end;
    while (count < MAX_WORDS) {
        size_t s = i;
        while (s > 0 && scan_is_alnum(t[s - 1]))
            s--;
        if (s == i)
            break;
        starts[count++] = s;
        size_t j = joiner_before(t, s);
        if (!j)
            break;
        i = s - j;
    }
    for (int k = count - 1; k >= 0; k--) {
        size_t used;
        int v = ordinal_parse(t + starts[k], end - starts[k], &used);
        if (v && used == end - starts[k]) {
            *start = starts[k];
            return v;
        }
    }
    return 0;
}

/* The kind words between the ordinal and "session": returns where the
 * ordinal must end. */
static size_t kind_words(const char *t, size_t len, size_t kw, int *kind)
{
    static const char *const plain[] = {
        "regular", "resumed", "ordinary", "substantive", "organizational", "annual", "extraordinary",
    };
    *kind = 0;
    size_t s, n = scan_prev_word(t, kw, &s);
    if (n == 0)
        return kw;
    if (scan_word(t, len, s, "special")) {
        *kind = 1;
        size_t e, m = scan_prev_word(t, s, &e);
        if (m && scan_word(t, len, e, "emergency")) {
            *kind = 2;
            s = e;
        }
        return s;
    }
    if (scan_word(t, len, s, "emergency")) {
        *kind = 2;
        return s;
    }
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
        if (scan_word(t, len, s, plain[i]))
            return s;
    return kw;
}

/* ", ", " and ", " to " or a dash before an ordinal that starts at pos:
 * where the previous ordinal must end, or SCAN_NONE. */
static size_t list_joiner_before(const char *t, size_t pos)
{
    size_t p = scan_skip_space_back(t, pos);
    if (p >= 1 && t[p - 1] == ',' && p < pos)
        return scan_skip_space_back(t, p - 1);
    if (p >= 1 && t[p - 1] == '-' && p == pos)
        return p - 1;
    size_t s, n = scan_prev_word(t, pos, &s);
    if (n && s + n == p && p < pos &&
        (scan_word(t, p, s, "and") || scan_word(t, p, s, "or") || scan_word(t, p, s, "to"))) {
        size_t q = scan_skip_space_back(t, s);
        if (q < s)
            return q >= 1 && t[q - 1] == ',' ? scan_skip_space_back(t, q - 1) : q;
    }
    return SCAN_NONE;
}

static void session_at(extract_ctx *cx, const char *t, size_t len, size_t kw, size_t kw_end, vec *out)
{
    enum { MAX_ITEMS = 8 };
    int kind;
    size_t end = scan_skip_space_back(t, kind_words(t, len, kw, &kind));
    size_t starts[MAX_ITEMS], ends[MAX_ITEMS];
    int values[MAX_ITEMS];
    int count = 0;
    while (count < MAX_ITEMS) {
        size_t s;
        int v = ordinal_before(t, end, &s);
        if (!v)
            break;
        starts[count] = s;
        ends[count] = end;
        values[count] = v;
        count++;
        size_t prev = list_joiner_before(t, s);
        if (prev == SCAN_NONE)
            break;
        end = prev;
    }
    for (int i = count - 1; i >= 0; i--) {
        clerk_session_ref *r = vec_push(out);
        scan_loc(&r->loc, cx, starts[i], i == 0 ? kw_end : ends[i]);
        r->session = values[i];
        r->session_kind = kind;
        r->in_figures = scan_is_digit(t[starts[i]]);
    }
}

void extract_sessions(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_SESSION, CUE_SESSION);
    size_t from = 0, at, p;
    cue_kind kind;
    while ((at = cue_next_keyword(&c, text, len, from, &kind, &p)) != SCAN_NONE) {
        session_at(cx, text, len, at, p, out);
        from = at + 1;
    }
}
