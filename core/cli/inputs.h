/* The files a check run lints: paths on the command line, lists of paths
 * (--files-from), and one share of them all (--shard). */
#ifndef CLERK_INPUTS_H
#define CLERK_INPUTS_H

#include "util/vec.h"

#include <stddef.h>

/* Appends to out (input_file) the paths listed in a file, "-" for standard
 * input, one a line (CR LF too) or, with nul, each ended by a NUL byte;
 * empty entries are skipped.  Folders are walked as on the command line;
 * files are taken whatever their extension, but the configuration's ignore
 * patterns apply to them as to files found in folders.  Prints the cause
 * and returns -1 when the list cannot be read. */
int inputs_from_list(const char *list, int nul, vec *out);

/* A --shard argument "K/N", 1 <= K <= N: fills k (from 0) and n; -1 otherwise. */
int shard_parse(const char *arg, size_t *k, size_t *n);

/* Keeps the files of shard k of n: those whose path, tidied ("./a//b" is
 * "a/b"), hashes to k.  The same path is in the same shard on every
 * machine, so shards run anywhere together lint each file once. */
void shard_select(vec *files, size_t k, size_t n);

#endif
