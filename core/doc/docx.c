/*
 * The Word (.docx) reader.  A .docx is a zip of XML parts; the text is in
 * word/document.xml, the footnotes in word/footnotes.xml and the automatic
 * numbering ("1.", "(a)" that Word draws but nobody typed) in
 * word/numbering.xml.
 *
 * A .docx has no lines, so the document's source becomes the text the
 * reader finds, one line per paragraph of the body (a table cell is one
 * line, its paragraphs joined), automatic numbers typed in front, after
 * the paragraphs of the first page's header (the masthead), then one line
 * per footnote.  A position is then "paragraph 12, character 40": the
 * line and column of that text.  Tracked changes read as accepted: inserted
 * runs are in, deleted ones out.
 *
 * Parts are read through libzip with a bound on their uncompressed size,
 * whatever their headers claim, and parsed as the AKN reader parses XML.
 */
#include "doc/xml.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libzip's functions, called through the table libs.c fills. */
#define zip_source_buffer_create zip_lib.zip_source_buffer_create
#define zip_source_free zip_lib.zip_source_free
#define zip_open_from_source zip_lib.zip_open_from_source
#define zip_close zip_lib.zip_close
#define zip_fopen zip_lib.zip_fopen
#define zip_fread zip_lib.zip_fread
#define zip_fclose zip_lib.zip_fclose
#define zip_get_error zip_lib.zip_get_error
#define zip_error_init zip_lib.zip_error_init
#define zip_error_fini zip_lib.zip_error_fini
#define zip_error_code_zip zip_lib.zip_error_code_zip
#define zip_error_strerror zip_lib.zip_error_strerror
#define zip_strerror zip_lib.zip_strerror
#define zip_file_strerror zip_lib.zip_file_strerror

/* The largest part read: far above the document.xml of any real document,
 * and a bound on what a zip bomb can make us hold. */
#define DOCX_PART_MAX ((size_t)64 << 20)

/* ---- Parts of the archive ---------------------------------------------- */

/* Reads the part called name.  Returns 1 when read, 0 when the archive has
 * none, -1 on error (the cause in err). */
static int read_part(zip_t *zip, const char *name, char **out, size_t *out_length, char *err,
                     size_t err_size)
{
    zip_file_t *f = zip_fopen(zip, name, 0);
    if (!f) {
        if (zip_error_code_zip(zip_get_error(zip)) == ZIP_ER_NOENT)
            return 0;
        snprintf(err, err_size, "%s: %s", name, zip_strerror(zip));
        return -1;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (cap - len < 4096)
            buf = xrealloc(buf, cap *= 2);
        zip_int64_t got = zip_fread(f, buf + len, cap - len);
        if (got < 0) {
            snprintf(err, err_size, "%s: %s", name, zip_file_strerror(f));
            break;
        }
        if (got == 0) {
            zip_fclose(f);
            *out = buf;
            *out_length = len;
            return 1;
        }
        len += (size_t)got;
        if (len > DOCX_PART_MAX) {
            snprintf(err, err_size, "%s is too large (over %zu MiB uncompressed)", name,
                     DOCX_PART_MAX >> 20);
            break;
        }
    }
    zip_fclose(f);
    free(buf);
    return -1;
}

/* Reads and parses a part; *tree stays NULL when the archive has none. */
static int parse_part(zip_t *zip, const char *name, xmlDocPtr *tree, char *err, size_t err_size)
{
    char *buf;
    size_t len;
    *tree = NULL;
    int rc = read_part(zip, name, &buf, &len, err, err_size);
    if (rc <= 0)
        return rc;
    *tree = xml_parse(buf, len, name, err, err_size);
    free(buf);
    return *tree ? 1 : -1;
}

/* ---- Automatic numbering ---------------------------------------------- */

#define LEVELS 9

typedef struct num_level {
    char format[16];   /* "decimal", "lowerLetter", "bullet" ... */
    char text[32];     /* "%1.", "(%2)" */
    int start;
} num_level;

/* An abstract numbering: the levels, and the counters the lists drawn from
 * it share. */
typedef struct num_abstract {
    int id;
    num_level levels[LEVELS];
    int count[LEVELS];
    int started[LEVELS];
} num_abstract;

