/*
 * The host side of the plugin ABI: the clerk_api table, and the context a
 * check function reports through.
 */
#ifndef CLERK_HOST_H
#define CLERK_HOST_H

#include "clerk/plugin.h"
#include "util/vec.h"

#include <jansson.h>

struct registry;

struct clerk_ctx {
    const struct registry *reg;
    const clerk_doc *doc;
    const char *rule_id;
    const clerk_rule *rule;
    const char *plugin_name;
    clerk_severity severity;    /* as configured */
    json_t *options;            /* configured options (an object) or NULL */
    void *state;                /* the plugin's */
    vec *findings;              /* where reports go */
    /* This run of the rules over this document, unique in the process: a
     * core service whose rules share one pass over a document (rule packs)
     * keeps that pass's result under it. */
    unsigned long run;
};

void host_api_init(clerk_api *api);

#endif
