/* The configuration loader: the input is a .clerk.json (from a pull
 * request, say), loaded, checked against an empty registry and resolved. */
#include "harness.h"
#include "engine/config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char folder[] = "/tmp/clerk-fuzz-config.XXXXXX";
static char path[sizeof folder + sizeof "/" CONFIG_FILE_NAME];

static void remove_folder(void)
{
    unlink(path);
    rmdir(folder);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (!mkdtemp(folder)) {
        perror("fuzz_config: mkdtemp");
        exit(1);
    }
    snprintf(path, sizeof path, "%s/%s", folder, CONFIG_FILE_NAME);
    atexit(remove_folder);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    int failed = !f || fwrite(data, 1, size, f) != size;
    if ((f && fclose(f) != 0) || failed) {
        perror("fuzz_config: writing the input");
        exit(1);
    }
    config cfg;
    config_init(&cfg);
    char err[1024];
    if (config_load(path, &cfg, err, sizeof err) == 0) {
        registry reg;
        registry_init(&reg);
        config_check_rules(&cfg, &reg, err, sizeof err);
        free(config_resolve(&cfg, &reg, NULL, 0));
        registry_free(&reg);
    }
    config_free(&cfg);
    return 0;
}
