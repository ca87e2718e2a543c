#include "engine/baseline.h"
#include "doc/doc.h"
#include "engine/finding.h"
#include "engine/fingerprint.h"
#include "util/atomic.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>

#define SHOWN_TEXT 80

typedef struct entry {
    char *file, *rule, *anchor, *text;
    char hash[17];
    size_t count;
    size_t matched;     /* findings of this run it absorbed */
} entry;

struct baseline {
    char *path;
    char *dir;          /* its folder, resolved; NULL when that fails */
    vec entries;        /* entry, in the file's order */
    entry **index;      /* entries sorted by file and hash, for lookups */
    vec linted;         /* char *: files filtered in this run */
};

static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    return slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
}

baseline *baseline_new(const char *path)
{
    baseline *b = xcalloc(1, sizeof *b);
    b->path = xstrdup(path);
    char *folder = folder_of(path);
    b->dir = realpath(folder, NULL);
    free(folder);
    vec_init(&b->entries, sizeof(entry));
    vec_init(&b->linted, sizeof(char *));
    return b;
}

const char *baseline_path(const baseline *b) { return b->path; }

/* "./a//b.md" → "a/b.md": what a path given on the command line becomes
 * when the baseline's folder cannot be resolved. */
static char *tidy(const char *path)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    for (const char *p = path; *p;) {
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n && !(n == 1 && *p == '.')) {
            if (sb.len || *path == '/')
                sb_add(&sb, "/", 1);
            sb_add(&sb, p, n);
        }
        p += n + (end != NULL);
    }
    return sb.data;
}

/* The file's path from the baseline's folder: its folder resolved (links,
 * "..") and the name kept, so any spelling of a path gives one key. */
static char *key_of(const baseline *b, const char *file)
{
    if (strcmp(file, "-") == 0 || !b->dir)
        return tidy(file);
    char *folder = folder_of(file);
    char *real = realpath(folder, NULL);
    free(folder);
    if (!real)
        return tidy(file);
    const char *name = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    /* The longest common run of whole components, then ".." for each of
     * the baseline's components past it. */
    size_t common = 0;
    for (size_t i = 0;; i++) {
        char a = b->dir[i], c = real[i];
        if ((a == '/' || a == '\0') && (c == '/' || c == '\0'))
            common = i;
        if (a != c || a == '\0')
            break;
    }
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    for (const char *p = b->dir + common; *p; p++)
        if (*p == '/')
            sb_puts(&sb, "../");
    const char *rest = real + common;
    if (*rest == '/')
        rest++;
    if (*rest)
        sb_printf(&sb, "%s/", rest);
    sb_puts(&sb, name);
    free(real);
    return sb.data;
}

static void entry_free(entry *e)
{
    free(e->file);
    free(e->rule);
    free(e->anchor);
    free(e->text);
}

void baseline_free(baseline *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->entries.len; i++)
        entry_free(vec_at(&b->entries, i));
    vec_free(&b->entries);
    for (size_t i = 0; i < b->linted.len; i++)
        free(*(char **)vec_at(&b->linted, i));
    vec_free(&b->linted);
    free(b->index);
    free(b->path);
    free(b->dir);
    free(b);
}

static int is_hash(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!strchr("0123456789abcdef", s[n]))
            return 0;
    return n == 16;
}

static int read_entry(json_t *item, entry *e)
{
    const char *file = NULL, *rule = NULL, *hash = NULL, *anchor = "", *text = "";
    json_int_t count = 1;
    if (json_unpack(item, "{s:s, s:s, s:s, s?:I, s?:s, s?:s}", "file", &file, "rule", &rule,
                    "fingerprint", &hash, "count", &count, "anchor", &anchor, "text", &text) != 0 ||
        !is_hash(hash) || count < 1)
        return -1;
    e->file = xstrdup(file);
    e->rule = xstrdup(rule);
    e->anchor = xstrdup(anchor);
    e->text = xstrdup(text);
    memcpy(e->hash, hash, sizeof e->hash);
    e->count = (size_t)count;
    return 0;
}

baseline *baseline_load(const char *path, char *err, size_t err_size)
{
    /* A configuration names it: a regular file of bounded size, as a
     * document, never a FIFO waited on or a device read forever. */
    char *text, why[256];
    size_t len;
    if (doc_read_file(path, &text, &len, why, sizeof why) != 0) {
        snprintf(err, err_size, "%s: %s", path, why);
        return NULL;
    }
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    free(text);
    if (!root) {
        if (jerr.line < 1)
            snprintf(err, err_size, "%s: %s", path, jerr.text);
        else
            snprintf(err, err_size, "%s:%d:%d: %s", path, jerr.line, jerr.column, jerr.text);
        return NULL;
    }
    json_t *version = json_object_get(root, "version"), *items = json_object_get(root, "findings");
    if (!json_is_integer(version) || json_integer_value(version) != 1 || !json_is_array(items)) {
        snprintf(err, err_size, "%s: not a clerk baseline (version 1 with a \"findings\" array)", path);
        json_decref(root);
        return NULL;
    }
    baseline *b = baseline_new(path);
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        if (read_entry(item, vec_push(&b->entries)) != 0) {
            b->entries.len--;
            snprintf(err, err_size,
                     "%s: entry %zu needs \"file\", \"rule\", a 16-digit \"fingerprint\" and a "
                     "\"count\" of 1 or more",
                     path, i + 1);
            json_decref(root);
            baseline_free(b);
            return NULL;
        }
    }
    json_decref(root);
    return b;
}

