#include "engine/suppress.h"
#include "engine/finding.h"
#include "util/xalloc.h"

#include <string.h>

typedef enum { NEXT_LINE, THIS_LINE, DISABLE, ENABLE } directive_kind;

/* A rule id a directive names, that the registry knows. */
typedef struct named_rule {
    long index;             /* in the registry */
    size_t offset, length;  /* the id in the source */
    int used;               /* it silenced a finding */
} named_rule;

typedef struct directive {
    directive_kind kind;
    size_t line;            /* 1-based line the directive stands on */
    size_t offset;          /* where its keyword stands in the source */
    size_t length;          /* of the keyword */
    int names_rules;        /* it lists rule ids; otherwise it covers every rule */
    vec rules;              /* named_rule */
    int used;               /* without ids: it silenced a finding */
    int has_reason;         /* "-- why" follows the ids */
} directive;

static const struct {
    const char *word;
    directive_kind kind;
} keywords[] = {
    /* Longest first: "clerk-disable" is a prefix of the others.  In the
     * order of directive_kind, so keywords[kind] names a kind. */
    {"clerk-disable-next-line", NEXT_LINE},
    {"clerk-disable-line", THIS_LINE},
    {"clerk-disable", DISABLE},
    {"clerk-enable", ENABLE},
};

static int is_space(char c) { return c == ' ' || c == '\t'; }

static int is_id_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '_' ||
           (c >= 'A' && c <= 'Z') || c == '.';
}

static const char *skip_spaces(const char *p, const char *end)
{
    while (p < end && is_space(*p))
        p++;
    return p;
}

/* Where the directive's words would start on a line: after "[//]: #" at its
 * start, inside the line's first "<!--" (which may follow text, as
 * clerk-disable-line does), or else at the start of the line (plain text). */
static const char *directive_start(const char *line, const char *end)
{
    const char *p = skip_spaces(line, end);
    static const char *const links[] = {"[//]: # (", "[//]: # \"", "[//]: #("};
    for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
        size_t n = strlen(links[i]);
        if ((size_t)(end - p) >= n && memcmp(p, links[i], n) == 0)
            return skip_spaces(p + n, end);
    }
    for (const char *c = p; end - c >= 4; c++)
        if (memcmp(c, "<!--", 4) == 0)
            return skip_spaces(c + 4, end);
    return p;
}

static int at_dashes(const char *p, const char *end)
{
    return end - p >= 2 && p[0] == '-' && p[1] == '-';
}

/* Parses the rule list after the keyword up to "--", "-->", ")" or a quote,
 * and returns where it stopped. */
static const char *parse_rules(const clerk_doc *doc, const registry *reg, const char *p,
                               const char *end, directive *d, vec *findings)
{
    for (;;) {
        while (p < end && (is_space(*p) || *p == ','))
            p++;
        if (p >= end || *p == ')' || *p == '"' || at_dashes(p, end))
            return p;
        const char *id = p;
        while (p < end && is_id_char(*p) && !at_dashes(p, end)) /* "t/a-->" ends at "--" */
            p++;
        if (p == id) {
            p++;
            continue;
        }
        d->names_rules = 1;
        char *name = xstrndup(id, (size_t)(p - id));
        long k = registry_find(reg, name);
        if (k < 0) {
            findings_add(findings, (size_t)(id - doc->src), (size_t)(p - id), CLERK_WARNING,
                         "clerk/unknown-rule",
                         xasprintf("unknown rule \"%s\" in a suppression comment", name), NULL);
        } else {
            named_rule *r = vec_push(&d->rules);
            r->index = k;
            r->offset = (size_t)(id - doc->src);
            r->length = (size_t)(p - id);
        }
        free(name);
    }
}

/* "-- reason": two dashes (not those closing the comment), then words. */
static int reason_at(const char *p, const char *end)
{
    if (!at_dashes(p, end) || (end - p >= 3 && p[2] == '>'))
        return 0;
    p = skip_spaces(p + 2, end);
    return p < end && *p != ')' && *p != '"' && !at_dashes(p, end);
}

/* Every keyword starts with "clerk-": the lines holding it are found in one
 * pass over the source, by its 'k' (rarer than its 'c'), rather than line by
 * line. */
static void collect(const clerk_doc *doc, const registry *reg, vec *directives, vec *findings)
{
    const char *src = doc->src, *stop = src + doc->len;
    for (const char *k = src + 4; k < stop && (k = memchr(k, 'k', (size_t)(stop - k))); k++) {
        if (stop - k < 2 || k[1] != '-' || memcmp(k - 4, "clerk", 5) != 0)
            continue;
        size_t line, column, len;
        doc_line_col(doc, (size_t)(k - src), &line, &column);
        const char *text = doc_line_text(doc, line, &len);
        const char *end = text + len;
        k = end; /* the line is read once, whatever else it mentions */
        if (len < 12)
            continue;
        const char *p = directive_start(text, end);
        for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
            size_t n = strlen(keywords[i].word);
            if ((size_t)(end - p) < n || memcmp(p, keywords[i].word, n) != 0)
                continue;
            if (p + n < end && is_id_char(p[n]))
                break; /* "clerk-disabled": not a directive */
            directive *d = vec_push(directives);
            d->kind = keywords[i].kind;
            d->line = line;
            d->offset = (size_t)(p - src);
            d->length = n;
            vec_init(&d->rules, sizeof(named_rule));
            d->has_reason = reason_at(parse_rules(doc, reg, p + n, end, d, findings), end);
            break;
        }
    }
}

