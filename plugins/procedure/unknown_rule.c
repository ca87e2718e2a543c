/*
 * procedure/unknown-rule: the cited rule exists in the rules of procedure
 * of the body whose rules are cited — the General Assembly's run 1 to 163,
 * the Security Council's provisional rules 1 to 61 with rule 43 deleted.
 *
 * The rules themselves are not citations of their own headings ("Rule 19"
 * printed with a footnote mark, "Rule 198"), and a sentence that tells the
 * history of renumbered rules ("rules 60 to 165 were renumbered") cites the
 * numbers of an earlier edition on purpose.
 */
#include "procedure.h"

void check_unknown_rule(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const procedure_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RULE); i < n; i++) {
        const clerk_rule_cite *c = clerk_rule_cite_at(api, doc, i);
        char how[160];
        clerk_body body = cited_body(api, doc, st, c, how, sizeof how);
        if (body == CLERK_BODY_UNKNOWN || is_rule_heading(api, doc, c))
            continue;
        int count = body == CLERK_BODY_GA ? st->ga_count : st->sc_count;
        int deleted = body == CLERK_BODY_SC && rule_set_has(&st->sc_deleted, c->rule);
        if (c->rule <= count && !deleted)
            continue;
        const clerk_block *b = api->block(doc, c->loc.block);
        size_t from, to;
        sentence_bounds(b->text, b->text_length, c->loc.text_offset, &from, &to);
        if (phrase_in(&st->historical, b->text, from, to))
            continue;
        const char *rules = body == CLERK_BODY_GA ? "rules of procedure" : "provisional rules of procedure";
        if (deleted)
            api->report(ctx, c->loc.offset, c->loc.length, NULL,
                        "rule %d of the %s of %s was deleted (the body is %s)", c->rule, rules,
                        body_name(body), how);
        else
            api->report(ctx, c->loc.offset, c->loc.length, NULL,
                        "there is no rule %d: the %s of %s run from 1 to %d (the body is %s)", c->rule,
                        rules, body_name(body), count, how);
    }
}
