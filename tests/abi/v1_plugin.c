/*
 * A plugin built against the frozen version-1 header (tests/abi/v1), never
 * against the current one.  It uses every member of the version-1 ABI: the
 * descriptor with options, examples, init and fini; each document and
 * entity accessor; both ways of reporting, with and without a fix; the
 * option getters, its state and the data folders.  Each rule reports what it
 * read, so the expected findings show that a newer host still hands a
 * version-1 plugin the same data at the same places.
 */
#include "clerk/plugin.h"

#include <stdlib.h>
#include <string.h>

#if CLERK_ABI_MAJOR != 1 || CLERK_ABI_MINOR != 0
#error "built against a header other than the frozen version 1.0"
#endif

typedef struct plugin_state {
    char greeting[32];
    int has_data_dir;
} plugin_state;

static int init(const clerk_api *api, void **state, char *error, size_t error_size)
{
    if (api->abi_major != 1 || !CLERK_API_HAS(api, data_dir)) {
        strncpy(error, "the host's table lacks version-1 members", error_size - 1);
        error[error_size - 1] = '\0';
        return -1;
    }
    plugin_state *s = calloc(1, sizeof *s);
    if (!s)
        return -1;
    strcpy(s->greeting, "state from init");
    s->has_data_dir = api->data_dir(api, 0) != NULL;
    *state = s;
    return 0;
}

static void fini(void *state) { free(state); }

static void check_masthead(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const clerk_masthead *m = api->masthead(doc);
    size_t length;
    const char *source = api->source(doc, &length);
    const char *path = api->path(doc), *name = strrchr(path, '/');
    if (!m->symbol[0] || m->symbol_offset + m->symbol_length > length)
        return;
    api->report(ctx, m->symbol_offset, m->symbol_length, NULL,
                "symbol %.*s (%s), body %d, session %d, dated %04d-%02d-%02d, in %s",
                (int)m->symbol_length, source + m->symbol_offset, m->symbol, (int)m->body, m->session,
                m->date.year, m->date.month, m->date.day, name ? name + 1 : path);
}

static void check_operative(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t i = 0; i < api->block_count(doc); i++) {
        const clerk_block *b = api->block(doc, i);
        if (b->role != CLERK_ROLE_OPERATIVE)
            continue;
        const clerk_section *s = b->section < api->section_count(doc) ? api->section(doc, b->section) : NULL;
        api->report_text(ctx, i, 0, b->lead_length, NULL, "operative %d (label \"%s\") %s: \"%.*s\"",
                         b->number, b->label, s && s->is_resolution ? "of a resolution" : "astray",
                         (int)b->lead_length, b->text);
    }
}

static void check_entities(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    for (size_t i = 0; i < api->entity_count(doc, CLERK_ENT_DATE); i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        int placed = api->source_offset(doc, d->loc.block, d->loc.text_offset) == d->loc.offset;
        api->report(ctx, d->loc.offset, d->loc.length, NULL, "date %04d-%02d-%02d, form %d, %s",
                    d->ymd.year, d->ymd.month, d->ymd.day, (int)d->form,
                    placed ? "where its block says" : "astray");
    }
    for (size_t i = 0; i < api->entity_count(doc, CLERK_ENT_RESOLUTION); i++) {
        const clerk_resolution_ref *r = clerk_resolution_at(api, doc, i);
        api->report(ctx, r->loc.offset, r->loc.length, NULL, "resolution %d/%d of body %d", r->session,
                    r->number, (int)r->body);
    }
    for (size_t i = 0; i < api->entity_count(doc, CLERK_ENT_RULE); i++) {
        const clerk_rule_cite *r = clerk_rule_cite_at(api, doc, i);
        api->report(ctx, r->loc.offset, r->loc.length, NULL, "rule %d", r->rule);
    }
    for (size_t i = 0; i < api->entity_count(doc, CLERK_ENT_CHARTER); i++) {
        const clerk_charter_cite *c = clerk_charter_at(api, doc, i);
        api->report(ctx, c->loc.offset, c->loc.length, NULL, "Charter Article %d", c->article);
    }
    for (size_t i = 0; i < api->entity_count(doc, CLERK_ENT_SESSION); i++) {
        const clerk_session_ref *s = clerk_session_at(api, doc, i);
        api->report(ctx, s->loc.offset, s->loc.length, NULL, "session %d", s->session);
    }
    /* Symbols and cross-references: counted, so a past-the-end index is
     * tried too (NULL, not a crash).  Version 1 promised a NUL after every
     * block text. */
    size_t unterminated = 0;
    for (size_t i = 0; i < api->block_count(doc); i++)
        unterminated += strlen(api->block(doc, i)->text) != api->block(doc, i)->text_length;
    api->report(ctx, 0, 0, NULL, "%zu symbols, %zu cross-references, past the end %s; %zu of %zu texts unterminated",
                api->entity_count(doc, CLERK_ENT_SYMBOL), api->entity_count(doc, CLERK_ENT_XREF),
                clerk_symbol_at(api, doc, 1000) || clerk_xref_at(api, doc, 1000) ? "found" : "NULL",
                unterminated, api->block_count(doc));
}

/* Options and state: reported at the first byte, the word option as the fix. */
static void check_options(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const plugin_state *s = api->state(ctx);
    size_t length;
    api->source(doc, &length);
    if (!length)
        return;
    api->report(ctx, 0, 1, api->option_string(ctx, "word"), "word %s, limit %ld, strict %d; %s, data %d",
                api->option_string(ctx, "word"), api->option_int(ctx, "limit"),
                api->option_bool(ctx, "strict"), s->greeting, s->has_data_dir);
}

static const clerk_option options[] = {
    {"word", "string", "Resolves", "a word"},
    {"limit", "int", "3", "a number"},
    {"strict", "bool", "false", "a switch"},
    {NULL, NULL, NULL, NULL},
};

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

static const clerk_rule rules[] = {
    {"masthead", "Reports the masthead's symbol, body, session and date", CLERK_INFO, check_masthead,
     NULL, NULL, DOCS("No masthead here.\n"), DOCS("United Nations\n\nA/64/142\n\nGeneral Assembly\n")},
    {"operative", "Reports each operative paragraph's number and lead", CLERK_WARNING, check_operative,
     "Reads blocks, sections and the source map.", NULL, DOCS("A paragraph.\n"),
     DOCS("The General Assembly,\n\n1. *Decides* to meet;\n")},
    {"entities", "Reports the entities extracted", CLERK_INFO, check_entities, NULL, NULL, NULL,
     DOCS("Held on 14 July 2009.\n")},
    {"options", "Reports its options and state", CLERK_ERROR, check_options, NULL, options,
     DOCS(""), DOCS("Text.\n")},
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "abi-v1",
    .version = "1.0.0",
    .summary = "Built against the frozen version-1 header",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
    .init = init,
    .fini = fini,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
