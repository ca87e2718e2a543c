/* clerk check: lint documents and report what the rules find. */
#include "cli/cli.h"
#include "doc/doc.h"
#include "engine/discover.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "engine/pool.h"
#include "report/report.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char check_usage[] =
    "usage: clerk check [options] PATH...\n"
    "\n"
    "  -f, --format FORMAT      text (default), json, sarif or github\n"
    "  -c, --config FILE        use this configuration instead of the nearest .clerk.json\n"
    "  -p, --plugin PATH        load a plugin file, or every plugin of a folder (repeatable)\n"
    "  -r, --rule ID=SEVERITY   set a rule to off, info, warning or error (repeatable)\n"
    "      --fail-on SEVERITY   exit 1 when a finding is at or above it (default: error)\n"
    "      --input-format FMT   markdown or text (default: by extension; stdin is markdown)\n"
    "  -j, --jobs N             lint N files at a time (default: the number of cores)\n"
    "      --allow-config-plugins  load plugins named by configuration files\n"
    "      --color WHEN         auto (default), always or never\n"
    "\n"
    "Folders are searched for *.md, *.markdown and *.txt.  Exit status: 0 when nothing\n"
    "at or above --fail-on was found, 1 when something was, 2 on usage, configuration,\n"
    "plugin or file errors.\n";

/* A distinct configuration file and the rule states it resolves to. */
typedef struct config_slot {
    config cfg;
    rule_state *states;
} config_slot;

typedef struct check_run {
    registry reg;
    vec files;                  /* input_file */
    vec configs;                /* config_slot * */
    size_t *file_config;        /* per file: index in configs */
    doc_format format;
    const reporter_ops *ops;
    reporter *rep;
    report_totals totals;
} check_run;

typedef struct file_result {
    clerk_doc *doc;
    vec findings;
    char *error;
} file_result;

static void lint_file(void *arg, size_t index, void *slot)
{
    check_run *run = arg;
    file_result *res = slot;
    const input_file *in = vec_at(&run->files, index);
    vec_init(&res->findings, sizeof(finding));
    if (in->error) {
        res->error = xstrdup(in->error);
        return;
    }
    char err[256];
    char *buf;
    size_t len;
    if (doc_read_file(in->path, &buf, &len, err, sizeof err) != 0) {
        res->error = xstrdup(err);
        return;
    }
    doc_format format = run->format;
    if (format == DOC_FORMAT_AUTO && strcmp(in->path, "-") == 0)
        format = DOC_FORMAT_MARKDOWN;
    res->doc = doc_parse(in->path, buf, len, format, err, sizeof err);
    if (!res->doc) {
        res->error = xstrdup(err);
        return;
    }
    const config_slot *cs = *(config_slot **)vec_at(&run->configs, run->file_config[index]);
    lint_document(&run->reg, cs->states, res->doc, &res->findings);
}

static void emit_file(void *arg, size_t index, void *slot)
{
    check_run *run = arg;
    file_result *res = slot;
    const input_file *in = vec_at(&run->files, index);
    report_file rf = {in->path, res->doc, res->error, &res->findings};
    run->ops->file(run->rep, &rf);
    run->totals.files++;
    if (res->error)
        run->totals.failed++;
    for (size_t i = 0; i < res->findings.len; i++)
        run->totals.by_severity[((finding *)vec_at(&res->findings, i))->severity]++;
    findings_free(&res->findings);
    if (res->doc)
        doc_free(res->doc);
    free(res->error);
}

