#include "engine/registry.h"
#include "doc/doc.h"
#include "engine/host.h"
#include "engine/pool.h"
#include "util/dirlist.h"
#include "util/xalloc.h"

#include <dlfcn.h>
#include <grp.h>
#include <jansson.h>
#include <limits.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void registry_init(registry *reg)
{
    host_api_init(&reg->api);
    vec_init(&reg->plugins, sizeof(plugin_handle *));
    vec_init(&reg->rules, sizeof(rule_info));
    vec_init(&reg->data_dirs, sizeof(char *));
}

void registry_free(registry *reg)
{
    for (size_t i = reg->plugins.len; i-- > 0;) {
        plugin_handle *p = *(plugin_handle **)vec_at(&reg->plugins, i);
        if (p->desc->fini)
            p->desc->fini(p->state);
        if (p->dl)
            dlclose(p->dl);
        free(p->path);
        free(p);
    }
    for (size_t i = 0; i < reg->rules.len; i++)
        free(((rule_info *)vec_at(&reg->rules, i))->id);
    for (size_t i = 0; i < reg->data_dirs.len; i++)
        free(*(char **)vec_at(&reg->data_dirs, i));
    vec_free(&reg->plugins);
    vec_free(&reg->rules);
    vec_free(&reg->data_dirs);
}

long registry_find(const registry *reg, const char *id)
{
    for (size_t i = 0; i < reg->rules.len; i++)
        if (strcmp(registry_rule(reg, i)->id, id) == 0)
            return (long)i;
    return -1;
}

