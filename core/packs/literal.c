/*
 * Required literals, read from a PCRE2 pattern by a small recursive
 * descent over its syntax.  The reading is conservative: a construct it
 * does not follow (a conditional, a recursion, \Q...\E, extended mode)
 * makes the whole pattern literal-free, which costs speed, never a match.
 *
 * A sequence keeps the texts its current run of literal items can be
 * ("organi" then "z": {"organiz"}; "(?:organi|recogni)z": {"organiz",
 * "recogniz"}; "[Ff]rom": {"from"}) and offers each run, and what its
 * groups and positive lookarounds require, as candidates.  The best
 * candidate is the one whose least telling literal is the most telling
 * (rare bytes count more than common ones, so "%" beats a digit), then
 * the one with fewer literals.  An alternation needs a candidate from
 * every branch and offers their union.  Optional items (?, *, {0,n}) and
 * anything not literal end a run; zero-width items (\b, ^, lookarounds)
 * do not.  A candidate that starts every match (nothing is consumed
 * before it) is marked so: the match can then be tried at each place the
 * literal occurs rather than searched for through the text.
 *
 * Under PCRE2_UCP a caseless 'k' also matches the Kelvin sign and 's' the
 * long s; text that spells words with those is not seen by the prefilter.
 */
#include "packs/literal.h"
#include "util/xalloc.h"

#include <string.h>

#define FOLD(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c) >= '0' && (c) <= '9' ? '0' : (c))
#define F4(i) FOLD(i), FOLD(i + 1), FOLD(i + 2), FOLD(i + 3)
#define F16(i) F4(i), F4(i + 4), F4(i + 8), F4(i + 12)
#define F64(i) F16(i), F16(i + 16), F16(i + 32), F16(i + 48)

const unsigned char literal_fold[256] = {F64(0), F64(64), F64(128), F64(192)};

/* A run's texts are the product of its sets' alternatives: past this
 * many, the run is offered and starts again. */
#define RUN_MAX 64
/* A class of more characters than this is not worth a set. */
#define CLASS_MAX 8

typedef struct parser {
    const char *p;      /* the next byte of the pattern */
    int caseless;
    int failed;         /* met a construct it does not read */
} parser;

/* A candidate: every match contains one of the strings. */
typedef struct candidate {
    vec strings;        /* char *, folded; empty: none */
    int prefix;         /* one of them starts every match */
} candidate;

/* What an expression says of the text it matches. */
typedef struct reading {
    candidate best;
    vec exact;          /* char *: with is_exact, every text it can match */
    int is_exact;       /* it is a literal, a class or an alternation of them */
} reading;

typedef enum atom_kind {
    ATOM_SET,           /* characters known up to folding: in.exact */
    ATOM_EMPTY,         /* zero-width: an assertion, an option setting, a comment */
    ATOM_LOOK,          /* a positive lookaround: zero-width, but its text is there */
    ATOM_GROUP,         /* a group */
    ATOM_OTHER          /* any other item: a wide class, a dot, \w, a back-reference */
} atom_kind;

typedef struct atom {
    atom_kind kind;
    reading in;         /* what it is or holds */
    int behind;         /* ATOM_LOOK: a lookbehind */
} atom;

static void alternation(parser *ps, reading *out);

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