static int same_path(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The configuration of each file: --config for all, else the nearest
 * .clerk.json (an empty configuration where there is none).  Files that
 * a folder walk found and their configuration ignores are dropped. */
static int assign_configs(check_run *run, const char *config_path)
{
    vec paths = VEC_INIT(char *); /* parallel to run->configs; NULL for the empty one */
    size_t kept = 0;
    run->file_config = xcalloc(run->files.len ? run->files.len : 1, sizeof(size_t));
    int rc = 0;
    for (size_t i = 0; i < run->files.len && rc == 0; i++) {
        input_file *in = vec_at(&run->files, i);
        char *path = config_path ? xstrdup(config_path)
                                 : config_find(strcmp(in->path, "-") == 0 ? "./-" : in->path);
        size_t k = 0;
        while (k < paths.len && !same_path(path, *(char **)vec_at(&paths, k)))
            k++;
        if (k == paths.len) {
            config_slot *cs = xcalloc(1, sizeof *cs);
            config_init(&cs->cfg);
            char err[1024];
            if (path && config_load(path, &cs->cfg, err, sizeof err) != 0) {
                fprintf(stderr, "clerk: configuration error: %s\n", err);
                rc = -1;
            }
            *(config_slot **)vec_push(&run->configs) = cs;
            *(char **)vec_push(&paths) = path ? xstrdup(path) : NULL;
        }
        free(path);
        run->file_config[i] = k;
    }
    for (size_t i = 0; rc == 0 && i < run->files.len; i++) {
        input_file *in = vec_at(&run->files, i);
        const config_slot *cs = *(config_slot **)vec_at(&run->configs, run->file_config[i]);
        if (!in->given && !in->error && config_ignores(&cs->cfg, in->path)) {
            free(in->path);
            continue;
        }
        run->file_config[kept] = run->file_config[i];
        *(input_file *)vec_at(&run->files, kept++) = *in;
    }
    if (rc == 0)
        run->files.len = kept;
    for (size_t i = 0; i < paths.len; i++)
        free(*(char **)vec_at(&paths, i));
    vec_free(&paths);
    return rc;
}

static int parse_override(const char *arg, vec *overrides)
{
    const char *eq = strrchr(arg, '=');
    int sev = eq ? severity_parse(eq + 1) : -1;
    if (sev < 0)
        return usage_error("--rule takes ID=off|info|warning|error, not '%s'", arg);
    rule_override *o = vec_push(overrides);
    o->id = xstrndup(arg, (size_t)(eq - arg));
    o->severity = (clerk_severity)sev;
    return 0;
}

static int use_color(const char *when)
{
    if (strcmp(when, "always") == 0)
        return 1;
    if (strcmp(when, "never") == 0)
        return 0;
    const char *no = getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no && *no);
}

static void free_run(check_run *run, vec *overrides)
{
    for (size_t i = 0; i < run->configs.len; i++) {
        config_slot *cs = *(config_slot **)vec_at(&run->configs, i);
        config_free(&cs->cfg);
        free(cs->states);
        free(cs);
    }
    vec_free(&run->configs);
    input_files_free(&run->files);
    free(run->file_config);
    registry_free(&run->reg);
    for (size_t i = 0; i < overrides->len; i++)
        free((char *)((rule_override *)vec_at(overrides, i))->id);
    vec_free(overrides);
}

