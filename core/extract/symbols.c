/*
 * Document symbols: "A/64/142", "A/C.3/64/L.5/Rev.1", "S/RES/1631",
 * "E/CN.4/2005/L.10/Add.1", "ST/SGB/2009/1".  A symbol is a run of letters,
 * digits and . / - starting with a known series prefix and holding a digit.
 * Malformed ones ("A//64/142", "A/64/", "S/PRST/ 2014/23") are kept whole
 * so a rule can check their syntax.  "S/RES/1631 (2005)" gives the symbol "S/RES/1631": the
 * year belongs to the resolution reference, not to the symbol.  A joint
 * symbol "A/64/142-S/2009/362" gives two.
 */
#include "extract/cues.h"
#include "extract/scan.h"

#include <string.h>

static const struct {
    const char *series;
    clerk_body body;
} prefixes[] = {
    {"A", CLERK_BODY_GA}, {"S", CLERK_BODY_SC}, {"E", CLERK_BODY_ECOSOC},
    {"ST", CLERK_BODY_SECRETARIAT},
    /* treaty bodies, conferences and programmes: the body is none of ours */
    {"UNEP", 0}, {"FCCC", 0}, {"NPT", 0}, {"ISBA", 0}, {"SPLOS", 0}, {"CD", 0},
    {"CLCS", 0}, {"CCW", 0}, {"CTOC", 0}, {"TD", 0}, {"CAC", 0}, {"CRPD", 0},
    {"CRC", 0}, {"CED", 0}, {"CEDAW", 0}, {"CCPR", 0}, {"CERD", 0}, {"CAT", 0},
    {"CMW", 0}, {"HRI", 0}, {"BWC", 0}, {"APLC", 0}, {"CCM", 0}, {"TPNW", 0},
    {"DP", 0}, {"ICCD", 0}, {"UNW", 0}, {"IDB", 0}, {"LEG", 0}, {"WT", 0},
};

/* The series prefix ending at the slash t[slash]: its table index, or -1. */
static int prefix_at(const char *t, size_t start, size_t slash)
{
    size_t n = slash - start;
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strlen(prefixes[i].series) == n && memcmp(prefixes[i].series, t + start, n) == 0)
            return (int)i;
    return -1;
}

static int symbol_char(char c)
{
    return scan_is_alnum(c) || c == '.' || c == '/' || c == '-';
}

/* "-S/2009/362" after a symbol starts the second half of a joint symbol. */
static int joint_at(const char *t, size_t len, size_t dash)
{
    size_t p = dash + 1;
    while (p < len && scan_is_upper(t[p]))
        p++;
    return p < len && t[p] == '/' && p > dash + 1 && prefix_at(t, dash + 1, p) >= 0;
}

size_t symbol_span(const char *t, size_t len, size_t pos, clerk_body *body)
{
    if (pos > 0 && (symbol_char(t[pos - 1]) && t[pos - 1] != '-'))
        return 0;
    size_t slash = pos;
    while (slash < len && slash - pos < 6 && scan_is_upper(t[slash]))
        slash++;
    if (slash == pos || slash >= len || t[slash] != '/')
        return 0;
    int prefix = prefix_at(t, pos, slash);
    if (prefix < 0 || slash + 1 >= len)
        return 0;
    char first = t[slash + 1];
    if (!scan_is_digit(first) && !scan_is_upper(first) && first != '/')
        return 0; /* "S/he" */
    size_t end = slash + 1;
    for (;;) {
        while (end < len && symbol_char(t[end])) {
            if (t[end] == '-' && joint_at(t, len, end))
                break;
            end++;
        }
        /* "S/PRST/ 2014/23": a stray space, kept so a rule can point at it */
        if (end + 1 < len && t[end - 1] == '/' && t[end] == ' ' && scan_is_digit(t[end + 1]))
            end++;
        else
            break;
    }
    while (end > slash + 1 && (t[end - 1] == '.' || t[end - 1] == '-'))
        end--;
    int digit = 0;
    for (size_t i = slash + 1; i < end && !digit; i++)
        digit = scan_is_digit(t[i]);
    if (!digit)
        return 0;
    *body = prefixes[prefix].body;
    if (*body == CLERK_BODY_GA && end - slash > 4 && memcmp(t + slash, "/HRC/", 5) == 0)
        *body = CLERK_BODY_HRC;
    return end - pos;
}

void extract_symbols(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_SLASH, CUE_SLASH);
    size_t i = 0, slash;
    cue_kind kind;
    while ((slash = cue_next(&c, i, &kind)) != SCAN_NONE) {
        size_t start = slash;
        while (start > 0 && slash - start < 6 && scan_is_upper(text[start - 1]))
            start--;
        clerk_body body;
        size_t n = start < slash ? symbol_span(text, len, start, &body) : 0;
        if (n == 0) {
            i = slash + 1;
            continue;
        }
        clerk_symbol *s = vec_push(out);
        scan_loc(&s->loc, cx, start, start + n);
        s->body = body;
        i = start + n;
    }
}
