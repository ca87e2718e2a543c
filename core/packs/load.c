/*
 * Reading a pack file: its rules checked key by key, every pattern
 * compiled once (PCRE2, UTF and UCP, JIT), the literals of all patterns
 * gathered into one automaton, and the pack registered as a plugin whose
 * rules all run pack_check().
 */
#include "packs/pack.h"
#include "packs/internal.h"
#include "packs/literal.h"
#include "engine/config.h"
#include "util/dirlist.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    pack_type type;
    const char *key;        /* what holds its patterns */
    unsigned refs;          /* named references its message may use */
} types[] = {
    {"existence", PACK_EXISTENCE, "patterns", 0},
    {"substitution", PACK_SUBSTITUTION, "swap", REF_EXPECTED},
    {"capitalization", PACK_CAPITALIZATION, "terms", REF_EXPECTED},
    {"consistency", PACK_CONSISTENCY, "forms", REF_EXPECTED},
    {"occurrence", PACK_OCCURRENCE, "patterns", REF_COUNT | REF_LIMIT},
    {"repetition", PACK_REPETITION, NULL, REF_EXPECTED},
};

typedef struct loader {
    const char *path;
    const char *rule;       /* the id of the rule being read, for messages */
    pack *p;
    vec keywords;           /* char *: the literals, for the automaton */
    vec keyword_pattern;    /* uint32_t: the pattern of each */
    vec keyword_length;     /* uint32_t: the length of each */
    char *err;
    size_t n;
} loader;

static int fail(loader *l, const char *format, ...) __attribute__((format(printf, 2, 3)));

static int fail(loader *l, const char *format, ...)
{
    char what[512];
    va_list ap;
    va_start(ap, format);
    vsnprintf(what, sizeof what, format, ap);
    va_end(ap);
    if (l->rule)
        snprintf(l->err, l->n, "%s: rule '%s': %s", l->path, l->rule, what);
    else
        snprintf(l->err, l->n, "%s: %s", l->path, what);
    return -1;
}

static int valid_id(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

static int only_keys(loader *l, json_t *obj, const char *const *keys, const char *what)
{
    const char *key;
    json_t *value;
    json_object_foreach(obj, key, value) {
        size_t i = 0;
        while (keys[i] && strcmp(keys[i], key) != 0)
            i++;
        if (!keys[i])
            return fail(l, "unknown key \"%s\" in %s", key, what);
    }
    return 0;
}

/* A string member, NULL when absent; -1 when it is not a string. */
static int string_member(loader *l, json_t *obj, const char *key, int required, const char **out)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v && !required)
        return 0;
    if (!json_is_string(v))
        return fail(l, "\"%s\" must be a string", key);
    *out = arena_strdup(&l->p->strings, json_string_value(v));
    return 0;
}

/* `anchored` compiles the pattern to match only where a search starts
 * (JIT runs such a pattern, where PCRE2_ANCHORED given to pcre2_match()
 * would make PCRE2 interpret it); `jit` compiles it to machine code. */
static int compile(loader *l, const char *source, int caseless, int anchored, int jit,
                   pcre2_code **out)
{
    int code;
    PCRE2_SIZE offset;
    uint32_t options = PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0) |
                       (anchored ? PCRE2_ANCHORED : 0);
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED, options, &code,
                                   &offset, NULL);
    if (!re) {
        PCRE2_UCHAR why[256];
        pcre2_get_error_message(code, why, sizeof why);
        return fail(l, "pattern \"%s\" does not compile: at offset %zu: %s", source,
                    (size_t)offset, (const char *)why);
    }
    if (jit)
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* without JIT, pcre2_match() interprets */
    *out = re;
    return 0;
}

static uint32_t capture_count(const pcre2_code *re)
{
    uint32_t n = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &n);
    return n;
}

static void need_pairs(pack *p, const pcre2_code *re)
{
    if (capture_count(re) + 1 > p->pairs)
        p->pairs = capture_count(re) + 1;
}

