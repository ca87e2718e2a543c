/*
 * The reference data of the procedure plugin, read once in init: the rules
 * of procedure of the General Assembly (titles, chapters, time limits) and
 * of the Security Council (how many, which deleted), the Charter's chapters,
 * the Assembly's sessions, what each rule governs (rule-subjects.json) and
 * the wording the rules read sentences with (procedure-wording.json).
 */
#include "procedure.h"
#include "datafile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy(const char *s)
{
    return strdup(s ? s : "");
}

static int fail(char *err, size_t err_size, const char *name, const char *what)
{
    snprintf(err, err_size, "%s: %s", name, what);
    return -1;
}

/* ---- generic readers (an absent array reads as empty) -------------------- */

static int read_phrases(const jv *array, phrase_list *out)
{
    out->count = 0;
    out->items = calloc(jv_size(array) + 1, sizeof *out->items);
    if (!out->items)
        return -1;
    size_t i;
    const jv *v;
    jv_foreach(array, i, v) {
        if (!jv_is(v, JV_STRING))
            return -1;
        out->items[out->count++] = copy(jv_string(v));
    }
    phrase_list_index(out);
    return 0;
}

static void free_phrases(phrase_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->count = 0;
}

/* [14, 18] or [[1, 95], [134, 163]] or a mix. */
static int read_rule_set(const jv *array, rule_set *out)
{
    out->count = 0;
    out->items = calloc(jv_size(array) + 1, sizeof *out->items);
    if (!out->items)
        return -1;
    size_t i;
    const jv *v;
    jv_foreach(array, i, v) {
        rule_range r;
        if (jv_is(v, JV_INTEGER)) {
            r.first = r.last = (int)jv_integer(v);
        } else if (jv_is(v, JV_ARRAY) && jv_size(v) == 2) {
            r.first = (int)jv_integer(jv_at(v, 0));
            r.last = (int)jv_integer(jv_at(v, 1));
        } else {
            return -1;
        }
        if (r.first < 1 || r.last < r.first)
            return -1;
        out->items[out->count++] = r;
    }
    return 0;
}

int rule_set_has(const rule_set *set, int rule)
{
    for (size_t i = 0; i < set->count; i++)
        if (rule >= set->items[i].first && rule <= set->items[i].last)
            return 1;
    return 0;
}

void rule_set_format(const rule_set *set, char *out, size_t size)
{
    int several = set->count > 1 || (set->count == 1 && set->items[0].first != set->items[0].last);
    size_t used = (size_t)snprintf(out, size, "%s", several ? "rules " : "rule ");
    for (size_t i = 0; i < set->count && used < size; i++) {
        const char *sep = i == 0 ? "" : i + 1 == set->count ? " and " : ", ";
        const rule_range *r = &set->items[i];
        if (r->first == r->last)
            used += (size_t)snprintf(out + used, size - used, "%s%d", sep, r->first);
        else
            used += (size_t)snprintf(out + used, size - used, "%s%d\u2013%d", sep, r->first, r->last);
    }
}

/* ---- the rules of procedure --------------------------------------------- */

static void read_limits(procedure_state *st, int rule, const jv *constraints)
{
    size_t i;
    const jv *c;
    jv_foreach(constraints, i, c) {
        const char *kind = jv_string(jv_get(c, "kind"));
        limit_kind k = !kind ? 0
                       : strcmp(kind, "min_days_before_opening") == 0 ? LIMIT_AT_LEAST
                       : strcmp(kind, "less_than_days_before_opening") == 0 ? LIMIT_LESS_THAN : 0;
        int days = (int)jv_integer(jv_get(c, "days"));
        if (!k || days <= 0)
            continue;
        time_limit *l = &st->limits[st->limit_count++];
        l->rule = rule;
        l->kind = k;
        l->days = days;
        l->subject = copy(jv_string(jv_get(c, "subject")));
        l->on_request = phrase_starts(&st->request_limits, l->subject, strlen(l->subject), 0) != 0;
    }
}

static size_t count_constraints(const jv *rules)
{
    size_t n = 0, i;
    const jv *r;
    jv_foreach(rules, i, r)
        n += jv_size(jv_get(r, "constraints"));
    return n;
}

