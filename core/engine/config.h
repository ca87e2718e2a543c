/*
 * Configuration: .clerk.json files (found by walking up from each linted
 * file, nearest wins, "extends" to inherit) and the rule settings they give.
 */
#ifndef CLERK_CONFIG_H
#define CLERK_CONFIG_H

#include "clerk/plugin.h"
#include "engine/registry.h"
#include "util/vec.h"

#include <jansson.h>

#define CONFIG_FILE_NAME ".clerk.json"

typedef struct config_rule {
    char *id;
    clerk_severity severity;    /* CLERK_OFF .. CLERK_ERROR */
    int has_severity;
    json_t *options;            /* an object, or NULL */
    char *where;                /* "file:line:col" of the setting, for messages */
} config_rule;

typedef struct config_ignore {
    char *dir;                  /* the folder of the config that gave it */
    char *pattern;
} config_ignore;

typedef struct config {
    char *path;                 /* NULL for an empty configuration */
    vec rules;                  /* config_rule; later entries override earlier */
    vec ignore;                 /* config_ignore */
    vec plugins;                /* char *, resolved against the config's folder */
    vec packs;                  /* char *, resolved */
    vec data;                   /* char *, resolved data folders */
    char *baseline;             /* resolved; NULL when none is named */
} config;

void config_init(config *cfg);
void config_free(config *cfg);

/* Loads a file and whatever it extends.  On error returns -1 with
 * "file:line:column: cause" in err. */
int config_load(const char *path, config *cfg, char *err, size_t err_size);
/* The same from the text of a configuration file; path names it in messages
 * and its folder is where the relative paths it gives start. */
int config_load_text(const char *path, const char *text, size_t len, config *cfg, char *err,
                     size_t err_size);

/* The nearest .clerk.json in the folder of `file` or above; NULL if none.
 * Caller frees. */
char *config_find(const char *file);

/* Checks that every configured rule id exists; -1 with "where: cause". */
int config_check_rules(const config *cfg, const registry *reg, char *err, size_t err_size);

/* True when the configuration ignores this file. */
int config_ignores(const config *cfg, const char *file);

/* Effective severity and options of each rule of the registry, in its order:
 * defaults, then the configuration, then the command line's overrides. */
typedef struct rule_state {
    clerk_severity severity;
    json_t *options;            /* borrowed from the configuration */
} rule_state;

typedef struct rule_override {
    const char *id;
    clerk_severity severity;
} rule_override;

rule_state *config_resolve(const config *cfg, const registry *reg,
                           const rule_override *overrides, size_t override_count);

/* "error", "warning", "info", "off" → severity; -1 when none of them. */
int severity_parse(const char *s);
const char *severity_name(clerk_severity s);

#endif
