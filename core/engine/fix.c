#include "engine/fix.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "util/atomic.h"
#include "util/diff.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <string.h>

char *fix_apply(const char *src, size_t len, const vec *findings, size_t *out_len, size_t *applied)
{
    strbuf sb = STRBUF_INIT;
    sb_add(&sb, "", 0);
    size_t copied = 0;          /* src before this is in sb */
    size_t last_start = 0;
    int any = 0;
    *applied = 0;
    for (size_t i = 0; i < findings->len; i++) {
        const finding *f = vec_at(findings, i);
        if (!f->replacement || f->offset > len || f->length > len - f->offset)
            continue;
        if (any && (f->offset < copied || f->offset == last_start))
            continue; /* overlaps one applied: next pass */
        size_t n = strlen(f->replacement);
        if (n == f->length && memcmp(src + f->offset, f->replacement, n) == 0)
            continue;
        sb_add(&sb, src + copied, f->offset - copied);
        sb_add(&sb, f->replacement, n);
        copied = f->offset + f->length;
        last_start = f->offset;
        any = 1;
        (*applied)++;
    }
    sb_add(&sb, src + copied, len - copied);
    *out_len = sb.len;
    return sb.data;
}

size_t fix_document(const registry *reg, const rule_state *states, const suppress_options *opt,
                    doc_format format, clerk_doc **doc, vec *findings)
{
    size_t total = 0;
    lint_document_with(reg, states, opt, *doc, findings);
    for (int pass = 0; pass < FIX_MAX_PASSES; pass++) {
        size_t len, applied;
        char *text = fix_apply((*doc)->src, (*doc)->len, findings, &len, &applied);
        if (!applied) {
            free(text);
            break;
        }
        char err[256];
        clerk_doc *next = lint_parse(reg, (*doc)->path, text, len, format, err, sizeof err);
        if (!next)
            break; /* a fix that breaks the text is not taken: keep the last good one */
        total += applied;
        doc_free(*doc);
        *doc = next;
        findings_free(findings);
        vec_init(findings, sizeof(finding));
        lint_document_with(reg, states, opt, *doc, findings);
    }
    return total;
}

int fix_write(const char *path, const char *original, size_t original_len, const char *text,
              size_t len, char *err, size_t err_size)
{
    atomic_file af;
    if (atomic_open(&af, path, err, err_size) != 0)
        return -1;
    if (len)
        fwrite(text, 1, len, af.fp);
    if (atomic_finish(&af, err, err_size) != 0)
        return -1;
    /* Last moment before the rename: someone may have saved the file. */
    char *now = NULL, reason[256];
    size_t now_len = 0;
    int read = doc_read_file(path, &now, &now_len, reason, sizeof reason) == 0;
    int same = read && now_len == original_len && memcmp(now, original, now_len) == 0;
    if (read)
        free(now);
    if (!same) {
        atomic_abort(&af);
        snprintf(err, err_size, "changed since it was read; not written");
        return -1;
    }
    return atomic_rename(&af, err, err_size);
}

/* The lines of a text, each a new string without its "\n". */
static char **split_lines(const char *text, size_t len, size_t *count)
{
    vec lines = VEC_INIT(char *);
    for (size_t start = 0; start < len;) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        *(char **)vec_push(&lines) = xstrndup(text + start, end - start);
        start = end + 1;
    }
    *count = lines.len;
    return lines.data;
}

static void free_lines(char **lines, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(lines[i]);
    free(lines);
}

void fix_diff(FILE *out, const char *path, const char *original, size_t original_len,
              const char *text, size_t len)
{
    size_t na, nb;
    char **a = split_lines(original, original_len, &na), **b = split_lines(text, len, &nb);
    char *a_name = xasprintf("a/%s", path), *b_name = xasprintf("b/%s", path);
    diff_unified(out, a_name, (const char *const *)a, na, b_name, (const char *const *)b, nb, 3);
    free(a_name);
    free(b_name);
    free_lines(a, na);
    free_lines(b, nb);
}