/* Hands the literals of a pattern or an exception (`owner`) to the
 * automaton; frees the vec, not the strings, which are the loader's now. */
static void add_keywords(loader *l, vec *lits, uint32_t owner)
{
    for (size_t i = 0; i < lits->len; i++) {
        const char *lit = *(char **)vec_at(lits, i);
        *(char **)vec_push(&l->keywords) = (char *)lit;
        *(uint32_t *)vec_push(&l->keyword_pattern) = owner;
        *(uint32_t *)vec_push(&l->keyword_length) = (uint32_t)strlen(lit);
    }
    vec_free(lits);
}

/* A pattern whose every match starts with one of its literals is only
 * tried where they occur, anchored; any other is searched for. */
static int add_pattern(loader *l, const char *source, const char *replacement, int caseless)
{
    pack_pattern pat = {NULL, replacement, 0, 0, 0, 0, {0}};
    if (compile(l, source, caseless, 0, 0, &pat.code) != 0)
        return -1;
    pat.groups = capture_count(pat.code);
    vec lits;
    pat.has_literal = literal_required(source, caseless, &lits, &pat.prefix);
    /* A pattern anchored at the start of the text is tried there once:
     * its literals would only say where it cannot match. */
    uint32_t options = 0;
    pcre2_pattern_info(pat.code, PCRE2_INFO_ALLOPTIONS, &options);
    if (options & PCRE2_ANCHORED) {
        literal_list_free(&lits);
        pat.has_literal = pat.prefix = 0;
        const unsigned char *bitmap = NULL;
        pcre2_pattern_info(pat.code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
        if (bitmap) {
            pat.anchored_first = 1;
            memcpy(pat.first_bytes, bitmap, sizeof pat.first_bytes);
        }
    }
    add_keywords(l, &lits, (uint32_t)l->p->patterns.len);
    pack_pattern *stored = vec_push(&l->p->patterns);
    *stored = pat;
    if (pat.prefix) {
        pcre2_code_free(stored->code);
        stored->code = NULL;
        if (compile(l, source, caseless, 1, 1, &stored->code) != 0)
            return -1;
    } else {
        pcre2_jit_compile(stored->code, PCRE2_JIT_COMPLETE);
    }
    need_pairs(l->p, stored->code);
    return 0;
}

/* A capitalization term as a pattern: any case, any spaces between its
 * words, a hyphen or a space where it has a hyphen, whole words only. */
static char *term_pattern(const char *term)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "(?<![\\p{L}\\p{N}-])");
    for (const char *t = term; *t; t++) {
        if (*t == ' ')
            sb_puts(&sb, "\\s+");
        else if (*t == '-')
            sb_puts(&sb, "(?:-|\\s+)");
        else if ((unsigned char)*t < 0x80 && strchr("\\^$.|?*+()[]{}#", *t))
            sb_printf(&sb, "\\%c", *t);
        else
            sb_add(&sb, t, 1);
    }
    sb_puts(&sb, "(?![\\p{L}\\p{N}])");
    return sb.data;
}

static int string_array(loader *l, json_t *v, const char *key, int nonempty)
{
    if (!json_is_array(v) || (nonempty && json_array_size(v) == 0))
        return fail(l, "\"%s\" must be %sarray of strings", key, nonempty ? "a non-empty " : "an ");
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item)
        if (!json_is_string(item))
            return fail(l, "\"%s\" must be an array of strings", key);
    return 0;
}

/* An object of strings: the swaps of a substitution, the forms of a consistency rule. */
static int string_object(loader *l, json_t *v, const char *key, size_t least)
{
    if (!json_is_object(v) || json_object_size(v) < least)
        return fail(l, "\"%s\" must be an object of at least %zu string%s", key, least,
                    least == 1 ? "" : "s");
    const char *k;
    json_t *item;
    json_object_foreach(v, k, item)
        if (!json_is_string(item))
            return fail(l, "\"%s\": the value of \"%s\" must be a string", key, k);
    return 0;
}

