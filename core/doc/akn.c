/*
 * The Akoma Ntoso (AKN4UN) reader.  libxml2 builds the tree; the blocks come
 * from its paragraphs: the cover page and preface lines, the opening formula
 * and preambular paragraphs, numbered operative paragraphs and their points
 * (<num> is the label), annex headings, table cells, and the authorial notes
 * as footnotes after the rest, as a Markdown rendering would place them.
 *
 * libxml2 gives node line numbers only, so each text node is first located
 * in the source bytes: the nodes come in document order and only markup
 * stands between two of them, so a cursor that skips markup and matches the
 * node's characters (entities decoded) finds each one exactly.  The node
 * keeps its offset in _private, and every character of the plain text then
 * maps to its own bytes in the file.
 *
 * Entities are never expanded (no XML_PARSE_NOENT), no DTD is loaded and no
 * network used; libxml2's default limits bound depth and text size.
 */
#include "doc/xml.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- Locating text nodes in the source ------------------------------- */

static int is_white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int starts(const char *s, size_t n, size_t p, const char *word)
{
    size_t k = strlen(word);
    return p + k <= n && memcmp(s + p, word, k) == 0;
}

/* Offset just past the first occurrence of end at or after p, or n. */
static size_t past(const char *s, size_t n, size_t p, const char *end)
{
    size_t k = strlen(end);
    for (; p + k <= n; p++)
        if (memcmp(s + p, end, k) == 0)
            return p + k;
    return n;
}

static size_t encode_utf8(unsigned long c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The reference at s[p] ('&'): its decoded text in out and the source
 * bytes it takes, or 0 when it is no predefined or character reference
 * (an entity of a DTD, which the tree keeps apart and we skip). */
static size_t decode_reference(const char *s, size_t n, size_t p, char *out, size_t *out_length)
{
    static const struct { const char *name; char c; } predefined[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t i = 0; i < sizeof predefined / sizeof *predefined; i++)
        if (starts(s, n, p, predefined[i].name)) {
            out[0] = predefined[i].c;
            *out_length = 1;
            return strlen(predefined[i].name);
        }
    if (!starts(s, n, p, "&#"))
        return 0;
    int hex = p + 2 < n && s[p + 2] == 'x';
    size_t q = p + 2 + (size_t)hex;
    unsigned long c = 0;
    for (; q < n && s[q] != ';' && q - p < 12; q++) {
        char d = s[q];
        int v = d >= '0' && d <= '9' ? d - '0'
                : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10
                                                                 : -1;
        if (v < 0)
            return 0;
        c = c * (hex ? 16 : 10) + (unsigned long)v;
    }
    if (q >= n || s[q] != ';' || c > 0x10FFFF)
        return 0;
    *out_length = encode_utf8(c, out);
    return q + 1 - p;
}

/* One character unit of text at s[p]: the text it reads as in out, and the
 * source bytes it takes (a reference, or a line ending XML reads as "\n"). */
static size_t text_unit(const char *s, size_t n, size_t p, char *out, size_t *out_length)
{
    if (s[p] == '&')
        return decode_reference(s, n, p, out, out_length);
    *out_length = 1;
    if (s[p] == '\r') {
        out[0] = '\n';
        return p + 1 < n && s[p + 1] == '\n' ? 2 : 1;
    }
    out[0] = s[p];
    return 1;
}

/* The end of the tag, comment, processing instruction or declaration at
 * s[p] ('<'). */
static size_t skip_construct(const char *s, size_t n, size_t p)
{
    if (starts(s, n, p, "<!--"))
        return past(s, n, p + 4, "-->");
    if (starts(s, n, p, "<?"))
        return past(s, n, p + 2, "?>");
    /* A tag or a declaration: quoted values and an internal subset may hold '>'. */
    int depth = 0;
    char quote = 0;
    for (p++; p < n; p++) {
        char c = s[p];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            depth++;
        } else if (c == ']') {
            depth--;
        } else if (c == '>' && depth <= 0) {
            return p + 1;
        }
    }
    return n;
}

/* Skips markup and references to DTD entities from p; stops at text or at
 * a CDATA section. */
static size_t skip_markup(const char *s, size_t n, size_t p)
{
    char unit[4];
    size_t unit_length;
    while (p < n) {
        if (s[p] == '&' && !decode_reference(s, n, p, unit, &unit_length))
            p = past(s, n, p, ";");
        else if (s[p] != '<' || starts(s, n, p, "<![CDATA["))
            return p;
        else
            p = skip_construct(s, n, p);
    }
    return p;
}

/* The start of the root element's tag: past the declaration, comments,
 * the document type and the white space between them, which hold no text
 * node. */
