/*
 * The baselines of a check run: --baseline FILE for every file, else the
 * one each file's configuration names ("baseline" in .clerk.json), else
 * none; --write-baseline FILE records every finding instead of reporting
 * it; --prune-baseline rewrites the baselines used without the entries
 * that no longer match.
 */
#ifndef CLERK_BASELINES_H
#define CLERK_BASELINES_H

#include "engine/baseline.h"
#include "engine/config.h"

typedef struct baselines {
    const char *given;          /* --baseline */
    const char *write;          /* --write-baseline */
    int prune;                  /* --prune-baseline */
    vec loaded;                 /* baseline *, each file once */
    baseline **by_config;       /* per configuration: its baseline or NULL */
    baseline *recorded;         /* with write */
    size_t held;                /* findings left out as baselined */
} baselines;

/* Reads the baselines the configurations (or --baseline) name.  Prints the
 * cause and returns -1 when one cannot be read, or nothing can be pruned. */
int baselines_open(baselines *b, config *const *configs, size_t config_count);

/* Records the findings of a file (with write; they are then dropped), or
 * drops those its baseline holds. */
void baselines_apply(baselines *b, size_t config, const char *path, const clerk_doc *doc,
                     vec *findings);

/* Writes the recorded or pruned baselines.  -1 (said) when one could not be. */
int baselines_close(baselines *b);

void baselines_free(baselines *b);

#endif
