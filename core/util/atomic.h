/*
 * Replacing a file atomically: the new content goes to a temporary file in
 * the target's folder, is flushed to disk, takes the target's mode and is
 * renamed over it, so a reader sees the old file or the new one and never a
 * part of either.  On any error the target is untouched and the temporary
 * is removed; a signal that ends the process removes it too.
 *
 * Permission bits are honoured even for root: a file or folder that no one
 * may write is refused ("read-only file"), as an editor would.  A target
 * that exists and is not a regular file (a terminal, a FIFO, /dev/stdout)
 * is written in place, as there is nothing to rename over it.
 *
 * Error messages name the cause, not the target ("read-only file", "write
 * error: File too large"): callers put the path in front.  Not thread-safe:
 * open and commit files from one thread.
 */
#ifndef CLERK_ATOMIC_H
#define CLERK_ATOMIC_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

typedef struct atomic_file {
    FILE *fp;           /* write the content here */
    char *target;       /* the file replaced (a symbolic link's target) */
    char *temp;         /* the temporary; NULL when writing in place */
    int guard;          /* its slot in the table a signal cleans; -1 for none */
    mode_t mode;        /* given to the new file */
    uid_t uid;          /* the old file's owner, kept when allowed */
    gid_t gid;
    int replaces;       /* the target exists */
} atomic_file;

/* Starts replacing path.  -1 with the cause in err when the file or its
 * folder may not be written or no temporary can be made. */
int atomic_open(atomic_file *af, const char *path, char *err, size_t err_size);

/* Flushes what was written to disk and closes the temporary; then only
 * atomic_rename or atomic_abort may follow.  On error the temporary is
 * removed. */
int atomic_finish(atomic_file *af, char *err, size_t err_size);

/* Puts the finished temporary in the target's place. */
int atomic_rename(atomic_file *af, char *err, size_t err_size);

/* atomic_finish, then atomic_rename. */
int atomic_commit(atomic_file *af, char *err, size_t err_size);

/* Gives up: the temporary is removed, the target left as it was. */
void atomic_abort(atomic_file *af);

/* Replaces path with len bytes of data. */
int atomic_write(const char *path, const char *data, size_t len, char *err, size_t err_size);

#endif
