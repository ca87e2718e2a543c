/*
 * Dates against the document's own date.
 *
 * dates/after-document-date: something the text cites as done ("resolution
 * 59/50 of 2 December 2004", "adopted on", "signed on", "entered into force
 * on", "dated") cannot be later than the text that cites it.  The text's
 * date is the adoption date of a resolution, the date of the letter for the
 * letter itself, and the masthead's date for the rest (an annexed letter is
 * dated before its covering letter's distribution, not before the letter).
 *
 * dates/letter-after-issue: the letter named in the masthead ("Letter dated
 * 14 July 2009 from ...") and the adoption of a resolution come before the
 * document is issued.
 */
#include "dates.h"
#include "ymd.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct bound {
    clerk_ymd date;
    const char *what;
} bound;

/* The letter the document is: the masthead's, or a later "Letter dated"
 * title of the front, since an agenda item can be named after an older
 * letter ("Letter dated 28 February 2014 from ... (S/2014/136)") and come
 * before the document's own title. */
static clerk_ymd letter_date(const clerk_api *api, const clerk_doc *doc)
{
    const clerk_masthead *m = api->masthead(doc);
    clerk_ymd latest = m->letter_date;
    if (!latest.year)
        return latest;
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_DATE); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        size_t len, start;
        const char *t = loc_text(api, doc, &d->loc, &len);
        if (api->section(doc, api->block(doc, d->loc.block)->section)->kind != CLERK_SECTION_FRONT ||
            !date_is_full(d) || cue_before(t, d->loc.text_offset, &start) != CUE_DATED)
            continue;
        if (ymd_compare(d->ymd, latest) > 0 && (!m->date.year || ymd_compare(d->ymd, m->date) <= 0))
            latest = d->ymd;
    }
    return latest;
}

/* The date the text of a block cannot be later than; 0 when unknown.  The
 * block is read only when the letter's date may be the bound. */
static int text_bound(const clerk_api *api, const clerk_doc *doc, size_t block, clerk_ymd letter, bound *b)
{
    const clerk_masthead *m = api->masthead(doc);
    if (m->adoption_date.year) {
        *b = (bound){m->adoption_date, "the date of adoption"};
        return 1;
    }
    if (letter.year && api->section(doc, api->block(doc, block)->section)->kind == CLERK_SECTION_BODY) {
        *b = (bound){letter, "the date of the letter"};
        return 1;
    }
    if (m->date.year) {
        *b = (bound){m->date, "the document's date"};
        return 1;
    }
    return 0;
}

/* The masthead's own dates are dates/letter-after-issue's to check. */
static int in_masthead(const clerk_masthead *m, const clerk_date *d)
{
    size_t at = d->loc.offset;
    return (m->date.year && at == m->date_offset) || (m->letter_date.year && at == m->letter_date_offset) ||
           (m->adoption_date.year && at == m->adoption_date_offset);
}

/* For each date, the resolution or decision cited with it (index + 1), 0 if none. */
static size_t *dates_cited_by_refs(const clerk_api *api, const clerk_doc *doc, size_t dates)
{
    size_t *cited = calloc(dates ? dates : 1, sizeof *cited);
    if (!cited)
        return NULL;
    for (size_t r = 0, n = api->entity_count(doc, CLERK_ENT_RESOLUTION); r < n; r++) {
        size_t d = ref_date_index(api, doc, clerk_resolution_at(api, doc, r));
        if (d != TEXT_NONE)
            cited[d] = r + 1;
    }
    return cited;
}

/* A resolution or decision cited "of" a date after the text's own. */
static void report_late_ref(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const clerk_date *d,
                            const clerk_resolution_ref *ref, const char *what, const char *limit)
{
    const dates_state *st = api->state(ctx);
    clerk_ymd edge;
    /* A date outside the resolution's own session is wrong for a reason
     * dates/resolution-session states better. */
    if (ref->body == CLERK_BODY_GA && ref->session_kind == 0 &&
        session_compare(&st->sessions, ref->session, d->ymd, d->ymd, &edge) != 0)
        return;
    size_t len;
    const char *t = loc_text(api, doc, &ref->loc, &len);
    char date[48];
    date_format_written(d, date, sizeof date);
    api->report(ctx, d->loc.offset, d->loc.length, NULL, "%s %.*s is cited as of %s, after %s (%s)",
                ref_kind_word(ref->kind), (int)ref->loc.text_length, t + ref->loc.text_offset, date, what, limit);
}

/* "adopted on", "signed on", "dated" before a date after the text's own. */
static void report_late_event(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, const clerk_date *d,
                              const char *what, const char *limit)
{
    size_t len, start;
    const char *t = loc_text(api, doc, &d->loc, &len);
    date_cue cue = cue_before(t, d->loc.text_offset, &start);
    if (cue == CUE_NONE || cue == CUE_ENTRY)
        return;
    size_t end = d->loc.text_offset + d->loc.text_length;
    api->report(ctx, d->loc.offset, d->loc.length, NULL, "\"%.*s\" is after %s (%s)", (int)(end - start),
                t + start, what, limit);
}

void check_after_document_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const clerk_masthead *m = api->masthead(doc);
    size_t n = api->entity_count(doc, CLERK_ENT_DATE);
    size_t *cited = dates_cited_by_refs(api, doc, n);
    clerk_ymd letter = letter_date(api, doc);
    if (!cited)
        return;
    date_memo memo = date_memo_of(api, doc, ctx);
    for (size_t i = 0; i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        bound b;
        if (!memo_is_prose(&memo, i, d) || !date_is_full(d) || in_masthead(m, d) ||
            !text_bound(api, doc, d->loc.block, letter, &b) || ymd_compare(d->ymd, b.date) <= 0)
            continue;
        char limit[48];
        ymd_format(b.date, limit, sizeof limit);
        if (cited[i])
            report_late_ref(api, doc, ctx, d, clerk_resolution_at(api, doc, cited[i] - 1), b.what, limit);
        else
            report_late_event(api, doc, ctx, d, b.what, limit);
    }
    free(cited);
}

void check_letter_after_issue(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const clerk_masthead *m = api->masthead(doc);
    if (!m->date.year)
        return;
    char issued[48], date[48];
    ymd_format(m->date, issued, sizeof issued);
    if (m->letter_date.year && ymd_compare(m->letter_date, m->date) > 0) {
        ymd_format(m->letter_date, date, sizeof date);
        api->report(ctx, m->letter_date_offset, m->letter_date_length, NULL,
                    "the letter is dated %s, after the document's date (%s)", date, issued);
    }
    if (m->adoption_date.year && ymd_compare(m->adoption_date, m->date) > 0) {
        ymd_format(m->adoption_date, date, sizeof date);
        api->report(ctx, m->adoption_date_offset, m->adoption_date_length, NULL,
                    "the resolution is adopted on %s, after the document's date (%s)", date, issued);
    }
}
