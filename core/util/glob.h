/* Path patterns as in .gitignore: "*" and "?" stay within one path
 * component, "**" crosses folders, a pattern without "/" matches the last
 * component anywhere, and a trailing "/" matches a folder and what it holds. */
#ifndef CLERK_GLOB_H
#define CLERK_GLOB_H

int glob_match(const char *pattern, const char *path);

#endif