static int compare_entries(const void *pa, const void *pb)
{
    const entry *a = *(entry *const *)pa, *b = *(entry *const *)pb;
    int c = strcmp(a->file, b->file);
    return c ? c : strcmp(a->hash, b->hash);
}

/* Built once the entries are all read: they do not move after that. */
static void build_index(baseline *b)
{
    b->index = xcalloc(b->entries.len + 1, sizeof *b->index);
    for (size_t i = 0; i < b->entries.len; i++)
        b->index[i] = vec_at(&b->entries, i);
    if (b->entries.len > 1)
        qsort(b->index, b->entries.len, sizeof *b->index, compare_entries);
}

/* The first entry of the file with the hash that has room left, or NULL. */
static entry *find(const baseline *b, const char *file, const char *hash)
{
    size_t lo = 0, hi = b->entries.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const entry *e = b->index[mid];
        int c = strcmp(e->file, file);
        if (!c)
            c = strcmp(e->hash, hash);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < b->entries.len; lo++) {
        entry *e = b->index[lo];
        if (strcmp(e->file, file) != 0 || strcmp(e->hash, hash) != 0)
            break;
        if (e->matched < e->count)
            return e;
    }
    return NULL;
}

size_t baseline_filter(baseline *b, const char *file, const clerk_doc *doc, vec *findings)
{
    if (!b->index)
        build_index(b);
    char *key = key_of(b, file);
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < findings->len; i++) {
        finding *f = vec_at(findings, i);
        fingerprint fp;
        fingerprint_of(doc, f, &fp);
        entry *e = find(b, key, fp.hash);
        fingerprint_free(&fp);
        if (e) {
            e->matched++;
            dropped++;
            free(f->message);
            free(f->replacement);
        } else {
            *(finding *)vec_at(findings, kept++) = *f;
        }
    }
    findings->len = kept;
    *(char **)vec_push(&b->linted) = key;
    return dropped;
}

/* Text shown in the file: cut at a character's start. */
static char *shown(const char *text)
{
    size_t n = strlen(text);
    if (n <= SHOWN_TEXT)
        return xstrdup(text);
    n = SHOWN_TEXT;
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    return xasprintf("%.*s...", (int)n, text);
}

void baseline_record(baseline *b, const char *file, const clerk_doc *doc, const vec *findings)
{
    char *key = key_of(b, file);
    size_t first = b->entries.len; /* this file's entries start here */
    for (size_t i = 0; i < findings->len; i++) {
        const finding *f = vec_at(findings, i);
        fingerprint fp;
        fingerprint_of(doc, f, &fp);
        entry *e = NULL;
        for (size_t k = first; k < b->entries.len && !e; k++)
            if (strcmp(((entry *)vec_at(&b->entries, k))->hash, fp.hash) == 0)
                e = vec_at(&b->entries, k);
        if (e) {
            e->count++;
        } else {
            e = vec_push(&b->entries);
            e->file = xstrdup(key);
            e->rule = xstrdup(f->rule);
            e->anchor = xstrdup(fp.anchor);
            e->text = shown(fp.text);
            memcpy(e->hash, fp.hash, sizeof e->hash);
            e->count = 1;
        }
        fingerprint_free(&fp);
    }
    free(key);
}

size_t baseline_size(const baseline *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->entries.len; i++)
        n += ((const entry *)vec_at(&b->entries, i))->count;
    return n;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* b->linted is sorted by then. */
static int was_linted(const baseline *b, const char *file)
{
    return b->linted.len && bsearch(&file, b->linted.data, b->linted.len, sizeof(char *), compare_strings);
}

static int file_gone(const baseline *b, const char *file)
{
    if (!b->dir || strcmp(file, "-") == 0)
        return 0;
    char *path = file[0] == '/' ? xstrdup(file) : xasprintf("%s/%s", b->dir, file);
    struct stat st;
    int gone = stat(path, &st) != 0 && errno == ENOENT;
    free(path);
    return gone;
}

/* What a pruned entry keeps: its matches when its file was linted, nothing
 * when the file is gone, else all of it. */
static size_t kept_count(const baseline *b, const entry *e)
{
    if (was_linted(b, e->file))
        return e->matched < e->count ? e->matched : e->count;
    return file_gone(b, e->file) ? 0 : e->count;
}

int baseline_save(baseline *b, int prune, char *err, size_t err_size)
{
    if (b->linted.len > 1)
        qsort(b->linted.data, b->linted.len, sizeof(char *), compare_strings);
    atomic_file af;
    if (atomic_open(&af, b->path, err, err_size) != 0)
        return -1;
    fputs("{\n  \"version\": 1,\n  \"findings\": [", af.fp);
    size_t written = 0;
    for (size_t i = 0; i < b->entries.len; i++) {
        const entry *e = vec_at(&b->entries, i);
        size_t count = prune ? kept_count(b, e) : e->count;
        if (!count)
            continue;
        json_t *o = json_pack("{s:s, s:s, s:s, s:I, s:s, s:s}", "file", e->file, "rule", e->rule,
                              "fingerprint", e->hash, "count", (json_int_t)count, "anchor",
                              e->anchor, "text", e->text);
        char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
        fprintf(af.fp, "%s\n    %s", written++ ? "," : "", line);
        free(line);
        json_decref(o);
    }
    fputs(written ? "\n  ]\n}\n" : "]\n}\n", af.fp);
    return atomic_commit(&af, err, err_size);
}
