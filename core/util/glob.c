#include "util/glob.h"

#include <string.h>

static int match_here(const char *p, const char *s)
{
    for (; *p; p++, s++) {
        if (p[0] == '*' && p[1] == '*') {
            p += 2;
            if (*p == '/') {
                /* "**" then "/": zero or more whole folders, so what follows
                 * starts a component ("**" + "/a.md" never matches "xa.md"). */
                for (p++;; s++) {
                    if (match_here(p, s))
                        return 1;
                    if (!(s = strchr(s, '/')))
                        return 0;
                }
            }
            for (;; s++) {
                if (match_here(p, s))
                    return 1;
                if (!*s)
                    return 0;
            }
        }
        if (*p == '*') {
            for (;; s++) {
                if (match_here(p + 1, s))
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

int glob_match(const char *pattern, const char *path)
{
    if (!*pattern)
        return 0;
    if (!strchr(pattern, '/') || (strchr(pattern, '/') == pattern + strlen(pattern) - 1)) {
        /* No slash (or only a trailing one): try at every component. */
        for (const char *s = path; s; s = strchr(s, '/'), s = s ? s + 1 : NULL)
            if (match_here(pattern, s))
                return 1;
        return 0;
    }
    return match_here(pattern[0] == '/' ? pattern + 1 : pattern, path[0] == '/' ? path + 1 : path);
}
