/*
 * Scopes: the parts of a document a pack rule applies to, read from the
 * blocks' kinds and roles.
 */
#include "packs/internal.h"

#include <string.h>

static const struct {
    const char *name;
    unsigned scope;
} scopes[] = {
    {"masthead", SCOPE_MASTHEAD},     {"heading", SCOPE_HEADING},
    {"paragraph", SCOPE_PARAGRAPH},   {"preambular", SCOPE_PREAMBULAR},
    {"operative", SCOPE_OPERATIVE},   {"footnote", SCOPE_FOOTNOTE},
    {"table", SCOPE_TABLE},           {"any", SCOPE_ANY},
};

const char scope_names[] =
    "masthead, heading, paragraph, preambular, operative, footnote, table or any";

unsigned scope_parse(const char *name)
{
    for (size_t i = 0; i < sizeof scopes / sizeof scopes[0]; i++)
        if (strcmp(scopes[i].name, name) == 0)
            return scopes[i].scope;
    return 0;
}

unsigned block_scopes(const clerk_doc *doc, size_t i)
{
    const clerk_block *b = doc_block(doc, i);
    if (b->kind == CLERK_BLOCK_COMMENT || b->kind == CLERK_BLOCK_CODE || b->kind == CLERK_BLOCK_RULE)
        return 0;
    const clerk_section *sec = b->section < doc->sections.len ? doc_section(doc, b->section) : NULL;
    unsigned s = SCOPE_ANY;
    if (b->role == CLERK_ROLE_MASTHEAD)
        s |= SCOPE_MASTHEAD;
    if (b->kind == CLERK_BLOCK_HEADING || b->role == CLERK_ROLE_TITLE)
        s |= SCOPE_HEADING;
    if (b->kind == CLERK_BLOCK_FOOTNOTE || (sec && sec->kind == CLERK_SECTION_FOOTNOTES))
        s |= SCOPE_FOOTNOTE;
    else if ((b->kind == CLERK_BLOCK_PARAGRAPH || b->kind == CLERK_BLOCK_LIST_ITEM) &&
             b->role != CLERK_ROLE_MASTHEAD && b->role != CLERK_ROLE_TITLE)
        s |= SCOPE_PARAGRAPH;
    if (b->kind == CLERK_BLOCK_TABLE_CELL)
        s |= SCOPE_TABLE;
    if (b->role == CLERK_ROLE_PREAMBULAR)
        s |= SCOPE_PREAMBULAR;
    if (b->role == CLERK_ROLE_OPERATIVE ||
        (b->role == CLERK_ROLE_SUBPARAGRAPH && sec && sec->is_resolution))
        s |= SCOPE_OPERATIVE;
    return s;
}