/* A list: an abstract numbering, and the levels it restarts ("restart
 * numbering" in Word), which take effect where the list is first used. */
typedef struct num_instance {
    int id, abstract_id;
    int restart[LEVELS];  /* the value to start from; 0 when not restarted */
    int used;
} num_instance;

/* A paragraph style's numbering, for paragraphs numbered by their style. */
typedef struct num_style {
    char id[64], based_on[64];
    int num_id, level;  /* -1 when the style does not say */
} num_style;

typedef struct numbering {
    vec abstracts;  /* num_abstract */
    vec instances;  /* num_instance */
    vec styles;     /* num_style */
} numbering;

/* The attribute w:name of node as an int, or fallback. */
static int int_attribute(const xmlNode *node, const char *name, int fallback)
{
    xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
    int n = v ? atoi((const char *)v) : fallback;
    xmlFree(v);
    return n;
}

/* The w:val attribute of node's child called name, copied into out. */
static int child_value(const xmlNode *node, const char *name, char *out, size_t size)
{
    for (const xmlNode *c = node ? node->children : NULL; c; c = c->next) {
        if (!xml_named(c, name))
            continue;
        xmlChar *v = xmlGetProp(c, (const xmlChar *)"val");
        snprintf(out, size, "%s", v ? (const char *)v : "");
        xmlFree(v);
        return 1;
    }
    return 0;
}

static const xmlNode *child(const xmlNode *node, const char *name)
{
    for (const xmlNode *c = node ? node->children : NULL; c; c = c->next)
        if (xml_named(c, name))
            return c;
    return NULL;
}

static void numbering_read(numbering *n, const xmlDocPtr tree)
{
    vec_init(&n->abstracts, sizeof(num_abstract));
    vec_init(&n->instances, sizeof(num_instance));
    const xmlNode *root = tree ? xmlDocGetRootElement(tree) : NULL;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (xml_named(c, "abstractNum")) {
            num_abstract *a = vec_push(&n->abstracts);
            memset(a, 0, sizeof *a);
            a->id = int_attribute(c, "abstractNumId", -1);
            for (const xmlNode *l = c->children; l; l = l->next) {
                int level = xml_named(l, "lvl") ? int_attribute(l, "ilvl", -1) : -1;
                if (level < 0 || level >= LEVELS)
                    continue;
                num_level *v = &a->levels[level];
                char start[16] = "1";
                child_value(l, "start", start, sizeof start);
                v->start = atoi(start);
                child_value(l, "numFmt", v->format, sizeof v->format);
                child_value(l, "lvlText", v->text, sizeof v->text);
            }
        } else if (xml_named(c, "num")) {
            num_instance *i = vec_push(&n->instances);
            i->id = int_attribute(c, "numId", -1);
            char abstract[16] = "-1";
            child_value(c, "abstractNumId", abstract, sizeof abstract);
            i->abstract_id = atoi(abstract);
            memset(i->restart, 0, sizeof i->restart);
            i->used = 0;
            for (const xmlNode *o = c->children; o; o = o->next) {
                int level = xml_named(o, "lvlOverride") ? int_attribute(o, "ilvl", -1) : -1;
                char start[16];
                if (level >= 0 && level < LEVELS &&
                    child_value(o, "startOverride", start, sizeof start))
                    i->restart[level] = atoi(start) > 0 ? atoi(start) : 1;
            }
        }
    }
}

static void styles_read(numbering *n, const xmlDocPtr tree)
{
    vec_init(&n->styles, sizeof(num_style));
    const xmlNode *root = tree ? xmlDocGetRootElement(tree) : NULL;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!xml_named(c, "style"))
            continue;
        num_style *st = vec_push(&n->styles);
        xmlChar *id = xmlGetProp(c, (const xmlChar *)"styleId");
        snprintf(st->id, sizeof st->id, "%s", id ? (const char *)id : "");
        xmlFree(id);
        st->based_on[0] = '\0';
        child_value(c, "basedOn", st->based_on, sizeof st->based_on);
        const xmlNode *num = child(child(c, "pPr"), "numPr");
        char value[16];
        st->num_id = child_value(num, "numId", value, sizeof value) ? atoi(value) : -1;
        st->level = child_value(num, "ilvl", value, sizeof value) ? atoi(value) : -1;
    }
}

