/*
 * Required literals, read from a PCRE2 pattern by a small recursive
 * descent over its syntax.  The reading is conservative: a construct it
 * does not follow (a conditional, a recursion, \Q...\E, extended mode)
 * makes the whole pattern literal-free, which costs speed, never a match.
 *
 * A sequence offers as candidates its runs of literal characters and the
 * literal sets of its groups; the best candidate (longest shortest
 * literal, then fewest literals) is the sequence's.  An alternation needs
 * one from every branch and offers their union.  Optional items (?, *,
 * {0,n}) offer nothing and break the run around them; zero-width items
 * (\b, ^, lookarounds) do not break it.
 *
 * Under PCRE2_UCP a caseless 'k' also matches the Kelvin sign and 's' the
 * long s; text that spells words with those is not seen by the prefilter.
 */
#include "packs/literal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <string.h>

#define FOLD(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c) >= '0' && (c) <= '9' ? '0' : (c))
#define F4(i) FOLD(i), FOLD(i + 1), FOLD(i + 2), FOLD(i + 3)
#define F16(i) F4(i), F4(i + 4), F4(i + 8), F4(i + 12)
#define F64(i) F16(i), F16(i + 16), F16(i + 32), F16(i + 48)

const unsigned char literal_fold[256] = {F64(0), F64(64), F64(128), F64(192)};

typedef struct parser {
    const char *p;      /* the next byte of the pattern */
    int caseless;
    int failed;         /* met a construct it does not read */
} parser;

typedef enum atom_kind {
    ATOM_LITERAL,       /* one character, known up to folding */
    ATOM_EMPTY,         /* zero-width: an assertion, an option setting, a comment */
    ATOM_GROUP,         /* a group: its literal set, if it has one */
    ATOM_OTHER          /* any other item: a class, a dot, \w, a back-reference */
} atom_kind;

typedef struct atom {
    atom_kind kind;
    char bytes[4];      /* ATOM_LITERAL: the folded character (UTF-8) */
    size_t len;
    vec set;            /* ATOM_GROUP: char * */
    int has_set;
} atom;

