/*
 * The akn plugin: checks that only Akoma Ntoso markup makes certain.  The
 * metadata of an AKN4UN document records the adoption date twice over, as
 * FRBR data (<FRBRdate date="2021-06-30" name="adoption"/>) and in the
 * printed title ("Resolution adopted by the General Assembly on 30 June
 * 2021"); the two must agree.  The metadata is no text of the document, so
 * the rule reads it from the source; in other formats it finds none and
 * says nothing.
 */
#include "clerk/plugin.h"

#include <stdio.h>
#include <string.h>

/* The attribute's value in the tag [tag, end): its start and length. */
static const char *attribute(const char *tag, const char *end, const char *name, size_t *length)
{
    size_t n = strlen(name);
    for (const char *p = tag + 1; p + n + 2 < end; p++) {
        if ((p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r') &&
            memcmp(p, name, n) == 0 && p[n] == '=' && (p[n + 1] == '"' || p[n + 1] == '\'')) {
            const char *value = p + n + 2;
            const char *close = memchr(value, p[n + 1], (size_t)(end - value));
            if (!close)
                return NULL;
            *length = (size_t)(close - value);
            return value;
        }
    }
    return NULL;
}

/* The first <FRBRdate name="adoption"> of the metadata, as a date. */
static int frbr_adoption(const char *src, size_t len, clerk_ymd *date)
{
    static const char open[] = "<FRBRdate";
    const char *end = src + len;
    for (const char *p = src; (size_t)(end - p) > sizeof open; p++) {
        p = memchr(p, '<', (size_t)(end - p));
        if (!p || (size_t)(end - p) <= sizeof open)
            return 0;
        if (memcmp(p, open, sizeof open - 1) != 0)
            continue;
        const char *close = memchr(p, '>', (size_t)(end - p));
        if (!close)
            return 0;
        size_t name_length, value_length;
        const char *name = attribute(p, close, "name", &name_length);
        const char *value = attribute(p, close, "date", &value_length);
        if (!name || name_length != 8 || memcmp(name, "adoption", 8) != 0 || !value)
            continue;
        char text[16];
        if (value_length >= sizeof text)
            return 0;
        memcpy(text, value, value_length);
        text[value_length] = '\0';
        int consumed = 0;
        if (sscanf(text, "%4d-%2d-%2d%n", &date->year, &date->month, &date->day, &consumed) != 3 ||
            (size_t)consumed != value_length)
            return 0;
        return 1;
    }
    return 0;
}

static void check_adoption_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const clerk_masthead *m = api->masthead(doc);
    if (!m->adoption_date.year)
        return;
    size_t len;
    const char *src = api->source(doc, &len);
    clerk_ymd frbr;
    if (!frbr_adoption(src, len, &frbr))
        return;
    const clerk_ymd *printed = &m->adoption_date;
    if (frbr.year == printed->year && frbr.month == printed->month && frbr.day == printed->day)
        return;
    api->report(ctx, m->adoption_date_offset, m->adoption_date_length, NULL,
                "the printed adoption date (%04d-%02d-%02d) is not the adoption date of the "
                "metadata (%04d-%02d-%02d)",
                printed->year, printed->month, printed->day, frbr.year, frbr.month, frbr.day);
}

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define AKN(frbr, printed)                                                                     \
    "<akomaNtoso><statement><meta><identification><FRBRWork>"                                  \
    "<FRBRdate date=\"" frbr "\" name=\"adoption\"/></FRBRWork></identification></meta>\n"     \
    "<coverPage><p><docNumber>A/RES/75/1</docNumber></p>\n"                                   \
    "<p><docTitle>Resolution adopted by the General Assembly on " printed "</docTitle></p>"   \
    "</coverPage></statement></akomaNtoso>\n"

static const clerk_rule rules[] = {
    {
        .name = "adoption-date",
        .summary = "The printed adoption date is the adoption date of the metadata",
        .severity = CLERK_ERROR,
        .check = check_adoption_date,
        .description =
            "An Akoma Ntoso document states its adoption date twice: in its metadata (the "
            "FRBR date named \"adoption\"), which indexes and links use, and in its printed "
            "title (\"Resolution adopted by the General Assembly on 30 June 2021\"), which "
            "readers cite.  When they differ, one of them is wrong, and the resolution is "
            "filed or cited under the wrong date.  Documents in other formats carry no "
            "metadata and are not concerned.",
        .good = DOCS(AKN("2021-06-30", "30 June 2021"),
                     "Resolution adopted by the General Assembly on 30 June 2021\n"),
        .bad = DOCS(AKN("2021-06-29", "30 June 2021")),
    },
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "akn",
    .version = "1.0.0",
    .summary = "Checks that Akoma Ntoso markup makes certain",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