/* What the style called id, or those it is based on, say of numbering. */
static void style_numbering(const numbering *n, const char *id, int *num_id, int *level)
{
    for (int depth = 0; id[0] && depth < 16 && (*num_id < 0 || *level < 0); depth++) {
        const num_style *found = NULL;
        for (size_t i = 0; i < n->styles.len && !found; i++) {
            const num_style *st = vec_at(&n->styles, i);
            if (strcmp(st->id, id) == 0)
                found = st;
        }
        if (!found)
            return;
        if (*num_id < 0)
            *num_id = found->num_id;
        if (*level < 0)
            *level = found->level;
        id = found->based_on;
    }
}

/* The abstract numbering of list num_id, its restarts applied the first
 * time the list is used. */
static num_abstract *numbering_find(numbering *n, int num_id)
{
    for (size_t i = 0; i < n->instances.len; i++) {
        num_instance *ins = vec_at(&n->instances, i);
        if (ins->id != num_id)
            continue;
        for (size_t k = 0; k < n->abstracts.len; k++) {
            num_abstract *a = vec_at(&n->abstracts, k);
            if (a->id != ins->abstract_id)
                continue;
            for (int level = 0; level < LEVELS && !ins->used; level++) {
                if (ins->restart[level]) {
                    a->count[level] = ins->restart[level] - 1;
                    a->started[level] = 1;
                }
            }
            ins->used = 1;
            return a;
        }
    }
    return NULL;
}

