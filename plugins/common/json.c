#include "json.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting than any table needs is refused, as jansson does. */
#define JV_MAX_DEPTH 2048

typedef struct parser {
    char *p, *end;          /* the copy being read; strings decode in place */
    char *copy;             /* its start */
    jv *values;             /* room for every value the text may hold */
    size_t used, room;
    const char *error;      /* the cause, at p */
} parser;

static int fail(parser *ps, const char *cause)
{
    ps->error = cause;
    return -1;
}

static void skip_space(parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t'))
        ps->p++;
}

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16;
        if (d == 16)
            return -1;
        v = v * 16 + d;
    }
    *out = v;
    return 0;
}

static char *put_utf8(char *w, unsigned c)
{
    if (c < 0x80) {
        *w++ = (char)c;
    } else if (c < 0x800) {
        *w++ = (char)(0xC0 | c >> 6);
        *w++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *w++ = (char)(0xE0 | c >> 12);
        *w++ = (char)(0x80 | (c >> 6 & 0x3F));
        *w++ = (char)(0x80 | (c & 0x3F));
    } else {
        *w++ = (char)(0xF0 | c >> 18);
        *w++ = (char)(0x80 | (c >> 12 & 0x3F));
        *w++ = (char)(0x80 | (c >> 6 & 0x3F));
        *w++ = (char)(0x80 | (c & 0x3F));
    }
    return w;
}

/* \uXXXX at ps->p (after the backslash and the u), a surrogate pair taking
 * two; the code point's bytes go to *w. */
static int unicode_escape(parser *ps, char **w)
{
    unsigned c, low;
    if (ps->end - ps->p < 4 || hex4(ps->p, &c) != 0)
        return fail(ps, "invalid \\u escape");
    ps->p += 4;
    if (c >= 0xDC00 && c <= 0xDFFF)
        return fail(ps, "invalid Unicode escape (a lone low surrogate)");
    if (c >= 0xD800 && c <= 0xDBFF) {
        if (ps->end - ps->p < 6 || ps->p[0] != '\\' || ps->p[1] != 'u' || hex4(ps->p + 2, &low) != 0 ||
            low < 0xDC00 || low > 0xDFFF)
            return fail(ps, "invalid Unicode escape (a high surrogate without its low one)");
        ps->p += 6;
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }
    if (c == 0)
        return fail(ps, "\\u0000 is not allowed");
    *w = put_utf8(*w, c);
    return 0;
}