int cmd_check(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"config", required_argument, NULL, 'c'},
        {"plugin", required_argument, NULL, 'p'},
        {"rule", required_argument, NULL, 'r'},
        {"fail-on", required_argument, NULL, 'F'},
        {"input-format", required_argument, NULL, 'I'},
        {"jobs", required_argument, NULL, 'j'},
        {"allow-config-plugins", no_argument, NULL, 'A'},
        {"color", required_argument, NULL, 'C'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *format = "text", *config_path = NULL, *color = "auto";
    clerk_severity fail_on = CLERK_ERROR;
    size_t jobs = pool_default_threads();
    plugin_sources sources;
    plugin_sources_init(&sources);
    vec overrides = VEC_INIT(rule_override);
    check_run run = {0};
    vec_init(&run.files, sizeof(input_file));
    vec_init(&run.configs, sizeof(config_slot *));
    int rc = 0, opt;
    optind = 1;
    while (rc == 0 && (opt = getopt_long(argc, argv, "f:c:p:r:j:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'f': format = optarg; break;
        case 'c': config_path = optarg; break;
        case 'p': *(const char **)vec_push(&sources.paths) = optarg; break;
        case 'r': rc = parse_override(optarg, &overrides); break;
        case 'F': {
            int s = severity_parse(optarg);
            if (s <= CLERK_OFF)
                rc = usage_error("--fail-on takes error, warning or info, not '%s'", optarg);
            fail_on = (clerk_severity)s;
            break;
        }
        case 'I':
            if (strcmp(optarg, "markdown") == 0)
                run.format = DOC_FORMAT_MARKDOWN;
            else if (strcmp(optarg, "text") == 0)
                run.format = DOC_FORMAT_TEXT;
            else
                rc = usage_error("--input-format takes markdown or text, not '%s'", optarg);
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 1024)
                rc = usage_error("--jobs takes a number from 1 to 1024, not '%s'", optarg);
            jobs = (size_t)n;
            break;
        }
        case 'A': sources.allow_config_plugins = 1; break;
        case 'C': color = optarg; break;
        case 'h': fputs(check_usage, stdout); plugin_sources_free(&sources); vec_free(&overrides); return EXIT_CLEAN;
        default: rc = EXIT_TROUBLE; break;
        }
    }
    if (rc == 0 && !(run.ops = reporter_find(format)))
        rc = usage_error("unknown format '%s' (text, json, sarif or github)", format);
    if (rc == 0 && optind >= argc)
        rc = usage_error("check needs at least one path (a file, a folder, or - for standard input)");
    if (rc != 0) {
        plugin_sources_free(&sources);
        free_run(&run, &overrides);
        return EXIT_TROUBLE;
    }

    discover((const char *const *)argv + optind, (size_t)(argc - optind), &run.files);
    int trouble = assign_configs(&run, config_path) != 0;
    config **cfgs = xcalloc(run.configs.len + 1, sizeof *cfgs);
    for (size_t i = 0; i < run.configs.len; i++)
        cfgs[i] = &(*(config_slot **)vec_at(&run.configs, i))->cfg;
    if (!trouble)
        trouble = registry_setup(&run.reg, &sources, cfgs, run.configs.len) != 0;
    else
        registry_init(&run.reg);
    for (size_t i = 0; !trouble && i < overrides.len; i++) {
        const rule_override *o = vec_at(&overrides, i);
        if (registry_find(&run.reg, o->id) < 0)
            trouble = usage_error("--rule: unknown rule '%s' (see 'clerk rules')", o->id) != 0;
    }
    for (size_t i = 0; !trouble && i < run.configs.len; i++) {
        config_slot *cs = *(config_slot **)vec_at(&run.configs, i);
        char err[1024];
        if (config_check_rules(&cs->cfg, &run.reg, err, sizeof err) != 0) {
            fprintf(stderr, "clerk: configuration error: %s\n", err);
            trouble = 1;
        }
        cs->states = config_resolve(&cs->cfg, &run.reg, overrides.data, overrides.len);
    }
    free(cfgs);
    if (trouble) {
        plugin_sources_free(&sources);
        free_run(&run, &overrides);
        return EXIT_TROUBLE;
    }

    run.rep = run.ops->open(stdout, &run.reg, use_color(color));
    pool_run(run.files.len, jobs, sizeof(file_result), lint_file, emit_file, &run);
    run.ops->close(run.rep, &run.totals);
    fflush(stdout);

    int status = EXIT_CLEAN;
    for (int s = fail_on; s <= CLERK_ERROR; s++)
        if (run.totals.by_severity[s])
            status = EXIT_FINDINGS;
    if (run.totals.failed || ferror(stdout))
        status = EXIT_TROUBLE;
    plugin_sources_free(&sources);
    free_run(&run, &overrides);
    return status;
}