/* A counter written in a level's format; "" for bullets and the unknown. */
static void format_counter(const char *format, int value, char *out, size_t size)
{
    static const char *const romans[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix",
                                         "v", "iv", "i"};
    static const int worth[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    out[0] = '\0';
    int upper = strncmp(format, "upper", 5) == 0;
    if (strcmp(format, "decimal") == 0) {
        snprintf(out, size, "%d", value);
    } else if ((strcmp(format, "lowerLetter") == 0 || strcmp(format, "upperLetter") == 0) &&
               value > 0) {
        /* Word's letters: a..z, then aa..zz. */
        size_t repeat = (size_t)(value - 1) / 26 + 1, k = 0;
        for (; k < repeat && k + 1 < size; k++)
            out[k] = (char)((upper ? 'A' : 'a') + (value - 1) % 26);
        out[k] = '\0';
    } else if ((strcmp(format, "lowerRoman") == 0 || strcmp(format, "upperRoman") == 0) &&
               value > 0 && value < 4000) {
        size_t k = 0;
        for (size_t i = 0; i < sizeof worth / sizeof *worth; i++)
            for (; value >= worth[i]; value -= worth[i])
                for (const char *r = romans[i]; *r && k + 1 < size; r++)
                    out[k++] = (char)(upper ? *r - 'a' + 'A' : *r);
        out[k] = '\0';
    }
}

/* The number Word draws before a paragraph of list num_id at level, the
 * counters moved on; "" when it draws none (bullets, no such list). */
static void numbering_label(numbering *n, int num_id, int level, char *out, size_t size)
{
    out[0] = '\0';
    num_abstract *a = numbering_find(n, num_id);
    if (!a || level < 0 || level >= LEVELS)
        return;
    a->count[level] = a->started[level] ? a->count[level] + 1 : a->levels[level].start;
    a->started[level] = 1;
    for (int k = level + 1; k < LEVELS; k++)
        a->started[k] = 0;
    size_t len = 0;
    for (const char *t = a->levels[level].text; *t && len + 1 < size; t++) {
        if (t[0] == '%' && t[1] >= '1' && t[1] <= '9') {
            int k = t[1] - '1';
            char counter[24];
            format_counter(a->levels[k].format, a->count[k], counter, sizeof counter);
            if (!counter[0])
                return; /* a bullet or a format we do not draw */
            len += (size_t)snprintf(out + len, size - len, "%s", counter);
            if (len >= size)
                len = size - 1;
            t++;
        } else {
            out[len++] = *t;
        }
    }
    out[len] = '\0';
}

/* ---- The text ---------------------------------------------------------- */

typedef struct docx_reader {
    clerk_doc *doc;
    char *out;          /* the text read: the document's new source */
    size_t len, cap;
    plain_builder b;
    label_run run;
    numbering numbers;
    vec notes;          /* int: footnote ids in the order referenced */
} docx_reader;

/* Appends n bytes to the source and to the block being built. */
static void put(docx_reader *r, const char *s, size_t n)
{
    if (r->cap - r->len < n + 1) {
        while (r->cap - r->len < n + 1)
            r->cap = r->cap ? r->cap * 2 : 4096;
        r->out = xrealloc(r->out, r->cap);
    }
    memcpy(r->out + r->len, s, n);
    plain_copy(&r->b, s, n, r->len);
    r->len += n;
}

/* Ends the line of a paragraph. */
static void end_line(docx_reader *r)
{
    put(r, "\n", 1);
    plain_clear(&r->b);
}

/* One space between what markup separates, unless one stands there. */
static void separate(docx_reader *r)
{
    if (r->b.len && r->b.text[r->b.len - 1] != ' ')
        put(r, " ", 1);
}

/* Text of a run, its line breaks and tabs read as spaces. */
static void put_text(docx_reader *r, const char *s)
{
    while (*s) {
        size_t n = strcspn(s, "\t\n\r");
        put(r, s, n);
        s += n;
        if (*s) {
            put(r, " ", 1);
            s++;
        }
    }
}

/* An on/off property of a run: present and not switched off. */
static int switched_on(const xmlNode *props, const char *name)
{
    char value[16];
    if (!child_value(props, name, value, sizeof value))
        return 0;
    return strcmp(value, "0") != 0 && strcmp(value, "false") != 0 && strcmp(value, "off") != 0 &&
           strcmp(value, "none") != 0;
}

static unsigned run_emphasis(const xmlNode *run)
{
    const xmlNode *props = child(run, "rPr");
    return (switched_on(props, "i") ? CLERK_EMPH_ITALIC : 0) |
           (switched_on(props, "b") ? CLERK_EMPH_BOLD : 0) |
           (switched_on(props, "u") ? CLERK_EMPH_UNDERLINE : 0);
}

static void read_run(docx_reader *r, const xmlNode *run)
{
    if (switched_on(child(run, "rPr"), "vanish"))
        return; /* hidden text is not in the document as printed */
    size_t start = r->b.len;
    for (const xmlNode *c = run->children; c; c = c->next) {
        if (xml_named(c, "t")) {
            xmlChar *text = xmlNodeGetContent(c);
            put_text(r, text ? (const char *)text : "");
            xmlFree(text);
        } else if (xml_named(c, "tab") || xml_named(c, "br") || xml_named(c, "cr")) {
            put(r, " ", 1);
        } else if (xml_named(c, "noBreakHyphen")) {
            put(r, "-", 1);
        } else if (xml_named(c, "footnoteReference")) {
            *(int *)vec_push(&r->notes) = int_attribute(c, "id", -1);
        }
    }
    unsigned kind = run_emphasis(run);
    if (kind)
        plain_emphasis(&r->b, start, r->b.len, kind);
}

/* The runs under parent, through links, content controls and insertions
 * (whose text is noted as inserted); deletions are left out. */
static void read_runs(docx_reader *r, const xmlNode *parent)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (xml_named(c, "r")) {
            read_run(r, c);
        } else if (xml_named(c, "ins") || xml_named(c, "moveTo")) {
            size_t from = r->len;
            read_runs(r, c);
            if (r->len > from) {
                *(size_t *)vec_push(&r->doc->insertions) = from;
                *(size_t *)vec_push(&r->doc->insertions) = r->len;
            }
        } else if (xml_named(c, "hyperlink") || xml_named(c, "smartTag") || xml_named(c, "sdt") ||
                   xml_named(c, "sdtContent") || xml_named(c, "fldSimple") ||
                   xml_named(c, "customXml")) {
            read_runs(r, c);
        }
    }
}

/* A paragraph's automatic number, typed in front of its text: from its
 * own numbering properties, else from its style's. */
static void put_number(docx_reader *r, const xmlNode *p)
{
    const xmlNode *props = child(p, "pPr");
    const xmlNode *num = child(props, "numPr");
    char value[64];
    int num_id = child_value(num, "numId", value, sizeof value) ? atoi(value) : -1;
    int level = child_value(num, "ilvl", value, sizeof value) ? atoi(value) : -1;
    if (child_value(props, "pStyle", value, sizeof value))
        style_numbering(&r->numbers, value, &num_id, &level);
    if (num_id <= 0)
        return;
    char label[64];
    numbering_label(&r->numbers, num_id, level < 0 ? 0 : level, label, sizeof label);
    if (!label[0])
        return;
    put(r, label, strlen(label));
    put(r, " ", 1);
}

