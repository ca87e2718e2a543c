/*
 * The tables of the resolution plugin, read once in init: the opening
 * phrases of preambular and operative paragraphs and the modifiers that may
 * come before them (phrases.json), and the abbreviations United Nations
 * texts use without spelling them out (common-abbreviations.json).  Only
 * the first word of each phrase is kept: a paragraph is known by its first
 * word once the modifiers are set aside.
 */
#include "resolution.h"
#include "datafile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Compares the NUL-terminated lower-case a with the n bytes at b, without
 * ASCII case. */
static int compare_word(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        int c = (unsigned char)a[k] - ascii_lower((unsigned char)b[k]);
        if (c != 0 || a[k] == '\0')
            return c;
    }
    return a[n] != '\0';
}

static int compare_items(const void *a, const void *b)
{
    return strcasecmp(*(char *const *)a, *(char *const *)b);
}

int word_list_may_have(const word_list *list, const char *s)
{
    unsigned char c = ascii_lower((unsigned char)s[0]);
    return list->from[c] < list->from[c + 1];
}

/* A binary search among the words that start with the same letter. */
int word_list_has(const word_list *list, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned char first = ascii_lower((unsigned char)s[0]);
    size_t lo = list->from[first], hi = list->from[first + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_word(list->items[mid], s, n);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Appends a lower-case copy of the n bytes at s; sort_list() orders the
 * list once every word is in. */
static int add_word(word_list *list, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    char *copy = strndup(s, n);
    if (!copy)
        return -1;
    for (char *p = copy; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    list->items[list->count++] = copy;
    return 0;
}

/* Sorts the list, drops repeated words and indexes them by their first byte. */
static void sort_list(word_list *list)
{
    qsort(list->items, list->count, sizeof *list->items, compare_items);
    size_t kept = 0;
    for (size_t i = 0; i < list->count; i++) {
        if (kept > 0 && strcmp(list->items[kept - 1], list->items[i]) == 0)
            free(list->items[i]);
        else
            list->items[kept++] = list->items[i];
    }
    list->count = kept;
    size_t i = 0;
    for (unsigned c = 0; c < 256; c++) {
        list->from[c] = i;
        while (i < list->count && (unsigned char)list->items[i][0] == c)
            i++;
    }
    list->from[256] = list->count;
}

static int alloc_list(word_list *list, size_t capacity)
{
    list->count = 0;
    list->items = calloc(capacity + 1, sizeof *list->items);
    return list->items ? 0 : -1;
}

static void free_list(word_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

static int fail(char *err, size_t err_size, const char *name, const char *what)
{
    snprintf(err, err_size, "%s: %s", name, what);
    return -1;
}

/* {"phrase": "Calls upon", "type": "operative"} adds "calls" to the
 * operative words. */
static int read_phrases(const jv *root, resolution_state *st, char *err, size_t err_size)
{
    static const char name[] = "phrases.json";
    const jv *phrases = data_array(root, name, "phrases", err, err_size);
    const jv *modifiers = jv_get(root, "modifiers");
    if (!phrases)
        return -1;
    if (!jv_is(modifiers, JV_OBJECT))
        return fail(err, err_size, name, "no \"modifiers\" object");
    size_t n = jv_size(phrases);
    if (alloc_list(&st->preambular, n) || alloc_list(&st->operative, n) ||
        alloc_list(&st->modifiers, jv_size(modifiers)))
        return fail(err, err_size, name, "out of memory");
    size_t i;
    const jv *p;
    jv_foreach(phrases, i, p) {
        const char *phrase = jv_string(jv_get(p, "phrase"));
        const char *type = jv_string(jv_get(p, "type"));
        if (!phrase || !type)
            return fail(err, err_size, name, "a phrase without \"phrase\" or \"type\"");
        word_list *list = strcmp(type, "operative") == 0   ? &st->operative
                          : strcmp(type, "preambular") == 0 ? &st->preambular
                                                            : NULL;
        if (!list)
            return fail(err, err_size, name, "a phrase of unknown \"type\"");
        if (add_word(list, phrase, strcspn(phrase, " ")) != 0)
            return fail(err, err_size, name, "out of memory");
    }
    const jv *modifier;
    jv_foreach(modifiers, i, modifier) {
        if (add_word(&st->modifiers, modifier->key, strlen(modifier->key)) != 0)
            return fail(err, err_size, name, "out of memory");
    }
    sort_list(&st->preambular);
    sort_list(&st->operative);
    sort_list(&st->modifiers);
    return 0;
}

static int read_abbreviations(const jv *root, resolution_state *st, char *err, size_t err_size)
{
    static const char name[] = "common-abbreviations.json";
    const jv *list = data_array(root, name, "abbreviations", err, err_size);
    if (!list)
        return -1;
    if (alloc_list(&st->abbreviations, jv_size(list)))
        return fail(err, err_size, name, "out of memory");
    size_t i;
    const jv *a;
    jv_foreach(list, i, a) {
        const char *s = jv_string(jv_get(a, "abbreviation"));
        if (!s)
            return fail(err, err_size, name, "an entry without \"abbreviation\"");
        if (add_word(&st->abbreviations, s, strlen(s)) != 0)
            return fail(err, err_size, name, "out of memory");
    }
    sort_list(&st->abbreviations);
    return 0;
}

typedef int (*table_reader)(const jv *root, resolution_state *st, char *err, size_t err_size);

static int read_table(const clerk_api *api, const char *name, table_reader read,
                      resolution_state *st, char *err, size_t err_size)
{
    jv *root = data_load_json(api, name, err, err_size);
    if (!root)
        return -1;
    int rc = read(root, st, err, err_size);
    free(root);
    return rc;
}

int resolution_load(const clerk_api *api, resolution_state *st, char *err, size_t err_size)
{
    memset(st, 0, sizeof *st);
    if (read_table(api, "phrases.json", read_phrases, st, err, err_size) != 0 ||
        read_table(api, "common-abbreviations.json", read_abbreviations, st, err, err_size) != 0) {
        resolution_free(st);
        return -1;
    }
    return 0;
}

void resolution_free(resolution_state *st)
{
    free_list(&st->preambular);
    free_list(&st->operative);
    free_list(&st->modifiers);
    free_list(&st->abbreviations);
}