static size_t skip_prolog(const char *s, size_t n, size_t p)
{
    while (p < n) {
        if (is_white(s[p]))
            p++;
        else if (s[p] == '<' && p + 1 < n && (s[p + 1] == '?' || s[p + 1] == '!'))
            p = skip_construct(s, n, p);
        else
            break;
    }
    return p;
}

/* Where the text of node starts at or after *cursor; moves the cursor past
 * it.  Returns -1 when the source does not hold it there. */
static int locate_text(const char *s, size_t n, size_t *cursor, const xmlNode *node,
                       size_t *start)
{
    const char *text = (const char *)node->content;
    size_t p = skip_markup(s, n, *cursor);
    int cdata = node->type == XML_CDATA_SECTION_NODE;
    if (cdata) {
        if (!starts(s, n, p, "<![CDATA["))
            return -1;
        p += 9;
    }
    *start = p;
    for (size_t k = 0; text[k];) {
        char unit[4];
        size_t unit_length = 1, taken;
        if (p >= n)
            return -1;
        if (cdata) {
            unit[0] = s[p];
            taken = 1;
        } else if (!(taken = text_unit(s, n, p, unit, &unit_length))) {
            return -1;
        }
        if (memcmp(text + k, unit, unit_length) != 0)
            return -1;
        k += unit_length;
        p += taken;
    }
    *cursor = cdata ? past(s, n, p, "]]>") : p;
    return 0;
}

/* Records in each text node's _private the offset of its text plus one. */
static int locate_all(const char *s, size_t n, size_t *cursor, xmlNode *node)
{
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            size_t start;
            if (!node->content || locate_text(s, n, cursor, node, &start) != 0)
                return -1;
            node->_private = (void *)(uintptr_t)(start + 1);
        } else if (node->type == XML_ELEMENT_NODE && locate_all(s, n, cursor, node->children) != 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- Building blocks -------------------------------------------------- */

typedef struct akn_reader {
    clerk_doc *doc;
    plain_builder b;
    label_run run;
    const xmlNode *num;   /* a <num> waiting for the paragraph it labels */
    vec notes;            /* const xmlNode *: authorial notes, emitted last */
} akn_reader;

static int ends_blank(const plain_builder *b) { return b->len == 0 || b->text[b->len - 1] == ' '; }

/* One space between words that markup separates (a line break, two
 * paragraphs of a cell, a label and its text), standing for no source
 * bytes, just after those of the text before it. */
static void separate(akn_reader *r)
{
    if (ends_blank(&r->b))
        return;
    const plain_run *last = vec_at(&r->b.runs, r->b.runs.len - 1);
    plain_stand_in(&r->b, " ", 1, last->source_offset + last->source_length, 0);
}

/* Appends a located text node: runs of white space read as one space,
 * references as the characters they stand for. */
static void append_text(akn_reader *r, const xmlNode *node)
{
    const char *s = r->doc->src;
    size_t n = r->doc->len;
    size_t p = (size_t)(uintptr_t)node->_private - 1;
    if (node->type == XML_CDATA_SECTION_NODE) {
        plain_copy(&r->b, s + p, strlen((const char *)node->content), p);
        return;
    }
    const char *text = (const char *)node->content;
    for (size_t k = 0; text[k];) {
        if (is_white(text[k])) {
            size_t from = p;
            size_t units = 0;
            while (text[k] && is_white(text[k])) {
                char unit[4];
                size_t unit_length;
                p += text_unit(s, n, p, unit, &unit_length);
                k += unit_length;
                units++;
            }
            if (ends_blank(&r->b))
                continue;
            if (units == 1 && s[from] == ' ')
                plain_copy(&r->b, " ", 1, from);
            else
                plain_stand_in(&r->b, " ", 1, from, p - from);
            continue;
        }
        if (s[p] == '&') {
            char unit[4];
            size_t unit_length;
            size_t taken = text_unit(s, n, p, unit, &unit_length);
            plain_stand_in(&r->b, unit, unit_length, p, taken);
            p += taken;
            k += unit_length;
            continue;
        }
        size_t from = p;
        while (text[k] && !is_white(text[k]) && s[p] != '&') {
            p++;
            k++;
        }
        plain_copy(&r->b, s + from, p - from, from);
    }
}

/* The emphasis an inline element marks: <i>, <b>, <u>, or the words of a
 * span's class ("bold italic"). */
static unsigned emphasis_of(const xmlNode *node)
{
    if (xml_named(node, "i"))
        return CLERK_EMPH_ITALIC;
    if (xml_named(node, "b"))
        return CLERK_EMPH_BOLD;
    if (xml_named(node, "u"))
        return CLERK_EMPH_UNDERLINE;
    if (!xml_named(node, "span"))
        return 0;
    static const struct { const char *word; unsigned kind; } classes[] = {
        {"italic", CLERK_EMPH_ITALIC}, {"bold", CLERK_EMPH_BOLD},
        {"underline", CLERK_EMPH_UNDERLINE}};
    xmlChar *value = xmlGetProp(node, (const xmlChar *)"class");
    unsigned kind = 0;
    for (const char *w = (const char *)value; w && *w;) {
        size_t n = strcspn(w, " \t\n\r");
        for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
            if (n == strlen(classes[i].word) && memcmp(w, classes[i].word, n) == 0)
                kind |= classes[i].kind;
        w += n;
        w += strspn(w, " \t\n\r");
    }
    xmlFree(value);
    return kind;
}

static int is_paragraph(const xmlNode *node)
{
    static const char *const names[] = {"p", "heading", "subheading", "listIntroduction",
                                        "listWrapUp", "td", "th"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (xml_named(node, names[i]))
            return 1;
    return 0;
}

/* The text of the nodes under parent, into the builder. */
static void read_inline(akn_reader *r, const xmlNode *parent)
{
    for (const xmlNode *node = parent->children; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            append_text(r, node);
        } else if (node->type != XML_ELEMENT_NODE) {
            continue;
        } else if (xml_named(node, "authorialNote")) {
            *(const xmlNode **)vec_push(&r->notes) = node;
        } else if (xml_named(node, "eol") || xml_named(node, "br") || is_paragraph(node)) {
            separate(r);
            read_inline(r, node);
        } else {
            unsigned kind = emphasis_of(node);
            size_t start = r->b.len;
            plain_open(&r->b);
            read_inline(r, node);
            if (kind)
                plain_emphasis(&r->b, start, r->b.len, kind);
        }
    }
}

/* A paragraph element: its <num> first when one waits for it. */
static void read_paragraph(akn_reader *r, const xmlNode *node)
{
    plain_clear(&r->b);
    clerk_block shape = {0};
    shape.kind = xml_named(node, "td") || xml_named(node, "th") ? CLERK_BLOCK_TABLE_CELL
                                                         : CLERK_BLOCK_PARAGRAPH;
    if (r->num && shape.kind == CLERK_BLOCK_PARAGRAPH) {
        read_inline(r, r->num);
        separate(r);
    }
    read_inline(r, node);
    xml_emit(r->doc, &r->b, &r->run, shape);
    r->num = NULL;
}

static void read_blocks(akn_reader *r, const xmlNode *parent)
{
    for (const xmlNode *node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE || xml_named(node, "meta"))
            continue;
        if (xml_named(node, "authorialNote"))
            *(const xmlNode **)vec_push(&r->notes) = node;
        else if (xml_named(node, "num"))
            r->num = node;
        else if (is_paragraph(node))
            read_paragraph(r, node);
        else
            read_blocks(r, node);
    }
}