static void read_paragraph(docx_reader *r, const xmlNode *p)
{
    clerk_block shape = {0};
    shape.kind = CLERK_BLOCK_PARAGRAPH;
    char style[32] = "";
    child_value(child(p, "pPr"), "pStyle", style, sizeof style);
    if (strlen(style) == 8 && memcmp(style, "Heading", 7) == 0 && style[7] >= '1' && style[7] <= '6') {
        shape.kind = CLERK_BLOCK_HEADING;
        shape.level = style[7] - '0';
        r->run.last_letter = 0;
    }
    put_number(r, p);
    read_runs(r, p);
    xml_emit(r->doc, &r->b, &r->run, shape);
    end_line(r);
}

/* The paragraphs under node (a cell, a footnote) as one line. */
static void read_joined(docx_reader *r, const xmlNode *node)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (xml_named(c, "p")) {
            separate(r);
            read_runs(r, c);
        } else if (xml_named(c, "tbl") || xml_named(c, "tr") || xml_named(c, "tc") ||
                   xml_named(c, "sdt") || xml_named(c, "sdtContent")) {
            read_joined(r, c);
        }
    }
}

static void read_table(docx_reader *r, const xmlNode *table)
{
    for (const xmlNode *row = table->children; row; row = row->next) {
        if (!xml_named(row, "tr"))
            continue;
        for (const xmlNode *cell = row->children; cell; cell = cell->next) {
            if (!xml_named(cell, "tc"))
                continue;
            read_joined(r, cell);
            clerk_block shape = {0};
            shape.kind = CLERK_BLOCK_TABLE_CELL;
            xml_emit(r->doc, &r->b, &r->run, shape);
            end_line(r);
        }
    }
}

static void read_body(docx_reader *r, const xmlNode *body)
{
    for (const xmlNode *c = body->children; c; c = c->next) {
        if (xml_named(c, "p"))
            read_paragraph(r, c);
        else if (xml_named(c, "tbl"))
            read_table(r, c);
        else if (xml_named(c, "sdt") || xml_named(c, "sdtContent") || xml_named(c, "ins"))
            read_body(r, c);
    }
}

/* The paragraphs of a header, each its own line, those of its table cells
 * too: a masthead is often a table, its symbol in one cell, its date in
 * another. */
static void read_header(docx_reader *r, const xmlNode *parent)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (xml_named(c, "p"))
            read_paragraph(r, c);
        else if (xml_named(c, "tbl") || xml_named(c, "tr") || xml_named(c, "tc") ||
                 xml_named(c, "sdt") || xml_named(c, "sdtContent"))
            read_header(r, c);
    }
}

/* The part name of the header on the first page: the body's section
 * properties name it ("first" when the first page has its own, else
 * "default") by a relationship that word/_rels/document.xml.rels resolves.
 * Returns 0 when there is none. */
static int first_header(zip_t *zip, const xmlNode *body, char *part, size_t size, char *err,
                        size_t err_size)
{
    const xmlNode *section = NULL;
    for (const xmlNode *c = body->children; c; c = c->next)
        if (xml_named(c, "sectPr"))
            section = c;
    if (!section)
        return 0;
    const char *type = child(section, "titlePg") ? "first" : "default";
    xmlChar *id = NULL;
    for (const xmlNode *c = section->children; c && !id; c = c->next) {
        if (!xml_named(c, "headerReference"))
            continue;
        xmlChar *t = xmlGetProp(c, (const xmlChar *)"type");
        if (t && strcmp((const char *)t, type) == 0)
            id = xmlGetProp(c, (const xmlChar *)"id");
        xmlFree(t);
    }
    xmlDocPtr rels = NULL;
    int found = 0;
    if (id && parse_part(zip, "word/_rels/document.xml.rels", &rels, err, err_size) > 0) {
        const xmlNode *root = xmlDocGetRootElement(rels);
        for (const xmlNode *c = root ? root->children : NULL; c && !found; c = c->next) {
            xmlChar *rid = xmlGetProp(c, (const xmlChar *)"Id");
            xmlChar *target = xmlGetProp(c, (const xmlChar *)"Target");
            if (rid && target && strcmp((const char *)rid, (const char *)id) == 0) {
                const char *t = (const char *)target;
                snprintf(part, size, "%s%s", t[0] == '/' ? "" : "word/", t + (t[0] == '/'));
                found = 1;
            }
            xmlFree(rid);
            xmlFree(target);
        }
    }
    xmlFreeDoc(rels);
    xmlFree(id);
    return found;
}