static void add_unique(vec *set, char *s)
{
    for (size_t i = 0; i < set->len; i++)
        if (strcmp(*(char **)vec_at(set, i), s) == 0) {
            free(s);
            return;
        }
    *(char **)vec_push(set) = s;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts a list and drops its repeats. */
static void unique(vec *list)
{
    if (list->len < 2)
        return;
    qsort(list->data, list->len, sizeof(char *), compare_strings);
    size_t n = 1;
    for (size_t i = 1; i < list->len; i++) {
        char *s = *(char **)vec_at(list, i);
        if (strcmp(s, *(char **)vec_at(list, n - 1)) == 0)
            free(s);
        else
            *(char **)vec_at(list, n++) = s;
    }
    list->len = n;
}

static void list_append(vec *to, vec *from)
{
    for (size_t i = 0; i < from->len; i++)
        *(char **)vec_push(to) = *(char **)vec_at(from, i);
    vec_free(from);
}

static void list_copy(vec *to, const vec *from)
{
    vec_init(to, sizeof(char *));
    for (size_t i = 0; i < from->len; i++)
        *(char **)vec_push(to) = xstrdup(*(char **)vec_at(from, i));
}

static void reading_init(reading *r)
{
    vec_init(&r->best.strings, sizeof(char *));
    r->best.prefix = 0;
    vec_init(&r->exact, sizeof(char *));
    r->is_exact = 0;
}

static void reading_free(reading *r)
{
    literal_list_free(&r->best.strings);
    literal_list_free(&r->exact);
}

/* How much a literal narrows the search: letters and digits of common
 * words count 1, other letters 2, anything else 3. */
static size_t weight(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += strchr(" 0etaoinsrhldcu", *s) ? 1 : (*s >= 'a' && *s <= 'z') ? 2 : 3;
    return w;
}

static size_t least_weight(const vec *set)
{
    size_t n = (size_t)-1;
    for (size_t i = 0; i < set->len; i++) {
        size_t w = weight(*(char **)vec_at(set, i));
        if (w < n)
            n = w;
    }
    return set->len ? n : 0;
}

/* Keeps in best the better of best and cand, whose strings it takes over. */
static void offer(candidate *best, vec *cand, int prefix)
{
    size_t b = least_weight(&best->strings), c = least_weight(cand);
    if (c > b || (c == b && c > 0 && cand->len < best->strings.len)) {
        literal_list_free(&best->strings);
        best->strings = *cand;
        best->prefix = prefix;
    } else {
        literal_list_free(cand);
    }
}

/* The run: what the literal items since it began can be; at_start when
 * nothing was consumed before it. */
typedef struct run {
    vec texts;
    int at_start;
} run;

static void run_start(run *r, int at_start)
{
    vec_init(&r->texts, sizeof(char *));
    *(char **)vec_push(&r->texts) = xstrdup("");
    r->at_start = at_start;
}

static int run_empty(const run *r)
{
    return r->texts.len == 1 && !**(char **)vec_at(&r->texts, 0);
}

static void run_end(candidate *best, run *r)
{
    int was_empty = run_empty(r), at_start = r->at_start;
    offer(best, &r->texts, r->at_start);
    run_start(r, was_empty && at_start);
}

/* The run followed by any of the texts. */
static void run_product(candidate *best, run *r, const vec *texts)
{
    if (texts->len == 1) { /* a character: appended where the texts are */
        const char *tail = *(char **)vec_at(texts, 0);
        size_t t = strlen(tail);
        for (size_t i = 0; i < r->texts.len; i++) {
            char **s = vec_at(&r->texts, i);
            size_t h = strlen(*s);
            *s = xrealloc(*s, h + t + 1);
            memcpy(*s + h, tail, t + 1);
        }
        return;
    }
    if (texts->len > 1 && r->texts.len * texts->len > RUN_MAX) {
        int at_start = r->at_start && run_empty(r);
        offer(best, &r->texts, r->at_start);
        list_copy(&r->texts, texts);
        r->at_start = at_start;
        return;
    }
    vec next = VEC_INIT(char *);
    for (size_t i = 0; i < r->texts.len; i++) {
        const char *head = *(char **)vec_at(&r->texts, i);
        size_t h = strlen(head);
        for (size_t k = 0; k < texts->len; k++) {
            const char *tail = *(char **)vec_at(texts, k);
            size_t t = strlen(tail);
            char *s = xmalloc(h + t + 1);
            memcpy(s, head, h);
            memcpy(s + h, tail, t + 1);
            *(char **)vec_push(&next) = s; /* a repeat would only be a keyword twice */
        }
    }
    literal_list_free(&r->texts);
    r->texts = next;
}

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

/* One character as a set of one (folded), or OTHER for a letter beyond
 * ASCII under caseless matching. */
static void set_literal(atom *a, const char *bytes, size_t len, parser *ps)
{
    /* ASCII folding says nothing of other letters. */
    if (ps->caseless && !caseless_safe((const unsigned char *)bytes, len)) {
        a->kind = ATOM_OTHER;
        return;
    }
    char *s = xstrndup(bytes, len);
    for (char *c = s; *c; c++)
        *c = (char)literal_fold[(unsigned char)*c];
    a->kind = ATOM_SET;
    a->in.is_exact = 1;
    *(char **)vec_push(&a->in.exact) = s;
}

/* One member of a class: a byte or a character beyond ASCII (*wide set,
 * its bytes at *at), or -1 for an escape such as \d. */
static int class_member(const char **p, parser *ps, const char **at, size_t *wide)
{
    unsigned char c = (unsigned char)**p;
    *wide = 0;
    if (c == '\\') {
        c = (unsigned char)*++*p;
        if (!c)
            return -1;
        (*p)++;
        if (is_alnum(c)) {
            skip_escape_arguments(p, (char)c, ps);
            return -1;
        }
        if (c < 0x80)
            return c;
        (*p)--;
    }
    *at = *p;
    *wide = utf8_width(c);
    *p += *wide;
    if (c < 0x80) {
        *wide = 0;
        return c;
    }
    return 0;
}

/* [...]: the set of its members when they are few ("[Ss]", "[0-9]",
 * "[“”]"); any other class is OTHER. */
static void char_class(parser *ps, atom *a)
{
    const char *p = ps->p;
    int other = *p == '^';
    vec members = VEC_INIT(char *);
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
        const char *at;
        size_t wide;
        int lo = class_member(&p, ps, &at, &wide), hi = lo;
        if (wide) {
            if (ps->caseless && !caseless_safe((const unsigned char *)at, wide))
                other = 1;
            else
                add_unique(&members, xstrndup(at, wide));
            continue;
        }
        if (p[0] == '-' && p[1] && p[1] != ']') {
            p++;
            const char *at2;
            size_t wide2;
            hi = class_member(&p, ps, &at2, &wide2);
            if (wide2)
                hi = -1;
        }
        if (lo < 0 || hi < 0 || hi < lo) {
            other = 1;
            continue;
        }
        for (int c = lo; c <= hi && members.len <= CLASS_MAX; c++)
            add_unique(&members, xstrndup((const char *)&literal_fold[c], 1));
    }
    if (*p != ']') {
        ps->failed = 1;
        literal_list_free(&members);
        return;
    }
    ps->p = p + 1;
    if (other || members.len == 0 || members.len > CLASS_MAX) {
        a->kind = ATOM_OTHER;
        literal_list_free(&members);
        return;
    }
    a->kind = ATOM_SET;
    a->in.is_exact = 1;
    literal_list_free(&a->in.exact);
    a->in.exact = members;
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
    int look = 0; /* 1 positive, -1 negative */
    a->kind = ATOM_GROUP;
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
            a->behind = *p == '<';
            p += a->behind;
            look = *p == '=' ? 1 : -1;
            p++;
        } else if (*p == ':' || *p == '>' || *p == '|') {
            p++;
        } else if (*p == '<' || *p == '\'' || (*p == 'P' && p[1] == '<')) {
            char close = *p == '\'' ? '\'' : '>';
            p += *p == '\'';
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
    reading_free(&a->in);
    alternation(ps, &a->in);
    if (*ps->p != ')')
        ps->failed = 1;
    else
        ps->p++;
    if (look)
        a->kind = look > 0 ? ATOM_LOOK : ATOM_EMPTY;
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


/* A set repeated n times: each member n times (sets here are single
 * characters or groups of literals; n is small). */
static void repeat(run *r, candidate *best, const vec *texts, long n)
{
    for (long i = 0; i < (n < 16 ? n : 16); i++)
        run_product(best, r, texts);
}

/* Reads items up to "|", ")" or the end. */
static void sequence(parser *ps, reading *out)
{
    reading_init(out);
    run r;
    run_start(&r, 1);
    int exact = 1;
    while (!ps->failed && *ps->p && *ps->p != '|' && *ps->p != ')') {
        atom a = {0};
        reading_init(&a.in);
        read_atom(ps, &a);
        long min = ps->failed ? -1 : quantifier(ps);
        int quantified = min >= 0;
        switch (a.kind) {
        case ATOM_SET:
        case ATOM_GROUP:
            if (a.in.is_exact && min != 0) {
                repeat(&r, &out->best, &a.in.exact, quantified ? min : 1);
                if (quantified) { /* repeated: its last repetition starts what follows */
                    exact = 0;
                    run_end(&out->best, &r);
                    r.at_start = 0;
                    if (a.kind == ATOM_SET)
                        run_product(&out->best, &r, &a.in.exact);
                }
            } else if (min != 0 && a.in.best.prefix) {
                /* Its matches start with its literals: they follow the run. */
                exact = 0;
                run_product(&out->best, &r, &a.in.best.strings);
                run_end(&out->best, &r);
                r.at_start = 0;
            } else {
                exact = 0;
                run_end(&out->best, &r);
                if (min != 0) {
                    offer(&out->best, &a.in.best.strings, a.in.best.prefix && r.at_start);
                    vec_init(&a.in.best.strings, sizeof(char *));
                }
                r.at_start = 0;
            }
            break;
        case ATOM_LOOK:
            /* Its text is next to the run: after it (ahead), or before
             * what follows when nothing is in the run yet (behind). */
            if (a.in.is_exact && !a.behind) {
                run_product(&out->best, &r, &a.in.exact);
                run_end(&out->best, &r);
                r.at_start = 0;
            } else if (a.in.is_exact && run_empty(&r)) {
                run_product(&out->best, &r, &a.in.exact);
                r.at_start = 0; /* the match starts after what it looked behind at */
            } else {
                offer(&out->best, &a.in.best.strings, 0);
                vec_init(&a.in.best.strings, sizeof(char *));
            }
            break;
        case ATOM_EMPTY:
            break;
        case ATOM_OTHER:
            exact = 0;
            run_end(&out->best, &r);
            r.at_start = 0;
            break;
        }
        reading_free(&a.in);
    }
    if (exact && !ps->failed) {
        out->is_exact = 1;
        list_copy(&out->exact, &r.texts);
    }
    offer(&out->best, &r.texts, r.at_start);
}

static void alternation(parser *ps, reading *out)
{
    reading_init(out);
    int every = 1, exact = 1, prefix = 1;
    for (;;) {
        reading branch;
        sequence(ps, &branch);
        every &= branch.best.strings.len > 0;
        exact &= branch.is_exact;
        prefix &= branch.best.prefix;
        list_append(&out->best.strings, &branch.best.strings);
        list_append(&out->exact, &branch.exact);
        if (ps->failed || *ps->p != '|')
            break;
        ps->p++;
    }
    unique(&out->best.strings);
    unique(&out->exact);
    if (!every || ps->failed)
        literal_list_free(&out->best.strings);
    out->best.prefix = prefix && out->best.strings.len > 0;
    out->is_exact = exact && !ps->failed;
    if (!out->is_exact)
        literal_list_free(&out->exact);
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


int literal_required(const char *pattern, int caseless, vec *out, int *prefix)
{
    int extended = 0;
    *prefix = 0;
    inline_options(pattern, &caseless, &extended);
    vec_init(out, sizeof(char *));
    if (extended)
        return 0;
    parser ps = {pattern, caseless, 0};
    reading r;
    alternation(&ps, &r);
    literal_list_free(&r.exact);
    if (*ps.p || r.best.strings.len == 0) { /* an unbalanced ")" is refused by PCRE2 anyway */
        literal_list_free(&r.best.strings);
        return 0;
    }
    *out = r.best.strings;
    *prefix = r.best.prefix;
    return 1;
}