static int load_ga_rules(const clerk_api *api, procedure_state *st, char *err, size_t err_size)
{
    const char *name = "ga-rules-of-procedure.json";
    jv *root = data_load_json(api, name, err, err_size);
    const jv *rules = root ? data_array(root, name, "rules", err, err_size) : NULL;
    int rc = -1;
    if (!rules)
        goto done;
    st->ga_count = (int)jv_integer(jv_get(root, "rule_count"));
    if (st->ga_count <= 0 || (size_t)st->ga_count != jv_size(rules)) {
        rc = fail(err, err_size, name, "rule_count does not match the rules");
        goto done;
    }
    st->ga = calloc((size_t)st->ga_count + 1, sizeof *st->ga);
    st->limits = calloc(count_constraints(rules) + 1, sizeof *st->limits);
    if (!st->ga || !st->limits) {
        rc = fail(err, err_size, name, "out of memory");
        goto done;
    }
    size_t i;
    const jv *r;
    jv_foreach(rules, i, r) {
        int n = (int)jv_integer(jv_get(r, "rule"));
        if (n < 1 || n > st->ga_count || st->ga[n].title) {
            rc = fail(err, err_size, name, "rule numbers must run 1..rule_count once each");
            goto done;
        }
        const jv *chapter = jv_get(r, "chapter");
        st->ga[n].title = copy(jv_string(jv_get(r, "title")));
        st->ga[n].applies_to = copy(jv_string(jv_get(r, "applies_to")));
        st->ga[n].chapter = copy(jv_string(jv_get(chapter, "number")));
        st->ga[n].chapter_name = copy(jv_string(jv_get(chapter, "name")));
        read_limits(st, n, jv_get(r, "constraints"));
    }
    rc = 0;
done:
    free(root);
    return rc;
}

static int load_sc_rules(const clerk_api *api, procedure_state *st, char *err, size_t err_size)
{
    const char *name = "sc-rules-of-procedure.json";
    jv *root = data_load_json(api, name, err, err_size);
    if (!root)
        return -1;
    st->sc_count = (int)jv_integer(jv_get(root, "rule_count"));
    const jv *deleted = jv_get(root, "deleted_rules");
    int rc = 0;
    if (st->sc_count <= 0)
        rc = fail(err, err_size, name, "no rule_count");
    else if (read_rule_set(deleted, &st->sc_deleted) != 0)
        rc = fail(err, err_size, name, "deleted_rules is not a list of rule numbers");
    free(root);
    return rc;
}

const ga_rule *ga_rule_at(const procedure_state *st, int rule)
{
    return rule >= 1 && rule <= st->ga_count ? &st->ga[rule] : NULL;
}

/* ---- the Charter ---------------------------------------------------------- */

static int roman_value(const char *s)
{
    static const struct { const char *digits; int value; } table[] = {
        {"X", 10}, {"IX", 9}, {"V", 5}, {"IV", 4}, {"I", 1},
    };
    int value = 0;
    while (s && *s) {
        size_t i = 0;
        while (i < 5 && strncmp(s, table[i].digits, strlen(table[i].digits)) != 0)
            i++;
        if (i == 5)
            return 0;
        value += table[i].value;
        s += strlen(table[i].digits);
    }
    return value;
}

static int load_charter(const clerk_api *api, procedure_state *st, char *err, size_t err_size)
{
    const char *name = "charter.json";
    jv *root = data_load_json(api, name, err, err_size);
    const jv *chapters = root ? data_array(root, name, "chapters", err, err_size) : NULL;
    int rc = -1;
    if (!chapters)
        goto done;
    st->articles = (int)jv_integer(jv_get(root, "total_articles"));
    st->chapters = calloc(jv_size(chapters) + 1, sizeof *st->chapters);
    if (!st->chapters || st->articles <= 0) {
        rc = fail(err, err_size, name, "no total_articles");
        goto done;
    }
    size_t i;
    const jv *c;
    jv_foreach(chapters, i, c) {
        charter_chapter *ch = &st->chapters[st->chapter_count++];
        ch->roman = copy(jv_string(jv_get(c, "chapter")));
        ch->number = roman_value(ch->roman);
        ch->first_article = (int)jv_integer(jv_get(c, "first_article"));
        ch->last_article = (int)jv_integer(jv_get(c, "last_article"));
        if (ch->number != (int)st->chapter_count || ch->first_article < 1 ||
            ch->last_article < ch->first_article) {
            rc = fail(err, err_size, name, "chapters must run I, II, III ... with their Articles");
            goto done;
        }
    }
    rc = 0;
done:
    free(root);
    return rc;
}

/* ---- what rules govern, and the wording ---------------------------------- */

static int load_subjects(const clerk_api *api, procedure_state *st, char *err, size_t err_size)
{
    const char *name = "rule-subjects.json";
    jv *root = data_load_json(api, name, err, err_size);
    const jv *rows = root ? data_array(root, name, "subjects", err, err_size) : NULL;
    int rc = -1;
    if (!rows)
        goto done;
    st->subjects = calloc(jv_size(rows) + 1, sizeof *st->subjects);
    if (!st->subjects) {
        rc = fail(err, err_size, name, "out of memory");
        goto done;
    }
    const jv *attachment = jv_get(root, "required_attachment");
    const char *wanted = jv_string(jv_get(attachment, "subject"));
    st->memorandum_rule = (int)jv_integer(jv_get(attachment, "rule"));
    size_t i;
    const jv *row;
    jv_foreach(rows, i, row) {
        subject *s = &st->subjects[st->subject_count++];
        s->name = copy(jv_string(jv_get(row, "subject")));
        if (read_rule_set(jv_get(row, "rules"), &s->rules) != 0 ||
            read_rule_set(jv_get(row, "confused_with"), &s->confused) != 0 ||
            read_phrases(jv_get(row, "words"), &s->words) != 0 ||
            read_phrases(jv_get(row, "unless"), &s->unless) != 0 ||
            !s->rules.count || !s->confused.count || !s->words.count) {
            rc = fail(err, err_size, name, "a subject needs rules, confused_with and words");
            goto done;
        }
        if (wanted && strcmp(wanted, s->name) == 0)
            st->memorandum = s;
    }
    if (!st->memorandum || st->memorandum_rule <= 0) {
        rc = fail(err, err_size, name, "required_attachment names no subject of the table");
        goto done;
    }
    rc = 0;
done:
    free(root);
    return rc;
}