static int read_patterns(loader *l, pack_rule *r, json_t *v, const char *key)
{
    int caseless = r->ignorecase;
    size_t i;
    json_t *item;
    const char *k;
    switch (r->type) {
    case PACK_EXISTENCE:
    case PACK_OCCURRENCE:
        if (string_array(l, v, key, 1) != 0)
            return -1;
        json_array_foreach(v, i, item)
            if (add_pattern(l, json_string_value(item), NULL, caseless) != 0)
                return -1;
        return 0;
    case PACK_SUBSTITUTION:
        if (string_object(l, v, key, 1) != 0)
            return -1;
        json_object_foreach(v, k, item) {
            const char *right = arena_strdup(&l->p->strings, json_string_value(item));
            char why[256];
            if (add_pattern(l, k, right, caseless) != 0)
                return -1;
            uint32_t groups = ((pack_pattern *)vec_at(&l->p->patterns, l->p->patterns.len - 1))->groups;
            if (template_check(right, 0, groups, why, sizeof why) != 0)
                return fail(l, "the replacement of \"%s\": %s", k, why);
        }
        return 0;
    case PACK_CONSISTENCY:
        if (string_object(l, v, key, 2) != 0)
            return -1;
        json_object_foreach(v, k, item)
            if (add_pattern(l, json_string_value(item), arena_strdup(&l->p->strings, k), caseless) != 0)
                return -1;
        return 0;
    case PACK_CAPITALIZATION:
        if (string_array(l, v, key, 1) != 0)
            return -1;
        json_array_foreach(v, i, item) {
            char *source = term_pattern(json_string_value(item));
            int rc = add_pattern(l, source, arena_strdup(&l->p->strings, json_string_value(item)), 1);
            free(source);
            if (rc != 0)
                return -1;
        }
        return 0;
    case PACK_REPETITION:
        break;
    }
    return 0;
}

static int read_scope(loader *l, pack_rule *r, json_t *v)
{
    r->scope = SCOPE_ANY;
    if (!v)
        return 0;
    if (json_is_string(v))
        v = json_pack("[O]", v);
    else if (json_is_array(v) && json_array_size(v) > 0)
        json_incref(v);
    else
        return fail(l, "\"scope\" must be a scope or an array of scopes");
    r->scope = 0;
    size_t i;
    json_t *item;
    int rc = 0;
    json_array_foreach(v, i, item) {
        unsigned s = json_is_string(item) ? scope_parse(json_string_value(item)) : 0;
        if (!s) {
            rc = fail(l, "unknown scope %s%s%s (%s)", json_is_string(item) ? "\"" : "",
                      json_is_string(item) ? json_string_value(item) : "(not a string)",
                      json_is_string(item) ? "\"" : "", scope_names);
            break;
        }
        r->scope |= s;
    }
    json_decref(v);
    return rc;
}

