/*
 * What the rules of this plugin share: the date a document speaks from,
 * which body a citation belongs to, and the wording of sessions and years.
 */
#include "references.h"
#include "ymd.h"

#include <stdio.h>
#include <string.h>

/* A date as late as it can be: "July 2009" is read as 31 July 2009. */
static clerk_ymd latest(clerk_ymd d)
{
    if (d.year && !d.month)
        d.month = 12;
    if (d.year && !d.day)
        d.day = ymd_days_in_month(d.year, d.month);
    return d;
}

clerk_ymd document_date(const clerk_api *api, const clerk_doc *doc)
{
    const clerk_masthead *m = api->masthead(doc);
    const clerk_ymd dates[] = {m->date, m->adoption_date, m->letter_date};
    clerk_ymd best = {0, 0, 0};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
        if (dates[i].year && (!best.year || ymd_compare(latest(dates[i]), latest(best)) > 0))
            best = dates[i];
    return best;
}

int after_document(clerk_ymd date, clerk_ymd doc_date)
{
    return doc_date.year && ymd_compare(date, latest(doc_date)) > 0;
}

int is_sc_citation(const clerk_resolution_ref *r)
{
    return r->body == CLERK_BODY_SC && r->kind == CLERK_REF_RESOLUTION && r->number > 0;
}

int is_ga_citation(const clerk_resolution_ref *r)
{
    return r->body == CLERK_BODY_GA &&
           (r->kind == CLERK_REF_RESOLUTION || r->kind == CLERK_REF_DECISION) && r->number > 0 &&
           r->session > 0;
}

static void roman(int n, char *buf, size_t size)
{
    static const struct { int value; const char *digits; } steps[] = {
        {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"},
        {1, "I"}};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
        for (; n >= steps[i].value; n -= steps[i].value)
            used += (size_t)snprintf(buf + used, used < size ? size - used : 0, "%s", steps[i].digits);
}

void session_label(int kind, int session, int roman_form, char *buf, size_t size)
{
    const char *prefix = kind == SESSION_SPECIAL ? "S-" : kind == SESSION_EMERGENCY ? "ES-" : "";
    char number[16];
    if (roman_form)
        roman(session, number, sizeof number);
    else
        snprintf(number, sizeof number, "%d", session);
    snprintf(buf, size, "%s%s", prefix, number);
}

int sc_adoption_years(const references_state *st, int number, int *from, int *to)
{
    const clerk_ymd *date = register_sc_date(&st->record, number);
    if (date) {
        *from = *to = date->year;
        return 1;
    }
    return sc_years_possible(&st->years, number, from, to);
}

void years_text(int from, int to, char *buf, size_t size)
{
    if (from == to)
        snprintf(buf, size, "%d", from);
    else if (to == from + 1)
        snprintf(buf, size, "%d or %d", from, to);
    else
        snprintf(buf, size, "between %d and %d", from, to);
}

const clerk_section *block_section(const clerk_api *api, const clerk_doc *doc, size_t block)
{
    const clerk_block *b = api->block(doc, block);
    return b ? api->section(doc, b->section) : NULL;
}

void source_text(const clerk_api *api, const clerk_doc *doc, size_t offset, size_t length,
                 char *buf, size_t size)
{
    size_t len;
    const char *src = api->source(doc, &len);
    if (offset > len)
        offset = len;
    if (length > len - offset)
        length = len - offset;
    if (length >= size)
        length = size - 1;
    memcpy(buf, src + offset, length);
    buf[length] = '\0';
}
