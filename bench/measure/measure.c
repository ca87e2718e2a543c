/* clerk-bench-measure: runs a command several times and prints its best
 * and median wall-clock times and its peak resident set size, read from
 * the kernel's accounting of each child (wait4), so that nothing but the
 * command itself is measured.
 *
 *   clerk-bench-measure [-n RUNS] [-o FILE] COMMAND [ARG...]
 *
 * prints "BEST_SECONDS MEDIAN_SECONDS MAX_RSS_KB EXIT_STATUS"; the command's
 * standard output goes to FILE (default /dev/null). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Runs the command once; returns its exit status, or -1 if it could not run. */
static int run_once(char **argv, const char *output, double *seconds, long *rss_kb)
{
    double start = now();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(127);
        close(fd);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
        return -1;
    *seconds = now() - start;
    *rss_kb = ru.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv)
{
    int runs = 1, opt;
    const char *output = "/dev/null";
    while ((opt = getopt(argc, argv, "+n:o:")) != -1) {
        switch (opt) {
        case 'n': runs = atoi(optarg); break;
        case 'o': output = optarg; break;
        default: runs = 0; break;
        }
    }
    if (runs < 1 || optind >= argc) {
        fputs("usage: clerk-bench-measure [-n RUNS] [-o FILE] COMMAND [ARG...]\n", stderr);
        return 2;
    }
    double *times = calloc((size_t)runs, sizeof *times);
    long max_rss = 0;
    int status = 0;
    for (int i = 0; i < runs; i++) {
        long rss;
        status = run_once(argv + optind, output, &times[i], &rss);
        if (status < 0 || status == 127) {
            fprintf(stderr, "clerk-bench-measure: cannot run %s\n", argv[optind]);
            free(times);
            return 2;
        }
        if (rss > max_rss)
            max_rss = rss;
    }
    qsort(times, (size_t)runs, sizeof *times, compare_doubles);
    printf("%.6f %.6f %ld %d\n", times[0], times[runs / 2], max_rss, status);
    free(times);
    return 0;
}
