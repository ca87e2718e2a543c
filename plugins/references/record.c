/*
 * Dates cited with resolutions: against the register of adoption dates
 * (references/register-date) and, where the register is silent, against the
 * other citations of the same resolution in the document
 * (references/inconsistent-date).
 */
#include "references.h"
#include "ymd.h"

#include <stdio.h>

/* The date cited with a resolution ("of 2 December 2004"), completed with
 * the year in brackets for "186 (1964) of 4 March"; NULL when there is
 * none in full. */
static const clerk_date *cited_date(const clerk_api *api, const clerk_doc *doc,
                                    const clerk_resolution_ref *r, clerk_ymd *ymd)
{
    if (!(r->flags & CLERK_REF_HAS_DATE))
        return NULL;
    const clerk_date *d = clerk_date_at(api, doc, r->date_index);
    if (!d || !d->ymd.day || (d->flags & CLERK_DATE_YEAR_INFERRED))
        return NULL;
    *ymd = d->ymd;
    if (!ymd->year && d->form == CLERK_DATE_DAY_MONTH && r->form == CLERK_FORM_YEAR)
        ymd->year = r->year;
    return ymd->year && ymd_valid(*ymd) ? d : NULL;
}

/* The adoption date the register gives for the resolution, or NULL (a
 * register row with the year alone says nothing of the day). */
static const clerk_ymd *register_date(const references_state *st, const clerk_resolution_ref *r)
{
    const clerk_ymd *date = NULL;
    if (is_sc_citation(r))
        date = register_sc_date(&st->record, r->number);
    else if (is_ga_citation(r) && r->kind == CLERK_REF_RESOLUTION)
        date = register_ga_date(&st->record, r->session_kind, r->session, r->number,
                                register_parts(r->parts));
    return date && date->day ? date : NULL;
}

/* "resolution 74/2", "resolution 1631 (2005)", "S/PRST/2009/1" as cited. */
static void citation_text(const clerk_api *api, const clerk_doc *doc, const clerk_resolution_ref *r,
                          char *buf, size_t size)
{
    char cited[64];
    source_text(api, doc, r->loc.offset, r->loc.length, cited, sizeof cited);
    if (r->form == CLERK_FORM_SYMBOL)
        snprintf(buf, size, "%s", cited);
    else
        snprintf(buf, size, "%s %s", r->kind == CLERK_REF_DECISION ? "decision" : "resolution",
                 cited);
}

/* The date as the citation writes it: "4 March" when it leaves the year
 * to the brackets. */
static void date_as_cited(const clerk_date *d, clerk_ymd ymd, char *buf, size_t size)
{
    if (d->form == CLERK_DATE_DAY_MONTH)
        snprintf(buf, size, "%d %s", ymd.day, ymd_month_names[ymd.month]);
    else
        ymd_format(ymd, buf, size);
}

void check_register_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const references_state *st = api->state(ctx);
    clerk_ymd doc_date = document_date(api, doc);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        clerk_ymd ymd;
        const clerk_date *d = cited_date(api, doc, r, &ymd);
        const clerk_ymd *adopted = d ? register_date(st, r) : NULL;
        /* adopted after the document: the citation is of something else
         * (another body's resolution 79/8) or its number is wrong */
        if (!adopted || ymd_compare(*adopted, ymd) == 0 || after_document(*adopted, doc_date))
            continue;
        char what[96], right[32], wrong[32], fix[32];
        citation_text(api, doc, r, what, sizeof what);
        ymd_format(*adopted, right, sizeof right);
        date_as_cited(d, ymd, wrong, sizeof wrong);
        date_as_cited(d, *adopted, fix, sizeof fix);
        api->report(ctx, d->loc.offset, d->loc.length, fix, "%s was adopted on %s, not %s", what,
                    right, wrong);
    }
}

static int same_resolution(const clerk_resolution_ref *a, const clerk_resolution_ref *b)
{
    return a->body == b->body && a->kind == b->kind && a->session_kind == b->session_kind &&
           a->session == b->session && a->number == b->number && a->year == b->year &&
           register_parts(a->parts) == register_parts(b->parts);
}

void check_inconsistent_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const references_state *st = api->state(ctx);
    size_t n = api->entity_count(doc, CLERK_ENT_RESOLUTION);
    for (size_t i = 0; i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        clerk_ymd ymd, first_ymd;
        const clerk_date *d = cited_date(api, doc, r, &ymd);
        if (!d || r->body == CLERK_BODY_UNKNOWN || register_date(st, r))
            continue;
        /* the first earlier citation of the same resolution with a date */
        for (size_t k = 0; k < i; k++) {
            const clerk_resolution_ref *first = clerk_resolution_at(api, doc, k);
            if (!same_resolution(first, r) || !cited_date(api, doc, first, &first_ymd))
                continue;
            if (ymd_compare(first_ymd, ymd) != 0) {
                char what[96], before[32], now[32];
                citation_text(api, doc, r, what, sizeof what);
                ymd_format(first_ymd, before, sizeof before);
                ymd_format(ymd, now, sizeof now);
                api->report(ctx, d->loc.offset, d->loc.length, NULL,
                            "%s is dated %s here but %s where it is cited before", what, now,
                            before);
            }
            break;
        }
    }
}
