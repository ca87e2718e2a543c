/*
 * An example of the embedding API: lints files the way an editor would lint
 * its buffers, with one session for all of them.
 *
 *     lint [--config FILE] [--plugin PATH]... FILE...
 *
 * prints "file:line:column: severity: message [rule]" for each finding and
 * the fix when there is one; exits 1 when anything was found.
 */
#include <clerk/clerk.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole file in memory, as an editor holds its buffer. */
static char *read_file(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t size = 0, got;
    char chunk[8192];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        char *grown = realloc(text, size + got);
        if (!grown) {
            free(text);
            fclose(f);
            return NULL;
        }
        text = grown;
        memcpy(text + size, chunk, got);
        size += got;
    }
    fclose(f);
    *length = size;
    return text ? text : calloc(1, 1);
}

static int lint_file(const clerk_session *session, const char *path)
{
    size_t length;
    char *text = read_file(path, &length);
    if (!text) {
        fprintf(stderr, "lint: cannot read %s\n", path);
        return -1;
    }
    char error[512];
    clerk_result *result = clerk_lint(session, path, text, length, error, sizeof error);
    free(text);
    if (!result) {
        fprintf(stderr, "lint: %s: %s\n", path, error);
        return -1;
    }
    size_t count = clerk_result_count(result);
    for (size_t i = 0; i < count; i++) {
        const clerk_finding *f = clerk_result_finding(result, i);
        printf("%s:%zu:%zu: %s: %s [%s]\n", path, f->line, f->column,
               clerk_severity_name(f->severity), f->message, f->rule);
        if (f->fix)
            printf("  fix: replace bytes %zu..%zu with \"%s\"\n", f->offset, f->offset + f->length,
                   f->fix);
    }
    clerk_result_free(result);
    return count > 0;
}

int main(int argc, char **argv)
{
    clerk_session_options options = {.size = sizeof options};
    const char **plugins = calloc((size_t)argc, sizeof *plugins);
    size_t plugin_count = 0;
    int first = 1;
    for (; first + 1 < argc; first += 2) {
        if (strcmp(argv[first], "--config") == 0)
            options.config_path = argv[first + 1];
        else if (strcmp(argv[first], "--plugin") == 0)
            plugins[plugin_count++] = argv[first + 1];
        else
            break;
    }
    if (!plugins || first >= argc) {
        fprintf(stderr, "usage: lint [--config FILE] [--plugin PATH]... FILE...\n");
        free(plugins);
        return 2;
    }
    options.plugins = plugins;

    char error[512];
    clerk_session *session = clerk_session_new(&options, error, sizeof error);
    free(plugins);
    if (!session) {
        fprintf(stderr, "lint: %s\n", error);
        return 2;
    }
    int status = 0;
    for (int i = first; i < argc; i++) {
        int rc = lint_file(session, argv[i]);
        if (rc < 0)
            status = 2;
        else if (rc > 0 && status == 0)
            status = 1;
    }
    clerk_session_free(session);
    return status;
}
