/* The entries of a folder, in name order. */
#ifndef CLERK_DIRLIST_H
#define CLERK_DIRLIST_H

#include "util/vec.h"

/* Appends to names (a vec of char *, each to be freed, see dir_names_free)
 * the entries of dir whose names do not start with "." and end with
 * suffix (any name when suffix is NULL), sorted by name.  Returns -1 with
 * errno set when the folder cannot be opened. */
int dir_names(const char *dir, const char *suffix, vec *names);
void dir_names_free(vec *names);

#endif