static const char *const *examples(loader *l, json_t *list)
{
    size_t n = json_array_size(list);
    const char **out = arena_alloc(&l->p->strings, (n + 1) * sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = arena_strdup(&l->p->strings, json_string_value(json_array_get(list, i)));
    return out;
}

static int read_examples(loader *l, clerk_rule *desc, json_t *v)
{
    static const char *const keys[] = {"good", "bad", NULL};
    if (!v)
        return 0;
    if (!json_is_object(v))
        return fail(l, "\"examples\" must be an object with \"good\" and \"bad\"");
    if (only_keys(l, v, keys, "\"examples\"") != 0)
        return -1;
    json_t *good = json_object_get(v, "good"), *bad = json_object_get(v, "bad");
    if ((good && string_array(l, good, "good", 0) != 0) || (bad && string_array(l, bad, "bad", 0) != 0))
        return -1;
    desc->good = good ? examples(l, good) : NULL;
    desc->bad = bad ? examples(l, bad) : NULL;
    return 0;
}

static int read_limit(loader *l, json_t *rule, const char *key, long *out)
{
    json_t *v = json_object_get(rule, key);
    *out = -1;
    if (!v)
        return 0;
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return fail(l, "\"%s\" must be a whole number, 0 or more", key);
    *out = (long)json_integer_value(v);
    return 0;
}

static int read_occurrence(loader *l, pack_rule *r, json_t *rule)
{
    if (read_limit(l, rule, "min", &r->min) != 0 || read_limit(l, rule, "max", &r->max) != 0)
        return -1;
    if (r->min < 0 && r->max < 0)
        return fail(l, "an occurrence rule needs \"max\", \"min\" or both");
    json_t *per = json_object_get(rule, "per");
    if (per && !(json_is_string(per) && (strcmp(json_string_value(per), "block") == 0 ||
                                         strcmp(json_string_value(per), "document") == 0)))
        return fail(l, "\"per\" must be \"block\" or \"document\"");
    r->per_document = per && strcmp(json_string_value(per), "document") == 0;
    return 0;
}

/* The message's references, checked against every pattern of the rule. */
static int check_message(loader *l, const pack_rule *r, unsigned refs)
{
    uint32_t groups = r->pattern_count ? UINT32_MAX : 0;
    for (size_t k = 0; k < r->pattern_count; k++) {
        uint32_t g = ((pack_pattern *)vec_at(&l->p->patterns, r->first_pattern + k))->groups;
        if (g < groups)
            groups = g;
    }
    char why[256];
    if (template_check(r->message, refs, groups, why, sizeof why) != 0)
        return fail(l, "\"message\": %s", why);
    return 0;
}

static int read_exceptions(loader *l, pack_rule *r, json_t *v)
{
    r->first_exception = l->p->exceptions.len;
    if (!v)
        return 0;
    if (string_array(l, v, "exceptions", 0) != 0)
        return -1;
    /* A capitalization rule's exceptions are about case: they keep theirs. */
    int caseless = r->ignorecase && r->type != PACK_CAPITALIZATION;
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        const char *source = json_string_value(item);
        pack_exception e = {NULL, 0}; /* run only where a match is found: not worth JIT */
        if (compile(l, source, caseless, 0, 0, &e.code) != 0)
            return -1;
        need_pairs(l->p, e.code);
        vec lits;
        int prefix;
        e.has_literal = literal_required(source, caseless, &lits, &prefix);
        add_keywords(l, &lits, (uint32_t)l->p->exceptions.len | EXCEPTION_KEYWORD);
        *(pack_exception *)vec_push(&l->p->exceptions) = e;
        r->exception_count++;
    }
    return 0;
}

