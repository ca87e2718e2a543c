/*
 * dates/session-year: General Assembly sessions against dates.
 *
 * The session in the masthead ("Sixty-fourth session") is the one open on
 * the document's date or the next one (documents for a coming session are
 * issued before it opens); a resolution's masthead names the session it
 * was adopted in.  In the text, "at its fifty-ninth session, in 2006" puts
 * a session in a year it did not cover.  A session number belongs to the
 * Assembly only when the Assembly is the organ named last before it in the
 * sentence (or, naming none, the sentence is in an Assembly resolution):
 * the Commission on the Status of Women has its own fifty-third session.
 */
#include "dates.h"
#include "ymd.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void masthead_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const ga_sessions *s)
{
    const clerk_masthead *m = api->masthead(doc);
    int adopted = m->adoption_date.year != 0;
    clerk_ymd date = adopted ? m->adoption_date : m->date;
    if (m->body != CLERK_BODY_GA || m->session_kind != 0 || m->session <= 0 || !date.year)
        return;
    int open = ga_session_on(s, date);
    if (!open || m->session == open || (!adopted && m->session == open + 1))
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

/* The organ named last before pos in its sentence is the General Assembly:
 * 1 yes, 0 another organ, -1 none named. */
static int assembly_named_last(const char *t, size_t len, size_t pos)
{
    static const char *const organs[] = {"Assembly", "Council", "Commission", "Committee", "Conference",
                                         "Board", "Forum", "Meeting", "Parties", "Group", "Court",
                                         "Tribunal", "Summit", "Congress", "Organization", "Union",
                                         "Sub-Commission", "Subcommission", "Convention", "Agency"};
    size_t start = sentence_start(t, len, pos);
    size_t i = pos;
    while (i > start) {
        size_t end = i;
        while (i > start && (isalpha((unsigned char)t[i - 1]) || t[i - 1] == '-'))
            i--;
        for (size_t k = 0; k < sizeof organs / sizeof organs[0]; k++)
            if (strlen(organs[k]) == end - i && memcmp(t + i, organs[k], end - i) == 0)
                return k == 0;
        if (i == end)
            i--;
    }
    return -1;
}

static int is_assembly_session(const clerk_api *api, const clerk_doc *doc, const clerk_session_ref *r)
{
    size_t len;
    const char *t = loc_text(api, doc, &r->loc, &len);
    int named = assembly_named_last(t, len, r->loc.text_offset);
    if (named >= 0)
        return named;
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
    out->at = p;
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_DATE); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (d->loc.block == r->loc.block && d->loc.text_offset == p) {
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
    char session[32], limit[48];
    const clerk_ymd *opening = ga_session_opening(s, r->session);
    const clerk_ymd *next = ga_session_opening(s, r->session + 1);
    if (!opening || !period_after(api, doc, r, &p) ||
        !is_assembly_session(api, doc, r))
        return;
    ordinal_words(r->session, session, sizeof session);
    if (ymd_compare(p.last, *opening) < 0) {
        ymd_format(*opening, limit, sizeof limit);
        api->report_text(ctx, r->loc.block, p.at, p.length, NULL, "%s is before the %s session opened on %s",
                         p.written, session, limit);
    } else if (next && ymd_compare(p.first, *next) >= 0) {
        ymd_format(ymd_day_before(*next), limit, sizeof limit);
        api->report_text(ctx, r->loc.block, p.at, p.length, NULL, "%s is after the %s session closed on %s",
                         p.written, session, limit);
    }
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
