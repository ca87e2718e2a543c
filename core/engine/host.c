#include "engine/host.h"
#include "engine/finding.h"
#include "engine/registry.h"
#include "doc/doc.h"
#include "util/xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *doc_path(const clerk_doc *doc) { return doc->path; }

static const char *doc_source(const clerk_doc *doc, size_t *length)
{
    if (length)
        *length = doc->len;
    return doc->src;
}

static const clerk_masthead *doc_masthead(const clerk_doc *doc) { return &doc->masthead; }

static size_t doc_block_count(const clerk_doc *doc) { return doc->blocks.len; }

static const clerk_block *doc_block_at(const clerk_doc *doc, size_t i)
{
    return i < doc->blocks.len ? doc_block(doc, i) : NULL;
}

static size_t doc_section_count(const clerk_doc *doc) { return doc->sections.len; }

static const clerk_section *doc_section_at(const clerk_doc *doc, size_t i)
{
    return i < doc->sections.len ? doc_section(doc, i) : NULL;
}

static size_t doc_map_offset(const clerk_doc *doc, size_t block, size_t text_offset)
{
    if (block >= doc->blocks.len)
        return doc->len;
    return doc_source_offset(doc, block, text_offset);
}

static size_t doc_entity_count(const clerk_doc *doc, clerk_entity_kind kind)
{
    return (unsigned)kind < CLERK_ENT_KIND_COUNT ? doc->entities[kind].len : 0;
}

static const void *doc_entity(const clerk_doc *doc, clerk_entity_kind kind, size_t i)
{
    if ((unsigned)kind >= CLERK_ENT_KIND_COUNT || i >= doc->entities[kind].len)
        return NULL;
    return vec_at(&doc->entities[kind], i);
}

/* A plugin's bad report is the plugin's bug, not the document's: it becomes
 * a clerk/plugin-error finding naming the rule, and the report is dropped. */
static void plugin_error(clerk_ctx *ctx, const char *what)
{
    findings_add(ctx->findings, 0, 0, CLERK_ERROR, "clerk/plugin-error",
                 xasprintf("rule %s %s; its finding was dropped", ctx->rule_id, what), NULL);
}

static int char_boundary(const clerk_doc *doc, size_t offset)
{
    return offset >= doc->len || ((unsigned char)doc->src[offset] & 0xC0) != 0x80;
}

static void add_report(clerk_ctx *ctx, size_t offset, size_t length, const char *replacement,
                       const char *format, va_list ap)
{
    if (!format) {
        plugin_error(ctx, "reported a null message");
        return;
    }
    if (offset > ctx->doc->len || length > ctx->doc->len - offset) {
        plugin_error(ctx, "reported a span outside the document");
        return;
    }
    /* --fix writes the replacement into the file: it must keep it UTF-8. */
    size_t bad;
    if (replacement && (utf8_validate(replacement, strlen(replacement), &bad) != 0 ||
                        !char_boundary(ctx->doc, offset) || !char_boundary(ctx->doc, offset + length))) {
        plugin_error(ctx, "reported a fix that is not UTF-8 or splits a character");
        return;
    }
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    char *message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    message[0] = '\0';
    if (n > 0)
        vsnprintf(message, (size_t)n + 1, format, ap);
    if (utf8_validate(message, strlen(message), &bad) != 0) {
        char *repaired = utf8_repair(message); /* "%.20s" may cut a character */
        free(message);
        message = repaired;
    }
    findings_add(ctx->findings, offset, length, ctx->severity, ctx->rule_id, message,
                 replacement ? xstrdup(replacement) : NULL);
}

static void report(clerk_ctx *ctx, size_t offset, size_t length, const char *replacement,
                   const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    add_report(ctx, offset, length, replacement, format, ap);
    va_end(ap);
}

static void report_text(clerk_ctx *ctx, size_t block, size_t text_offset, size_t text_length,
                        const char *replacement, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    const clerk_doc *doc = ctx->doc;
    if (block >= doc->blocks.len || text_offset > doc_block(doc, block)->text_length ||
        text_length > doc_block(doc, block)->text_length - text_offset) {
        plugin_error(ctx, "reported a span outside its block");
    } else {
        size_t start = doc_source_start(doc, block, text_offset);
        size_t end = doc_source_offset(doc, block, text_offset + text_length);
        add_report(ctx, start, end > start ? end - start : 0, replacement, format, ap);
    }
    va_end(ap);
}

/* The option as configured, else the default the rule declares. */
static const clerk_option *declared_option(const clerk_ctx *ctx, const char *name)
{
    for (const clerk_option *o = ctx->rule->options; o && o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o;
    return NULL;
}

static json_t *configured_option(const clerk_ctx *ctx, const char *name)
{
    return ctx->options ? json_object_get(ctx->options, name) : NULL;
}

static const char *option_string(clerk_ctx *ctx, const char *name)
{
    json_t *v = configured_option(ctx, name);
    if (json_is_string(v))
        return json_string_value(v);
    const clerk_option *o = declared_option(ctx, name);
    return o ? o->default_value : NULL;
}

static long option_int(clerk_ctx *ctx, const char *name)
{
    json_t *v = configured_option(ctx, name);
    if (json_is_integer(v))
        return (long)json_integer_value(v);
    const clerk_option *o = declared_option(ctx, name);
    return o && o->default_value ? strtol(o->default_value, NULL, 10) : 0;
}

static int option_bool(clerk_ctx *ctx, const char *name)
{
    json_t *v = configured_option(ctx, name);
    if (json_is_boolean(v))
        return json_is_true(v);
    const clerk_option *o = declared_option(ctx, name);
    return o && o->default_value && strcmp(o->default_value, "true") == 0;
}

static void *plugin_state(clerk_ctx *ctx) { return ctx->state; }

static unsigned long rule_run(clerk_ctx *ctx) { return ctx->run; }

static const char *data_dir(const clerk_api *api, size_t index)
{
    const registry *reg = (const registry *)api; /* the table is the registry's first member */
    return index < reg->data_dirs.len ? *(char *const *)vec_at(&reg->data_dirs, index) : NULL;
}

void host_api_init(clerk_api *api)
{
    memset(api, 0, sizeof *api);
    api->size = sizeof *api;
    api->abi_major = CLERK_ABI_MAJOR;
    api->abi_minor = CLERK_ABI_MINOR;
    api->path = doc_path;
    api->source = doc_source;
    api->masthead = doc_masthead;
    api->block_count = doc_block_count;
    api->block = doc_block_at;
    api->section_count = doc_section_count;
    api->section = doc_section_at;
    api->source_offset = doc_map_offset;
    api->entity_count = doc_entity_count;
    api->entity = doc_entity;
    api->report = report;
    api->report_text = report_text;
    api->option_string = option_string;
    api->option_int = option_int;
    api->option_bool = option_bool;
    api->state = plugin_state;
    api->data_dir = data_dir;
    api->run = rule_run;
}
