#include "cli/baselines.h"
#include "engine/finding.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <string.h>

static baseline *load(baselines *b, const char *path)
{
    for (size_t i = 0; i < b->loaded.len; i++) {
        baseline *known = *(baseline **)vec_at(&b->loaded, i);
        if (strcmp(baseline_path(known), path) == 0)
            return known;
    }
    char err[1024];
    baseline *bl = baseline_load(path, err, sizeof err);
    if (!bl) {
        fprintf(stderr, "clerk: cannot read the baseline: %s\n", err);
        return NULL;
    }
    *(baseline **)vec_push(&b->loaded) = bl;
    return bl;
}

int baselines_open(baselines *b, config *const *configs, size_t config_count)
{
    vec_init(&b->loaded, sizeof(baseline *));
    b->by_config = xcalloc(config_count + 1, sizeof *b->by_config);
    if (b->write) {
        /* Every finding goes into the new one: no old one is consulted. */
        b->recorded = baseline_new(b->write);
        return 0;
    }
    for (size_t i = 0; i < config_count; i++) {
        const char *path = b->given ? b->given : configs[i]->baseline;
        if (path && !(b->by_config[i] = load(b, path)))
            return -1;
    }
    if (b->given && !config_count && !load(b, b->given))
        return -1;
    if (b->prune && !b->loaded.len) {
        fprintf(stderr, "clerk: --prune-baseline needs a baseline: --baseline FILE, or \"baseline\" "
                        "in .clerk.json\n");
        return -1;
    }
    return 0;
}

void baselines_apply(baselines *b, size_t config, const char *path, const clerk_doc *doc,
                     vec *findings)
{
    if (b->recorded) {
        baseline_record(b->recorded, path, doc, findings);
        b->held += findings->len;
        findings_free(findings);
        vec_init(findings, sizeof(finding));
    } else if (b->by_config[config]) {
        b->held += baseline_filter(b->by_config[config], path, doc, findings);
    }
}

static int save(baseline *bl, int prune)
{
    char err[1024];
    if (baseline_save(bl, prune, err, sizeof err) == 0)
        return 0;
    fprintf(stderr, "clerk: cannot write the baseline %s: %s\n", baseline_path(bl), err);
    return -1;
}

int baselines_close(baselines *b)
{
    int rc = 0;
    if (b->recorded) {
        rc = save(b->recorded, 0);
        if (rc == 0)
            fprintf(stderr, "clerk: %zu %s recorded in %s\n", b->held,
                    b->held == 1 ? "finding" : "findings", b->write);
    }
    for (size_t i = 0; b->prune && i < b->loaded.len; i++)
        rc |= save(*(baseline **)vec_at(&b->loaded, i), 1);
    return rc;
}

void baselines_free(baselines *b)
{
    for (size_t i = 0; i < b->loaded.len; i++)
        baseline_free(*(baseline **)vec_at(&b->loaded, i));
    vec_free(&b->loaded);
    baseline_free(b->recorded);
    free(b->by_config);
}
