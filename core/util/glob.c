#include "util/glob.h"
#include "util/xalloc.h"

#include <string.h>

/* A match in progress.  A pattern from a configuration is untrusted, and
 * "*" and "**" backtrack: "**a**a**a**b" against a long path would try
 * exponentially many splits.  Whether the pattern from p matches the path
 * from s depends on (p, s) alone, so each pair that failed is remembered and
 * never tried again, which bounds the work by pattern length x path length
 * squared. */
typedef struct matcher {
    const char *pattern, *path;
    size_t path_len;
    unsigned char *failed; /* one bit per (p, s) pair */
} matcher;

static size_t pair_bit(const matcher *m, const char *p, const char *s)
{
    return (size_t)(p - m->pattern) * (m->path_len + 1) + (size_t)(s - m->path);
}

static int match_here(matcher *m, const char *p, const char *s);

static int match_at(matcher *m, const char *p, const char *s)
{
    size_t bit = pair_bit(m, p, s);
    if (m->failed[bit / 8] & (1u << (bit % 8)))
        return 0;
    if (match_here(m, p, s))
        return 1;
    m->failed[bit / 8] |= (unsigned char)(1u << (bit % 8));
    return 0;
}

static int match_here(matcher *m, const char *p, const char *s)
{
    for (; *p; p++, s++) {
        if (p[0] == '*' && p[1] == '*') {
            p += 2;
            if (*p == '/') {
                /* "**" then "/": zero or more whole folders, so what follows
                 * starts a component ("**" + "/a.md" never matches "xa.md"). */
                for (p++;; s++) {
                    if (match_at(m, p, s))
                        return 1;
                    if (!(s = strchr(s, '/')))
                        return 0;
                }
            }
            for (;; s++) {
                if (match_at(m, p, s))
                    return 1;
                if (!*s)
                    return 0;
            }
        }
        if (*p == '*') {
            for (;; s++) {
                if (match_at(m, p + 1, s))
                    return 1;
                if (!*s || *s == '/')
                    return 0;
            }
        }
        if (!*s || (*p == '?' ? *s == '/' : *p != *s))
            return 0;
    }
    /* A pattern that names a folder matches everything below it. */
    return *s == '\0' || *s == '/' || p[-1] == '/';
}

static int match_from(const char *pattern, const char *path)
{
    size_t pattern_len = strlen(pattern), path_len = strlen(path);
    size_t bits = (pattern_len + 1) * (path_len + 1);
    matcher m = {pattern, path, path_len, xcalloc(bits / 8 + 1, 1)};
    int found = match_here(&m, pattern, path);
    free(m.failed);
    return found;
}

int glob_match(const char *pattern, const char *path)
{
    if (!*pattern)
        return 0;
    if (!strchr(pattern, '/') || (strchr(pattern, '/') == pattern + strlen(pattern) - 1)) {
        /* No slash (or only a trailing one): try at every component. */
        for (const char *s = path; s; s = strchr(s, '/'), s = s ? s + 1 : NULL)
            if (match_from(pattern, s))
                return 1;
        return 0;
    }
    return match_from(pattern[0] == '/' ? pattern + 1 : pattern, path[0] == '/' ? path + 1 : path);
}
