/*
 * clerk embedding API: lint text from another program (an editor
 * extension, a language binding) with the rules and the configuration the
 * command line would use.
 *
 *     clerk_session_options options = {.size = sizeof options};
 *     options.config_path = ".clerk.json";
 *     char error[512];
 *     clerk_session *session = clerk_session_new(&options, error, sizeof error);
 *     clerk_result *result = clerk_lint(session, "draft.md", text, length, error, sizeof error);
 *     for (size_t i = 0; i < clerk_result_count(result); i++) {
 *         const clerk_finding *f = clerk_result_finding(result, i);
 *         printf("%zu:%zu %s [%s]\n", f->line, f->column, f->message, f->rule);
 *     }
 *     clerk_result_free(result);
 *     clerk_session_free(session);
 *
 * Link with -lclerk (pkg-config: libclerk; CMake: clerk::clerk).
 *
 * Threads: a session is read-only once created.  Threads may lint at the
 * same time with sessions of their own or with one shared session; a
 * result belongs to the thread that asked for it and outlives its session.
 *
 * Compatibility follows the plugin ABI's rules (clerk/plugin.h): within a
 * major version functions are only added, and the structs below only grow
 * at their end.  clerk_session_options begins with its size, which the
 * caller sets, so a newer library knows which members an older caller set;
 * findings are handed out one at a time, so a grown clerk_finding shifts
 * nothing.
 */
#ifndef CLERK_CLERK_H
#define CLERK_CLERK_H

#include "clerk/plugin.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct clerk_session clerk_session;
typedef struct clerk_result clerk_result;

typedef struct clerk_session_options {
    size_t size;                /* sizeof(clerk_session_options) */
    /* The configuration: a .clerk.json file, or the text of one.  With both,
     * the text is used and the path names it (in messages, and as the folder
     * its relative paths start from: an editor's unsaved buffer).  The text
     * alone starts its paths from the current folder.  Neither: every rule
     * at its default. */
    const char *config_path;
    const char *config_json;
    /* Plugin files, or folders of them, to load; NULL-terminated, or NULL. */
    const char *const *plugins;
    /* Rule packs (JSON files), or folders of them; NULL-terminated, or NULL. */
    const char *const *packs;
    /* Nonzero: leave out the plugins and packs installed with the library. */
    int no_bundled_rules;
    /* Nonzero: load the plugins the configuration names (they run code). */
    int allow_config_plugins;
} clerk_session_options;

typedef struct clerk_finding {
    const char *rule;           /* "dates/invalid-date" */
    clerk_severity severity;    /* as configured */
    const char *message;
    size_t line, column;        /* 1-based; the column in code points */
    size_t end_line, end_column;/* where the span ends (exclusive) */
    size_t offset, length;      /* the span in bytes of the text linted */
    const char *fix;            /* text to put in place of the span; NULL when none */
} clerk_finding;

/* "0.1.0". */
CLERK_EXPORT const char *clerk_version(void);

/* "error", "warning", "info" or "off". */
CLERK_EXPORT const char *clerk_severity_name(clerk_severity severity);

/* Loads the configuration, the plugins and the rule packs, as clerk check
 * does: the bundled ones, those the options name, those the configuration
 * names.  The options are not kept.  NULL options: the bundled rules, no
 * configuration.  On failure returns NULL with the reason in error (a
 * configuration error with its file:line:column, a refused plugin or pack
 * with its path). */
CLERK_EXPORT clerk_session *clerk_session_new(const clerk_session_options *options, char *error,
                                              size_t error_size);
CLERK_EXPORT void clerk_session_free(clerk_session *session);

/* Lints length bytes of text (not necessarily NUL-terminated).  The path is
 * reported and chooses the format: plain text for *.txt, Markdown for
 * anything else or NULL; no file is read.  Returns NULL with the reason in
 * error only when the bytes are not UTF-8 text. */
CLERK_EXPORT clerk_result *clerk_lint(const clerk_session *session, const char *path,
                                      const char *text, size_t length, char *error,
                                      size_t error_size);

/* The findings, sorted by offset. */
CLERK_EXPORT size_t clerk_result_count(const clerk_result *result);
/* NULL past the last. */
CLERK_EXPORT const clerk_finding *clerk_result_finding(const clerk_result *result, size_t index);
CLERK_EXPORT void clerk_result_free(clerk_result *result);

#ifdef __cplusplus
}
#endif
#endif /* CLERK_CLERK_H */
