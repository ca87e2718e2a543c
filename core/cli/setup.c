/* Building the registry: bundled plugins and data, then what the
 * environment, the command line and the configurations add. */
#include "cli/cli.h"
#include "packs/pack.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void plugin_sources_init(plugin_sources *src)
{
    vec_init(&src->paths, sizeof(const char *));
    vec_init(&src->packs, sizeof(const char *));
    const char *env = getenv("CLERK_ALLOW_CONFIG_PLUGINS");
    src->allow_config_plugins = env && strcmp(env, "1") == 0;
}

void plugin_sources_free(plugin_sources *src)
{
    vec_free(&src->paths);
    vec_free(&src->packs);
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A plugin path is a file or a folder of them. */
static int load_path(registry *reg, const char *path)
{
    char err[1024];
    int rc = is_dir(path) ? registry_load_dir(reg, path, err, sizeof err)
                          : registry_load_plugin(reg, path, err, sizeof err);
    if (rc != 0) {
        if (is_dir(path))
            fprintf(stderr, "clerk: plugin refused: %s\n", err);
        else
            fprintf(stderr, "clerk: plugin refused: %s: %s\n", path, err);
    }
    return rc;
}

/* Each element of a colon-separated list. */
static int load_path_list(registry *reg, const char *list)
{
    char *copy = xstrdup(list), *save = NULL;
    int rc = 0;
    for (char *p = strtok_r(copy, ":", &save); p && rc == 0; p = strtok_r(NULL, ":", &save))
        rc = load_path(reg, p);
    free(copy);
    return rc;
}

/* A pack file, or every pack of a folder. */
static int load_pack(registry *reg, const char *path)
{
    char err[1024];
    int rc = is_dir(path) ? pack_load_dir(reg, path, err, sizeof err)
                          : pack_load(reg, path, err, sizeof err);
    if (rc != 0)
        fprintf(stderr, "clerk: pack refused: %s\n", err);
    return rc;
}

/* The bundled packs (the *.json beside the data folder), read while the
 * bundled plugins initialised, then those the configurations and the
 * command line name. */
static int load_packs(registry *reg, pack_folder *bundled, const plugin_sources *src,
                      config *const *configs, size_t config_count)
{
    char err[1024];
    int rc = pack_folder_register(reg, bundled, err, sizeof err);
    if (rc != 0)
        fprintf(stderr, "clerk: pack refused: %s\n", err);
    for (size_t i = 0; rc == 0 && i < config_count; i++)
        for (size_t j = 0; rc == 0 && j < configs[i]->packs.len; j++)
            rc = load_pack(reg, *(char **)vec_at(&configs[i]->packs, j));
    for (size_t i = 0; rc == 0 && i < src->packs.len; i++)
        rc = load_pack(reg, *(const char **)vec_at(&src->packs, i));
    return rc;
}

int registry_setup(registry *reg, const plugin_sources *src, config *const *configs,
                   size_t config_count)
{
    registry_init(reg);
    char *data = exe_relative_path(CLERK_RULES_RELDIR "/data");
    registry_add_data_dir(reg, data);
    free(data);
    for (size_t i = 0; i < config_count; i++)
        for (size_t j = 0; j < configs[i]->data.len; j++)
            registry_add_data_dir(reg, *(char **)vec_at(&configs[i]->data, j));

    char *rules = exe_relative_path(CLERK_RULES_RELDIR);
    pack_folder packs = {.dir = is_dir(rules) ? rules : NULL};
    char *bundled = exe_relative_path(CLERK_PLUGIN_RELDIR), err[1024];
    int rc = is_dir(bundled) ? registry_load_dir_meanwhile(reg, bundled, pack_folder_read, &packs,
                                                           err, sizeof err)
                             : 0;
    if (rc != 0)
        fprintf(stderr, "clerk: plugin refused: %s\n", err);
    free(bundled);
    const char *env = getenv("CLERK_PLUGIN_PATH");
    if (rc == 0 && env && *env)
        rc = load_path_list(reg, env);
    for (size_t i = 0; rc == 0 && i < src->paths.len; i++)
        rc = load_path(reg, *(const char **)vec_at(&src->paths, i));
    for (size_t i = 0; rc == 0 && i < config_count; i++) {
        const config *cfg = configs[i];
        if (cfg->plugins.len && !src->allow_config_plugins) {
            fprintf(stderr,
                    "clerk: %s names plugins; plugins from a configuration run only with "
                    "--allow-config-plugins (or CLERK_ALLOW_CONFIG_PLUGINS=1)\n",
                    cfg->path);
            rc = -1;
        }
        for (size_t j = 0; rc == 0 && j < cfg->plugins.len; j++)
            rc = load_path(reg, *(char **)vec_at(&cfg->plugins, j));
    }
    if (rc == 0)
        rc = load_packs(reg, &packs, src, configs, config_count);
    pack_folder_free(&packs);
    free(rules);
    return rc;
}
