/*
 * procedure/rule-subject: the rule cited governs what the sentence asks
 * for.  A supplementary item is requested under rule 14, not rule 15
 * (additional items); an explanatory memorandum is rule 20, not rule 13; a
 * plenary matter is not governed by a committee rule (rules 96-133).  What
 * each rule governs, and which rules are cited for it by mistake, is the
 * table rule-subjects.json.
 */
#include "procedure.h"

#include <stdio.h>
#include <string.h>

static int has_ranges(const rule_set *set)
{
    for (size_t i = 0; i < set->count; i++)
        if (set->items[i].first != set->items[i].last)
            return 1;
    return 0;
}

/* "rule 14 (Supplementary items, regular session) or rule 18 (...)", or
 * "rules 1–95 and 134–163" for ranges. */
static void describe_rules(const procedure_state *st, const rule_set *set, char *out, size_t size)
{
    if (has_ranges(set)) {
        rule_set_format(set, out, size);
        return;
    }
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < set->count && used < size; i++) {
        int n = set->items[i].first;
        const ga_rule *r = ga_rule_at(st, n);
        const char *sep = i == 0 ? "" : " or ";
        if (!r)
            used += (size_t)snprintf(out + used, size - used, "%srule %d", sep, n);
        else if (set->count > 1)
            used += (size_t)snprintf(out + used, size - used, "%srule %d (%s, %s)", sep, n, r->title,
                                     r->applies_to);
        else
            used += (size_t)snprintf(out + used, size - used, "%srule %d (%s)", sep, n, r->title);
    }
}

void check_rule_subject(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const procedure_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RULE); i < n; i++) {
        const clerk_rule_cite *c = clerk_rule_cite_at(api, doc, i);
        char how[160];
        if (cited_body(api, doc, st, c, how, sizeof how) != CLERK_BODY_GA || is_rule_heading(api, doc, c))
            continue;
        const ga_rule *cited = ga_rule_at(st, c->rule);
        const subject *s = cited ? misplaced_subject(api, doc, st, c) : NULL;
        if (!s)
            continue;
        char cited_text[200], governing[400];
        if (has_ranges(&s->confused))
            snprintf(cited_text, sizeof cited_text, "%s, chapter %s: %s", cited->title, cited->chapter,
                     cited->chapter_name);
        else
            snprintf(cited_text, sizeof cited_text, "%s", cited->title);
        describe_rules(st, &s->rules, governing, sizeof governing);
        api->report(ctx, c->loc.offset, c->loc.length, NULL,
                    "rule %d (%s) does not govern %s, which %s %s", c->rule, cited_text, s->name,
                    governing, has_ranges(&s->rules) ? "govern" : "governs");
    }
}
