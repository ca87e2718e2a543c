/*
 * The embedding API (clerk/clerk.h) over the engine: a session is a
 * registry and the rule states of one configuration, built once and only
 * read by clerk_lint(), which may therefore run on many threads at once.
 */
#define _GNU_SOURCE /* dladdr */
#include "clerk/clerk.h"
#include "doc/doc.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "packs/pack.h"
#include "util/xalloc.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

struct clerk_session {
    registry reg;
    config cfg;
    rule_state *states;
};

struct clerk_result {
    vec findings;               /* clerk_finding; its strings owned */
};

/* A member of the caller's options, or 0 when its struct predates it. */
#define OPTION(o, member)                                                              \
    ((o) && (o)->size >= offsetof(clerk_session_options, member) + sizeof((o)->member) \
         ? (o)->member                                                                 \
         : 0)

const char *clerk_version(void) { return CLERK_VERSION; }

const char *clerk_severity_name(clerk_severity severity) { return severity_name(severity); }

/* rel from the folder of the file this code was loaded from: libclerk.so,
 * or the program it is linked into. */
static char *beside_library(const char *rel)
{
    static const char anchor;
    Dl_info info;
    const char *file = dladdr(&anchor, &info) && info.dli_fname ? info.dli_fname : "";
    const char *slash = strrchr(file, '/');
    return slash ? xasprintf("%.*s/%s", (int)(slash - file), file, rel) : xstrdup(rel);
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A plugin file or a folder of them; on failure "path: reason" in err. */
static int load_plugin_path(registry *reg, const char *path, char *err, size_t n)
{
    if (is_dir(path))
        return registry_load_dir(reg, path, err, n);
    char why[1024];
    if (registry_load_plugin(reg, path, why, sizeof why) == 0)
        return 0;
    snprintf(err, n, "%s: %s", path, why);
    return -1;
}

/* A pack file or a folder of them (the messages name the file). */
static int load_pack_path(registry *reg, const char *path, char *err, size_t n)
{
    return is_dir(path) ? pack_load_dir(reg, path, err, n) : pack_load(reg, path, err, n);
}

static int load_config(config *cfg, const clerk_session_options *o, char *err, size_t n)
{
    const char *path = OPTION(o, config_path), *text = OPTION(o, config_json);
    if (text)
        return config_load_text(path ? path : "<config>", text, strlen(text), cfg, err, n);
    return path ? config_load(path, cfg, err, n) : 0;
}

/* The bundled packs are read, into packs, while the bundled plugins
 * initialise. */
static int load_plugins(registry *reg, const config *cfg, const clerk_session_options *o,
                        pack_folder *packs, char *err, size_t n)
{
    char *data = beside_library(CLERK_LIB_RULES_RELDIR "/data");
    registry_add_data_dir(reg, data);
    free(data);
    for (size_t i = 0; i < cfg->data.len; i++)
        registry_add_data_dir(reg, *(char **)vec_at(&cfg->data, i));

    int rc = 0;
    if (!OPTION(o, no_bundled_rules)) {
        char *bundled = beside_library(CLERK_LIB_PLUGIN_RELDIR);
        if (is_dir(bundled))
            rc = registry_load_dir_meanwhile(reg, bundled, pack_folder_read, packs, err, n);
        free(bundled);
    }
    const char *const *plugins = OPTION(o, plugins);
    for (size_t i = 0; rc == 0 && plugins && plugins[i]; i++)
        rc = load_plugin_path(reg, plugins[i], err, n);
    if (rc == 0 && cfg->plugins.len && !OPTION(o, allow_config_plugins)) {
        snprintf(err, n, "%s names plugins; plugins from a configuration run only with allow_config_plugins",
                 cfg->path);
        return -1;
    }
    for (size_t i = 0; rc == 0 && i < cfg->plugins.len; i++)
        rc = load_plugin_path(reg, *(char **)vec_at(&cfg->plugins, i), err, n);
    return rc;
}

/* In the order of clerk check: bundled, the configuration's, the options'. */
static int load_packs(registry *reg, const config *cfg, const clerk_session_options *o,
                      pack_folder *bundled, char *err, size_t n)
{
    int rc = pack_folder_register(reg, bundled, err, n);
    for (size_t i = 0; rc == 0 && i < cfg->packs.len; i++)
        rc = load_pack_path(reg, *(char **)vec_at(&cfg->packs, i), err, n);
    const char *const *packs = OPTION(o, packs);
    for (size_t i = 0; rc == 0 && packs && packs[i]; i++)
        rc = load_pack_path(reg, packs[i], err, n);
    return rc;
}

clerk_session *clerk_session_new(const clerk_session_options *options, char *err, size_t n)
{
    if (options && options->size < sizeof options->size) {
        snprintf(err, n, "clerk_session_options.size is not set");
        return NULL;
    }
    clerk_session *s = xcalloc(1, sizeof *s);
    config_init(&s->cfg);
    registry_init(&s->reg);
    char *rules = beside_library(CLERK_LIB_RULES_RELDIR);
    pack_folder packs = {.dir = !OPTION(options, no_bundled_rules) && is_dir(rules) ? rules : NULL};
    int failed = load_config(&s->cfg, options, err, n) != 0 ||
                 load_plugins(&s->reg, &s->cfg, options, &packs, err, n) != 0 ||
                 load_packs(&s->reg, &s->cfg, options, &packs, err, n) != 0 ||
                 config_check_rules(&s->cfg, &s->reg, err, n) != 0;
    pack_folder_free(&packs);
    free(rules);
    if (failed) {
        clerk_session_free(s);
        return NULL;
    }
    s->states = config_resolve(&s->cfg, &s->reg, NULL, 0);
    return s;
}

void clerk_session_free(clerk_session *s)
{
    if (!s)
        return;
    free(s->states);
    registry_free(&s->reg);
    config_free(&s->cfg);
    free(s);
}

clerk_result *clerk_lint(const clerk_session *s, const char *path, const char *text, size_t length,
                         char *err, size_t n)
{
    char *copy = xmalloc(length + 1);
    if (length)
        memcpy(copy, text, length);
    copy[length] = '\0';
    clerk_doc *doc = lint_parse(&s->reg, path ? path : "<text>", copy, length, DOC_FORMAT_AUTO, err, n);
    if (!doc)
        return NULL;
    vec findings = VEC_INIT(finding);
    lint_document(&s->reg, s->states, doc, &findings);

    clerk_result *r = xcalloc(1, sizeof *r);
    vec_init(&r->findings, sizeof(clerk_finding));
    for (size_t i = 0; i < findings.len; i++) {
        finding *f = vec_at(&findings, i);
        clerk_finding *out = vec_push(&r->findings);
        out->rule = xstrdup(f->rule);
        out->severity = f->severity;
        out->message = f->message;
        out->fix = f->replacement;
        f->message = f->replacement = NULL; /* now the result's */
        out->offset = f->offset;
        out->length = f->length;
        doc_line_col(doc, f->offset, &out->line, &out->column);
        doc_line_col(doc, f->offset + f->length, &out->end_line, &out->end_column);
    }
    findings_free(&findings);
    doc_free(doc);
    return r;
}

size_t clerk_result_count(const clerk_result *r) { return r ? r->findings.len : 0; }

const clerk_finding *clerk_result_finding(const clerk_result *r, size_t i)
{
    return r && i < r->findings.len ? vec_at(&r->findings, i) : NULL;
}

void clerk_result_free(clerk_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->findings.len; i++) {
        clerk_finding *f = vec_at(&r->findings, i);
        free((char *)f->rule);
        free((char *)f->message);
        free((char *)f->fix);
    }
    vec_free(&r->findings);
    free(r);
}
