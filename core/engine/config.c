#include "engine/config.h"
#include "doc/doc.h"
#include "util/glob.h"
#include "util/xalloc.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_EXTENDS_DEPTH 16
/* A configuration may come from a pull request: files extending the same
 * base many times over would otherwise make the loads grow exponentially
 * with the depth. */
#define MAX_EXTENDS_FILES 64

void config_init(config *cfg)
{
    cfg->path = NULL;
    vec_init(&cfg->rules, sizeof(config_rule));
    vec_init(&cfg->ignore, sizeof(config_ignore));
    vec_init(&cfg->plugins, sizeof(char *));
    vec_init(&cfg->packs, sizeof(char *));
    vec_init(&cfg->data, sizeof(char *));
    cfg->baseline = NULL;
}

static void free_strings(vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        free(*(char **)vec_at(v, i));
    vec_free(v);
}

void config_free(config *cfg)
{
    for (size_t i = 0; i < cfg->rules.len; i++) {
        config_rule *r = vec_at(&cfg->rules, i);
        free(r->id);
        free(r->where);
        json_decref(r->options);
    }
    for (size_t i = 0; i < cfg->ignore.len; i++) {
        config_ignore *g = vec_at(&cfg->ignore, i);
        free(g->dir);
        free(g->pattern);
    }
    vec_free(&cfg->rules);
    vec_free(&cfg->ignore);
    free_strings(&cfg->plugins);
    free_strings(&cfg->packs);
    free_strings(&cfg->data);
    free(cfg->baseline);
    cfg->baseline = NULL;
    free(cfg->path);
    cfg->path = NULL;
}

