/*
 * Security Council citations against the record: the number's year
 * (references/sc-year), the year left out (references/sc-missing-year), and
 * numbers or years the document could not have cited at its date
 * (references/sc-unknown).
 *
 * The years come from the register where it knows the adoption date, else
 * from the table of the first and last number of each year.  Where the table
 * only brackets a boundary (1994-1999) a number may belong to two years, and
 * a citation is wrong only when it names neither.
 */
#include "references.h"
#include "ymd.h"

#include <stdio.h>

typedef enum sc_verdict {
    SC_FINE = 0,
    SC_NOT_YET,        /* the number was adopted after the document's date */
    SC_YEAR_OUTSIDE,   /* the year is before 1946 or after the document's date */
    SC_WRONG_YEAR      /* the number was not adopted in the year cited */
} sc_verdict;

typedef struct sc_judgement {
    sc_verdict verdict;
    int known;             /* the record places the number */
    int from, to;          /* the years it may have been adopted in */
    const clerk_ymd *adopted; /* its adoption date when the register has it */
    clerk_ymd doc_date;
} sc_judgement;

static const sc_year *last_year(const sc_years *y)
{
    return y->count ? &y->items[y->count - 1] : NULL;
}

static int not_yet_adopted(const references_state *st, const clerk_resolution_ref *r,
                           const sc_judgement *j)
{
    if (!j->doc_date.year)
        return 0;
    if (j->adopted)
        return after_document(*j->adopted, j->doc_date);
    if (j->known)
        return j->from > j->doc_date.year;
    /* past the end of the table: unknown in any year the table covers whole */
    const sc_year *last = last_year(&st->years);
    return last && r->number > last->may_last && j->doc_date.year < last->year;
}

static sc_judgement judge(const references_state *st, const clerk_resolution_ref *r,
                          clerk_ymd doc_date)
{
    sc_judgement j = {SC_FINE, 0, 0, 0, NULL, doc_date};
    j.adopted = register_sc_date(&st->record, r->number);
    if (j.adopted && !j.adopted->day)
        j.adopted = NULL; /* the year alone: sc_adoption_years has it */
    j.known = sc_adoption_years(st, r->number, &j.from, &j.to);
    const sc_year *last = last_year(&st->years);
    int latest_year = doc_date.year ? doc_date.year : last ? last->year : 0;
    int first_year = st->years.count ? st->years.items[0].year : 0;
    if (not_yet_adopted(st, r, &j))
        j.verdict = SC_NOT_YET;
    else if (r->year && (r->year < first_year || (latest_year && r->year > latest_year)))
        j.verdict = SC_YEAR_OUTSIDE;
    else if (r->year && j.known && (r->year < j.from || r->year > j.to))
        j.verdict = SC_WRONG_YEAR;
    return j;
}

/* Calls each() for every Security Council citation with its judgement. */
typedef void (*sc_each_fn)(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                           const clerk_resolution_ref *r, const sc_judgement *j);

static void each_sc_citation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                             sc_each_fn each)
{
    const references_state *st = api->state(ctx);
    clerk_ymd doc_date = document_date(api, doc);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        if (is_sc_citation(r)) {
            sc_judgement j = judge(st, r, doc_date);
            each(api, doc, ctx, r, &j);
        }
    }
}

/* "(2005)" when the record is sure of the year, else no fix. */
static const char *year_fix(const sc_judgement *j, char *buf, size_t size)
{
    if (!j->known || j->from != j->to)
        return NULL;
    snprintf(buf, size, "(%d)", j->from);
    return buf;
}

static void report_wrong_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                              const clerk_resolution_ref *r, const sc_judgement *j)
{
    (void)doc;
    if (j->verdict != SC_WRONG_YEAR || !r->year_length)
        return;
    char years[48], fix[16];
    years_text(j->from, j->to, years, sizeof years);
    api->report(ctx, r->year_offset, r->year_length, year_fix(j, fix, sizeof fix),
                "Security Council resolution %d was adopted in %s, not %d", r->number, years,
                r->year);
}

void check_sc_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_sc_citation(api, doc, ctx, report_wrong_year);
}

static void report_missing_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                                const clerk_resolution_ref *r, const sc_judgement *j)
{
    const references_state *st = api->state(ctx);
    if (r->form != CLERK_FORM_BARE || j->verdict == SC_NOT_YET ||
        (j->doc_date.year && j->doc_date.year < st->sc_year_cited_from))
        return;
    char cited[32], years[48], fix[48];
    source_text(api, doc, r->loc.offset, r->loc.length, cited, sizeof cited);
    if (!j->known) {
        api->report(ctx, r->loc.offset, r->loc.length, NULL,
                    "Security Council resolution %d is cited without its year: \"%s (year)\"",
                    r->number, cited);
        return;
    }
    years_text(j->from, j->to, years, sizeof years);
    snprintf(fix, sizeof fix, "%s (%d)", cited, j->from);
    api->report(ctx, r->loc.offset, r->loc.length, j->from == j->to ? fix : NULL,
                "Security Council resolution %d is cited without its year: it was adopted in %s",
                r->number, years);
}

void check_sc_missing_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_sc_citation(api, doc, ctx, report_missing_year);
}

static void report_not_yet(const clerk_api *api, clerk_ctx *ctx, const clerk_resolution_ref *r,
                           const sc_judgement *j)
{
    const references_state *st = api->state(ctx);
    char when[32], adopted[48];
    ymd_format(j->doc_date, when, sizeof when);
    if (j->known) {
        if (j->adopted)
            ymd_format(*j->adopted, adopted, sizeof adopted);
        else
            years_text(j->from, j->to, adopted, sizeof adopted);
        api->report(ctx, r->loc.offset, r->loc.length, NULL,
                    "Security Council resolution %d was adopted %s %s, after the date of this "
                    "document (%s)", r->number, j->adopted ? "on" : "in", adopted, when);
        return;
    }
    const sc_year *year = sc_year_range(&st->years, j->doc_date.year);
    api->report(ctx, r->loc.offset, r->loc.length, NULL,
                "there was no Security Council resolution %d at the date of this document (%s): "
                "the last of %d was %d", r->number, when, j->doc_date.year, year ? year->may_last : 0);
}

static void report_year_outside(const clerk_api *api, clerk_ctx *ctx, const clerk_resolution_ref *r,
                                const sc_judgement *j)
{
    const references_state *st = api->state(ctx);
    int first_year = st->years.count ? st->years.items[0].year : 0;
    char why[96], years[48] = "", fix[16];
    if (r->year < first_year) {
        snprintf(why, sizeof why, "before the first Security Council resolution (%d)", first_year);
    } else if (j->doc_date.year) {
        char when[32];
        ymd_format(j->doc_date, when, sizeof when);
        snprintf(why, sizeof why, "after the date of this document (%s)", when);
    } else {
        snprintf(why, sizeof why, "later than the record goes");
    }
    if (j->known)
        years_text(j->from, j->to, years, sizeof years);
    api->report(ctx, r->year_offset, r->year_length, year_fix(j, fix, sizeof fix),
                "the year %d cited for Security Council resolution %d is %s%s%s", r->year,
                r->number, why, j->known ? "; it was adopted in " : "", years);
}

static void report_unknown(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                           const clerk_resolution_ref *r, const sc_judgement *j)
{
    (void)doc;
    if (j->verdict == SC_NOT_YET)
        report_not_yet(api, ctx, r, j);
    else if (j->verdict == SC_YEAR_OUTSIDE && r->year_length)
        report_year_outside(api, ctx, r, j);
}

void check_sc_unknown(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_sc_citation(api, doc, ctx, report_unknown);
}
