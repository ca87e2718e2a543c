#include "util/atomic.h"
#include "util/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Temporaries in progress, removed by a signal that ends the process.
 * Fixed storage: the handler may neither allocate nor lock. */
#define GUARDS 16
static char guarded[GUARDS][PATH_MAX];
static volatile sig_atomic_t guard_used[GUARDS];

static void remove_temporaries(int sig)
{
    for (int i = 0; i < GUARDS; i++)
        if (guard_used[i])
            unlink(guarded[i]);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Once: a write past RLIMIT_FSIZE must fail with EFBIG (and be cleaned up)
 * rather than end the process with SIGXFSZ; the signals that usually end a
 * run remove the temporaries first, unless someone chose to ignore them. */
static void install_handlers(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    signal(SIGXFSZ, SIG_IGN);
    static const int fatal[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof fatal / sizeof *fatal; i++) {
        struct sigaction old;
        if (sigaction(fatal[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
            struct sigaction sa = {0};
            sa.sa_handler = remove_temporaries;
            sigemptyset(&sa.sa_mask);
            sigaction(fatal[i], &sa, NULL);
        }
    }
}

static int guard(const char *temp)
{
    size_t n = strlen(temp);
    for (int i = 0; i < GUARDS && n < PATH_MAX; i++)
        if (!guard_used[i]) {
            memcpy(guarded[i], temp, n + 1);
            guard_used[i] = 1;
            return i;
        }
    return -1;
}

static void release(atomic_file *af)
{
    if (af->guard >= 0)
        guard_used[af->guard] = 0;
    free(af->target);
    free(af->temp);
    af->target = af->temp = NULL;
    af->fp = NULL;
}

static int fail(atomic_file *af, char *err, size_t err_size, const char *what, int errnum)
{
    if (errnum)
        snprintf(err, err_size, "%s: %s", what, strerror(errnum));
    else
        snprintf(err, err_size, "%s", what);
    atomic_abort(af);
    return -1;
}

/* Write permission as the mode bits and the kernel both grant it. */
static int writable(const char *path, const struct stat *st)
{
    return (st->st_mode & 0222) && access(path, W_OK) == 0;
}

static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    return slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
}

static char *resolve_link(const char *path)
{
    struct stat lst;
    char *real;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) && (real = realpath(path, NULL)))
        return real;
    return xstrdup(path);
}

static mode_t default_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

int atomic_open(atomic_file *af, const char *path, char *err, size_t err_size)
{
    memset(af, 0, sizeof *af);
    af->guard = -1;
    install_handlers();
    af->target = resolve_link(path);
    struct stat st;
    if (stat(af->target, &st) == 0) {
        af->replaces = 1;
        if (S_ISDIR(st.st_mode))
            return fail(af, err, err_size, "is a directory", 0);
        if (!S_ISREG(st.st_mode)) {
            af->fp = fopen(af->target, "wb");
            return af->fp ? 0 : fail(af, err, err_size, "cannot open", errno);
        }
        if (!writable(af->target, &st))
            return fail(af, err, err_size, "read-only file", 0);
        af->mode = st.st_mode & 07777;
        af->uid = st.st_uid;
        af->gid = st.st_gid;
    } else if (errno == ENOENT) {
        af->mode = default_mode();
    } else {
        return fail(af, err, err_size, "cannot open", errno);
    }

    char *dir = folder_of(af->target);
    if (stat(dir, &st) == 0 && !writable(dir, &st)) {
        char what[PATH_MAX + 64];
        snprintf(what, sizeof what, "read-only folder '%s'", dir);
        free(dir);
        return fail(af, err, err_size, what, 0);
    }
    const char *base = strrchr(af->target, '/');
    base = base ? base + 1 : af->target;
    af->temp = xasprintf("%s/.%s.clerk-XXXXXX", dir, base);
    int fd = mkstemp(af->temp);
    if (fd < 0) {
        int e = errno;
        char what[PATH_MAX + 64];
        snprintf(what, sizeof what, "cannot create a temporary file in '%s'", dir);
        free(dir);
        free(af->temp); /* nothing was made: nothing to remove */
        af->temp = NULL;
        return fail(af, err, err_size, what, e);
    }
    free(dir);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    af->guard = guard(af->temp);
    af->fp = fdopen(fd, "wb");
    if (!af->fp) {
        int e = errno;
        close(fd);
        return fail(af, err, err_size, "cannot open", e);
    }
    return 0;
}

int atomic_finish(atomic_file *af, char *err, size_t err_size)
{
    errno = 0;
    int failed = fflush(af->fp) != 0 || ferror(af->fp);
    int e = errno;
    if (!failed && af->temp) {
        int fd = fileno(af->fp);
        if (fsync(fd) != 0)
            return fail(af, err, err_size, "cannot flush to disk", errno);
        if (fchmod(fd, af->mode) != 0)
            return fail(af, err, err_size, "cannot set the file's mode", errno);
        /* Keep the owner where allowed (root); otherwise the file is ours. */
        if (af->replaces && (af->uid != geteuid() || af->gid != getegid()) &&
            fchown(fd, af->uid, af->gid) != 0)
            errno = 0;
    }
    FILE *fp = af->fp;
    af->fp = NULL;
    if (fclose(fp) != 0 && !failed) {
        failed = 1;
        e = errno;
    }
    if (failed)
        return fail(af, err, err_size, "write error", e);
    if (!af->temp)
        release(af); /* written in place: done */
    return 0;
}

static void sync_folder(const char *path)
{
    char *dir = folder_of(path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd); /* the rename is done; a folder that cannot be synced is no error */
        close(fd);
    }
    free(dir);
}

int atomic_rename(atomic_file *af, char *err, size_t err_size)
{
    if (!af->temp)
        return 0;
    if (rename(af->temp, af->target) != 0)
        return fail(af, err, err_size, "cannot replace the file", errno);
    sync_folder(af->target);
    release(af);
    return 0;
}

int atomic_commit(atomic_file *af, char *err, size_t err_size)
{
    if (atomic_finish(af, err, err_size) != 0)
        return -1;
    return atomic_rename(af, err, err_size);
}

void atomic_abort(atomic_file *af)
{
    if (af->fp)
        fclose(af->fp);
    if (af->temp)
        unlink(af->temp);
    release(af);
}

int atomic_write(const char *path, const char *data, size_t len, char *err, size_t err_size)
{
    atomic_file af;
    if (atomic_open(&af, path, err, err_size) != 0)
        return -1;
    if (len)
        fwrite(data, 1, len, af.fp);
    return atomic_commit(&af, err, err_size);
}
