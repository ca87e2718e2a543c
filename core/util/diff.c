#include "util/diff.h"
#include "util/vec.h"
#include "util/xalloc.h"

#include <string.h>

/* Past this many cells the table of common subsequences is not built and
 * the differing middle is shown removed, then added: a correct diff, only
 * not the shortest.  The lists compared are findings of one fixture. */
#define MAX_TABLE_CELLS ((size_t)1 << 24)

typedef struct edit {
    char op;        /* ' ' kept, '-' removed from a, '+' added from b */
    size_t a, b;    /* lines of a and of b before this one */
} edit;

static void push(vec *edits, char op, size_t a, size_t b)
{
    edit *e = vec_push(edits);
    e->op = op;
    e->a = a;
    e->b = b;
}

/* lcs[i * (m + 1) + j]: the longest common subsequence of a[i..n) and b[j..m). */
static unsigned *lcs_table(const char *const *a, size_t n, const char *const *b, size_t m)
{
    if (!n || !m || n + 1 > MAX_TABLE_CELLS / (m + 1))
        return NULL;
    unsigned *t = xcalloc((n + 1) * (m + 1), sizeof *t);
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;) {
            unsigned down = t[(i + 1) * (m + 1) + j], right = t[i * (m + 1) + j + 1];
            t[i * (m + 1) + j] = strcmp(a[i], b[j]) == 0 ? t[(i + 1) * (m + 1) + j + 1] + 1
                                 : down >= right          ? down
                                                          : right;
        }
    return t;
}

/* The shortest edit script, removals before additions where both occur. */
static void edit_script(vec *edits, const char *const *a, size_t na, const char *const *b, size_t nb)
{
    size_t pre = 0, suf = 0;
    while (pre < na && pre < nb && strcmp(a[pre], b[pre]) == 0)
        pre++;
    while (suf < na - pre && suf < nb - pre && strcmp(a[na - 1 - suf], b[nb - 1 - suf]) == 0)
        suf++;
    size_t n = na - pre - suf, m = nb - pre - suf, i = 0, j = 0;
    for (; i < pre; i++, j++)
        push(edits, ' ', i, j);
    unsigned *t = lcs_table(a + pre, n, b + pre, m);
#define L(x, y) t[((x) - pre) * (m + 1) + (y) - pre]
    while (i < na - suf || j < nb - suf) {
        int more_a = i < na - suf, more_b = j < nb - suf;
        if (t && more_a && more_b && strcmp(a[i], b[j]) == 0) {
            push(edits, ' ', i++, j++);
        } else if (more_a && (!more_b || !t || L(i + 1, j) >= L(i, j + 1))) {
            push(edits, '-', i++, j);
        } else {
            push(edits, '+', i, j++);
        }
    }
#undef L
    free(t);
    for (; i < na; i++, j++)
        push(edits, ' ', i, j);
}

/* A hunk's range: "start,count", 1-based; the line before it when empty. */
static void print_range(FILE *out, size_t before, size_t count)
{
    if (count == 1)
        fprintf(out, "%zu", before + 1);
    else
        fprintf(out, "%zu,%zu", count ? before + 1 : before, count);
}

size_t diff_unified(FILE *out, const char *a_name, const char *const *a, size_t a_count,
                    const char *b_name, const char *const *b, size_t b_count, size_t context)
{
    vec v = VEC_INIT(edit);
    edit_script(&v, a, a_count, b, b_count);
    const edit *e = v.data;
    size_t changed = 0;
    for (size_t k = 0; k < v.len; k++)
        changed += e[k].op != ' ';
    if (changed)
        fprintf(out, "--- %s\n+++ %s\n", a_name, b_name);

    size_t k = 0;
    while (changed && k < v.len) {
        size_t first = k;
        while (first < v.len && e[first].op == ' ')
            first++;
        if (first == v.len)
            break;
        /* Changes closer than twice the context share a hunk. */
        size_t end = first + 1, scan = first + 1;
        while (scan < v.len) {
            size_t run = scan;
            while (run < v.len && e[run].op == ' ')
                run++;
            if (run == v.len || run - scan > 2 * context)
                break;
            end = scan = run + 1;
        }
        size_t start = first > k + context ? first - context : k;
        size_t stop = end + context < v.len ? end + context : v.len;
        size_t a_len = 0, b_len = 0;
        for (size_t x = start; x < stop; x++) {
            a_len += e[x].op != '+';
            b_len += e[x].op != '-';
        }
        fputs("@@ -", out);
        print_range(out, e[start].a, a_len);
        fputs(" +", out);
        print_range(out, e[start].b, b_len);
        fputs(" @@\n", out);
        for (size_t x = start; x < stop; x++)
            fprintf(out, "%c%s\n", e[x].op, e[x].op == '+' ? b[e[x].b] : a[e[x].a]);
        k = stop;
    }
    vec_free(&v);
    return changed;
}