/* The footnotes referenced, in order, numbered as Word numbers them. */
static void read_footnotes(docx_reader *r, const xmlDocPtr tree)
{
    const xmlNode *root = tree ? xmlDocGetRootElement(tree) : NULL;
    for (size_t i = 0; root && i < r->notes.len; i++) {
        int id = *(const int *)vec_at(&r->notes, i);
        for (const xmlNode *c = root->children; c; c = c->next) {
            if (!xml_named(c, "footnote") || int_attribute(c, "id", -2) != id)
                continue;
            read_joined(r, c);
            clerk_block shape = {0};
            shape.kind = CLERK_BLOCK_FOOTNOTE;
            char label[24];
            snprintf(label, sizeof label, "%zu", i + 1);
            shape.label = arena_strdup(&r->doc->arena, label);
            shape.label_style = CLERK_LABEL_ARABIC;
            shape.number = (int)(i + 1);
            xml_emit(r->doc, &r->b, &r->run, shape);
            end_line(r);
            break;
        }
    }
}

int docx_read(clerk_doc *doc, char *err, size_t err_size)
{
    /* Both before anything is read: the parts are freed with libxml2. */
    if (zip_library_open(err, err_size) != 0 || xml_library_open(err, err_size) != 0)
        return -1;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(doc->src, doc->len, 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : NULL;
    if (!zip) {
        snprintf(err, err_size, "not a readable .docx: %s", zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(source);
        return -1;
    }
    zip_error_fini(&error);
    xmlDocPtr body = NULL, notes = NULL, numbers = NULL, styles = NULL, header = NULL;
    docx_reader r = {.doc = doc};
    char header_part[256];
    int rc = parse_part(zip, "word/document.xml", &body, err, err_size);
    if (rc == 0)
        snprintf(err, err_size, "not a Word document (the archive has no word/document.xml)");
    const xmlNode *root = rc > 0 ? xmlDocGetRootElement(body) : NULL;
    const xmlNode *content = child(root, "body");
    if (rc > 0 && (!xml_named(root, "document") || !content)) {
        snprintf(err, err_size, "not a Word document (word/document.xml holds no body)");
        rc = -1;
    }
    if (rc > 0 && parse_part(zip, "word/numbering.xml", &numbers, err, err_size) >= 0 &&
        parse_part(zip, "word/styles.xml", &styles, err, err_size) >= 0 &&
        parse_part(zip, "word/footnotes.xml", &notes, err, err_size) >= 0 &&
        (!first_header(zip, content, header_part, sizeof header_part, err, err_size) ||
         parse_part(zip, header_part, &header, err, err_size) >= 0)) {
        plain_init(&r.b);
        vec_init(&r.notes, sizeof(int));
        numbering_read(&r.numbers, numbers);
        styles_read(&r.numbers, styles);
        if (header)
            read_header(&r, xmlDocGetRootElement(header));
        read_body(&r, content);
        read_footnotes(&r, notes);
        vec_free(&r.notes);
        vec_free(&r.numbers.abstracts);
        vec_free(&r.numbers.instances);
        vec_free(&r.numbers.styles);
        plain_free(&r.b);
        rc = 2;
    }
    xmlFreeDoc(body);
    xmlFreeDoc(header);
    xmlFreeDoc(styles);
    xmlFreeDoc(numbers);
    xmlFreeDoc(notes);
    zip_close(zip); /* before the bytes it reads from go */
    if (rc != 2)
        return -1;
    /* The text read becomes the source the blocks point into. */
    free(doc->src);
    doc->src = r.out ? r.out : xcalloc(1, 1);
    doc->len = r.len;
    doc->src[doc->len] = '\0';
    return 0;
}