/* Where to mark that the directive silenced a finding of the rule: its
 * entry for the rule, or the directive itself when it names none; NULL
 * when it does not cover the rule.  Only the ids that exist count: one
 * naming unknown ids alone covers nothing. */
static int *covering(directive *d, const char *rule, const registry *reg)
{
    if (!d->names_rules)
        return &d->used;
    for (size_t i = 0; i < d->rules.len; i++) {
        named_rule *r = vec_at(&d->rules, i);
        if (strcmp(registry_rule(reg, (size_t)r->index)->id, rule) == 0)
            return &r->used;
    }
    return NULL;
}

/* The first line after `line` that is not blank. */
static size_t next_content_line(const clerk_doc *doc, size_t line)
{
    for (size_t l = line + 1; l <= doc->line_count; l++) {
        size_t len;
        const char *t = doc_line_text(doc, l, &len);
        for (size_t i = 0; i < len; i++)
            if (!is_space(t[i]))
                return l;
    }
    return 0;
}

static int suppressed(const clerk_doc *doc, vec *directives, const finding *f, const registry *reg)
{
    size_t line, column;
    doc_line_col(doc, f->offset, &line, &column);
    int *range = NULL; /* the clerk-disable in force, if any */
    for (size_t i = 0; i < directives->len; i++) {
        directive *d = vec_at(directives, i);
        int *used = covering(d, f->rule, reg);
        if (!used)
            continue;
        switch (d->kind) {
        case NEXT_LINE:
            if (next_content_line(doc, d->line) == line)
                return *used = 1;
            break;
        case THIS_LINE:
            if (d->line == line)
                return *used = 1;
            break;
        case DISABLE:
            if (d->offset <= f->offset)
                range = used;
            break;
        case ENABLE:
            if (d->offset <= f->offset)
                range = NULL;
            break;
        }
    }
    return range ? (*range = 1) : 0;
}

/* Findings on the directives themselves: a missing reason, and ids (or
 * whole directives) that silenced nothing. */
static void check_directives(const vec *directives, const registry *reg,
                             const suppress_options *opt, vec *findings)
{
    for (size_t i = 0; i < directives->len; i++) {
        const directive *d = vec_at(directives, i);
        if (d->kind == ENABLE)
            continue;
        const char *word = keywords[d->kind].word;
        if (opt->require_reason && !d->has_reason)
            findings_add(findings, d->offset, d->length, CLERK_ERROR, "clerk/missing-reason",
                         xasprintf("%s without a reason: add \"-- why\" after the rule ids", word),
                         NULL);
        if (!opt->report_unused)
            continue;
        if (!d->names_rules && !d->used)
            findings_add(findings, d->offset, d->length, CLERK_WARNING, "clerk/unused-disable",
                         xasprintf("%s silences nothing here", word), NULL);
        for (size_t k = 0; k < d->rules.len; k++) {
            const named_rule *r = vec_at(&d->rules, k);
            if (!r->used)
                findings_add(findings, r->offset, r->length, CLERK_WARNING, "clerk/unused-disable",
                             xasprintf("%s %s silences nothing here", word,
                                       registry_rule(reg, (size_t)r->index)->id),
                             NULL);
        }
    }
}

void suppress_apply(const clerk_doc *doc, const registry *reg, const suppress_options *opt,
                    vec *findings)
{
    vec directives = VEC_INIT(directive);
    size_t before = findings->len;
    collect(doc, reg, &directives, findings);
    if (directives.len) {
        size_t kept = 0;
        for (size_t i = 0; i < before; i++) {
            finding *f = vec_at(findings, i);
            if (suppressed(doc, &directives, f, reg)) {
                free(f->message);
                free(f->replacement);
            } else {
                *(finding *)vec_at(findings, kept++) = *f;
            }
        }
        /* Keep the unknown-rule findings collect() appended. */
        for (size_t i = before; i < findings->len; i++)
            *(finding *)vec_at(findings, kept++) = *(finding *)vec_at(findings, i);
        findings->len = kept;
        if (opt)
            check_directives(&directives, reg, opt, findings);
    }
    for (size_t i = 0; i < directives.len; i++)
        vec_free(&((directive *)vec_at(&directives, i))->rules);
    vec_free(&directives);
}
