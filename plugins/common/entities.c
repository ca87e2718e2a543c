#include "entities.h"

size_t entity_first_in_block(const clerk_api *api, const clerk_doc *doc, clerk_entity_kind kind,
                             size_t block)
{
    size_t lo = 0, hi = api->entity_count(doc, kind);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const clerk_loc *loc = api->entity(doc, kind, mid); /* each entity begins with it */
        if (loc->block < block)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
