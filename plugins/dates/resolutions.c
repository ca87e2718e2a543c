/*
 * Resolutions cited with their date.
 *
 * dates/resolution-session: a General Assembly resolution or decision of
 * session n ("59/50", "1514 (XV)") is adopted between the opening of
 * session n and the opening of session n + 1.
 *
 * dates/sc-resolution-year: the year in brackets of a Security Council
 * resolution ("1631 (2005)") is the year of its adoption, so it is the
 * year of the date cited with it.  The table of resolution numbers by year
 * tells which of the two is wrong, and so whether the bracket can be fixed.
 *
 * Where the register of adoption dates knows the resolution, both rules
 * leave the date to references/register-date, which names the exact day:
 * one slip, one finding.
 */
#include "dates.h"
#include "ymd.h"

#include <stdio.h>

/* The date cited with a reference, when it is written in full. */
static const clerk_date *cited_date(const clerk_api *api, const clerk_doc *doc, const clerk_resolution_ref *ref)
{
    size_t i = ref_date_index(api, doc, ref);
    if (i == TEXT_NONE)
        return NULL;
    const clerk_date *d = clerk_date_at(api, doc, i);
    return date_is_full(d) && ymd_valid(d->ymd) ? d : NULL;
}

/* The extractor gives the slash and Roman forms to the General Assembly
 * unless told otherwise; other organs number theirs the same way ("Human
 * Rights Council resolution 5/1", "decisions 1/5 and 2/3, adopted by the
 * Conference of the Parties"), so the sentence must not name another. */
static int is_assembly_ref(const clerk_api *api, const clerk_doc *doc, const clerk_resolution_ref *ref)
{
    size_t len;
    const char *t = loc_text(api, doc, &ref->loc, &len);
    organ before = organ_named_last(t, len, ref->loc.text_offset);
    if (before != ORGAN_NONE)
        return before == ORGAN_ASSEMBLY;
    if (organ_named_first_after(t, len, ref->loc.text_offset + ref->loc.text_length) == ORGAN_OTHER)
        return 0;
    if (ref->flags & CLERK_REF_BODY_EXPLICIT)
        return 1; /* "resolution 59/50 of the General Assembly" */
    const clerk_section *s = api->section(doc, api->block(doc, ref->loc.block)->section);
    return api->masthead(doc)->body == CLERK_BODY_GA || (s->is_resolution && s->resolution_body == CLERK_BODY_GA);
}

/* The register knows the day the resolution was adopted. */
static int register_knows(const dates_state *st, const clerk_resolution_ref *ref)
{
    if (ref->kind != CLERK_REF_RESOLUTION)
        return 0; /* the registers list resolutions, not decisions */
    const clerk_ymd *date = ref->body == CLERK_BODY_SC
                                ? register_sc_date(&st->record, ref->number)
                                : register_ga_date(&st->record, ref->session_kind, ref->session,
                                                   ref->number, register_parts(ref->parts));
    return date && date->day;
}

static void check_in_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                             const ga_sessions *sessions, const clerk_resolution_ref *ref,
                             const clerk_date *d)
{
    clerk_ymd limit;
    int where = session_compare(sessions, ref->session, d->ymd, d->ymd, &limit);
    if (where == 0)
        return;
    char date[48], why[128];
    size_t len;
    const char *t = loc_text(api, doc, &ref->loc, &len);
    date_format_written(d, date, sizeof date);
    session_describe(ref->session, where, limit, why, sizeof why);
    api->report(ctx, d->loc.offset, d->loc.length, NULL, "%s %.*s is dated %s, %s", ref_kind_word(ref->kind),
                (int)ref->loc.text_length, t + ref->loc.text_offset, date, why);
}

void check_resolution_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const dates_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *ref = clerk_resolution_at(api, doc, i);
        if (ref->body != CLERK_BODY_GA || ref->session_kind != 0 || ref->session <= 0 ||
            ref->kind == CLERK_REF_PRESIDENTIAL_STATEMENT)
            continue;
        const clerk_date *d = cited_date(api, doc, ref);
        if (d && is_assembly_ref(api, doc, ref) && !register_knows(st, ref))
            check_in_session(api, doc, ctx, &st->sessions, ref, d);
    }
}

static void check_year(const clerk_api *api, clerk_ctx *ctx, const sc_years *years,
                       const clerk_resolution_ref *ref, const clerk_date *d)
{
    int from, to, cited = d->ymd.year;
    int known = sc_years_possible(years, ref->number, &from, &to);
    int adopted = known && from == to ? from : 0; /* 0: the table is not sure */
    char date[48];
    date_format_written(d, date, sizeof date);
    if (!ref->year) {
        /* "resolution 1631 of 17 October 2005": the table alone dates it. */
        if (!known || (cited >= from && cited <= to))
            return;
        char years[32];
        if (adopted)
            snprintf(years, sizeof years, "in %d", adopted);
        else
            snprintf(years, sizeof years, "between %d and %d", from, to);
        api->report(ctx, d->loc.offset, d->loc.length, NULL, "resolution %d is cited as of %s, but was adopted %s",
                    ref->number, date, years);
        return;
    }
    if (ref->year == cited)
        return;
    /* The date agrees with the record, so the bracket is what is wrong:
     * references/sc-year reports that, with its fix. */
    if (adopted == cited)
        return;
    if (adopted && adopted == ref->year) {
        api->report(ctx, d->loc.offset, d->loc.length, NULL,
                    "resolution %d (%d) is cited as of %s, but was adopted in %d", ref->number, ref->year,
                    date, adopted);
    } else {
        api->report(ctx, d->loc.offset, d->loc.length, NULL,
                    "resolution %d (%d) is cited as of %s: the year in brackets is not the year of its date",
                    ref->number, ref->year, date);
    }
}

void check_sc_resolution_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const dates_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *ref = clerk_resolution_at(api, doc, i);
        if (ref->body != CLERK_BODY_SC || ref->kind != CLERK_REF_RESOLUTION || ref->form == CLERK_FORM_SLASH ||
            ref->form == CLERK_FORM_ROMAN)
            continue;
        /* A bare number is trusted to be the Council's only when the text says so. */
        if (!ref->year && !(ref->flags & (CLERK_REF_BODY_EXPLICIT | CLERK_REF_OWN)))
            continue;
        const clerk_date *d = cited_date(api, doc, ref);
        if (d && !register_knows(st, ref))
            check_year(api, ctx, &st->sc, ref, d);
    }
}
