/*
 * Message templates: $0 is the match, $1..$9 its groups, ${expected} the
 * right form, ${count} and ${limit} an occurrence rule's figures, $$ a
 * dollar sign.  The same syntax writes a substitution's replacement.
 */
#include "packs/internal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    unsigned ref;
} names[] = {{"expected", REF_EXPECTED}, {"count", REF_COUNT}, {"limit", REF_LIMIT}};

/* The reference at s (just after '$'): a group number (ref 0, *group set),
 * a name (its REF_*), '$' itself (ref 0, *group -1); *len is its length.
 * Returns -1 when it is none of those. */
static int reference(const char *s, int *group, size_t *len)
{
    *group = -1;
    if (*s == '$') {
        *len = 1;
        return 0;
    }
    if (*s >= '0' && *s <= '9') {
        *group = *s - '0';
        *len = 1;
        return 0;
    }
    if (*s == '{')
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            size_t n = strlen(names[i].name);
            if (strncmp(s + 1, names[i].name, n) == 0 && s[1 + n] == '}') {
                *len = n + 2;
                return (int)names[i].ref;
            }
        }
    return -1;
}

int template_check(const char *tmpl, unsigned allowed, uint32_t groups, char *why, size_t n)
{
    for (const char *p = strchr(tmpl, '$'); p; p = strchr(p, '$')) {
        int group;
        size_t len;
        int ref = reference(p + 1, &group, &len);
        if (ref < 0 || (ref && !(allowed & (unsigned)ref))) {
            int shown = (int)strcspn(p + 1, " \"'");
            snprintf(why, n, "unknown reference \"$%.*s\" (this rule type allows $0 to $9, $$%s%s%s)",
                     shown > 20 ? 20 : shown, p + 1, allowed & REF_EXPECTED ? ", ${expected}" : "",
                     allowed & REF_COUNT ? ", ${count}" : "", allowed & REF_LIMIT ? ", ${limit}" : "");
            return -1;
        }
        if (group > 0 && (uint32_t)group > groups) {
            snprintf(why, n, "\"$%d\" refers to a group the pattern does not have (it has %u)",
                     group, groups);
            return -1;
        }
        p += 1 + len;
    }
    return 0;
}

char *template_expand(const char *tmpl, const template_args *a)
{
    strbuf sb = STRBUF_INIT;
    const char *p = tmpl;
    for (const char *d = strchr(p, '$'); d; d = strchr(p, '$')) {
        sb_add(&sb, p, (size_t)(d - p));
        int group;
        size_t len;
        int ref = reference(d + 1, &group, &len);
        if (ref == REF_EXPECTED)
            sb_puts(&sb, a->expected ? a->expected : "");
        else if (ref == REF_COUNT)
            sb_printf(&sb, "%ld", a->count);
        else if (ref == REF_LIMIT)
            sb_printf(&sb, "%ld", a->limit);
        else if (ref < 0 || group < 0)
            sb_add(&sb, "$", 1);
        else if (ref == 0 && a->ovector && (uint32_t)group < a->pairs &&
                 a->ovector[2 * group] != PCRE2_UNSET)
            sb_add(&sb, a->text + a->ovector[2 * group],
                   a->ovector[2 * group + 1] - a->ovector[2 * group]);
        p = d + 1 + (ref < 0 ? 0 : len);
    }
    sb_puts(&sb, p);
    return sb.data ? sb.data : xstrdup("");
}
