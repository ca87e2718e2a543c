/*
 * Citations of rules of procedure: "rule 14 of the rules of procedure of
 * the General Assembly", "rules 14 and 20", "rules 96 to 133" (each end of
 * a range is a citation), "rule 37 of the provisional rules of procedure of
 * the Security Council".  A number must follow the word, which leaves out
 * "as a rule", "rule of law" and "rules of origin"; "staff rule 4.1" and
 * "financial rule 105.2" are no rules of procedure either.
 *
 * The body is the one named with the citation (BODY_EXPLICIT), else the one
 * a "rules of procedure of ..." elsewhere in the sentence names, else
 * UNKNOWN.
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "extract/scan.h"

#include <string.h>

/* "[provisional] rules of procedure [of the <body>]" at pos, after "of
 * the" or "of its".  Returns the bytes consumed, 0 when absent. */
static size_t read_rules_of_procedure(const extract_ctx *cx, const char *t, size_t len, size_t pos,
                                      clerk_body *body, unsigned *flags)
{
    size_t p = pos, n = scan_word(t, len, p, "provisional");
    unsigned provisional = 0;
    if (n) {
        p = scan_skip_space(t, len, p + n);
        provisional = CLERK_RULE_PROVISIONAL;
    }
    n = scan_phrase(t, len, p, "rules of procedure");
    if (!n)
        return 0;
    p += n;
    *flags |= provisional;
    size_t q = scan_skip_space(t, len, p);
    size_t of = scan_phrase(t, len, q, "of the");
    if (of) {
        clerk_body named;
        size_t b = scan_body_at(cx, t, len, scan_skip_space(t, len, q + of), &named);
        if (b) {
            *body = named;
            *flags |= CLERK_RULE_BODY_EXPLICIT;
            p = scan_skip_space(t, len, q + of) + b;
        }
    }
    return p - pos;
}

/* The body of a citation from "of the [provisional] rules of procedure of
 * the X" or "of its rules of procedure" right after it. */
static void body_with_citation(const extract_ctx *cx, const char *t, size_t len, size_t pos,
                               clerk_body *body, unsigned *flags)
{
    size_t p = scan_skip_space(t, len, pos);
    size_t n = scan_phrase(t, len, p, "of the");
    int own = 0;
    if (!n) {
        n = scan_phrase(t, len, p, "of its");
        own = n != 0;
    }
    if (!n)
        return;
    if (read_rules_of_procedure(cx, t, len, scan_skip_space(t, len, p + n), body, flags) && own) {
        *body = cx->doc_body;
        *flags |= CLERK_RULE_BODY_EXPLICIT;
    }
}

/* "rules of procedure of the Security Council" elsewhere in the sentence. */
static void body_from_sentence(const extract_ctx *cx, const char *t, size_t len, size_t pos,
                               clerk_body *body, unsigned *flags)
{
    size_t from = scan_sentence_start(t, len, pos), to = scan_sentence_end(t, len, pos);
    for (size_t p = from; (p = scan_find(t, to, p, "ules of procedure", 17)) != SCAN_NONE; p++) {
        if (p == 0 || scan_lower(t[p - 1]) != 'r' || !scan_word_start(t, p - 1))
            continue;
        size_t start = p - 1, ps;
        if (scan_prev_word(t, start, &ps) == 11 && scan_word(t, len, ps, "provisional"))
            start = ps;
        clerk_body named = CLERK_BODY_UNKNOWN;
        unsigned f = 0;
        read_rules_of_procedure(cx, t, to, start, &named, &f);
        *flags |= f & CLERK_RULE_PROVISIONAL;
        if (f & CLERK_RULE_BODY_EXPLICIT) {
            *body = named;
            return;
        }
    }
}

/* A rule number: not "4.1" of the Staff Rules, not part of a longer word. */
static size_t read_rule_number(const char *t, size_t len, size_t pos, int *rule)
{
    size_t n = scan_uint(t, len, pos, 3, rule);
    if (n == 0 || !scan_word_end(t, len, pos + n) || *rule == 0)
        return 0;
    if (pos + n + 1 < len && (t[pos + n] == '.' || t[pos + n] == '/') && scan_is_digit(t[pos + n + 1]))
        return 0;
    return n;
}

/* The keyword at kw, its number list from p; returns where scanning goes on. */
static size_t rule_list(extract_ctx *cx, const char *t, size_t len, size_t kw, size_t p, vec *out)
{
    size_t q = scan_skip_space(t, len, p);
    int rule;
    size_t n = q > p ? read_rule_number(t, len, q, &rule) : 0;
    if (n == 0)
        return p;
    size_t first = out->len, end = q + n;
    clerk_rule_cite *c = vec_push(out);
    scan_loc(&c->loc, cx, kw, end);
    c->rule = rule;
    size_t next;
    int range; /* the endpoints of "rules 96 to 133" are extracted alone */
    while ((next = scan_list_separator(t, len, end, &range)) != 0 && next < len &&
           (n = read_rule_number(t, len, next, &rule)) != 0) {
        c = vec_push(out);
        scan_loc(&c->loc, cx, next, next + n);
        c->rule = rule;
        end = next + n;
    }
    clerk_body body = CLERK_BODY_UNKNOWN;
    unsigned flags = out->len - first > 1 ? CLERK_RULE_IN_LIST : 0;
    body_with_citation(cx, t, len, end, &body, &flags);
    if (!(flags & CLERK_RULE_BODY_EXPLICIT))
        body_from_sentence(cx, t, len, kw, &body, &flags);
    for (size_t i = first; i < out->len; i++) {
        c = vec_at(out, i);
        c->body = body;
        c->flags = flags;
    }
    return end;
}

void extract_rules(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_RULE, CUE_RULE);
    size_t from = 0, at, p;
    cue_kind kind;
    while ((at = cue_next_keyword(&c, text, len, from, &kind, &p)) != SCAN_NONE) {
        from = at + 1;
        size_t ws, wn = scan_prev_word(text, at, &ws);
        if ((wn == 5 && scan_word(text, len, ws, "staff")) ||
            (wn == 9 && scan_word(text, len, ws, "financial")))
            continue;
        size_t end = rule_list(cx, text, len, at, p, out);
        if (end > from)
            from = end;
    }
}
