/* The date entity cited with a resolution or decision ("of 2 December 2004"). */
#include "dates.h"
#include "entities.h"
#include "ymd.h"

static int is_ref_date(const clerk_resolution_ref *ref, const clerk_date *d)
{
    return d->loc.block == ref->loc.block && d->loc.text_offset >= ref->loc.text_offset &&
           ymd_compare(d->ymd, ref->date) == 0;
}

size_t ref_date_index(const clerk_api *api, const clerk_doc *doc, const clerk_resolution_ref *ref)
{
    size_t n = api->entity_count(doc, CLERK_ENT_DATE);
    if (!(ref->flags & CLERK_REF_HAS_DATE))
        return TEXT_NONE;
    if (ref->date_index < n && is_ref_date(ref, clerk_date_at(api, doc, ref->date_index)))
        return ref->date_index;
    /* The nearest date after the citation that says the same day. */
    size_t best = TEXT_NONE;
    for (size_t i = entity_first_in_block(api, doc, CLERK_ENT_DATE, ref->loc.block); i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (d->loc.block != ref->loc.block)
            break;
        if (is_ref_date(ref, d) &&
            (best == TEXT_NONE || d->loc.text_offset < clerk_date_at(api, doc, best)->loc.text_offset))
            best = i;
    }
    return best;
}
