/*
 * dates/session-year: General Assembly sessions against dates.
 *
 * The session in the masthead ("Sixty-fourth session") is the one open on
 * the document's date or the next one (documents for a coming session are
 * issued before it opens); a resolution's masthead names the session it
 * was adopted in.  In the text, "at its fifty-ninth session, in 2006" puts
 * a session in a year it did not cover.  A session number belongs to the
 * Assembly only when the Assembly is the organ named last before it in the
 * sentence or, naming none before it, the first organ named after it ("At
 * its fifty-ninth session, in 2005, the General Assembly ..."), or when the
 * sentence names none and is in an Assembly resolution.  The Commission on
 * the Status of Women has its own fifty-third session.
 */
#include "dates.h"
#include "entities.h"
#include "ymd.h"

#include <ctype.h>
#include <stdio.h>

int session_compare(const ga_sessions *s, int n, clerk_ymd first, clerk_ymd last, clerk_ymd *limit)
{
    const clerk_ymd *opening = ga_session_opening(s, n);
    const clerk_ymd *next = ga_session_opening(s, n + 1);
    if (opening && ymd_compare(last, *opening) < 0) {
        *limit = *opening;
        return -1;
    }
    if (opening && next && ymd_compare(first, *next) > 0) {
        *limit = *next;
        return 1;
    }
    return 0;
}

void session_describe(int n, int where, clerk_ymd limit, char *buf, size_t size)
{
    char session[32], date[48];
    ordinal_words(n, session, sizeof session);
    ymd_format(limit, date, sizeof date);
    snprintf(buf, size, "%s the %s session %s on %s", where < 0 ? "before" : "after", session,
             where < 0 ? "opened" : "closed", date);
}

static int session_covers(const ga_sessions *s, int n, clerk_ymd date)
{
    clerk_ymd limit;
    return ga_session_opening(s, n) && session_compare(s, n, date, date, &limit) == 0;
}

static void masthead_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const ga_sessions *s)
{
    const clerk_masthead *m = api->masthead(doc);
    int adopted = m->adoption_date.year != 0;
    clerk_ymd date = adopted ? m->adoption_date : m->date;
    if (m->body != CLERK_BODY_GA || m->session_kind != 0 || m->session <= 0 || !date.year)
        return;
    int open = ga_session_on(s, date);
    if (!open || session_covers(s, m->session, date) || (!adopted && session_covers(s, m->session - 1, date)))
        return;
    char named[32], current[32], next[32], when[48];
    ordinal_words(m->session, named, sizeof named);
    ordinal_words(open, current, sizeof current);
    ordinal_words(open + 1, next, sizeof next);
    ymd_format(date, when, sizeof when);
    if (adopted)
        api->report(ctx, m->session_offset, m->session_length, NULL,
                    "the masthead names the %s session, but the resolution was adopted on %s, in the %s session",
                    named, when, current);
    else
        api->report(ctx, m->session_offset, m->session_length, NULL,
                    "the masthead names the %s session, but on %s the %s session was open (the next is the %s)",
                    named, when, current, next);
}

static int is_assembly_session(const clerk_api *api, const clerk_doc *doc, const clerk_session_ref *r)
{
    size_t len;
    const char *t = loc_text(api, doc, &r->loc, &len);
    organ named = organ_named_last(t, len, r->loc.text_offset);
    if (named != ORGAN_NONE)
        return named == ORGAN_ASSEMBLY;
    /* "at its fifty-seventh session, in 2020, the Subcommittee ..." */
    organ after = organ_named_first_after(t, len, r->loc.text_offset);
    if (after != ORGAN_NONE)
        return after == ORGAN_ASSEMBLY;
    const clerk_section *s = api->section(doc, api->block(doc, r->loc.block)->section);
    return s->is_resolution && s->resolution_body == CLERK_BODY_GA;
}

/* What follows "session, in": a year, or a date entity.  Fills the days it
 * covers, how it was written and where (in the block's text); 0 when
 * neither follows. */
typedef struct period {
    clerk_ymd first, last;
    char written[48];
    size_t at, length;
} period;

static int period_after(const clerk_api *api, const clerk_doc *doc, const clerk_session_ref *r, period *out)
{
    size_t len;
    const char *t = loc_text(api, doc, &r->loc, &len);
    size_t p = r->loc.text_offset + r->loc.text_length;
    if (p < len && t[p] == ',')
        p++;
    p = phrase_after(t, len, p, "in");
    if (p == TEXT_NONE)
        return 0;
    p = skip_space(t, len, p);
    out->at = p;
    size_t n = api->entity_count(doc, CLERK_ENT_DATE);
    for (size_t i = entity_first_in_block(api, doc, CLERK_ENT_DATE, r->loc.block); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (d->loc.block != r->loc.block)
            break;
        if (d->loc.text_offset == p) {
            if (d->flags & CLERK_DATE_YEAR_INFERRED || !d->ymd.year || !d->ymd.month)
                return 0;
            int day = d->form == CLERK_DATE_MONTH_YEAR ? 0 : d->ymd.day;
            out->first = (clerk_ymd){d->ymd.year, d->ymd.month, day ? day : 1};
            out->last = (clerk_ymd){d->ymd.year, d->ymd.month,
                                    day ? day : ymd_days_in_month(d->ymd.year, d->ymd.month)};
            out->length = d->loc.text_length;
            date_format_written(d, out->written, sizeof out->written);
            return 1;
        }
    }
    int year = 0;
    size_t q = p;
    while (q < len && q < p + 5 && isdigit((unsigned char)t[q]))
        year = year * 10 + (t[q++] - '0');
    if (q - p != 4 || (q < len && isalnum((unsigned char)t[q])))
        return 0;
    out->first = (clerk_ymd){year, 1, 1};
    out->last = (clerk_ymd){year, 12, 31};
    out->length = 4;
    snprintf(out->written, sizeof out->written, "%d", year);
    return 1;
}

static void session_in_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const ga_sessions *s,
                            const clerk_session_ref *r)
{
    period p;
    clerk_ymd limit;
    if (!period_after(api, doc, r, &p) || !is_assembly_session(api, doc, r))
        return;
    int where = session_compare(s, r->session, p.first, p.last, &limit);
    if (where == 0)
        return;
    char why[128];
    session_describe(r->session, where, limit, why, sizeof why);
    api->report_text(ctx, r->loc.block, p.at, p.length, NULL, "%s is %s", p.written, why);
}

void check_session_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const dates_state *st = api->state(ctx);
    masthead_session(api, doc, ctx, &st->sessions);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_SESSION); i < n; i++) {
        const clerk_session_ref *r = clerk_session_at(api, doc, i);
        if (r->session_kind == 0 && r->session > 0)
            session_in_year(api, doc, ctx, &st->sessions, r);
    }
}
