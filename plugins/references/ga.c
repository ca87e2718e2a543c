/*
 * General Assembly citations against its sessions: a session that had not
 * opened at the document's date (references/ga-future-session) and the form
 * of the era the resolution belongs to (references/ga-era-format).
 *
 * Until 1975 the Assembly numbered its resolutions in one series with the
 * session in roman numerals, "1514 (XV)", special and emergency special
 * sessions included ("3201 (S-VI)", "2252 (ES-V)"); from the thirty-first
 * session, the eighth special and the sixth emergency special session on,
 * each session numbers its own: "31/1", "S-8/1", "ES-6/1".
 */
#include "references.h"
#include "ymd.h"

#include <stdio.h>

static const char *kind_word(const clerk_resolution_ref *r)
{
    return r->kind == CLERK_REF_DECISION ? "decision" : "resolution";
}

/* The opening of a session; *later set when the session is past the table,
 * so that it opened after the date returned (the last opening known). */
static const clerk_ymd *session_opening(const references_state *st, int kind, int session,
                                        int *later)
{
    *later = 0;
    if (kind == SESSION_REGULAR) {
        const clerk_ymd *opening = ga_session_opening(&st->sessions, session);
        if (opening || session < st->sessions.count)
            return opening;
        *later = 1;
        return ga_session_opening(&st->sessions, st->sessions.count - 1);
    }
    const special_session *found = special_session_find(&st->specials, kind, session);
    if (found)
        return &found->start;
    const special_session *last = NULL;
    for (size_t i = 0; i < st->specials.count; i++)
        if (st->specials.items[i].kind == kind &&
            (!last || st->specials.items[i].session > last->session))
            last = &st->specials.items[i];
    *later = last && session > last->session;
    return *later ? &last->start : NULL;
}

void check_ga_future_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const references_state *st = api->state(ctx);
    clerk_ymd doc_date = document_date(api, doc);
    if (!doc_date.year)
        return;
    char when[32], opened[32], label[16];
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        if (!is_ga_citation(r))
            continue;
        /* dated on or before the document: the date says it existed, so the
         * session is another body's (or the date is wrong: dates/ checks it) */
        if ((r->flags & CLERK_REF_HAS_DATE) && r->date.year && !after_document(r->date, doc_date))
            continue;
        int later;
        const clerk_ymd *opening = session_opening(st, r->session_kind, r->session, &later);
        if (!opening)
            continue;
        /* a session past the table opened after the last opening it knows */
        int future = later ? !after_document(doc_date, *opening) : after_document(*opening, doc_date);
        if (!future)
            continue;
        char cited[64];
        source_text(api, doc, r->loc.offset, r->loc.length, cited, sizeof cited);
        session_label(r->session_kind, r->session, 0, label, sizeof label);
        ymd_format(doc_date, when, sizeof when);
        if (later) {
            api->report(ctx, r->loc.offset, r->loc.length, NULL,
                        "General Assembly %s %s is of session %s, which had not opened at the "
                        "date of this document (%s)", kind_word(r), cited, label, when);
            continue;
        }
        ymd_format(*opening, opened, sizeof opened);
        api->report(ctx, r->loc.offset, r->loc.length, NULL,
                    "General Assembly %s %s is of session %s, which opened on %s, after the date "
                    "of this document (%s)", kind_word(r), cited, label, opened, when);
    }
}

/* Whether the session numbers its own resolutions ("31/1"); -1 when the
 * tables do not know the session. */
static int numbered_in_session(const references_state *st, int kind, int session)
{
    if (kind == SESSION_REGULAR)
        return session >= st->ga_numbered_by_session_from;
    const special_session *s = special_session_find(&st->specials, kind, session);
    return s ? s->numbered_in_session : -1;
}

/* "1514 A (XV)" for a citation written "15/1514 A". */
static void series_form(const clerk_resolution_ref *r, char *buf, size_t size)
{
    char label[16];
    session_label(r->session_kind, r->session, 1, label, sizeof label);
    snprintf(buf, size, "%d%s%s (%s)", r->number, r->parts[0] ? " " : "", r->parts, label);
}

/* Other bodies number by session too ("Human Rights Council resolution
 * 16/21", "UN-Habitat resolution 21/3") and some used roman numerals
 * ("resolution 542 (LXXIII) of the African Commission"), so a citation is
 * held to the Assembly's forms only when its words name the Assembly, or,
 * in roman figures, when it is the document's "its resolution". */
static int surely_assembly(const clerk_resolution_ref *r)
{
    return (r->flags & CLERK_REF_BODY_EXPLICIT) ||
           (r->form == CLERK_FORM_ROMAN && (r->flags & CLERK_REF_OWN));
}

static void check_era(const clerk_api *api, clerk_ctx *ctx, const references_state *st,
                      const clerk_resolution_ref *r)
{
    if (!surely_assembly(r))
        return;
    int own = numbered_in_session(st, r->session_kind, r->session);
    char label[16], right[48];
    if (r->form == CLERK_FORM_SLASH && own == 0) {
        session_label(r->session_kind, r->session, 0, label, sizeof label);
        series_form(r, right, sizeof right);
        api->report(ctx, r->loc.offset, r->loc.length, right,
                    "resolutions of session %s were numbered in the series of 1946-1975 and are "
                    "cited as \"%s\"", label, right);
    } else if (r->form == CLERK_FORM_ROMAN && own == 1) {
        session_label(r->session_kind, r->session, 0, label, sizeof label);
        api->report(ctx, r->loc.offset, r->loc.length, NULL,
                    "resolutions of session %s are numbered within the session (\"%s/1\", "
                    "\"%s/2\" ...), not in the series with a roman numeral", label, label, label);
    } else if (r->form == CLERK_FORM_ROMAN) {
        const register_row *known = register_ga_series(&st->record, r->number);
        if (!known || (known->session_kind == r->session_kind && known->session == r->session))
            return;
        session_label(known->session_kind, known->session, 1, label, sizeof label);
        char fix[24];
        snprintf(fix, sizeof fix, "(%s)", label);
        api->report(ctx, r->year_offset, r->year_length, r->year_length ? fix : NULL,
                    "resolution %d was adopted at session %s, not the one its numeral names",
                    r->number, label);
    }
}

void check_ga_era_format(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const references_state *st = api->state(ctx);
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); i < n; i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        if (is_ga_citation(r) && r->kind == CLERK_REF_RESOLUTION)
            check_era(api, ctx, st, r);
    }
}