static int read_rule(loader *l, json_t *rule, size_t index)
{
    static const char *const keys[] = {"id", "type", "message", "summary", "description", "severity",
                                       "scope", "ignorecase", "exceptions", "examples", "patterns",
                                       "swap", "terms", "forms", "min", "max", "per", NULL};
    pack_rule *r = &l->p->rules[index];
    clerk_rule *desc = &l->p->descs[index];
    l->rule = NULL;
    if (!json_is_object(rule))
        return fail(l, "rule %zu is not an object", index + 1);
    json_t *id = json_object_get(rule, "id");
    if (!json_is_string(id) || !valid_id(json_string_value(id)))
        return fail(l, "rule %zu: \"id\" must be lower-case letters, digits and hyphens", index + 1);
    r->id = arena_strdup(&l->p->strings, json_string_value(id));
    for (size_t k = 0; k < index; k++)
        if (strcmp(l->p->rules[k].id, r->id) == 0)
            return fail(l, "rule id '%s' is used twice", r->id);
    l->rule = r->id;
    if (only_keys(l, rule, keys, "a rule") != 0)
        return -1;

    json_t *type = json_object_get(rule, "type");
    size_t t = 0;
    while (t < sizeof types / sizeof types[0] &&
           !(json_is_string(type) && strcmp(types[t].name, json_string_value(type)) == 0))
        t++;
    if (t == sizeof types / sizeof types[0])
        return fail(l, "\"type\" must be existence, substitution, capitalization, consistency, "
                       "occurrence or repetition");
    r->type = types[t].type;
    const char *own[] = {"patterns", "swap", "terms", "forms", "min", "max", "per"};
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
        int allowed = (types[t].key && strcmp(own[k], types[t].key) == 0) ||
                      (r->type == PACK_OCCURRENCE && k >= 4);
        if (!allowed && json_object_get(rule, own[k]))
            return fail(l, "\"%s\" is not a key of %s rule", own[k], types[t].name);
    }

    const char *severity;
    if (string_member(l, rule, "message", 1, &r->message) != 0 ||
        string_member(l, rule, "summary", 0, &desc->summary) != 0 ||
        string_member(l, rule, "description", 0, &desc->description) != 0 ||
        string_member(l, rule, "severity", 0, &severity) != 0)
        return -1;
    int sev = severity ? severity_parse(severity) : CLERK_WARNING;
    if (sev <= CLERK_OFF)
        return fail(l, "\"severity\" must be \"error\", \"warning\" or \"info\"");
    json_t *ignorecase = json_object_get(rule, "ignorecase");
    if (ignorecase && !json_is_boolean(ignorecase))
        return fail(l, "\"ignorecase\" must be true or false");
    r->ignorecase = json_is_true(ignorecase);
    if (read_scope(l, r, json_object_get(rule, "scope")) != 0)
        return -1;

    r->first_pattern = l->p->patterns.len;
    if (types[t].key) {
        json_t *v = json_object_get(rule, types[t].key);
        if (!v)
            return fail(l, "%s rule needs \"%s\"", types[t].name, types[t].key);
        if (read_patterns(l, r, v, types[t].key) != 0)
            return -1;
    }
    r->pattern_count = l->p->patterns.len - r->first_pattern;
    for (size_t k = 0; k < r->pattern_count; k++)
        r->every_block |= !((pack_pattern *)vec_at(&l->p->patterns, r->first_pattern + k))->has_literal;
    r->min = r->max = -1;
    if ((r->type == PACK_OCCURRENCE && read_occurrence(l, r, rule) != 0) ||
        read_exceptions(l, r, json_object_get(rule, "exceptions")) != 0 ||
        check_message(l, r, types[t].refs) != 0 ||
        read_examples(l, desc, json_object_get(rule, "examples")) != 0)
        return -1;

    desc->name = r->id;
    if (!desc->summary)
        desc->summary = r->message;
    desc->severity = (clerk_severity)sev;
    desc->check = pack_check;
    return 0;
}

static int rule_has_literal(const pack *p, const pack_rule *r)
{
    for (size_t k = 0; k < r->pattern_count; k++)
        if (((const pack_pattern *)vec_at(&p->patterns, r->first_pattern + k))->has_literal)
            return 1;
    for (size_t k = 0; k < r->exception_count; k++)
        if (((const pack_exception *)vec_at(&p->exceptions, r->first_exception + k))->has_literal)
            return 1;
    return 0;
}

/* The automaton over every literal, and the scopes it is run on. */
static void index_literals(loader *l)
{
    pack *p = l->p;
    automaton_build(&p->literals, (const char *const *)l->keywords.data, l->keywords.len);
    p->literal_pattern = l->keyword_pattern.data;
    p->literal_length = l->keyword_length.data;
    vec_init(&l->keyword_pattern, sizeof(uint32_t)); /* now the pack's */
    vec_init(&l->keyword_length, sizeof(uint32_t));
    p->pattern_rule = xcalloc(p->patterns.len ? p->patterns.len : 1, sizeof *p->pattern_rule);
    for (size_t i = 0; i < p->rule_count; i++) {
        for (size_t k = 0; k < p->rules[i].pattern_count; k++)
            p->pattern_rule[p->rules[i].first_pattern + k] = (uint32_t)i;
        if (rule_has_literal(p, &p->rules[i]))
            p->scan_scope |= p->rules[i].scope;
    }
}

