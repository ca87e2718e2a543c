/* Expands the paths given on the command line into the files to lint. */
#ifndef CLERK_DISCOVER_H
#define CLERK_DISCOVER_H

#include "util/vec.h"

typedef struct input_file {
    char *path;
    char *error;        /* set when the path cannot be listed or read */
    int given;          /* named on the command line, not found in a folder */
} input_file;

/* Files are taken as given, whatever their extension; folders are walked
 * recursively in name order for *.md, *.markdown and *.txt (but
 * CMakeLists.txt), skipping
 * entries whose name starts with "." and links to folders (no loops).
 * "-" stands for standard input.  Appends input_file to out. */
void discover(const char *const *paths, size_t count, vec *out);
void input_files_free(vec *files);

#endif
