/* The command-line interface: one file per command. */
#ifndef CLERK_CLI_H
#define CLERK_CLI_H

#include "engine/config.h"
#include "engine/registry.h"
#include "util/vec.h"

/* Exit codes. */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* Where plugins, packs and data come from, shared by every command. */
typedef struct plugin_sources {
    vec paths;                  /* const char *: --plugin */
    vec packs;                  /* const char *: --pack */
    int allow_config_plugins;   /* --allow-config-plugins or CLERK_ALLOW_CONFIG_PLUGINS=1 */
} plugin_sources;

void plugin_sources_init(plugin_sources *src);
void plugin_sources_free(plugin_sources *src);

/* Loads the bundled plugins and data, then those of CLERK_PLUGIN_PATH,
 * --plugin and the given configurations; then the rule packs: bundled,
 * the configurations', --pack.  Prints the reason and returns -1 when a
 * plugin or a pack is refused. */
int registry_setup(registry *reg, const plugin_sources *src, config *const *configs,
                   size_t config_count);

int cmd_check(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_test(int argc, char **argv);

/* Runs the good and bad examples of every rule of the registry; prints the
 * failures and a count.  EXIT_CLEAN when all pass. */
int rules_self_test(const registry *reg);

/* Prints "clerk: message" and a hint, returns EXIT_TROUBLE. */
int usage_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