static int read_pack(loader *l, json_t *root)
{
    static const char *const keys[] = {"name", "version", "summary", "rules", NULL};
    pack *p = l->p;
    if (!json_is_object(root))
        return fail(l, "a pack is a JSON object with \"name\", \"version\" and \"rules\"");
    if (only_keys(l, root, keys, "the pack") != 0)
        return -1;
    const char *name, *version, *summary;
    if (string_member(l, root, "name", 1, &name) != 0 ||
        string_member(l, root, "version", 1, &version) != 0 ||
        string_member(l, root, "summary", 0, &summary) != 0)
        return -1;
    if (!valid_id(name))
        return fail(l, "the pack's \"name\" must be lower-case letters, digits and hyphens");
    json_t *rules = json_object_get(root, "rules");
    if (!json_is_array(rules) || json_array_size(rules) == 0)
        return fail(l, "\"rules\" must be a non-empty array of rules");
    p->rule_count = json_array_size(rules);
    p->rules = xcalloc(p->rule_count, sizeof *p->rules);
    p->descs = xcalloc(p->rule_count, sizeof *p->descs);
    for (size_t i = 0; i < p->rule_count; i++)
        if (read_rule(l, json_array_get(rules, i), i) != 0)
            return -1;
    l->rule = NULL;
    index_literals(l);
    p->plugin = (clerk_plugin){
        CLERK_PLUGIN_HEADER, name, version,
        summary ? summary : "Declarative rules (a rule pack)",
        p->descs, p->rule_count, NULL, NULL,
    };
    return 0;
}

void pack_free(pack *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->patterns.len; i++)
        pcre2_code_free(((pack_pattern *)vec_at(&p->patterns, i))->code);
    for (size_t i = 0; i < p->exceptions.len; i++)
        pcre2_code_free(((pack_exception *)vec_at(&p->exceptions, i))->code);
    vec_free(&p->patterns);
    vec_free(&p->exceptions);
    automaton_free(&p->literals);
    free(p->literal_pattern);
    free(p->literal_length);
    free(p->pattern_rule);
    free(p->rules);
    free(p->descs);
    arena_free(&p->strings);
    free(p);
    scratch_release();
}

static pack *pack_read(const char *path, char *err, size_t n)
{
    /* Read as a document is: a regular file of bounded size, so a pack named
     * by a configuration cannot be a FIFO that never ends. */
    char *text, why[256];
    size_t len;
    if (doc_read_file(path, &text, &len, why, sizeof why) != 0) {
        snprintf(err, n, "%s: %s", path, why);
        return NULL;
    }
    json_error_t je;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    free(text);
    if (!root) {
        if (je.line > 0)
            snprintf(err, n, "%s:%d:%d: %s", path, je.line, je.column, je.text);
        else
            snprintf(err, n, "%s: %s", path, je.text);
        return NULL;
    }
    pack *p = xcalloc(1, sizeof *p);
    vec_init(&p->patterns, sizeof(pack_pattern));
    vec_init(&p->exceptions, sizeof(pack_exception));
    arena_init(&p->strings);
    loader l = {path, NULL, p, VEC_INIT(char *), VEC_INIT(uint32_t), VEC_INIT(uint32_t), err, n};
    int rc = read_pack(&l, root);
    literal_list_free(&l.keywords);
    vec_free(&l.keyword_pattern);
    vec_free(&l.keyword_length);
    json_decref(root);
    if (rc != 0) {
        pack_free(p);
        return NULL;
    }
    return p;
}

static void release(void *state) { pack_free(state); }

