/*
 * Reading a document: a regular file in one read, or standard input ("-")
 * to its end.  Text only: a NUL byte marks a binary file.  No more than
 * DOC_MAX_SIZE bytes, unless the command line sets another limit.
 */
#include "doc/doc.h"
#include "util/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static size_t max_size = DOC_MAX_SIZE;

void doc_set_max_size(size_t bytes) { max_size = bytes; }

static ssize_t read_some(int fd, char *p, size_t n)
{
    ssize_t got;
    do
        got = read(fd, p, n);
    while (got < 0 && errno == EINTR);
    return got;
}

static void too_large(char *err, size_t err_size)
{
    snprintf(err, err_size, "too large: clerk reads files of up to %zu MiB (see --max-file-size)",
             max_size >> 20);
}

/* Reads fd to its end; size_hint is its size when known, so that a file is
 * read into a buffer of its own size with nothing to move. */
static int read_all(int fd, size_t size_hint, char **buf, size_t *len, char *err, size_t err_size)
{
    size_t cap = size_hint + 1, n = 0;
    char *b = xmalloc(cap);
    for (;;) {
        ssize_t got;
        if (n + 1 < cap) {
            got = read_some(fd, b + n, cap - 1 - n);
        } else {
            /* Full: grow only if there is more to come. */
            char more[4096];
            got = read_some(fd, more, sizeof more);
            if (got > 0) {
                cap = cap < sizeof more ? 2 * sizeof more : cap * 2;
                b = xrealloc(b, cap);
                memcpy(b + n, more, (size_t)got);
            }
        }
        if (got < 0) {
            snprintf(err, err_size, "%s", strerror(errno));
            free(b);
            return -1;
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if (n > max_size) {
            too_large(err, err_size);
            free(b);
            return -1;
        }
    }
    b[n] = '\0';
    const char *nul = doc_is_zip(b, n) ? NULL : memchr(b, '\0', n);
    if (nul) {
        snprintf(err, err_size, "binary file: NUL byte at offset %zu", (size_t)(nul - b));
        free(b);
        return -1;
    }
    *buf = b;
    *len = n;
    return 0;
}

int doc_read_file(const char *path, char **buf, size_t *len, char *err, size_t err_size)
{
    int from_stdin = strcmp(path, "-") == 0;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer before it is refused. */
    int fd = from_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, err_size, "%s", strerror(errno));
        return -1;
    }
    struct stat st;
    int rc = -1;
    if (fstat(fd, &st) != 0)
        snprintf(err, err_size, "%s", strerror(errno));
    else if (S_ISDIR(st.st_mode))
        snprintf(err, err_size, "is a directory");
    else if (!from_stdin && !S_ISREG(st.st_mode))
        snprintf(err, err_size, "not a regular file");
    else if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_size)
        too_large(err, err_size);
    else
        rc = read_all(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0, buf, len, err, err_size);
    if (!from_stdin)
        close(fd);
    return rc;
}