/* Length of the UTF-8 sequence at s (before end) if valid, else 0. */
static size_t utf8_sequence(const unsigned char *s, const unsigned char *end)
{
    size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    if (s[0] < 0xC2 || s[0] > 0xF4 || (size_t)(end - s) < n)
        return 0;
    for (size_t k = 1; k < n; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
        return 0; /* overlong, a surrogate, above U+10FFFF */
    return n;
}

static const char escapes_in[] = "\"\\/bfnrt", escapes_out[] = "\"\\/\b\f\n\r\t";

/* A string at ps->p (after its quote), decoded in place; *out is it. */
static int read_string(parser *ps, const char **out)
{
    *out = ps->p;
    /* Up to the first escape or non-ASCII byte the text is its own decoding. */
    while (ps->p < ps->end && (unsigned char)*ps->p >= 0x20 && (unsigned char)*ps->p < 0x80 &&
           *ps->p != '"' && *ps->p != '\\')
        ps->p++;
    char *w = ps->p;
    for (;;) {
        if (ps->p >= ps->end)
            return fail(ps, "premature end of input in a string");
        unsigned char c = (unsigned char)*ps->p;
        if (c == '"') {
            ps->p++;
            *w = '\0'; /* w is at most where the quote was */
            return 0;
        }
        if (c < 0x20)
            return fail(ps, "control character in a string");
        if (c == '\\') {
            char e = ps->p + 1 < ps->end ? ps->p[1] : '\0';
            const char *known = e ? strchr(escapes_in, e) : NULL;
            if (e != 'u' && !known)
                return fail(ps, "invalid escape");
            ps->p += 2;
            if (e == 'u' && unicode_escape(ps, &w) != 0)
                return -1;
            if (known)
                *w++ = escapes_out[known - escapes_in];
        } else if (c < 0x80) {
            *w++ = *ps->p++;
        } else {
            size_t n = utf8_sequence((const unsigned char *)ps->p, (const unsigned char *)ps->end);
            if (!n)
                return fail(ps, "invalid UTF-8 in a string");
            memmove(w, ps->p, n);
            w += n;
            ps->p += n;
        }
    }
}

static int is_digit(const parser *ps) { return ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9'; }

/* A number: an integer unless it has a fraction or an exponent (a real,
 * which no table needs the value of). */
static int read_number(parser *ps, jv *v)
{
    int negative = *ps->p == '-';
    ps->p += negative;
    if (!is_digit(ps))
        return fail(ps, "invalid number");
    if (*ps->p == '0' && ps->p + 1 < ps->end && ps->p[1] >= '0' && ps->p[1] <= '9')
        return fail(ps, "invalid number (a leading zero)");
    unsigned long long magnitude = 0, limit = negative ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
    int overflow = 0;
    while (is_digit(ps)) {
        unsigned d = (unsigned)(*ps->p++ - '0');
        overflow |= magnitude > (limit - d) / 10;
        magnitude = magnitude * 10 + d;
    }
    v->type = JV_INTEGER;
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        if (!is_digit(ps))
            return fail(ps, "invalid number");
        while (is_digit(ps))
            ps->p++;
        v->type = JV_REAL;
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        ps->p += ps->p < ps->end && (*ps->p == '+' || *ps->p == '-');
        if (!is_digit(ps))
            return fail(ps, "invalid number");
        while (is_digit(ps))
            ps->p++;
        v->type = JV_REAL;
    }
    if (v->type == JV_INTEGER && overflow)
        return fail(ps, "too big integer");
    v->as.integer = negative ? (long long)(0 - magnitude) : (long long)magnitude;
    return 0;
}

static int read_word(parser *ps, const char *word, jv_type type, jv *v)
{
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
        return fail(ps, "invalid token");
    ps->p += n;
    v->type = type;
    return 0;
}

static int read_value(parser *ps, int depth);

/* The members of an array or an object at ps->p (after its bracket). */
static int read_members(parser *ps, size_t at, int depth)
{
    int object = ps->values[at].type == JV_OBJECT;
    char close = object ? '}' : ']';
    skip_space(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return 0;
    }
    for (;;) {
        const char *key = NULL;
        if (object) {
            if (ps->p >= ps->end || *ps->p != '"')
                return fail(ps, "string or '}' expected");
            ps->p++;
            if (read_string(ps, &key) != 0)
                return -1;
            skip_space(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return fail(ps, "':' expected");
            ps->p++;
        }
        size_t member = ps->used;
        if (read_value(ps, depth + 1) != 0)
            return -1;
        ps->values[member].key = key;
        ps->values[at].count++;
        skip_space(ps);
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            return 0;
        }
        if (ps->p >= ps->end || *ps->p != ',')
            return fail(ps, object ? "'}' expected" : "']' expected");
        ps->p++;
        skip_space(ps);
    }
}

static int read_value(parser *ps, int depth)
{
    skip_space(ps);
    if (ps->p >= ps->end)
        return fail(ps, "premature end of input");
    if (depth > JV_MAX_DEPTH)
        return fail(ps, "maximum parsing depth reached");
    if (ps->used == ps->room) /* most_values() is a bound: this cannot happen */
        return fail(ps, "too many values");
    size_t at = ps->used++;
    jv *v = &ps->values[at];
    memset(v, 0, sizeof *v);
    int rc;
    switch (*ps->p) {
    case '{':
    case '[':
        v->type = *ps->p++ == '{' ? JV_OBJECT : JV_ARRAY;
        rc = read_members(ps, at, depth);
        break;
    case '"':
        ps->p++;
        v->type = JV_STRING;
        rc = read_string(ps, &v->as.string);
        break;
    case 't': rc = read_word(ps, "true", JV_TRUE, v); break;
    case 'f': rc = read_word(ps, "false", JV_FALSE, v); break;
    case 'n': rc = read_word(ps, "null", JV_NULL, v); break;
    default:
        rc = *ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9') ? read_number(ps, v)
                                                              : fail(ps, "invalid token");
    }
    ps->values[at].span = ps->used - at;
    return rc;
}

/* At most one value per ',', ':' or '[' (strings included), and the root. */
static size_t most_values(const char *text, size_t len)
{
    static const unsigned char opens[256] = {[','] = 1, [':'] = 1, ['['] = 1};
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += opens[(unsigned char)text[i]];
    return n;
}

static void report(const char *text, size_t offset, const char *name, const char *cause, char *err,
                   size_t err_size)
{
    int line = 1, column = 1;
    for (size_t i = 0; i < offset; i++) {
        if (text[i] == '\n')
            line++, column = 1;
        else if (((unsigned char)text[i] & 0xC0) != 0x80)
            column++;
    }
    snprintf(err, err_size, "%s:%d:%d: %s", name, line, column, cause);
}

jv *jv_parse(const char *text, size_t len, const char *name, char *err, size_t err_size)
{
    size_t room = most_values(text, len);
    jv *values = malloc(room * sizeof *values + len + 1);
    if (!values) {
        snprintf(err, err_size, "%s: out of memory", name);
        return NULL;
    }
    parser ps = {.copy = (char *)(values + room), .values = values, .room = room};
    memcpy(ps.copy, text, len);
    ps.copy[len] = '\0';
    ps.p = ps.copy;
    ps.end = ps.copy + len;
    skip_space(&ps);
    int rc = ps.p < ps.end && (*ps.p == '{' || *ps.p == '[') ? read_value(&ps, 1)
                                                             : fail(&ps, "'[' or '{' expected");
    if (rc == 0)
        skip_space(&ps);
    if (rc == 0 && ps.p < ps.end)
        rc = fail(&ps, "end of file expected");
    if (rc != 0) {
        report(text, (size_t)(ps.p - ps.copy), name, ps.error, err, err_size);
        free(values);
        return NULL;
    }
    return values;
}

const jv *jv_get(const jv *object, const char *key)
{
    const jv *found = NULL, *m;
    size_t i;
    if (!jv_is(object, JV_OBJECT))
        return NULL;
    jv_foreach(object, i, m)
        if (strcmp(m->key, key) == 0)
            found = m;
    return found;
}

const jv *jv_at(const jv *array, size_t i)
{
    const jv *m;
    size_t k;
    if (!jv_is(array, JV_ARRAY))
        return NULL;
    jv_foreach(array, k, m)
        if (k == i)
            return m;
    return NULL;
}
