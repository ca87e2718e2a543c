/* The rule-pack loader: the input is a pack file (from a configuration a
 * pull request may write), loaded, and when it loads, run over a document
 * that has a block in every scope. */
#include "harness.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "packs/pack.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char folder[] = "/tmp/clerk-fuzz-packs.XXXXXX";
static char path[sizeof folder + sizeof "/pack.json"];
static clerk_doc *doc;

static const char document[] =
    "United Nations A/64/142\n\n"
    "# Letter dated 14 July 2009 addressed to the Secretary-General\n\n"
    "I have the honour to refer to resolution 59/50 of the General Assembly, the the "
    "Member states and the united nations organisation.[^1]\n\n"
    "| Item | Date |\n|---|---|\n| 74 (c) | 2 December 2004 |\n\n"
    "The General Assembly,\n\n"
    "*Recalling* its resolution 1514 (XV),\n\n"
    "1. *Decides* to organize, in 2010 , a centre of 15 per cent;\n\n"
    "[^1]: See A/RES/59/50.\n";

static void cleanup(void)
{
    doc_free(doc);
    unlink(path);
    rmdir(folder);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (!mkdtemp(folder)) {
        perror("fuzz_packs: mkdtemp");
        exit(1);
    }
    snprintf(path, sizeof path, "%s/pack.json", folder);
    char err[256];
    doc = doc_parse("fuzz.md", xstrdup(document), sizeof document - 1, DOC_FORMAT_MARKDOWN, err,
                    sizeof err);
    if (!doc) {
        fprintf(stderr, "fuzz_packs: %s\n", err);
        exit(1);
    }
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    int failed = !f || fwrite(data, 1, size, f) != size;
    if ((f && fclose(f) != 0) || failed) {
        perror("fuzz_packs: writing the input");
        exit(1);
    }
    registry reg;
    registry_init(&reg);
    char err[1024];
    if (pack_load(&reg, path, err, sizeof err) == 0) {
        rule_state *states = config_resolve(NULL, &reg, NULL, 0);
        vec findings = VEC_INIT(finding);
        lint_document(&reg, states, doc, &findings);
        for (size_t i = 0; i < findings.len; i++) {
            const finding *x = vec_at(&findings, i);
            FUZZ_CHECK(x->offset <= doc->len && x->length <= doc->len - x->offset);
        }
        findings_free(&findings);
        free(states);
    }
    registry_free(&reg);
    return 0;
}
