/* clerk: a linter for official documents of the United Nations kind. */
#include "cli/cli.h"
#include "engine/registry.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

static const char usage[] =
    "usage: clerk <command> [options] [paths]\n"
    "\n"
    "commands:\n"
    "  check PATH...     lint documents (folders recursively; - for standard input)\n"
    "  rules             list the rules (--format text|json|markdown, --self-test)\n"
    "  explain RULE      what a rule checks, why, its options and examples\n"
    "  merge REPORT...   combine JSON reports (of shards) into one, in any format\n"
    "  test PLUGIN [FIXTURE EXPECTED]  run a plugin's examples, or diff its findings\n"
    "  version           print the version (--verbose: ABI and plugins)\n"
    "\n"
    "Run 'clerk <command> --help' for a command's options.\n";

int usage_error(const char *format, ...)
{
    va_list ap;
    fputs("clerk: ", stderr);
    va_start(ap, format);
    vfprintf(stderr, format, ap);
    va_end(ap);
    fputs("\nTry 'clerk --help'.\n", stderr);
    return EXIT_TROUBLE;
}

static int cmd_version(int argc, char **argv)
{
    int verbose = argc > 1 && strcmp(argv[1], "--verbose") == 0;
    printf("clerk %s\n", CLERK_VERSION);
    if (!verbose)
        return EXIT_CLEAN;
    printf("plugin ABI %d.%d\n", CLERK_ABI_MAJOR, CLERK_ABI_MINOR);
    registry reg;
    plugin_sources src;
    plugin_sources_init(&src);
    int rc = registry_setup(&reg, &src, NULL, 0);
    for (size_t i = 0; rc == 0 && i < reg.plugins.len; i++) {
        const plugin_handle *p = registry_plugin(&reg, i);
        printf("plugin %s %s (ABI %d.%d) %s\n", p->desc->name, p->desc->version ? p->desc->version : "",
               p->desc->abi_major, p->desc->abi_minor, p->path);
    }
    registry_free(&reg);
    plugin_sources_free(&src);
    return rc == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
}

/* glibc serves an allocation above its threshold with a mapping of its
 * own, which grows without a copy and goes back to the system when freed;
 * but after such a block is freed (md4c frees one per document) it raises
 * the threshold, and a large document's vectors then grow inside the heap
 * by copying, which held 15 MB more at the peak of a 100 MB document. */
static void fix_mmap_threshold(void)
{
#ifdef M_MMAP_THRESHOLD
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

int main(int argc, char **argv)
{
    fix_mmap_threshold();
    if (argc < 2)
        return usage_error("no command given");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(cmd, "--version") == 0)
        return cmd_version(1, argv + 1);
    static const struct {
        const char *name;
        int (*run)(int, char **);
    } commands[] = {
        {"check", cmd_check}, {"rules", cmd_rules}, {"explain", cmd_explain}, {"version", cmd_version},
        {"test", cmd_test}, {"merge", cmd_merge},
    };
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    return usage_error("unknown command '%s'", cmd);
}