static int load_wording(const clerk_api *api, procedure_state *st, char *err, size_t err_size)
{
    const char *name = "procedure-wording.json";
    jv *root = data_load_json(api, name, err, err_size);
    if (!root)
        return -1;
    static const struct { const char *key; size_t offset; } lists[] = {
        {"request_titles", offsetof(procedure_state, request_titles)},
        {"request_sentences", offsetof(procedure_state, request_sentences)},
        {"request_object", offsetof(procedure_state, request_object)},
        {"request_limits", offsetof(procedure_state, request_limits)},
        {"memorandum_elsewhere", offsetof(procedure_state, memorandum_elsewhere)},
        {"opening", offsetof(procedure_state, opening)},
        {"historical", offsetof(procedure_state, historical)},
        {"other_rules", offsetof(procedure_state, other_rules)},
        {"rule_suffixes", offsetof(procedure_state, rule_suffixes)},
        {"annex_filler", offsetof(procedure_state, filler)},
        {"annex_qualifiers", offsetof(procedure_state, qualifiers)},
    };
    int rc = 0;
    for (size_t i = 0; i < sizeof lists / sizeof lists[0] && rc == 0; i++) {
        const jv *a = jv_get(root, lists[i].key);
        phrase_list *l = (phrase_list *)((char *)st + lists[i].offset);
        if (!jv_is(a, JV_ARRAY) || read_phrases(a, l) != 0)
            rc = fail(err, err_size, name, "every list must be an array of strings");
    }
    const jv *groups = jv_get(root, "annex_equivalents");
    if (rc == 0 && !(st->equivalents = calloc(jv_size(groups) + 1, sizeof *st->equivalents)))
        rc = fail(err, err_size, name, "out of memory");
    size_t i;
    const jv *g;
    jv_foreach(groups, i, g) {
        if (rc != 0)
            break;
        if (read_phrases(g, &st->equivalents[st->equivalent_count++]) != 0)
            rc = fail(err, err_size, name, "annex_equivalents must hold lists of titles");
    }
    free(root);
    return rc;
}

int procedure_load(const clerk_api *api, procedure_state *st, char *err, size_t err_size)
{
    memset(st, 0, sizeof *st);
    if (load_wording(api, st, err, err_size) != 0 || load_ga_rules(api, st, err, err_size) != 0 ||
        load_sc_rules(api, st, err, err_size) != 0 || load_charter(api, st, err, err_size) != 0 ||
        ga_sessions_load(api, &st->sessions, err, err_size) != 0 ||
        load_subjects(api, st, err, err_size) != 0) {
        procedure_free(st);
        return -1;
    }
    return 0;
}

void procedure_free(procedure_state *st)
{
    for (int n = 1; st->ga && n <= st->ga_count; n++) {
        free(st->ga[n].title);
        free(st->ga[n].applies_to);
        free(st->ga[n].chapter);
        free(st->ga[n].chapter_name);
    }
    free(st->ga);
    free(st->sc_deleted.items);
    for (size_t i = 0; i < st->chapter_count; i++)
        free(st->chapters[i].roman);
    free(st->chapters);
    ga_sessions_free(&st->sessions);
    for (size_t i = 0; i < st->subject_count; i++) {
        subject *s = &st->subjects[i];
        free(s->name);
        free(s->rules.items);
        free(s->confused.items);
        free_phrases(&s->words);
        free_phrases(&s->unless);
    }
    free(st->subjects);
    for (size_t i = 0; i < st->limit_count; i++)
        free(st->limits[i].subject);
    free(st->limits);
    phrase_list *lists[] = {&st->request_titles, &st->request_sentences, &st->request_object,
                            &st->request_limits, &st->memorandum_elsewhere, &st->opening,
                            &st->historical, &st->other_rules, &st->rule_suffixes, &st->filler,
                            &st->qualifiers};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        free_phrases(lists[i]);
    for (size_t i = 0; i < st->equivalent_count; i++)
        free_phrases(&st->equivalents[i]);
    free(st->equivalents);
    memset(st, 0, sizeof *st);
}
