/* clerk check: lint documents and report what the rules find. */
#include "cli/baselines.h"
#include "cli/cli.h"
#include "cli/inputs.h"
#include "cli/outputs.h"
#include "doc/doc.h"
#include "engine/discover.h"
#include "engine/finding.h"
#include "engine/fix.h"
#include "engine/lint.h"
#include "engine/pool.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char check_usage[] =
    "usage: clerk check [options] PATH...\n"
    "\n"
    "  -f, --format FORMAT      text (default), json, sarif, github or gitlab (repeatable)\n"
    "  -o, --output FILE        write the format given before it to FILE, atomically\n"
    "                           (repeatable; a format without one writes to standard output)\n"
    "  -c, --config FILE        use this configuration instead of the nearest .clerk.json\n"
    "  -p, --plugin PATH        load a plugin file, or every plugin of a folder (repeatable)\n"
    "      --pack FILE          load a rule pack, or every pack of a folder (repeatable)\n"
    "  -r, --rule ID=SEVERITY   set a rule to off, info, warning or error (repeatable)\n"
    "      --fail-on SEVERITY   exit 1 when a finding is at or above it (default: error)\n"
    "      --max-warnings N     exit 1 when there are more than N warnings\n"
    "      --baseline FILE      report only findings that FILE does not hold\n"
    "      --write-baseline FILE  record every finding in FILE instead of reporting it\n"
    "      --prune-baseline     drop from the baseline what no longer matches\n"
    "      --require-reason     a suppression comment without '-- reason' is an error\n"
    "      --report-unused-disables  report suppression comments that silence nothing\n"
    "      --fix                apply the rules' fixes to the files, then report what is left\n"
    "      --fix-dry-run        print the fixes as a unified diff; change no file\n"
    "      --shard K/N          lint only the K-th of N shares of the files (by path)\n"
    "      --files-from FILE    lint the paths listed in FILE (- for standard input)\n"
    "  -0, --null               the list of --files-from is NUL-separated\n"
    "      --changes-only       report only findings in text a tracked change inserted (.docx)\n"
    "      --input-format FMT   markdown, text, akn (xml) or docx (default: by content, then by\n"
    "                           extension; stdin is markdown unless it is Akoma Ntoso)\n"
    "      --max-file-size MIB  refuse files larger than MIB mebibytes (default: 16)\n"
    "  -j, --jobs N             lint N files at a time (default: the number of cores)\n"
    "      --allow-config-plugins  load plugins named by configuration files\n"
    "      --color WHEN         auto (default), always or never\n"
    "\n"
    "Folders are searched for *.md, *.markdown, *.txt, *.xml and *.docx.  A .docx is\n"
    "read as one line per paragraph: 12:40 is paragraph 12, character 40.  Exit status:\n"
    "0 when nothing at or above --fail-on was found (nor more than --max-warnings\n"
    "warnings), 1 when something was, 2 on usage, configuration, plugin or file errors.\n"
    "See docs/ci.md.\n";

/* A distinct configuration file and the rule states it resolves to. */
typedef struct config_slot {
    config cfg;
    rule_state *states;
} config_slot;

typedef enum { FIX_NONE, FIX_WRITE, FIX_DRY_RUN } fix_mode;

typedef struct check_run {
    registry reg;
    vec files;                  /* input_file */
    vec configs;                /* config_slot * */
    size_t *file_config;        /* per file: index in configs */
    doc_format format;
    suppress_options suppress;
    fix_mode fix;
    int changes_only;           /* keep only findings in inserted text */
    outputs outs;
    baselines base;
    report_totals totals;
    size_t fixes, fixed_files;  /* fixes applied (or shown), in how many files */
} check_run;

typedef struct file_result {
    clerk_doc *doc;
    vec findings;
    char *error;
    char *original;             /* with fixes: the bytes as read */
    size_t original_len;
    size_t fixes;               /* fixes applied to doc */
} file_result;