/* Authorial notes, in the order met: footnotes labelled by their marker.
 * A note inside a note joins the list while it is read. */
static void read_notes(akn_reader *r)
{
    for (size_t i = 0; i < r->notes.len; i++) {
        const xmlNode *note = *(const xmlNode **)vec_at(&r->notes, i);
        plain_clear(&r->b);
        read_inline(r, note);
        clerk_block shape = {0};
        shape.kind = CLERK_BLOCK_FOOTNOTE;
        xmlChar *marker = xmlGetProp(note, (const xmlChar *)"marker");
        const char *label = marker ? (const char *)marker : "";
        shape.label = arena_strdup(&r->doc->arena, label);
        size_t k = 0;
        while (label[k] >= '0' && label[k] <= '9' && k < 9)
            shape.number = shape.number * 10 + (label[k++] - '0');
        if (k > 0 && label[k] == '\0')
            shape.label_style = CLERK_LABEL_ARABIC;
        else
            shape.number = 0;
        xmlFree(marker);
        xml_emit(r->doc, &r->b, &r->run, shape);
    }
}

int akn_read(clerk_doc *doc, size_t start, char *err, size_t err_size)
{
    xmlDocPtr tree = xml_parse(doc->src + start, doc->len - start, NULL, err, err_size);
    if (!tree)
        return -1;
    int rc = -1;
    xmlNode *root = xmlDocGetRootElement(tree);
    size_t cursor = skip_prolog(doc->src, doc->len, start);
    if (!xml_named(root, "akomaNtoso")) {
        snprintf(err, err_size, "not an Akoma Ntoso document (the root element is <%s>)",
                 root ? (const char *)root->name : "");
    } else if (locate_all(doc->src, doc->len, &cursor, root) != 0) {
        snprintf(err, err_size, "XML text not found in the source");
    } else {
        akn_reader r = {.doc = doc};
        plain_init(&r.b);
        vec_init(&r.notes, sizeof(const xmlNode *));
        read_blocks(&r, root);
        read_notes(&r);
        vec_free(&r.notes);
        plain_free(&r.b);
        rc = 0;
    }
    xmlFreeDoc(tree);
    return rc;
}
