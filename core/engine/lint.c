#include "engine/lint.h"
#include "engine/finding.h"
#include "engine/host.h"
#include "engine/suppress.h"

#include <stdatomic.h>

static atomic_ulong runs;

static unsigned long next_run(void)
{
    return atomic_fetch_add(&runs, 1) + 1;
}

static void run_rule(const registry *reg, size_t index, clerk_severity severity, json_t *options,
                     const clerk_doc *doc, vec *findings, unsigned long run)
{
    const rule_info *ri = registry_rule(reg, index);
    const plugin_handle *p = registry_plugin(reg, ri->plugin);
    clerk_ctx ctx = {
        .reg = reg,
        .doc = doc,
        .rule_id = ri->id,
        .rule = &ri->rule,
        .plugin_name = p->desc->name,
        .severity = severity,
        .options = options,
        .state = p->state,
        .findings = findings,
        .run = run,
    };
    ri->rule.check(&reg->api, doc, &ctx);
}

clerk_doc *lint_parse(const registry *reg, const char *path, char *src, size_t len,
                      doc_format format, char *err, size_t err_size)
{
    return doc_parse_with(path, src, len, format, reg->terminated_texts ? DOC_TERMINATED_TEXTS : 0,
                          err, err_size);
}

void lint_document(const registry *reg, const rule_state *states, const clerk_doc *doc,
                   vec *findings)
{
    lint_document_with(reg, states, NULL, doc, findings);
}

void lint_document_with(const registry *reg, const rule_state *states, const suppress_options *opt,
                        const clerk_doc *doc, vec *findings)
{
    unsigned long run = next_run();
    for (size_t i = 0; i < reg->rules.len; i++)
        if (states[i].severity != CLERK_OFF)
            run_rule(reg, i, states[i].severity, states[i].options, doc, findings, run);
    suppress_apply(doc, reg, opt, findings);
    findings_sort(findings);
}

void lint_one_rule(const registry *reg, size_t rule, const clerk_doc *doc, vec *findings)
{
    run_rule(reg, rule, registry_rule(reg, rule)->rule.severity, NULL, doc, findings, next_run());
    findings_sort(findings);
}
