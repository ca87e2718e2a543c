/*
 * dates/chronology: within one sentence, a treaty "signed on A ... entered
 * into force on B" cannot enter into force before it was signed.  A date
 * written "16 January of that year" is read in the year last named, which
 * is how such slips usually arise.
 */
#include "dates.h"
#include "ymd.h"

#include <stdio.h>

/* "6 October 2007"; "16 January of that year (2007)" as written when the
 * year was read from the text before it. */
static void describe(const clerk_api *api, const clerk_doc *doc, const clerk_date *d, char *buf, size_t size)
{
    size_t len;
    const char *t = loc_text(api, doc, &d->loc, &len);
    if (d->flags & CLERK_DATE_YEAR_INFERRED)
        snprintf(buf, size, "%.*s (%d)", (int)d->loc.text_length, t + d->loc.text_offset, d->ymd.year);
    else
        ymd_format(d->ymd, buf, size);
}

void check_chronology(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    date_memo memo = date_memo_of(api, doc, ctx);
    const clerk_date *signed_on = NULL;
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_DATE); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (signed_on && signed_on->loc.block != d->loc.block)
            signed_on = NULL;
        if (!d->ymd.year || !d->ymd.day || d->form == CLERK_DATE_MONTH_YEAR || !ymd_valid(d->ymd) ||
            !memo_is_prose(&memo, i, d))
            continue;
        date_cue cue = memo_cue(&memo, i, d);
        if (cue == CUE_SIGNED) {
            signed_on = d;
            continue;
        }
        if ((cue != CUE_IN_FORCE && cue != CUE_ENTRY) || !signed_on)
            continue;
        size_t len;
        const char *t = loc_text(api, doc, &d->loc, &len);
        if (!same_sentence(t, len, signed_on->loc.text_offset, d->loc.text_offset) ||
            ymd_compare(d->ymd, signed_on->ymd) >= 0)
            continue;
        char force[128], signature[128];
        describe(api, doc, d, force, sizeof force);
        describe(api, doc, signed_on, signature, sizeof signature);
        api->report(ctx, d->loc.offset, d->loc.length, NULL,
                    "the entry into force on %s is before the signature on %s", force, signature);
    }
}