int severity_parse(const char *s)
{
    static const char *const names[] = {"off", "info", "warning", "error"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

const char *severity_name(clerk_severity s)
{
    switch (s) {
    case CLERK_ERROR: return "error";
    case CLERK_WARNING: return "warning";
    case CLERK_INFO: return "info";
    default: return "off";
    }
}

/* The text of a file being loaded, kept for locating keys in messages. */
typedef struct source {
    const char *path;
    const char *text;
    size_t len;
} source;

/* "file:line:col" of the first occurrence of "key" in the file (a
 * best-effort position: jansson keeps none for parsed values). */
static char *where(const source *src, const char *key)
{
    char quoted[512];
    snprintf(quoted, sizeof quoted, "\"%s\"", key);
    size_t qlen = strlen(quoted), line = 1, col = 1;
    for (size_t i = 0; i + qlen <= src->len; i++) {
        if (memcmp(src->text + i, quoted, qlen) == 0)
            return xasprintf("%s:%zu:%zu", src->path, line, col);
        if (src->text[i] == '\n') {
            line++;
            col = 1;
        } else if (((unsigned char)src->text[i] & 0xC0) != 0x80) {
            col++;
        }
    }
    return xasprintf("%s", src->path);
}

static int fail(char *err, size_t n, const source *src, const char *key, const char *what)
{
    char *at = where(src, key);
    snprintf(err, n, "%s: %s", at, what);
    free(at);
    return -1;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? xstrndup(path, (size_t)(slash - path) + (slash == path)) : xstrdup(".");
}

/* rel against dir; rel itself when dir is NULL or rel is absolute. */
static char *resolve(const char *dir, const char *rel)
{
    return !dir || rel[0] == '/' ? xstrdup(rel) : xasprintf("%s/%s", dir, rel);
}

/* A string or an array of strings, each resolved against dir. */
static int add_paths(vec *out, json_t *value, const char *dir, const source *src, const char *key,
                     char *err, size_t n)
{
    if (json_is_string(value)) {
        *(char **)vec_push(out) = resolve(dir, json_string_value(value));
        return 0;
    }
    if (!json_is_array(value))
        return fail(err, n, src, key, "expected a string or an array of strings");
    size_t i;
    json_t *item;
    json_array_foreach(value, i, item) {
        if (!json_is_string(item))
            return fail(err, n, src, key, "expected an array of strings");
        *(char **)vec_push(out) = resolve(dir, json_string_value(item));
    }
    return 0;
}

static int add_rules(config *cfg, json_t *rules, const source *src, char *err, size_t n)
{
    if (!json_is_object(rules))
        return fail(err, n, src, "rules", "\"rules\" must be an object of rule ids");
    const char *id;
    json_t *value;
    json_object_foreach(rules, id, value) {
        config_rule r = {0};
        json_t *sev = value;
        if (json_is_object(value)) {
            sev = json_object_get(value, "severity");
            json_t *options = json_object_get(value, "options");
            if (options && !json_is_object(options))
                return fail(err, n, src, id, "\"options\" must be an object");
            const char *k;
            json_t *v;
            json_object_foreach(value, k, v)
                if (strcmp(k, "severity") != 0 && strcmp(k, "options") != 0)
                    return fail(err, n, src, id, "a rule setting has only \"severity\" and \"options\"");
            r.options = json_incref(options);
        }
        if (sev) {
            int s = json_is_string(sev) ? severity_parse(json_string_value(sev)) : -1;
            if (s < 0) {
                json_decref(r.options);
                return fail(err, n, src, id, "severity must be \"off\", \"info\", \"warning\" or \"error\"");
            }
            r.severity = (clerk_severity)s;
            r.has_severity = 1;
        }
        r.id = xstrdup(id);
        r.where = where(src, id);
        *(config_rule *)vec_push(&cfg->rules) = r;
    }
    return 0;
}

static int load(const char *path, config *cfg, int depth, size_t *files, char *err, size_t n);

static int apply(json_t *root, const source *src, config *cfg, int depth, size_t *files,
                 char *err, size_t n)
{
    if (!json_is_object(root)) {
        snprintf(err, n, "%s:1:1: the configuration must be a JSON object", src->path);
        return -1;
    }
    char *dir = dir_of(src->path);
    int rc = 0;
    const char *key;
    json_t *value;
    /* "extends" first, so that this file's own settings win. */
    json_t *extends = json_object_get(root, "extends");
    if (extends) {
        vec bases = VEC_INIT(char *);
        rc = add_paths(&bases, extends, dir, src, "extends", err, n);
        for (size_t i = 0; rc == 0 && i < bases.len; i++)
            rc = load(*(char **)vec_at(&bases, i), cfg, depth + 1, files, err, n);
        free_strings(&bases);
    }
    json_object_foreach(root, key, value) {
        if (rc != 0)
            break;
        if (strcmp(key, "extends") == 0)
            continue;
        if (strcmp(key, "rules") == 0)
            rc = add_rules(cfg, value, src, err, n);
        else if (strcmp(key, "plugins") == 0)
            rc = add_paths(&cfg->plugins, value, dir, src, key, err, n);
        else if (strcmp(key, "packs") == 0)
            rc = add_paths(&cfg->packs, value, dir, src, key, err, n);
        else if (strcmp(key, "data") == 0)
            rc = add_paths(&cfg->data, value, dir, src, key, err, n);
        else if (strcmp(key, "ignore") == 0) {
            vec patterns = VEC_INIT(char *);
            rc = add_paths(&patterns, value, NULL, src, key, err, n);
            for (size_t i = 0; i < patterns.len; i++) {
                config_ignore *g = vec_push(&cfg->ignore);
                g->dir = xstrdup(dir);
                g->pattern = *(char **)vec_at(&patterns, i);
            }
            vec_free(&patterns);
        } else if (strcmp(key, "baseline") == 0) {
            if (!json_is_string(value)) {
                rc = fail(err, n, src, key, "\"baseline\" must be the path of a baseline file");
            } else {
                free(cfg->baseline);
                cfg->baseline = resolve(dir, json_string_value(value));
            }
        } else if (strcmp(key, "$schema") == 0) {
            continue;
        } else {
            char what[300];
            snprintf(what, sizeof what, "unknown key \"%s\" (expected extends, rules, plugins, packs, data, ignore or baseline)", key);
            rc = fail(err, n, src, key, what);
        }
    }
    free(dir);
    return rc;
}

static int load_text(const source *src, config *cfg, int depth, size_t *files, char *err,
                     size_t n)
{
    json_error_t jerr;
    json_t *root = json_loadb(src->text, src->len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        snprintf(err, n, "%s:%d:%d: %s", src->path, jerr.line, jerr.column, jerr.text);
        return -1;
    }
    int rc = apply(root, src, cfg, depth, files, err, n);
    json_decref(root);
    return rc;
}

static int load(const char *path, config *cfg, int depth, size_t *files, char *err, size_t n)
{
    if (depth > MAX_EXTENDS_DEPTH) {
        snprintf(err, n, "%s: \"extends\" nests deeper than %d files (a cycle?)", path, MAX_EXTENDS_DEPTH);
        return -1;
    }
    if (++*files > MAX_EXTENDS_FILES) {
        snprintf(err, n, "%s: \"extends\" reaches more than %d files", path, MAX_EXTENDS_FILES);
        return -1;
    }
    /* A regular file of bounded size, as a document is read: a FIFO or a
     * device named by "extends" is refused, not waited on or read forever. */
    char *text, why[256];
    size_t len;
    if (doc_read_file(path, &text, &len, why, sizeof why) != 0) {
        snprintf(err, n, "%s: %s", path, why);
        return -1;
    }
    source src = {path, text, len};
    int rc = load_text(&src, cfg, depth, files, err, n);
    free(text);
    return rc;
}

int config_load(const char *path, config *cfg, char *err, size_t n)
{
    free(cfg->path);
    cfg->path = xstrdup(path);
    size_t files = 0;
    return load(path, cfg, 0, &files, err, n);
}

int config_load_text(const char *path, const char *text, size_t len, config *cfg, char *err, size_t n)
{
    free(cfg->path);
    cfg->path = xstrdup(path);
    source src = {path, text, len};
    size_t files = 1;
    return load_text(&src, cfg, 0, &files, err, n);
}

char *config_find(const char *file)
{
    char dir[PATH_MAX];
    char *d = dir_of(file);
    char *abs = realpath(d, dir);
    free(d);
    if (!abs)
        return NULL;
    for (;;) {
        char *candidate = xasprintf("%s/%s", dir, CONFIG_FILE_NAME);
        struct stat st;
        if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode))
            return candidate;
        free(candidate);
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) {
            if (strcmp(dir, "/") == 0)
                return NULL;
            dir[1] = '\0';
        } else {
            *slash = '\0';
        }
    }
}

