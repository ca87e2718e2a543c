#include "engine/fingerprint.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#define EMPTY_SPAN_CONTEXT 32

uint64_t fnv1a(const void *data, size_t len, uint64_t h)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= UINT64_C(0x100000001b3);
    }
    return h;
}

static const char *section_kind_name(clerk_section_kind kind)
{
    switch (kind) {
    case CLERK_SECTION_FRONT: return "front";
    case CLERK_SECTION_BODY: return "body";
    case CLERK_SECTION_ANNEX: return "annex";
    case CLERK_SECTION_ENCLOSURE: return "enclosure";
    case CLERK_SECTION_APPENDIX: return "appendix";
    case CLERK_SECTION_FOOTNOTES: return "footnotes";
    }
    return "document";
}

/* The innermost block holding offset; -1 when it falls between blocks. */
static long block_holding(const clerk_doc *doc, size_t offset)
{
    long best = -1;
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const clerk_block *b = doc_block(doc, i);
        if (b->offset <= offset && offset < b->offset + b->length &&
            (best < 0 || b->length < doc_block(doc, (size_t)best)->length))
            best = (long)i;
    }
    return best;
}

static long section_holding(const clerk_doc *doc, size_t offset)
{
    for (size_t i = 0; i < doc->sections.len; i++) {
        const clerk_section *s = doc_section(doc, i);
        if (s->offset <= offset && offset < s->offset + s->length)
            return (long)i;
    }
    return -1;
}

static char *anchor_of(const clerk_doc *doc, size_t offset)
{
    strbuf sb = STRBUF_INIT;
    long block = block_holding(doc, offset);
    long section = block >= 0 ? (long)doc_block(doc, (size_t)block)->section
                              : section_holding(doc, offset);
    if (section < 0 || (size_t)section >= doc->sections.len) {
        sb_puts(&sb, "document");
        return sb.data;
    }
    const clerk_section *s = doc_section(doc, (size_t)section);
    sb_puts(&sb, section_kind_name(s->kind));
    if (s->label && *s->label)
        sb_printf(&sb, " %s", s->label);
    if (block < 0)
        return sb.data;
    /* The numbered paragraph at or before the block, in its section. */
    int paragraph = 0;
    for (long i = block; i >= (long)s->first_block && !paragraph; i--) {
        const clerk_block *b = doc_block(doc, (size_t)i);
        if (b->section == (size_t)section && b->label_style == CLERK_LABEL_ARABIC)
            paragraph = b->number;
    }
    const clerk_block *own = doc_block(doc, (size_t)block);
    int lettered = own->label_style == CLERK_LABEL_LETTER || own->label_style == CLERK_LABEL_ROMAN;
    if (paragraph || lettered)
        sb_puts(&sb, " #");
    if (paragraph)
        sb_printf(&sb, "%d", paragraph);
    if (lettered)
        sb_printf(&sb, "(%s)", own->label);
    return sb.data;
}

static int is_white(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Runs of white space (a no-break space among it) made one space, none at the ends. */
static char *normalise(const char *p, size_t n)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        size_t w = is_white((unsigned char)p[i]) ? 1
                   : (i + 1 < n && (unsigned char)p[i] == 0xC2 && (unsigned char)p[i + 1] == 0xA0) ? 2
                                                                                                 : 0;
        if (w) {
            space = 1;
            i += w - 1;
            continue;
        }
        if (space && sb.len)
            sb_add(&sb, " ", 1);
        space = 0;
        sb_add(&sb, p + i, 1);
    }
    return sb.data;
}

static char *matched_text(const clerk_doc *doc, const finding *f)
{
    size_t start = f->offset < doc->len ? f->offset : doc->len, n = f->length;
    if (start + n > doc->len)
        n = doc->len - start;
    if (n == 0) {
        while (start + n < doc->len && n < EMPTY_SPAN_CONTEXT && doc->src[start + n] != '\n' &&
               doc->src[start + n] != '\r')
            n++;
        while (n > 0 && start + n < doc->len && ((unsigned char)doc->src[start + n] & 0xC0) == 0x80)
            n--; /* not in the middle of a character */
    }
    return normalise(doc->src + start, n);
}

void fingerprint_of(const clerk_doc *doc, const finding *f, fingerprint *out)
{
    out->anchor = anchor_of(doc, f->offset);
    out->text = matched_text(doc, f);
    uint64_t h = fnv1a(f->rule, strlen(f->rule) + 1, FNV_OFFSET);
    h = fnv1a(out->anchor, strlen(out->anchor) + 1, h);
    h = fnv1a(out->text, strlen(out->text) + 1, h);
    snprintf(out->hash, sizeof out->hash, "%016" PRIx64, h);
}

void fingerprint_free(fingerprint *fp)
{
    free(fp->anchor);
    free(fp->text);
}
