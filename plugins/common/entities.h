/* Finding a block's entities without reading all the document's. */
#ifndef CLERK_PLUGIN_ENTITIES_H
#define CLERK_PLUGIN_ENTITIES_H

#include "clerk/plugin.h"

/* The index of the first entity of `kind` in `block` or a later block, by
 * binary search (entities come in the order of their blocks); the count
 * when there is none. */
size_t entity_first_in_block(const clerk_api *api, const clerk_doc *doc, clerk_entity_kind kind,
                             size_t block);

#endif