/* Drops the findings outside the text tracked changes inserted. */
static void keep_changes(const clerk_doc *doc, vec *findings)
{
    size_t kept = 0;
    for (size_t i = 0; i < findings->len; i++) {
        finding *f = vec_at(findings, i);
        if (doc_in_insertion(doc, f->offset, f->length)) {
            *(finding *)vec_at(findings, kept++) = *f;
        } else {
            free(f->message);
            free(f->replacement);
        }
    }
    findings->len = kept;
}

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
    int from_stdin = strcmp(in->path, "-") == 0;
    if (run->fix == FIX_WRITE && from_stdin) {
        free(buf);
        res->error = xstrdup("standard input cannot be fixed in place (--fix-dry-run shows the fixes)");
        return;
    }
    doc_format format = run->format;
    if (run->fix) {
        res->original = xmalloc(len + 1);
        memcpy(res->original, buf, len);
        res->original_len = len;
    }
    res->doc = lint_parse(&run->reg, in->path, buf, len, format, err, sizeof err);
    if (!res->doc) {
        res->error = xstrdup(err);
        return;
    }
    const config_slot *cs = *(config_slot **)vec_at(&run->configs, run->file_config[index]);
    /* A .docx is not text, and a replacement in AKN XML would need escaping:
     * neither is rewritten. */
    if (run->fix && res->doc->format != DOC_FORMAT_DOCX && res->doc->format != DOC_FORMAT_AKN)
        res->fixes = fix_document(&run->reg, cs->states, &run->suppress, format, &res->doc,
                                  &res->findings);
    else
        lint_document_with(&run->reg, cs->states, &run->suppress, res->doc, &res->findings);
    if (run->changes_only)
        keep_changes(res->doc, &res->findings);
}

/* Writes the fixed document, or shows the fixes as a diff. */
static void settle_fixes(check_run *run, const char *path, file_result *res)
{
    const clerk_doc *doc = res->doc;
    if (run->fix == FIX_DRY_RUN) {
        fix_diff(stdout, path, res->original, res->original_len, doc->src, doc->len);
    } else {
        char err[1024];
        if (fix_write(path, res->original, res->original_len, doc->src, doc->len, err, sizeof err) != 0) {
            res->error = xasprintf("not fixed: %s", err);
            return;
        }
    }
    run->fixes += res->fixes;
    run->fixed_files++;
}

static void emit_file(void *arg, size_t index, void *slot)
{
    check_run *run = arg;
    file_result *res = slot;
    const input_file *in = vec_at(&run->files, index);
    if (!res->error && res->fixes)
        settle_fixes(run, in->path, res);
    if (!res->error)
        baselines_apply(&run->base, run->file_config[index], in->path, res->doc, &res->findings);
    report_file rf = {in->path, res->doc, res->error, &res->findings, NULL};
    outputs_file(&run->outs, &rf);
    report_totals_add(&run->totals, &rf);
    findings_free(&res->findings);
    if (res->doc)
        doc_free(res->doc);
    free(res->error);
    free(res->original);
}