static int alternation(parser *ps, vec *out);

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int is_alnum(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t utf8_width(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

void literal_list_free(vec *list)
{
    for (size_t i = 0; i < list->len; i++)
        free(*(char **)vec_at(list, i));
    vec_free(list);
}

static size_t shortest(const vec *set)
{
    size_t n = (size_t)-1;
    for (size_t i = 0; i < set->len; i++) {
        size_t len = strlen(*(char **)vec_at(set, i));
        if (len < n)
            n = len;
    }
    return n;
}

/* Keeps in best the better of best and cand; the other is freed. */
static void offer(vec *best, vec *cand)
{
    if (cand->len == 0) {
        vec_free(cand);
        return;
    }
    size_t b = best->len ? shortest(best) : 0, c = shortest(cand);
    if (best->len == 0 || c > b || (c == b && cand->len < best->len)) {
        literal_list_free(best);
        *best = *cand;
    } else {
        literal_list_free(cand);
    }
}

static void offer_run(vec *best, strbuf *run)
{
    if (run->len == 0)
        return;
    vec cand = VEC_INIT(char *);
    *(char **)vec_push(&cand) = xstrndup(run->data, run->len);
    offer(best, &cand);
    run->len = 0;
}

/* Moves past the delimiter `close`; a pattern that lacks it is not read. */
static void skip_past(const char **p, char close, parser *ps)
{
    const char *end = strchr(*p, close);
    if (!end) {
        ps->failed = 1;
        *p += strlen(*p);
    } else {
        *p = end + 1;
    }
}

/* The arguments of an escape whose letter is at (*p)[-1]: \p{L}, \pL,
 * \x{263A}, \x41, \g{-1}, \k<name>, \cX, \12. */
static void skip_escape_arguments(const char **p, char letter, parser *ps)
{
    if (**p == '{' && strchr("pPxogkN", letter)) {
        skip_past(p, '}', ps);
    } else if ((letter == 'k' || letter == 'g') && (**p == '<' || **p == '\'')) {
        char close = **p == '<' ? '>' : '\'';
        (*p)++;
        skip_past(p, close, ps);
    } else if (letter == 'p' || letter == 'P' || letter == 'c') {
        if (**p)
            (*p)++;
    } else if (letter == 'x') {
        for (int i = 0; i < 2 && is_alnum((unsigned char)**p); i++)
            (*p)++;
    } else if (letter == 'g' || is_digit(letter)) {
        if (**p == '-' || **p == '+')
            (*p)++;
        while (is_digit((unsigned char)**p))
            (*p)++;
    }
}

/* A character beyond ASCII that has no case: Latin-1 signs (U+0080 to
 * U+00BF) and general punctuation (U+2000 to U+207F: quotes, dashes). */
static int caseless_safe(const unsigned char *s, size_t len)
{
    return len == 1 || s[0] == 0xC2 || (s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81));
}

static void set_literal(atom *a, const char *bytes, size_t len, parser *ps)
{
    /* ASCII folding says nothing of other letters. */
    if (ps->caseless && !caseless_safe((const unsigned char *)bytes, len)) {
        a->kind = ATOM_OTHER;
        return;
    }
    a->kind = ATOM_LITERAL;
    a->len = len;
    for (size_t i = 0; i < len; i++)
        a->bytes[i] = (char)literal_fold[(unsigned char)bytes[i]];
}

/* One member of a class ("a", "\]", "\-") as a byte, or -1 for anything
 * wider: an escape such as \d, a character beyond ASCII. */
static int class_member(const char **p, parser *ps)
{
    unsigned char c = (unsigned char)**p;
    if (c == '\\') {
        c = (unsigned char)*++*p;
        if (!c)
            return -1;
        (*p)++;
        if (is_alnum(c)) {
            skip_escape_arguments(p, (char)c, ps);
            return -1;
        }
    } else {
        *p += utf8_width(c);
    }
    return c < 0x80 ? c : -1;
}

/* [...]: a literal when every member folds to one byte ("[0-9]", "[Ss]"). */
static void char_class(parser *ps, atom *a)
{
    const char *p = ps->p;
    int other = *p == '^';
    unsigned char members[128] = {0};
    if (other)
        p++;
    for (int first = 1; *p && (*p != ']' || first); first = 0) {
        if (p[0] == '[' && p[1] == ':') {
            const char *end = strstr(p + 2, ":]");
            if (!end)
                break;
            p = end + 2;
            other = 1;
            continue;
        }
        int lo = class_member(&p, ps), hi = lo;
        if (p[0] == '-' && p[1] && p[1] != ']') {
            p++;
            hi = class_member(&p, ps);
        }
        if (lo < 0 || hi < 0 || hi < lo) {
            other = 1;
            continue;
        }
        for (int c = lo; c <= hi; c++)
            members[c] = 1;
    }
    if (*p != ']') {
        ps->failed = 1;
        return;
    }
    ps->p = p + 1;
    a->kind = ATOM_OTHER;
    int folded = -1;
    for (int c = 0; c < 128 && !other; c++) {
        if (!members[c])
            continue;
        if (folded >= 0 && folded != literal_fold[c])
            return;
        folded = literal_fold[c];
    }
    if (!other && folded >= 0) {
        a->kind = ATOM_LITERAL;
        a->bytes[0] = (char)folded;
        a->len = 1;
    }
}

static void escape(parser *ps, atom *a)
{
    unsigned char c = (unsigned char)*ps->p;
    if (!c) {
        ps->failed = 1;
        return;
    }
    if (!is_alnum(c)) {
        size_t w = utf8_width(c);
        set_literal(a, ps->p, w, ps);
        ps->p += w;
        return;
    }
    ps->p++;
    if (strchr("bBAzZGKE", c)) {
        a->kind = ATOM_EMPTY;
    } else if (c == 'Q') {
        ps->failed = 1;
    } else {
        skip_escape_arguments(&ps->p, (char)c, ps);
        a->kind = ATOM_OTHER;
    }
}

/* After "(": lookarounds and comments are zero-width, option settings
 * too (but extended mode is not read), named and non-capturing groups are
 * groups, and everything else (verbs, recursion, conditionals) is not read. */
static void group(parser *ps, atom *a)
{
    const char *p = ps->p;
    a->kind = ATOM_GROUP;
    int lookaround = 0;
    if (*p == '*') {
        ps->failed = 1;
        return;
    }
    if (*p == '?') {
        p++;
        if (*p == '#') {
            skip_past(&p, ')', ps);
            ps->p = p;
            a->kind = ATOM_EMPTY;
            return;
        }
        if (*p == '=' || *p == '!' || (*p == '<' && (p[1] == '=' || p[1] == '!'))) {
            p += *p == '<' ? 2 : 1;
            lookaround = 1;
        } else if (*p == ':' || *p == '>' || *p == '|') {
            p++;
        } else if (*p == '<' || *p == '\'' || (*p == 'P' && p[1] == '<')) {
            char close = *p == '\'' ? '\'' : '>';
            skip_past(&p, close, ps);
        } else {
            const char *q = p;
            while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-' || *q == '^')
                q++;
            if (q == p || (*q != ')' && *q != ':')) {
                ps->failed = 1;
                return;
            }
            if (*q == ')') {
                ps->p = q + 1;
                a->kind = ATOM_EMPTY;
                return;
            }
            p = q + 1;
        }
    }
    ps->p = p;
    a->has_set = alternation(ps, &a->set);
    if (*ps->p != ')')
        ps->failed = 1;
    else
        ps->p++;
    if (lookaround) {
        literal_list_free(&a->set);
        a->has_set = 0;
        a->kind = ATOM_EMPTY;
    }
}

static void read_atom(parser *ps, atom *a)
{
    unsigned char c = (unsigned char)*ps->p++;
    switch (c) {
    case '\\': escape(ps, a); break;
    case '[': char_class(ps, a); break;
    case '(': group(ps, a); break;
    case '^': case '$': a->kind = ATOM_EMPTY; break;
    case '.': a->kind = ATOM_OTHER; break;
    case '*': case '+': case '?': ps->failed = 1; break;
    default: {
        size_t w = utf8_width(c);
        set_literal(a, ps->p - 1, w, ps);
        ps->p += w - 1;
    }
    }
}

/* The minimum of a quantifier after an atom, or -1 when there is none. */
static long quantifier(parser *ps)
{
    const char *p = ps->p;
    long min;
    if (*p == '?' || *p == '*') {
        min = 0;
        p++;
    } else if (*p == '+') {
        min = 1;
        p++;
    } else if (*p == '{' && is_digit((unsigned char)p[1])) {
        min = 0;
        for (p++; is_digit((unsigned char)*p); p++)
            min = min < 100000 ? min * 10 + (*p - '0') : min;
        if (*p == ',')
            for (p++; is_digit((unsigned char)*p); p++)
                ;
        if (*p != '}')
            return -1; /* not a quantifier: "{" is then a literal */
        p++;
    } else {
        return -1;
    }
    if (*p == '?' || *p == '+')
        p++;
    ps->p = p;
    return min;
}

static int sequence(parser *ps, vec *best)
{
    vec_init(best, sizeof(char *));
    strbuf run = STRBUF_INIT;
    while (!ps->failed && *ps->p && *ps->p != '|' && *ps->p != ')') {
        atom a = {0};
        vec_init(&a.set, sizeof(char *));
        read_atom(ps, &a);
        long min = ps->failed ? -1 : quantifier(ps);
        if (a.kind == ATOM_LITERAL && min != 0) {
            for (long i = 0; i < (min > 1 ? (min < 16 ? min : 16) : 1); i++)
                sb_add(&run, a.bytes, a.len);
            if (min > 0) /* repeated: what follows is not next to it */
                offer_run(best, &run);
        } else if (a.kind != ATOM_EMPTY) {
            offer_run(best, &run);
        }
        if (a.kind == ATOM_GROUP && a.has_set && min != 0)
            offer(best, &a.set);
        else
            literal_list_free(&a.set);
    }
    offer_run(best, &run);
    sb_free(&run);
    return !ps->failed && best->len > 0;
}

static void add_unique(vec *set, char *s)
{
    for (size_t i = 0; i < set->len; i++)
        if (strcmp(*(char **)vec_at(set, i), s) == 0) {
            free(s);
            return;
        }
    *(char **)vec_push(set) = s;
}

static int alternation(parser *ps, vec *out)
{
    vec_init(out, sizeof(char *));
    int every = 1;
    for (;;) {
        vec branch;
        if (sequence(ps, &branch)) {
            for (size_t i = 0; i < branch.len; i++)
                add_unique(out, *(char **)vec_at(&branch, i));
            vec_free(&branch);
        } else {
            every = 0;
            literal_list_free(&branch);
        }
        if (ps->failed || *ps->p != '|')
            break;
        ps->p++;
    }
    if (!every || ps->failed)
        literal_list_free(out);
    return every && !ps->failed;
}

/* Whether an option setting anywhere turns on caseless (i) or extended (x)
 * matching; read coarsely, so that a doubt only costs literals. */
static void inline_options(const char *pattern, int *caseless, int *extended)
{
    for (const char *p = strstr(pattern, "(?"); p; p = strstr(p + 2, "(?")) {
        const char *q = p + 2;
        while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-' || *q == '^') {
            *caseless |= *q == 'i';
            *extended |= *q == 'x';
            q++;
        }
    }
}

int literal_required(const char *pattern, int caseless, vec *out)
{
    int extended = 0;
    inline_options(pattern, &caseless, &extended);
    if (extended) {
        vec_init(out, sizeof(char *));
        return 0;
    }
    parser ps = {pattern, caseless, 0};
    if (!alternation(&ps, out))
        return 0;
    if (*ps.p) { /* an unbalanced ")": PCRE2 refuses it anyway */
        literal_list_free(out);
        return 0;
    }
    return 1;
}