int config_check_rules(const config *cfg, const registry *reg, char *err, size_t n)
{
    for (size_t i = 0; i < cfg->rules.len; i++) {
        const config_rule *r = vec_at(&cfg->rules, i);
        if (registry_find(reg, r->id) < 0) {
            snprintf(err, n, "%s: unknown rule \"%s\" (see `clerk rules`)", r->where, r->id);
            return -1;
        }
    }
    return 0;
}

int config_ignores(const config *cfg, const char *file)
{
    if (!cfg->ignore.len)
        return 0;
    char abs[PATH_MAX];
    if (!realpath(file, abs))
        return 0;
    for (size_t i = 0; i < cfg->ignore.len; i++) {
        const config_ignore *g = vec_at(&cfg->ignore, i);
        char dir[PATH_MAX];
        if (!realpath(g->dir, dir))
            continue;
        size_t dlen = strlen(dir);
        if (strncmp(abs, dir, dlen) != 0 || (abs[dlen] != '/' && dlen > 1))
            continue;
        if (glob_match(g->pattern, abs + dlen + (dlen > 1)))
            return 1;
    }
    return 0;
}

rule_state *config_resolve(const config *cfg, const registry *reg,
                           const rule_override *overrides, size_t override_count)
{
    size_t count = reg->rules.len;
    rule_state *states = xcalloc(count ? count : 1, sizeof *states);
    for (size_t i = 0; i < count; i++)
        states[i].severity = registry_rule(reg, i)->rule.severity;
    for (size_t i = 0; cfg && i < cfg->rules.len; i++) {
        const config_rule *r = vec_at(&cfg->rules, i);
        long k = registry_find(reg, r->id);
        if (k < 0)
            continue;
        if (r->has_severity)
            states[k].severity = r->severity;
        if (r->options)
            states[k].options = r->options;
    }
    for (size_t i = 0; i < override_count; i++) {
        long k = registry_find(reg, overrides[i].id);
        if (k >= 0)
            states[k].severity = overrides[i].severity;
    }
    return states;
}