static int same_path(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* Two paths name files of the same folder (as written). */
static int same_folder(const char *a, const char *b)
{
    const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
    size_t na = sa ? (size_t)(sa - a) : 0, nb = sb ? (size_t)(sb - b) : 0;
    return !sa == !sb && na == nb && memcmp(a, b, na) == 0;
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
    const char *prev_file = NULL; /* the last file searched from, and what was found */
    char *prev_found = NULL;
    for (size_t i = 0; i < run->files.len && rc == 0; i++) {
        input_file *in = vec_at(&run->files, i);
        const char *file = strcmp(in->path, "-") == 0 ? "./-" : in->path;
        char *path;
        if (config_path) {
            path = xstrdup(config_path);
        } else {
            /* A folder walk lists a folder's files together: each folder is
             * searched once, not once per file (a dozen system calls). */
            if (!prev_file || !same_folder(prev_file, file)) {
                free(prev_found);
                prev_found = config_find(file);
                prev_file = file;
            }
            path = prev_found ? xstrdup(prev_found) : NULL;
        }
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
    free(prev_found);
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
    outputs_free(&run->outs);
    baselines_free(&run->base);
    for (size_t i = 0; i < overrides->len; i++)
        free((char *)((rule_override *)vec_at(overrides, i))->id);
    vec_free(overrides);
}

int cmd_check(int argc, char **argv)
{
    enum {
        OPT_PACK = 0x100, OPT_FAIL_ON, OPT_MAX_WARNINGS, OPT_INPUT_FORMAT, OPT_ALLOW_CONFIG_PLUGINS,
        OPT_COLOR, OPT_BASELINE, OPT_WRITE_BASELINE, OPT_PRUNE_BASELINE, OPT_REQUIRE_REASON,
        OPT_REPORT_UNUSED, OPT_FIX, OPT_FIX_DRY_RUN, OPT_SHARD, OPT_FILES_FROM, OPT_CHANGES_ONLY,
        OPT_MAX_FILE_SIZE,
    };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"config", required_argument, NULL, 'c'},
        {"plugin", required_argument, NULL, 'p'},
        {"pack", required_argument, NULL, OPT_PACK},
        {"rule", required_argument, NULL, 'r'},
        {"fail-on", required_argument, NULL, OPT_FAIL_ON},
        {"max-warnings", required_argument, NULL, OPT_MAX_WARNINGS},
        {"baseline", required_argument, NULL, OPT_BASELINE},
        {"write-baseline", required_argument, NULL, OPT_WRITE_BASELINE},
        {"prune-baseline", no_argument, NULL, OPT_PRUNE_BASELINE},
        {"require-reason", no_argument, NULL, OPT_REQUIRE_REASON},
        {"report-unused-disables", no_argument, NULL, OPT_REPORT_UNUSED},
        {"fix", no_argument, NULL, OPT_FIX},
        {"fix-dry-run", no_argument, NULL, OPT_FIX_DRY_RUN},
        {"shard", required_argument, NULL, OPT_SHARD},
        {"files-from", required_argument, NULL, OPT_FILES_FROM},
        {"null", no_argument, NULL, '0'},
        {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
        {"changes-only", no_argument, NULL, OPT_CHANGES_ONLY},
        {"max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE},
        {"jobs", required_argument, NULL, 'j'},
        {"allow-config-plugins", no_argument, NULL, OPT_ALLOW_CONFIG_PLUGINS},
        {"color", required_argument, NULL, OPT_COLOR},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *config_path = NULL, *color = "auto", *files_from = NULL;
    thresholds limits = THRESHOLDS_INIT;
    size_t jobs = pool_default_threads(), shard = 0, shards = 1;
    int nul = 0;
    plugin_sources sources;
    plugin_sources_init(&sources);
    vec overrides = VEC_INIT(rule_override);
    check_run run = {0};
    vec_init(&run.files, sizeof(input_file));
    vec_init(&run.configs, sizeof(config_slot *));
    outputs_init(&run.outs);
    int rc = 0, opt;
    optind = 1;
    while (rc == 0 && (opt = getopt_long(argc, argv, "f:o:c:p:r:j:0h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'f': outputs_add_format(&run.outs, optarg); break;
        case 'o': outputs_add_path(&run.outs, optarg); break;
        case 'c': config_path = optarg; break;
        case 'p': *(const char **)vec_push(&sources.paths) = optarg; break;
        case OPT_PACK: *(const char **)vec_push(&sources.packs) = optarg; break;
        case 'r': rc = parse_override(optarg, &overrides); break;
        case OPT_FAIL_ON: rc = thresholds_fail_on(&limits, optarg); break;
        case OPT_MAX_WARNINGS: rc = thresholds_max_warnings(&limits, optarg); break;
        case OPT_BASELINE: run.base.given = optarg; break;
        case OPT_WRITE_BASELINE: run.base.write = optarg; break;
        case OPT_PRUNE_BASELINE: run.base.prune = 1; break;
        case OPT_REQUIRE_REASON: run.suppress.require_reason = 1; break;
        case OPT_REPORT_UNUSED: run.suppress.report_unused = 1; break;
        case OPT_FIX: run.fix = run.fix == FIX_DRY_RUN ? FIX_DRY_RUN : FIX_WRITE; break;
        case OPT_FIX_DRY_RUN: run.fix = FIX_DRY_RUN; break;
        case OPT_SHARD:
            if (shard_parse(optarg, &shard, &shards) != 0)
                rc = usage_error("--shard takes K/N with 1 <= K <= N, not '%s'", optarg);
            break;
        case OPT_FILES_FROM: files_from = optarg; break;
        case '0': nul = 1; break;
        case OPT_CHANGES_ONLY: run.changes_only = 1; break;
        case OPT_INPUT_FORMAT: {
            int format = doc_format_named(optarg);
            if (format < 0)
                rc = usage_error("--input-format takes markdown, text, akn or docx, not '%s'", optarg);
            else
                run.format = (doc_format)format;
            break;
        }
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 1024)
                rc = usage_error("--jobs takes a number from 1 to 1024, not '%s'", optarg);
            jobs = (size_t)n;
            break;
        }
        case OPT_MAX_FILE_SIZE: {
            char *end;
            unsigned long long mib = strtoull(optarg, &end, 10);
            if (*end || mib < 1 || mib > 4095)
                rc = usage_error("--max-file-size takes a number of MiB from 1 to 4095, not '%s'", optarg);
            else
                doc_set_max_size((size_t)mib << 20);
            break;
        }
        case OPT_ALLOW_CONFIG_PLUGINS: sources.allow_config_plugins = 1; break;
        case OPT_COLOR: color = optarg; break;
        case 'h':
            fputs(check_usage, stdout);
            plugin_sources_free(&sources);
            free_run(&run, &overrides);
            return EXIT_CLEAN;
        default: rc = EXIT_TROUBLE; break;
        }
    }
    run.outs.stdout_taken = run.fix == FIX_DRY_RUN; /* the diff goes there */
    if (rc == 0)
        rc = outputs_resolve(&run.outs);
    if (rc == 0 && optind >= argc && !files_from)
        rc = usage_error("check needs at least one path (a file, a folder, or - for standard input)");
    if (rc == 0 && run.base.write && (run.base.given || run.base.prune))
        rc = usage_error("--write-baseline records every finding: it takes no --baseline or --prune-baseline");
    if (rc == 0 && files_from && strcmp(files_from, "-") == 0)
        for (int i = optind; i < argc && rc == 0; i++)
            if (strcmp(argv[i], "-") == 0)
                rc = usage_error("standard input cannot be both --files-from - and a document");
    if (rc != 0) {
        plugin_sources_free(&sources);
        free_run(&run, &overrides);
        return EXIT_TROUBLE;
    }

    discover((const char *const *)argv + optind, (size_t)(argc - optind), &run.files);
    int trouble = files_from && inputs_from_list(files_from, nul, &run.files) != 0;
    if (shards > 1)
        shard_select(&run.files, shard, shards);
    trouble = trouble || assign_configs(&run, config_path) != 0;
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
    if (!trouble)
        trouble = baselines_open(&run.base, cfgs, run.configs.len) != 0;
    free(cfgs);
    if (!trouble)
        trouble = outputs_open(&run.outs, &run.reg, use_color(color)) != 0;
    if (trouble) {
        plugin_sources_free(&sources);
        free_run(&run, &overrides);
        return EXIT_TROUBLE;
    }

    pool_run(run.files.len, jobs, sizeof(file_result), lint_file, emit_file, &run);
    run.totals.baselined = run.base.held;
    int status = thresholds_status(&limits, &run.totals);
    if (outputs_close(&run.outs, &run.totals) != 0 || baselines_close(&run.base) != 0)
        status = EXIT_TROUBLE;
    if (run.fix && run.fixes)
        fprintf(stderr, "clerk: %s %zu %s in %zu %s\n", run.fix == FIX_WRITE ? "applied" : "would apply",
                run.fixes, run.fixes == 1 ? "fix" : "fixes", run.fixed_files,
                run.fixed_files == 1 ? "file" : "files");
    if (run.fix == FIX_DRY_RUN && (fflush(stdout) != 0 || ferror(stdout)))
        status = EXIT_TROUBLE;
    plugin_sources_free(&sources);
    free_run(&run, &overrides);
    return status;
}
