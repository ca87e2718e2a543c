/*
 * What the rules about rules of procedure share: whose rules a citation
 * cites, whether it is a rule's own heading in the rules themselves, and
 * whether the rule it cites governs what its sentence speaks of.
 */
#include "procedure.h"
#include "entities.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

const char *body_name(clerk_body body)
{
    return body == CLERK_BODY_GA ? "the General Assembly"
           : body == CLERK_BODY_SC ? "the Security Council" : "its body";
}

/* The citation is of another set of rules: its number carries a suffix
 * ("rule 98 bis"), or its sentence names another set ("the Rules of
 * Procedure and Evidence"). */
static int cites_other_rules(const clerk_api *api, const clerk_doc *doc, const procedure_state *st,
                             const clerk_rule_cite *c)
{
    const clerk_block *b = api->block(doc, c->loc.block);
    size_t end = c->loc.text_offset + c->loc.text_length, from, to;
    while (end < b->text_length && b->text[end] == ' ')
        end++;
    if (end < b->text_length && phrase_starts(&st->rule_suffixes, b->text, b->text_length, end))
        return 1;
    sentence_bounds(b->text, b->text_length, c->loc.text_offset, &from, &to);
    return phrase_in(&st->other_rules, b->text, from, to);
}

/*
 * The body named with the citation ("rule 14 of the rules of procedure of
 * the General Assembly", "of its rules") or in its sentence wins; else the
 * document's own, unless the citation is of another set of rules.
 * Provisional rules are the Security Council's: said of another body ("its
 * provisional rules" in an Assembly document, where "its" may be any organ
 * the sentence names), they cannot be told.
 */
clerk_body cited_body(const clerk_api *api, const clerk_doc *doc, const procedure_state *st,
                      const clerk_rule_cite *c, char *how, size_t how_size)
{
    const clerk_masthead *m = api->masthead(doc);
    clerk_body body = c->body;
    if (c->flags & CLERK_RULE_BODY_EXPLICIT) {
        snprintf(how, how_size, "named in the citation");
    } else if (body != CLERK_BODY_UNKNOWN) {
        snprintf(how, how_size, "named in the sentence");
    } else {
        if (cites_other_rules(api, doc, st, c))
            return CLERK_BODY_UNKNOWN;
        body = m->body;
        if (m->symbol[0])
            snprintf(how, how_size, "taken from the document symbol %s", m->symbol);
        else
            snprintf(how, how_size, "taken from the masthead");
    }
    if ((c->flags & CLERK_RULE_PROVISIONAL) && body != CLERK_BODY_SC)
        return CLERK_BODY_UNKNOWN;
    return body == CLERK_BODY_GA || body == CLERK_BODY_SC ? body : CLERK_BODY_UNKNOWN;
}

static int is_quote_or_space(const char *t, size_t len, size_t *pos)
{
    static const char *const marks[] = {" ", "\t", "\"", "'", "\u201c", "\u2018", "\u00a0"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        size_t n = strlen(marks[i]);
        if (*pos + n <= len && memcmp(t + *pos, marks[i], n) == 0) {
            *pos += n;
            return 1;
        }
    }
    return 0;
}

/* "Rule 14", "“Rule 61", "Rule 103 [92]", "Rule 99 A": the block is the
 * heading itself. */
int is_rule_heading(const clerk_api *api, const clerk_doc *doc, const clerk_rule_cite *c)
{
    const clerk_block *b = api->block(doc, c->loc.block);
    const char *t = b->text;
    size_t len = b->text_length, p = 0;
    while (p < c->loc.text_offset && is_quote_or_space(t, len, &p))
        ;
    if (p != c->loc.text_offset || len - p < 5 || memcmp(t + p, "Rule ", 5) != 0)
        return 0;
    p = c->loc.text_offset + c->loc.text_length;
    while (p < len && is_quote_or_space(t, len, &p))
        ;
    if (p + 1 == len && isupper((unsigned char)t[p]))
        return 1; /* a rule inserted between two others */
    return p == len || (t[p] == '[' && t[len - 1] == ']');
}

/* A subject of the table the sentence [from, to) speaks of. */
static int speaks_of(const subject *s, const char *t, size_t from, size_t to)
{
    return phrase_in(&s->words, t, from, to) && !phrase_in(&s->unless, t, from, to);
}

/* Some citation in the sentence cites a rule of the set. */
static int sentence_cites(const clerk_api *api, const clerk_doc *doc, size_t block, size_t from,
                          size_t to, const rule_set *set)
{
    size_t n = api->entity_count(doc, CLERK_ENT_RULE);
    for (size_t i = entity_first_in_block(api, doc, CLERK_ENT_RULE, block); i < n; i++) {
        const clerk_rule_cite *c = clerk_rule_cite_at(api, doc, i);
        if (c->loc.block != block)
            break;
        if (c->loc.text_offset >= from && c->loc.text_offset < to && rule_set_has(set, c->rule))
            return 1;
    }
    return 0;
}

/*
 * The citation is misplaced when its sentence speaks of a subject that a
 * neighbouring rule governs (the table's confused_with), no citation in the
 * sentence cites a rule that governs it, and the cited rule governs nothing
 * else the sentence speaks of ("rule 14 ... an explanatory memorandum" is
 * fine when the sentence also asks for a supplementary item).
 */
const subject *misplaced_subject(const clerk_api *api, const clerk_doc *doc,
                                 const procedure_state *st, const clerk_rule_cite *c)
{
    const clerk_block *b = api->block(doc, c->loc.block);
    size_t from, to;
    sentence_bounds(b->text, b->text_length, c->loc.text_offset, &from, &to);
    const subject *wrong = NULL;
    for (size_t i = 0; i < st->subject_count; i++) {
        const subject *s = &st->subjects[i];
        if (!speaks_of(s, b->text, from, to))
            continue;
        if (rule_set_has(&s->rules, c->rule))
            return NULL;
        if (!wrong && rule_set_has(&s->confused, c->rule) &&
            !sentence_cites(api, doc, c->loc.block, from, to, &s->rules))
            wrong = s;
    }
    return wrong;
}