/* Whether the pack at path is to be loaded: 1, 0 when a pack of that file
 * is registered already (named by the bundled folder and by a
 * configuration), -1 with the reason in err. */
static int not_loaded(const registry *reg, const char *path, char *err, size_t n)
{
    char resolved[PATH_MAX];
    if (!realpath(path, resolved)) {
        snprintf(err, n, "%s: cannot read the pack (%s)", path, strerror(errno));
        return -1;
    }
    for (size_t i = 0; i < reg->plugins.len; i++) {
        const plugin_handle *h = registry_plugin(reg, i);
        char other[PATH_MAX];
        if (h->desc->fini == release && realpath(h->path, other) && strcmp(other, resolved) == 0)
            return 0;
    }
    return 1;
}

/* Registers a pack read from path; on failure frees it. */
static int pack_register(registry *reg, pack *p, const char *path, char *err, size_t n)
{
    p->plugin.fini = release;
    char why[512];
    if (registry_add(reg, &p->plugin, path, NULL, why, sizeof why) != 0) {
        snprintf(err, n, "%s: %s", path, why);
        pack_free(p);
        return -1;
    }
    /* The registry keeps what init() would give; a pack has no init to give it. */
    (*(plugin_handle **)vec_at(&reg->plugins, reg->plugins.len - 1))->state = p;
    return 0;
}

int pack_load(registry *reg, const char *path, char *err, size_t n)
{
    int wanted = not_loaded(reg, path, err, n);
    if (wanted <= 0)
        return wanted;
    pack *p = pack_read(path, err, n);
    return p ? pack_register(reg, p, path, err, n) : -1;
}

void pack_folder_read(void *folder)
{
    pack_folder *f = folder;
    if (f->read)
        return;
    f->read = 1;
    vec_init(&f->packs, sizeof(pack *));
    vec_init(&f->paths, sizeof(char *));
    vec names = VEC_INIT(char *);
    if (!f->dir)
        return;
    if (dir_names(f->dir, ".json", &names) != 0) {
        snprintf(f->err, sizeof f->err, "%s: cannot open the pack folder", f->dir);
        f->failed = 1;
        return;
    }
    for (size_t i = 0; !f->failed && i < names.len; i++) {
        char *path = xasprintf("%s/%s", f->dir, *(char **)vec_at(&names, i));
        pack *p = pack_read(path, f->err, sizeof f->err);
        if (p) {
            *(pack **)vec_push(&f->packs) = p;
            *(char **)vec_push(&f->paths) = path;
        } else {
            f->failed = 1;
            free(path);
        }
    }
    dir_names_free(&names);
}

int pack_folder_register(registry *reg, pack_folder *f, char *err, size_t n)
{
    pack_folder_read(f);
    int rc = 0;
    for (size_t i = 0; i < f->packs.len; i++) {
        pack *p = *(pack **)vec_at(&f->packs, i);
        const char *path = *(char **)vec_at(&f->paths, i);
        int wanted = rc == 0 ? not_loaded(reg, path, err, n) : 0;
        if (wanted < 0)
            rc = -1;
        if (wanted > 0)
            rc = pack_register(reg, p, path, err, n);
        else
            pack_free(p);
    }
    if (rc == 0 && f->failed) {
        snprintf(err, n, "%s", f->err);
        rc = -1;
    }
    f->packs.len = 0; /* each pack is the registry's now, or freed */
    pack_folder_free(f);
    return rc;
}

void pack_folder_free(pack_folder *f)
{
    for (size_t i = 0; i < f->packs.len; i++)
        pack_free(*(pack **)vec_at(&f->packs, i));
    for (size_t i = 0; i < f->paths.len; i++)
        free(*(char **)vec_at(&f->paths, i));
    vec_free(&f->packs);
    vec_free(&f->paths);
}

int pack_load_dir(registry *reg, const char *dir, char *err, size_t n)
{
    pack_folder f = {.dir = dir};
    return pack_folder_register(reg, &f, err, n);
}