/* Plugin and rule names: lower-case letters, digits and hyphens. */
static int valid_name(const char *s)
{
    if (!s || !*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

static const clerk_rule *rule_at(const clerk_plugin *desc, size_t i)
{
    return (const clerk_rule *)((const char *)desc->rules + i * desc->rule_size);
}

/* Checks a descriptor before anything of it is registered, so a refused
 * plugin leaves the registry as it was. */
static int validate(const registry *reg, const clerk_plugin *desc, char *err, size_t n)
{
    if (desc->abi_major != CLERK_ABI_MAJOR) {
        snprintf(err, n, "built for plugin ABI %d.%d, this clerk provides ABI %d.%d",
                 desc->abi_major, desc->abi_minor, CLERK_ABI_MAJOR, CLERK_ABI_MINOR);
        return -1;
    }
    if (!valid_name(desc->name)) {
        snprintf(err, n, "invalid plugin name '%s' (lower-case letters, digits, hyphens)",
                 desc->name ? desc->name : "(null)");
        return -1;
    }
    if (desc->rule_count && (!desc->rules || desc->rule_size < offsetof(clerk_rule, check) + sizeof(clerk_check_fn))) {
        snprintf(err, n, "plugin '%s' has a malformed rule table", desc->name);
        return -1;
    }
    for (size_t i = 0; i < reg->plugins.len; i++) {
        const plugin_handle *p = registry_plugin(reg, i);
        if (strcmp(p->desc->name, desc->name) == 0) {
            snprintf(err, n, "duplicate plugin '%s' (already loaded from %s)", desc->name, p->path);
            return -1;
        }
    }
    for (size_t i = 0; i < desc->rule_count; i++) {
        const clerk_rule *r = rule_at(desc, i);
        if (!valid_name(r->name) || !r->check || !r->summary) {
            snprintf(err, n, "plugin '%s': rule %zu has an invalid name, no summary or no check function",
                     desc->name, i + 1);
            return -1;
        }
        /* Written into JSON reports, which must be Unicode. */
        const char *description = desc->rule_size >= offsetof(clerk_rule, description) + sizeof(char *)
                                      ? r->description : NULL;
        size_t bad;
        if (utf8_validate(r->summary, strlen(r->summary), &bad) != 0 ||
            (description && utf8_validate(description, strlen(description), &bad) != 0)) {
            snprintf(err, n, "rule '%s/%s' has a summary or description that is not UTF-8",
                     desc->name, r->name);
            return -1;
        }
        if (r->severity < CLERK_INFO || r->severity > CLERK_ERROR) {
            snprintf(err, n, "rule '%s/%s' has an unknown default severity %d", desc->name, r->name,
                     (int)r->severity);
            return -1;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(rule_at(desc, j)->name, r->name) == 0) {
                snprintf(err, n, "duplicate rule id '%s/%s'", desc->name, r->name);
                return -1;
            }
    }
    return 0;
}

/* Enters a validated, initialised plugin and its rules. */
static void add_plugin(registry *reg, const clerk_plugin *desc, const char *path, void *dl, void *state)
{
    plugin_handle *p = xcalloc(1, sizeof *p);
    p->path = xstrdup(path);
    p->dl = dl;
    p->desc = desc;
    p->state = state;
    *(plugin_handle **)vec_push(&reg->plugins) = p;
    if (desc->abi_minor < 2)
        reg->terminated_texts = 1;

    size_t copy = desc->rule_size < sizeof(clerk_rule) ? desc->rule_size : sizeof(clerk_rule);
    for (size_t i = 0; i < desc->rule_count; i++) {
        rule_info *ri = vec_push(&reg->rules);
        memcpy(&ri->rule, rule_at(desc, i), copy);
        ri->id = xasprintf("%s/%s", desc->name, ri->rule.name);
        ri->plugin = reg->plugins.len - 1;
    }
}

static void init_failure(const clerk_plugin *desc, const char *why, char *err, size_t n)
{
    snprintf(err, n, "plugin '%s' failed to initialise: %s", desc->name, why[0] ? why : "no reason given");
}

int registry_add(registry *reg, const clerk_plugin *desc, const char *path, void *dl,
                 char *err, size_t n)
{
    if (validate(reg, desc, err, n) != 0)
        return -1;
    void *state = NULL;
    if (desc->init) {
        char why[512] = "";
        if (desc->init(&reg->api, &state, why, sizeof why) != 0) {
            init_failure(desc, why, err, n);
            return -1;
        }
    }
    add_plugin(reg, desc, path, dl, state);
    return 0;
}

/* Whether anyone but the owner may write what st describes.  A group
 * write bit counts unless the group is the owner's private one (its primary
 * group, no other member), as on systems whose umask is 002. */
static int writable_by_others(const struct stat *st)
{
    if (st->st_mode & S_IWOTH)
        return 1;
    if (!(st->st_mode & S_IWGRP))
        return 0;
    const struct passwd *pw = getpwuid(st->st_uid);
    if (!pw || pw->pw_gid != st->st_gid)
        return 1;
    const struct group *gr = getgrgid(st->st_gid);
    if (!gr)
        return 1;
    for (char *const *member = gr->gr_mem; *member; member++)
        if (strcmp(*member, pw->pw_name) != 0)
            return 1;
    return 0;
}

/* A plugin is code clerk runs: refused when someone besides its owner could
 * have changed it, through the file or by replacing it in its folder (in a
 * sticky folder such as /tmp no one replaces another's file). */
static int check_ownership(const char *resolved, char *err, size_t n)
{
    struct stat st;
    if (stat(resolved, &st) != 0) {
        snprintf(err, n, "cannot read the plugin file");
        return -1;
    }
    if (writable_by_others(&st)) {
        snprintf(err, n, "writable by others (mode %04o), who could change the code it runs; "
                 "remove their write permission (chmod go-w)", (unsigned)(st.st_mode & 07777));
        return -1;
    }
    char folder[PATH_MAX];
    snprintf(folder, sizeof folder, "%s", resolved);
    char *slash = strrchr(folder, '/');
    if (slash)
        slash[slash == folder] = '\0'; /* "/x.so" lies in "/" */
    if (stat(folder, &st) == 0 && writable_by_others(&st) && !(st.st_mode & S_ISVTX)) {
        snprintf(err, n, "its folder %s is writable by others (mode %04o), who could replace the "
                 "plugin; remove their write permission (chmod go-w)", folder,
                 (unsigned)(st.st_mode & 07777));
        return -1;
    }
    return 0;
}

/* Opens a plugin file and gets its descriptor: 1, 0 when the file is
 * loaded already, -1 with the reason in err.  *resolved is its real path. */
static int open_plugin(const registry *reg, const char *path, char resolved[PATH_MAX], void **dl,
                       const clerk_plugin **desc, char *err, size_t n)
{
    if (access(path, R_OK) != 0) {
        snprintf(err, n, "cannot read the plugin file");
        return -1;
    }
    /* dlopen searches the library path for a bare name; a plugin is a file. */
    if (!realpath(path, resolved)) {
        snprintf(err, n, "cannot resolve the plugin's path");
        return -1;
    }
    if (check_ownership(resolved, err, n) != 0)
        return -1;
    for (size_t i = 0; i < reg->plugins.len; i++) {
        char other[PATH_MAX];
        if (realpath(registry_plugin(reg, i)->path, other) && strcmp(other, resolved) == 0)
            return 0; /* named twice (a config and what it extends): loaded once */
    }
    *dl = dlopen(resolved, RTLD_NOW | RTLD_LOCAL);
    if (!*dl) {
        const char *why = dlerror();
        snprintf(err, n, "not a loadable shared object (%s)", why ? why : "unknown error");
        return -1;
    }
    clerk_plugin_entry_fn entry;
    *(void **)&entry = dlsym(*dl, CLERK_PLUGIN_ENTRY_SYMBOL);
    *desc = entry ? entry() : NULL;
    if (!*desc) {
        if (entry)
            snprintf(err, n, "%s returned no descriptor", CLERK_PLUGIN_ENTRY_SYMBOL);
        else
            snprintf(err, n, "no %s symbol: not a clerk plugin", CLERK_PLUGIN_ENTRY_SYMBOL);
        dlclose(*dl);
        return -1;
    }
    return 1;
}

int registry_load_plugin(registry *reg, const char *path, char *err, size_t n)
{
    char resolved[PATH_MAX];
    void *dl;
    const clerk_plugin *desc;
    int opened = open_plugin(reg, path, resolved, &dl, &desc, err, n);
    if (opened <= 0)
        return opened;
    if (registry_add(reg, desc, path, dl, err, n) != 0) {
        dlclose(dl);
        return -1;
    }
    return 0;
}

/*
 * A folder's plugins are opened and validated in name order, then their
 * init functions run on as many threads as there are cores, since reading
 * their data tables is most of start-up, then they are registered in name
 * order.  The calling thread first does the caller's work, if any (the
 * packs compiled), then joins the others.  Plugins share nothing, and
 * jansson's one global, its hash seed, is set before the threads start.
 */
typedef struct pending {
    char *path;
    char resolved[PATH_MAX];
    void *dl;
    const clerk_plugin *desc;
    void *state;
    int failed;             /* init failed, with why */
    char why[512];
} pending;

typedef struct init_queue {
    const clerk_api *api;
    pending *items;
    size_t count, next;
    pthread_mutex_t lock;
} init_queue;

static void *init_worker(void *arg)
{
    init_queue *q = arg;
    for (;;) {
        pthread_mutex_lock(&q->lock);
        size_t i = q->next++;
        pthread_mutex_unlock(&q->lock);
        if (i >= q->count)
            return NULL;
        pending *p = &q->items[i];
        if (p->desc->init && p->desc->init(q->api, &p->state, p->why, sizeof p->why) != 0)
            p->failed = 1;
    }
}

/* Runs the init functions, and meanwhile(arg) on this thread before it
 * joins the others in running them: the caller's own start-up work (the
 * packs' patterns compiled) overlaps the plugins'. */
static void init_all(const registry *reg, pending *items, size_t count, registry_work_fn meanwhile,
                     void *arg)
{
    init_queue q = {.api = &reg->api, .items = items, .count = count};
    pthread_t tids[8];
    size_t threads = pool_default_threads(), jobs = count + (meanwhile != NULL);
    if (threads > jobs)
        threads = jobs;
    if (threads > sizeof tids / sizeof *tids)
        threads = sizeof tids / sizeof *tids;
    json_object_seed(0);
    pthread_mutex_init(&q.lock, NULL);
    size_t started = 0;
    while (started + 1 < threads && pthread_create(&tids[started], NULL, init_worker, &q) == 0)
        started++;
    if (meanwhile)
        meanwhile(arg);
    init_worker(&q); /* this thread works too, and alone if no thread could start */
    for (size_t t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    pthread_mutex_destroy(&q.lock);
}

/* Opens the plugins named, until one fails (its reason in err, -1). */
static int open_all(const registry *reg, const char *dir, const vec *names, pending *items,
                    size_t *count, char *err, size_t n)
{
    for (size_t i = 0; i < names->len; i++) {
        pending *p = &items[*count];
        char why[512];
        p->path = xasprintf("%s/%s", dir, *(char **)vec_at(names, i));
        int opened = open_plugin(reg, p->path, p->resolved, &p->dl, &p->desc, why, sizeof why);
        for (size_t k = 0; opened > 0 && k < *count; k++)
            if (strcmp(items[k].resolved, p->resolved) == 0) {
                dlclose(p->dl);
                opened = 0; /* the same file under two names */
            }
        if (opened > 0 && validate(reg, p->desc, why, sizeof why) != 0) {
            dlclose(p->dl);
            opened = -1;
        }
        if (opened < 0)
            snprintf(err, n, "%s: %s", p->path, why);
        if (opened <= 0)
            free(p->path);
        if (opened < 0)
            return -1;
        *count += opened;
    }
    return 0;
}

int registry_load_dir(registry *reg, const char *dir, char *err, size_t n)
{
    return registry_load_dir_meanwhile(reg, dir, NULL, NULL, err, n);
}

int registry_load_dir_meanwhile(registry *reg, const char *dir, registry_work_fn meanwhile, void *arg,
                                char *err, size_t n)
{
    vec names = VEC_INIT(char *);
    if (dir_names(dir, ".so", &names) != 0) {
        if (meanwhile)
            meanwhile(arg);
        snprintf(err, n, "%s: cannot open the plugin folder", dir);
        return -1;
    }

    pending *items = xcalloc(names.len ? names.len : 1, sizeof *items);
    size_t count = 0;
    char opening[1024];
    int rc = open_all(reg, dir, &names, items, &count, opening, sizeof opening);
    init_all(reg, items, count, meanwhile, arg);
    /* Registered in name order up to the first failure; validated again
     * for a plugin or rule name that one before it took. */
    int failed = 0;
    for (size_t i = 0; i < count; i++) {
        pending *p = &items[i];
        char why[512];
        if (!failed && !p->failed && validate(reg, p->desc, why, sizeof why) == 0) {
            add_plugin(reg, p->desc, p->path, p->dl, p->state);
        } else {
            if (!failed) {
                if (p->failed)
                    init_failure(p->desc, p->why, why, sizeof why);
                snprintf(err, n, "%s: %s", p->path, why);
                failed = 1;
            }
            if (!p->failed && p->desc->fini)
                p->desc->fini(p->state);
            dlclose(p->dl);
        }
        free(p->path);
    }
    if (!failed && rc != 0)
        snprintf(err, n, "%s", opening);
    free(items);
    dir_names_free(&names);
    return failed || rc != 0 ? -1 : 0;
}

void registry_add_data_dir(registry *reg, const char *dir)
{
    *(char **)vec_push(&reg->data_dirs) = xstrdup(dir);
}

char *exe_relative_path(const char *rel)
{
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0)
        return xstrdup(rel);
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    return xasprintf("%s/%s", exe, rel);
}
