/* clerk-bench-gen: writes a corpus of UN-style documents for benchmarks.
 * The same seed gives the same bytes on every machine; document i depends
 * only on the seed and i, so a smaller corpus is a prefix of a larger one. */
#include "templates.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char usage[] =
    "usage: clerk-bench-gen [--seed N] --files N DIR\n"
    "       clerk-bench-gen [--seed N] --size BYTES FILE\n"
    "\n"
    "Writes N documents into DIR (letters, resolutions, draft resolutions and\n"
    "reports, Markdown and plain text, mostly 5 to 60 KB and one in 333 about\n"
    "500 KB), or one report of BYTES bytes (suffix K or M) into FILE.\n";

typedef enum kind { KIND_RESOLUTION, KIND_DRAFT, KIND_LETTER, KIND_REPORT } kind;

static const char *const kind_names[] = {"resolution", "draft", "letter", "report"};

/* Most documents 5-60 KB around a median of 12 KB, as in real collections,
 * and one in 333 about 500 KB. */
static size_t document_size(rng *r, size_t index)
{
    if (index % 333 == 166)
        return (size_t)rng_range(r, 450000, 550000);
    double size = 12000.0 * exp(0.7 * rng_normal(r));
    if (size < 3000)
        size = 3000;
    if (size > 120000)
        size = 120000;
    return (size_t)size;
}

static unsigned choose_slips(rng *r)
{
    unsigned slips = 0;
    int n = rng_percent(r, 35) + rng_percent(r, 10);
    for (int i = 0; i < n; i++)
        slips |= 1u << rng_below(r, SLIP_COUNT);
    return slips;
}

static void generate(gen *g, kind k)
{
    switch (k) {
    case KIND_RESOLUTION: write_resolution(g); break;
    case KIND_DRAFT: write_draft_resolution(g); break;
    case KIND_LETTER: write_letter(g); break;
    case KIND_REPORT: write_report(g); break;
    }
    gen_finish(g);
}

/* Sets up document `index` of the corpus: its kind, format, organ, date and
 * slips, all drawn from its own stream. */
static kind setup(gen *g, uint64_t seed, size_t index, strbuf *out)
{
    memset(g, 0, sizeof *g);
    rng_seed(&g->r, seed, index);
    g->out = out;
    unsigned roll = rng_below(&g->r, 100);
    kind k = roll < 30 ? KIND_RESOLUTION : roll < 45 ? KIND_DRAFT : roll < 70 ? KIND_LETTER : KIND_REPORT;
    g->format = rng_percent(&g->r, 65) ? GEN_MARKDOWN : GEN_TEXT;
    g->wrap = g->format == GEN_TEXT && rng_percent(&g->r, 25);
    g->organ = rng_percent(&g->r, 80) ? ORGAN_GA : ORGAN_SC;
    g->session = rng_range(&g->r, 56, 78);
    /* A session runs from mid-September to the next September. */
    g->date = ymd_add_days((ymd){1945 + g->session, 9, 20}, rng_range(&g->r, 0, 330));
    g->year = g->date.y;
    g->slips = choose_slips(&g->r);
    g->target = document_size(&g->r, index);
    return k;
}

static int write_file(const char *path, const strbuf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b->data, 1, b->len, f) != b->len || fclose(f) != 0) {
        fprintf(stderr, "clerk-bench-gen: %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

static int write_corpus(uint64_t seed, size_t files, const char *dir)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "clerk-bench-gen: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    strbuf out = {0};
    size_t bytes = 0;
    int rc = 0;
    for (size_t i = 0; i < files && rc == 0; i++) {
        gen g;
        out.len = 0;
        kind k = setup(&g, seed, i, &out);
        generate(&g, k);
        char path[4096];
        snprintf(path, sizeof path, "%s/%05zu-%s.%s", dir, i, kind_names[k],
                 g.format == GEN_MARKDOWN ? "md" : "txt");
        rc = write_file(path, &out);
        bytes += out.len;
    }
    sb_free(&out);
    if (rc == 0)
        fprintf(stderr, "clerk-bench-gen: %zu files, %zu bytes in %s\n", files, bytes, dir);
    return rc;
}

static int write_one(uint64_t seed, size_t size, const char *path)
{
    strbuf out = {0};
    gen g;
    setup(&g, seed, 0, &out);
    g.format = GEN_MARKDOWN;
    g.wrap = 0;
    g.target = size;
    generate(&g, KIND_REPORT);
    int rc = write_file(path, &out);
    sb_free(&out);
    return rc;
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    if (*end == 'K' || *end == 'k')
        n *= 1000, end++;
    else if (*end == 'M' || *end == 'm')
        n *= 1000000, end++;
    if (*end)
        return -1;
    *out = (size_t)n;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t seed = 1;
    size_t files = 0, size = 0;
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        size_t value;
        if (parse_size(argv[i + 1], &value) != 0)
            break;
        if (strcmp(argv[i], "--seed") == 0)
            seed = value;
        else if (strcmp(argv[i], "--files") == 0)
            files = value;
        else if (strcmp(argv[i], "--size") == 0)
            size = value;
        else
            break;
    }
    if (i != argc - 1 || (files == 0) == (size == 0)) {
        fputs(usage, stderr);
        return 2;
    }
    int rc = files ? write_corpus(seed, files, argv[i]) : write_one(seed, size, argv[i]);
    return rc == 0 ? 0 : 1;
}
