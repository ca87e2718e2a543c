/*
 * The Markdown reader, on md4c.
 *
 * md4c hands normal text over as pointers into the buffer it parses, so a
 * run's source offset is its pointer minus the source.  What it passes from
 * elsewhere (line breaks, the replacement for NUL) is placed by looking at
 * the source around the last byte consumed.
 *
 * Two constructs md4c does not report are found by a scan of the lines
 * first: "[//]: # (text)" comments and "[^1]: text" footnote definitions,
 * both of which CommonMark may take as link reference definitions and drop.
 * While md4c runs, the comment lines are blanked and the colon of each
 * definition is hidden; the source is restored before anything else reads it.
 */
#include "doc/plain.h"
#include "util/xalloc.h"

#include <md4c.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Source bytes hidden from md4c while it parses, and where the originals are kept. */
typedef struct md_patch {
    size_t offset, length;
    size_t saved;           /* offset in md_reader.saved */
} md_patch;

typedef struct md_comment {
    size_t offset, length;           /* the whole comment */
    size_t text_offset, text_length; /* what it says */
    int hidden;                      /* a line blanked while md4c runs */
    size_t saved;                    /* then where its bytes are kept in md_reader.saved */
} md_comment;

typedef struct md_footnote {
    size_t offset;                   /* the "[" of "[^1]:" */
    size_t label_offset, label_length; /* "1" */
    size_t text_offset;              /* after "]:" and its spaces */
} md_footnote;

typedef struct md_item {
    int pending;            /* no block has taken its marker yet */
} md_item;

typedef struct md_open_span {
    unsigned kind;
    size_t start;
} md_open_span;

/* A queue read from its head. */
typedef struct md_queue {
    vec items;
    size_t head;
} md_queue;

typedef struct md_reader {
    clerk_doc *doc;
    const char *src;
    size_t len, start;      /* start: after any BOM */
    size_t cursor;          /* the source is consumed up to here */

    /* The text block being built. */
    plain_builder b;
    int open;
    clerk_block shape;      /* kind, level, label */
    int item_first;         /* the first block of a list item: shape holds its marker */
    size_t first, last;     /* the source bytes it copied: first, end of last */

    MD_BLOCKTYPE leaf;      /* the leaf block md4c is in, or MD_BLOCK_DOC */
    vec spans;              /* md_open_span: emphasis opened and not closed */
    vec underline;          /* size_t: text offsets of open <u> tags */
    vec items;              /* md_item: the list items open, outermost first */
    size_t html_done;       /* HTML text before here belongs to a comment already taken */
    label_run run;

    md_queue line_comments; /* md_comment, from the line scan */
    md_queue html_comments; /* md_comment, as md4c meets them */
    md_queue footnotes;     /* md_footnote */
    vec ranges;             /* size_t pairs: text to remove from the block */
    vec patches;            /* md_patch */
    vec saved;              /* char */
} md_reader;

static int is_blank(char c) { return c == ' ' || c == '\t'; }
static int is_eol(char c) { return c == '\n' || c == '\r'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* ---- lines --------------------------------------------------------------- */

static size_t line_start(const md_reader *r, size_t p)
{
    while (p > r->start && !is_eol(r->src[p - 1]))
        p--;
    return p;
}

static size_t line_end(const md_reader *r, size_t p)
{
    while (p < r->len && !is_eol(r->src[p]))
        p++;
    return p;
}

/* The start of the line after the one holding p; len at the end. */
static size_t next_line(const md_reader *r, size_t p)
{
    p = line_end(r, p);
    if (p < r->len && r->src[p] == '\r' && p + 1 < r->len && r->src[p + 1] == '\n')
        return p + 2;
    return p < r->len ? p + 1 : p;
}

/* The start of the line before the one starting at p. */
static size_t prev_line(const md_reader *r, size_t p)
{
    if (p > r->start && r->src[p - 1] == '\n')
        p--;
    if (p > r->start && r->src[p - 1] == '\r')
        p--;
    return line_start(r, p);
}

static size_t skip_blanks(const md_reader *r, size_t p, size_t end)
{
    while (p < end && is_blank(r->src[p]))
        p++;
    return p;
}

/* End of the line's text without trailing blanks. */
static size_t trim_end(const md_reader *r, size_t from, size_t end)
{
    while (end > from && is_blank(r->src[end - 1]))
        end--;
    return end;
}

/* Skips block quote markers and blanks at a line start. */
static size_t skip_quotes(const md_reader *r, size_t p, size_t end)
{
    for (;;) {
        p = skip_blanks(r, p, end);
        if (p < end && r->src[p] == '>')
            p++;
        else
            return p;
    }
}

/* A line of three or more of one of - * _, blanks allowed between, from p. */
static int is_thematic_break(const md_reader *r, size_t p, size_t end)
{
    if (p >= end || !strchr("-*_", r->src[p]))
        return 0;
    char c = r->src[p];
    int count = 0;
    for (; p < end; p++) {
        if (r->src[p] == c)
            count++;
        else if (!is_blank(r->src[p]))
            return 0;
    }
    return count >= 3;
}

/* Length of the list marker ("12.", "3)", "-", "+", "*") at p, followed by
 * a blank or a line end; 0 when none.  Digits and marks are read before end. */
static size_t list_marker(const md_reader *r, size_t p, size_t end)
{
    const char *s = r->src;
    size_t q = p;
    while (q < end && q - p < 9 && is_digit(s[q]))
        q++;
    if (q > p && q < end && (s[q] == '.' || s[q] == ')'))
        q++;
    else if (q == p && q < end && strchr("-+*", s[q]))
        q++;
    else
        return 0;
    /* The source ends with a NUL, so s[q] may be read at the end. */
    return q == r->len || is_blank(s[q]) || is_eol(s[q]) ? q - p : 0;
}

/* Skips block quote and list markers at a line start. */
static size_t skip_containers(const md_reader *r, size_t p, size_t end)
{
    for (;;) {
        p = skip_quotes(r, p, end);
        size_t n = list_marker(r, p, end);
        if (!n)
            return p;
        p += n;
    }
}

/* Where a thematic break starts on the line [p, end), after block quote and
 * list markers ("- ***" is a list item holding one); end when there is none.
 * "* * *" is a break, not markers: the break is tried first. */
static size_t thematic_break_at(const md_reader *r, size_t p, size_t end)
{
    for (;;) {
        p = skip_quotes(r, p, end);
        if (is_thematic_break(r, p, end))
            return p;
        size_t n = list_marker(r, p, end);
        if (!n)
            return end;
        p += n;
    }
}

/* A line of only = or only -, under a setext heading. */
static int is_setext_underline(const md_reader *r, size_t p, size_t end)
{
    p = skip_quotes(r, p, end);
    end = trim_end(r, p, end);
    if (p >= end || (r->src[p] != '=' && r->src[p] != '-'))
        return 0;
    for (size_t i = p; i < end; i++)
        if (r->src[i] != r->src[p])
            return 0;
    return 1;
}

/* Length of the code fence (``` or ~~~) opening at p, 0 when none. */
static size_t fence_length(const md_reader *r, size_t p, size_t end)
{
    size_t n = 0;
    while (p + n < end && r->src[p + n] == r->src[p] && (r->src[p] == '`' || r->src[p] == '~'))
        n++;
    return n >= 3 ? n : 0;
}

/* ---- the line scan --------------------------------------------------------- */

static void patch(md_reader *r, size_t offset, size_t length, char fill)
{
    md_patch *p = vec_push(&r->patches);
    p->offset = offset;
    p->length = length;
    p->saved = r->saved.len;
    for (size_t i = 0; i < length; i++)
        *(char *)vec_push(&r->saved) = r->src[offset + i];
    memset((char *)r->src + offset, fill, length);
}

static void restore_patches(md_reader *r)
{
    for (size_t i = 0; i < r->patches.len; i++) {
        const md_patch *p = vec_at(&r->patches, i);
        memcpy((char *)r->src + p->offset, (char *)r->saved.data + p->saved, p->length);
    }
}

/* "[//]: # (text)", "[//]: # "text"" or "[//]: #" filling the line [p, end). */
static int scan_line_comment(md_reader *r, size_t p, size_t end)
{
    const char *s = r->src;
    size_t q = p;
    if (end - q < 5 || memcmp(s + q, "[//]:", 5) != 0)
        return 0;
    q = skip_blanks(r, q + 5, end);
    if (q >= end || s[q] != '#')
        return 0;
    size_t text = q + 1, text_end = q + 1; /* a bare "#" says nothing, right after it */
    q = skip_blanks(r, q + 1, end);
    if (q < end) {
        char close = s[q] == '(' ? ')' : s[q] == '"' ? '"' : 0;
        size_t last = trim_end(r, q, end);
        if (!close || last - q < 2 || s[last - 1] != close)
            return 0;
        text = q + 1;
        text_end = last - 1;
    }
    while (text < text_end && is_blank(s[text]))
        text++;
    text_end = trim_end(r, text, text_end);
    md_comment *c = vec_push(&r->line_comments.items);
    c->offset = p;
    c->length = trim_end(r, p, end) - p;
    c->text_offset = text;
    c->text_length = text_end - text;
    c->hidden = 1;
    c->saved = r->saved.len;
    patch(r, p, end - p, ' ');
    return 1;
}

/* "[^label]: text" starting the line at p. */
static int scan_footnote(md_reader *r, size_t p, size_t end)
{
    const char *s = r->src;
    if (end - p < 5 || s[p + 1] != '^')
        return 0;
    size_t q = p + 2;
    while (q < end && s[q] != ']' && s[q] != '[' && !is_blank(s[q]))
        q++;
    if (q == p + 2 || q + 1 >= end || s[q] != ']' || s[q + 1] != ':')
        return 0;
    md_footnote *f = vec_push(&r->footnotes.items);
    f->offset = p;
    f->label_offset = p + 2;
    f->label_length = q - (p + 2);
    f->text_offset = skip_blanks(r, q + 2, end);
    patch(r, q + 1, 1, ' ');
    return 1;
}

/* Finds the comments and footnote definitions outside fenced code, line by
 * line from the document's line index. */
static void scan_lines(md_reader *r)
{
    const clerk_doc *doc = r->doc;
    char fence = 0;
    size_t fence_len = 0;
    for (size_t i = 0; i < doc->line_count; i++) {
        size_t p = doc->line_starts[i] > r->start ? doc->line_starts[i] : r->start;
        size_t end = i + 1 < doc->line_count ? doc->line_starts[i + 1] : r->len;
        if (end > p && r->src[end - 1] == '\n')
            end--;
        if (end > p && r->src[end - 1] == '\r')
            end--;
        size_t q = p;
        while (q < end && q - p < 3 && r->src[q] == ' ')
            q++;
        if (q >= end)
            continue;
        size_t n = fence_length(r, q, end);
        if (fence) {
            if (n >= fence_len && r->src[q] == fence && skip_blanks(r, q + n, end) == end)
                fence = 0;
        } else if (n) {
            fence = r->src[q];
            fence_len = n;
        } else if (r->src[q] == '[' && !scan_line_comment(r, q, end)) {
            scan_footnote(r, q, end);
        }
    }
}

/* ---- blocks ---------------------------------------------------------------- */

/* The head of a queue, NULL when it is empty. */
static void *queue_peek(const md_queue *q)
{
    return q->head < q->items.len ? vec_at(&q->items, q->head) : NULL;
}

static void emit_comment(md_reader *r, const md_comment *c)
{
    clerk_block shape = {0};
    shape.kind = CLERK_BLOCK_COMMENT;
    shape.offset = c->offset;
    shape.length = c->length;
    const char *text = c->hidden ? (char *)r->saved.data + c->saved + (c->text_offset - c->offset)
                                 : r->src + c->text_offset;
    plain_emit_slice(r->doc, &shape, text, c->text_offset, c->text_length);
}

/* Emits, in source order, the comments that start before limit. */
static void flush_comments(md_reader *r, size_t limit)
{
    for (;;) {
        const md_comment *a = queue_peek(&r->line_comments);
        const md_comment *b = queue_peek(&r->html_comments);
        if (a && a->offset < limit && (!b || a->offset < b->offset)) {
            emit_comment(r, a);
            r->line_comments.head++;
        } else if (b && b->offset < limit) {
            emit_comment(r, b);
            r->html_comments.head++;
        } else {
            return;
        }
    }
}

/* Emits b's [from, to) unless it is blank and the block has no label; the
 * block's span covers its label. */
static void emit(md_reader *r, size_t from, size_t to, clerk_block shape)
{
    while (from < to && (is_blank(r->b.text[from]) || is_eol(r->b.text[from])))
        from++;
    if (from == to && !shape.label_style)
        return;
    size_t label_end = shape.label_offset + shape.label_length;
    if (shape.label_length && label_end > shape.offset + shape.length)
        shape.length = label_end - shape.offset;
    flush_comments(r, shape.offset);
    plain_emit(r->doc, &r->b, from, to, &shape);
}

/* A block starts inside the open list items: later blocks take none of
 * their markers.  Returns whether the innermost one had its marker still. */
static int claim_items(md_reader *r)
{
    int innermost = r->items.len && ((md_item *)vec_at(&r->items, r->items.len - 1))->pending;
    for (size_t i = 0; i < r->items.len; i++)
        ((md_item *)vec_at(&r->items, i))->pending = 0;
    return innermost;
}

static void emit_rule(md_reader *r)
{
    size_t p = r->cursor;
    if (p > r->start && !is_eol(r->src[p - 1]))
        p = next_line(r, p);
    size_t end = line_end(r, p), first;
    while ((first = thematic_break_at(r, p, end)) == end && p < r->len) {
        p = next_line(r, p);
        end = line_end(r, p);
    }
    if (p >= r->len) /* not where md4c saw it: keep the order, at the cursor */
        first = end = r->cursor;
    claim_items(r);
    clerk_block shape = {0};
    shape.kind = CLERK_BLOCK_RULE;
    shape.level = (int)r->items.len;
    shape.offset = first;
    shape.length = trim_end(r, first, end) - first;
    flush_comments(r, shape.offset);
    plain_emit_slice(r->doc, &shape, r->src + first, first, 0);
    r->cursor = end;
}

static void begin_text(md_reader *r, clerk_block_kind kind, int level)
{
    plain_clear(&r->b);
    r->open = 1;
    r->first = SIZE_MAX;
    r->last = 0;
    r->spans.len = 0;
    r->underline.len = 0;
    memset(&r->shape, 0, sizeof r->shape);
    r->shape.kind = kind;
    r->shape.level = level;
    r->item_first = 0;
    /* The first paragraph inside a list item carries its marker. */
    if (claim_items(r) && kind == CLERK_BLOCK_PARAGRAPH) {
        r->item_first = 1;
        r->shape.kind = CLERK_BLOCK_LIST_ITEM;
    }
}

/* A list item's text may come without a paragraph around it (a tight list). */
static void ensure_text(md_reader *r)
{
    if (!r->open && r->leaf != MD_BLOCK_HTML)
        begin_text(r, CLERK_BLOCK_PARAGRAPH, (int)r->items.len);
}

/* The list marker on the line at p before limit: the innermost one. */
static int find_marker(const md_reader *r, size_t p, size_t limit, clerk_block *shape)
{
    int found = 0;
    for (;;) {
        p = skip_quotes(r, p, limit);
        size_t n = list_marker(r, p, limit);
        if (!n)
            return found;
        found = 1;
        shape->label_offset = p;
        shape->label_length = n;
        shape->number = 0;
        shape->label_style = is_digit(r->src[p]) ? CLERK_LABEL_ARABIC : CLERK_LABEL_BULLET;
        for (size_t i = p; is_digit(r->src[i]); i++)
            shape->number = shape->number * 10 + (r->src[i] - '0');
        p += n;
    }
}

/* The list item's marker as written (CommonMark renumbers items). */
static void take_item_marker(md_reader *r)
{
    clerk_block *shape = &r->shape;
    size_t line = line_start(r, r->first);
    if (!find_marker(r, line, r->first, shape)) {
        /* The marker may stand alone on the line before. */
        if (line <= r->start)
            return;
        if (!find_marker(r, prev_line(r, line), line, shape))
            return;
    }
    if (shape->label_style == CLERK_LABEL_ARABIC) {
        shape->label = arena_strndup(&r->doc->arena, r->src + shape->label_offset,
                                     shape->label_length - 1);
        r->run.last_letter = 0;
    }
}

/* The source span of what the block copied, widened over the markup on its
 * first and last lines ("## ", "**", "</u>", a link's target). */
static void block_span(md_reader *r, size_t *start, size_t *end)
{
    const char *s = r->src;
    size_t a = r->first, z = r->last;
    while (a > r->start && !is_blank(s[a - 1]) && !is_eol(s[a - 1]) && s[a - 1] != '|')
        a--;
    while (z < r->len && !is_blank(s[z]) && !is_eol(s[z]) && s[z] != '|')
        z++;

    size_t line = line_start(r, r->first);
    if (r->shape.kind == CLERK_BLOCK_HEADING) {
        size_t hash = skip_containers(r, line, r->first);
        if (hash < r->first && s[hash] == '#') {
            a = hash;
        } else {
            size_t under = next_line(r, r->last);
            size_t under_end = line_end(r, under);
            if (is_setext_underline(r, under, under_end))
                z = trim_end(r, under, under_end);
        }
    } else if (r->shape.kind == CLERK_BLOCK_CODE) {
        if (line > r->start) {
            size_t fence = prev_line(r, line);
            size_t f = skip_containers(r, fence, line);
            if (fence_length(r, f, line_end(r, fence)))
                a = f;
        }
        size_t close = next_line(r, r->last);
        size_t c_end = line_end(r, close);
        size_t f = skip_containers(r, close, c_end);
        if (fence_length(r, f, c_end))
            z = trim_end(r, f, c_end);
    }
    if (r->item_first && r->shape.label_length && r->shape.label_offset < a)
        a = r->shape.label_offset;
    *start = a;
    *end = z;
}

/* Removes footnote references "[^3]": they are not part of the sentence. */
static void drop_footnote_refs(md_reader *r)
{
    plain_builder *b = &r->b;
    r->ranges.len = 0;
    size_t i = 0;
    while (i + 3 < b->len) {
        const char *open = memchr(b->text + i, '[', b->len - i - 3);
        if (!open)
            break;
        i = (size_t)(open - b->text);
        size_t j = i + 2;
        if (b->text[i + 1] == '^') {
            while (j < b->len && b->text[j] != ']' && b->text[j] != '[' && !is_blank(b->text[j]) &&
                   !is_eol(b->text[j]))
                j++;
        }
        if (j > i + 2 && j < b->len && b->text[j] == ']' &&
            plain_end(b, j + 1) - plain_source(b, i) == j + 1 - i) {
            /* "a [^3] b" leaves "a b". */
            size_t from = i;
            if (i > 0 && is_blank(b->text[i - 1]) && (j + 1 == b->len || is_blank(b->text[j + 1])))
                from--;
            *(size_t *)vec_push(&r->ranges) = from;
            *(size_t *)vec_push(&r->ranges) = j + 1;
            i = j + 1;
        } else {
            i++;
        }
    }
    plain_delete(b, r->ranges.data, r->ranges.len / 2);
}

/* Every non-blank character of [from, to) is bold. */
static int wholly_bold(const plain_builder *b, size_t from, size_t to)
{
    const clerk_emphasis *e = b->emphasis.data;
    size_t p = from;
    while (p < to) {
        if (is_blank(b->text[p]) || is_eol(b->text[p])) {
            p++;
            continue;
        }
        size_t reach = p;
        for (size_t i = 0; i < b->emphasis.len; i++)
            if ((e[i].kind & CLERK_EMPH_BOLD) && e[i].start <= p && e[i].start + e[i].length > reach)
                reach = e[i].start + e[i].length;
        if (reach == p)
            return 0;
        p = reach;
    }
    return 1;
}

/* The source offset just past the text of [from, to), closing markup
 * included; floor when that text is blank. */
static size_t source_end(md_reader *r, size_t from, size_t to, size_t floor)
{
    while (to > from && (is_blank(r->b.text[to - 1]) || is_eol(r->b.text[to - 1])))
        to--;
    if (to == from)
        return floor;
    size_t z = plain_end(&r->b, to);
    while (z < r->len && !is_blank(r->src[z]) && !is_eol(r->src[z]))
        z++;
    return z > floor ? z : floor;
}

/* A paragraph wholly in bold is a heading of level 0; "**a****b**", two
 * bold lines glued by a conversion, is two of them. */
static void emit_bold_heading(md_reader *r, size_t from, size_t to, clerk_block shape)
{
    size_t src_end = shape.offset + shape.length;
    shape.kind = CLERK_BLOCK_HEADING;
    shape.level = 0;
    r->run.last_letter = 0;
    for (;;) {
        size_t at = shape.offset + 2;
        const char *glue = NULL;
        while (at + 4 <= src_end) {
            glue = memchr(r->src + at, '*', src_end - at - 3);
            if (!glue || memcmp(glue, "****", 4) == 0)
                break;
            at = (size_t)(glue - r->src) + 1;
            glue = NULL;
        }
        /* md4c may keep a glue as text: the next heading starts after it. */
        size_t glue_at = glue ? (size_t)(glue - r->src) : 0;
        size_t split = glue ? plain_text_at(&r->b, glue_at) : to;
        if (!glue || split <= from || split >= to) {
            shape.length = src_end - shape.offset;
            emit(r, from, to, shape);
            return;
        }
        shape.length = glue_at + 2 - shape.offset;
        emit(r, from, split, shape);
        from = plain_text_at(&r->b, glue_at + 4);
        shape.offset = glue_at + 2;
    }
}

/* A paragraph, list item or heading: its text [from, to), its source span. */
static void emit_body(md_reader *r, size_t from, size_t to, size_t src_from, size_t src_to)
{
    clerk_block shape = r->shape;
    shape.offset = src_from;
    shape.length = src_to - src_from;
    if (shape.kind == CLERK_BLOCK_PARAGRAPH) {
        from = plain_label(r->doc, &r->b, from, to, 0, &r->run, &shape);
        if (!shape.label_style && wholly_bold(&r->b, from, to)) {
            emit_bold_heading(r, from, to, shape);
            return;
        }
    } else if (shape.kind == CLERK_BLOCK_HEADING) {
        r->run.last_letter = 0;
    }
    emit(r, from, to, shape);
}

static void emit_footnote(md_reader *r, const md_footnote *f, size_t to, size_t src_to)
{
    clerk_block shape = {0};
    shape.kind = CLERK_BLOCK_FOOTNOTE;
    shape.level = r->shape.level;
    shape.offset = f->offset;
    shape.length = src_to - f->offset;
    shape.label = arena_strndup(&r->doc->arena, r->src + f->label_offset, f->label_length);
    shape.label_offset = f->offset;
    shape.label_length = f->label_offset + f->label_length + 2 - f->offset; /* "[^1]:" */
    size_t i = 0;
    while (i < f->label_length && is_digit(shape.label[i]) && i < 9)
        shape.number = shape.number * 10 + (shape.label[i++] - '0');
    if (i == f->label_length)
        shape.label_style = CLERK_LABEL_ARABIC;
    else
        shape.number = 0;
    emit(r, plain_text_at(&r->b, f->text_offset), to, shape);
}

/* Ends the open text block: splits out the footnote definitions it holds and
 * emits the rest. */
static void finish_text(md_reader *r)
{
    if (!r->open)
        return;
    r->open = 0;
    if (r->first == SIZE_MAX)
        return; /* nothing from the source: an empty item or cell */

    if (r->item_first)
        take_item_marker(r);
    size_t start, end;
    block_span(r, &start, &end);
    if (end > r->cursor)
        r->cursor = end;

    clerk_block_kind kind = r->shape.kind;
    if (kind != CLERK_BLOCK_CODE)
        drop_footnote_refs(r);
    if (kind == CLERK_BLOCK_CODE || kind == CLERK_BLOCK_TABLE_CELL) {
        clerk_block shape = r->shape;
        shape.offset = start;
        shape.length = end - start;
        emit(r, 0, r->b.len, shape);
        return;
    }
    if (kind == CLERK_BLOCK_HEADING) {
        emit_body(r, 0, r->b.len, start, end);
        return;
    }

    md_queue *q = &r->footnotes;
    const md_footnote *next;
    while ((next = queue_peek(q)) != NULL && next->offset < start)
        q->head++; /* in a block of another kind */
    const md_footnote *owner = NULL; /* the definition the current piece belongs to */
    size_t from = 0, src_from = start;
    for (;;) {
        next = queue_peek(q);
        if (next && next->offset >= end)
            next = NULL;
        size_t to = next ? plain_text_at(&r->b, next->offset) : r->b.len;
        size_t src_to = next ? source_end(r, from, to, src_from) : end;
        if (owner)
            emit_footnote(r, owner, to, src_to);
        else if (to > from)
            emit_body(r, from, to, src_from, src_to);
        if (!next)
            return;
        q->head++;
        owner = next;
        from = to;
        src_from = next->offset;
    }
}

/* ---- text ------------------------------------------------------------------ */

/* Records that the block's text draws on source [offset, offset + n). */
static void note_source(md_reader *r, size_t offset, size_t n)
{
    if (r->first == SIZE_MAX)
        r->first = offset;
    if (offset + n > r->last)
        r->last = offset + n;
    if (offset + n > r->cursor)
        r->cursor = offset + n;
}

/* A line break md4c reports: it stands for the next line ending in the source. */
static void line_break(md_reader *r, const char *text)
{
    size_t p = line_end(r, r->cursor);
    size_t n = p + 1 < r->len && r->src[p] == '\r' && r->src[p + 1] == '\n' ? 2 : p < r->len;
    plain_stand_in(&r->b, text, 1, p, n);
    plain_open(&r->b); /* the next line's prefix ("> ", indentation) opens it */
    r->cursor = p + n;
}

static const struct {
    const char *name;
    const char *utf8;
} entities[] = {
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
    {"nbsp", "\xC2\xA0"}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"},
    {"hellip", "\xE2\x80\xA6"}, {"lsquo", "\xE2\x80\x98"}, {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"}, {"laquo", "\xC2\xAB"},
    {"raquo", "\xC2\xBB"}, {"sect", "\xC2\xA7"}, {"para", "\xC2\xB6"}, {"deg", "\xC2\xB0"},
    {"copy", "\xC2\xA9"}, {"reg", "\xC2\xAE"}, {"middot", "\xC2\xB7"}, {"times", "\xC3\x97"},
    {"shy", "\xC2\xAD"}, {"thinsp", "\xE2\x80\x89"}, {"euro", "\xE2\x82\xAC"},
};

static size_t encode_utf8(unsigned long c, char *out)
{
    if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
        c = 0xFFFD;
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

/* "&amp;", "&#233;", "&#xE9;": decoded into out; 0 for a name not known. */
static size_t decode_entity(const char *s, size_t n, char *out)
{
    if (n < 4 || s[0] != '&' || s[n - 1] != ';')
        return 0;
    if (s[1] == '#') {
        int hex = s[2] == 'x' || s[2] == 'X';
        unsigned long c = 0;
        for (size_t i = 2 + (size_t)hex; i + 1 < n; i++) {
            int d = is_digit(s[i]) ? s[i] - '0'
                    : hex && strchr("abcdef", s[i] | 0x20) ? (s[i] | 0x20) - 'a' + 10
                                                           : -1;
            if (d < 0)
                return 0;
            if (c <= 0x10FFFF)
                c = c * (hex ? 16 : 10) + (unsigned long)d;
        }
        return encode_utf8(c, out);
    }
    for (size_t i = 0; i < sizeof entities / sizeof *entities; i++) {
        size_t len = strlen(entities[i].name);
        if (len == n - 2 && memcmp(s + 1, entities[i].name, len) == 0) {
            memcpy(out, entities[i].utf8, strlen(entities[i].utf8));
            return strlen(entities[i].utf8);
        }
    }
    return 0;
}

/* The offset of the first "-->" at or after p; len when there is none. */
static size_t comment_close(const md_reader *r, size_t p)
{
    while (p + 3 <= r->len) {
        const char *dash = memchr(r->src + p, '-', r->len - p - 2);
        if (!dash)
            break;
        p = (size_t)(dash - r->src);
        if (dash[1] == '-' && dash[2] == '>')
            return p;
        p++;
    }
    return r->len;
}

/* Sets what the comment says: [from, to) of the source, trimmed. */
static void set_comment_text(const md_reader *r, md_comment *c, size_t from, size_t to)
{
    while (from < to && (is_blank(r->src[from]) || is_eol(r->src[from])))
        from++;
    while (to > from && (is_blank(r->src[to - 1]) || is_eol(r->src[to - 1])))
        to--;
    c->text_offset = from;
    c->text_length = to - from;
}

static void html_comment(md_reader *r, size_t offset)
{
    size_t body_end = comment_close(r, offset + 4);
    size_t end = body_end < r->len ? body_end + 3 : r->len;
    md_comment *c = vec_push(&r->html_comments.items);
    c->offset = offset;
    c->length = end - offset;
    set_comment_text(r, c, offset + 4, body_end);
    r->html_done = end;
    /* "a <!-- c --> b" leaves "a b": the blanks before it go with it. */
    if (r->open && (end == r->len || is_blank(r->src[end]) || is_eol(r->src[end]))) {
        size_t blanks[2] = {r->b.len, r->b.len};
        while (blanks[0] > 0 && is_blank(r->b.text[blanks[0] - 1]))
            blanks[0]--;
        plain_delete(&r->b, blanks, blanks[0] < blanks[1]);
    }
}

/* Raw HTML: comments become blocks; <u> marks underline; other tags are dropped. */
static void html_text(md_reader *r, size_t offset, size_t n)
{
    const char *s = r->src + offset;
    if (offset + n > r->cursor)
        r->cursor = offset + n;
    if (offset < r->html_done)
        return;
    if (n >= 4 && memcmp(s, "<!--", 4) == 0) {
        html_comment(r, offset);
        return;
    }
    if (r->leaf == MD_BLOCK_HTML)
        return;
    ensure_text(r);
    if (n == 3 && strncasecmp(s, "<u>", 3) == 0) {
        *(size_t *)vec_push(&r->underline) = r->b.len;
        plain_open(&r->b);
    } else if (n == 4 && strncasecmp(s, "</u>", 4) == 0 && r->underline.len) {
        size_t start = *(size_t *)vec_at(&r->underline, --r->underline.len);
        plain_emphasis(&r->b, start, r->b.len, CLERK_EMPH_UNDERLINE);
    }
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
    md_reader *r = data;
    uintptr_t p = (uintptr_t)text, s = (uintptr_t)r->src;
    int in_source = p >= s && p + size <= s + r->len;
    size_t offset = in_source ? (size_t)(p - s) : 0;

    if (type == MD_TEXT_HTML) {
        if (in_source)
            html_text(r, offset, size);
        return 0;
    }
    ensure_text(r);
    if (!r->open)
        return 0;
    char decoded[8];
    size_t n;
    if (type == MD_TEXT_SOFTBR) {
        line_break(r, " ");
    } else if (type == MD_TEXT_BR) {
        line_break(r, "\n");
    } else if (type == MD_TEXT_NULLCHAR) {
        plain_stand_in(&r->b, "\xEF\xBF\xBD", 3, r->cursor, 1);
        r->cursor++;
    } else if (type == MD_TEXT_ENTITY && in_source && (n = decode_entity(text, size, decoded))) {
        note_source(r, offset, size);
        plain_stand_in(&r->b, decoded, n, offset, size);
    } else if (in_source) {
        note_source(r, offset, size); /* an entity of a name not known stays as written */
        plain_copy(&r->b, text, size, offset);
    } else if (size == 1 && text[0] == '\n') {
        line_break(r, "\n"); /* a line of a code block */
    } else {
        plain_stand_in(&r->b, text, size, r->cursor, 0);
    }
    return 0;
}

static int on_enter_block(MD_BLOCKTYPE type, void *detail, void *data)
{
    md_reader *r = data;
    finish_text(r);
    int depth = (int)r->items.len;
    switch (type) {
    case MD_BLOCK_LI:
        ((md_item *)vec_push(&r->items))->pending = 1;
        break;
    case MD_BLOCK_H:
        r->leaf = type;
        begin_text(r, CLERK_BLOCK_HEADING, (int)((MD_BLOCK_H_DETAIL *)detail)->level);
        break;
    case MD_BLOCK_P:
        r->leaf = type;
        begin_text(r, CLERK_BLOCK_PARAGRAPH, depth);
        break;
    case MD_BLOCK_CODE:
        r->leaf = type;
        begin_text(r, CLERK_BLOCK_CODE, depth);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        r->leaf = type;
        begin_text(r, CLERK_BLOCK_TABLE_CELL, depth);
        break;
    case MD_BLOCK_HTML:
        r->leaf = type;
        break;
    case MD_BLOCK_HR:
        emit_rule(r);
        break;
    default:
        break;
    }
    return 0;
}

/* An HTML block ends where md4c says: a comment it holds that is not closed
 * by then ends with it. */
static void end_html_block(md_reader *r)
{
    if (r->html_done <= r->cursor)
        return;
    r->html_done = r->cursor;
    md_comment *c = vec_at(&r->html_comments.items, r->html_comments.items.len - 1);
    c->length = r->cursor - c->offset;
    set_comment_text(r, c, c->offset + 4 < r->cursor ? c->offset + 4 : r->cursor, r->cursor);
}

static int on_leave_block(MD_BLOCKTYPE type, void *detail, void *data)
{
    (void)detail;
    md_reader *r = data;
    finish_text(r);
    if (type == MD_BLOCK_HTML)
        end_html_block(r);
    r->leaf = MD_BLOCK_DOC;
    if (type == MD_BLOCK_LI)
        r->items.len--;
    return 0;
}

static int on_enter_span(MD_SPANTYPE type, void *detail, void *data)
{
    (void)detail;
    md_reader *r = data;
    ensure_text(r);
    if (r->open)
        plain_open(&r->b);
    if (type != MD_SPAN_EM && type != MD_SPAN_STRONG)
        return 0;
    md_open_span *o = vec_push(&r->spans);
    o->kind = type == MD_SPAN_EM ? CLERK_EMPH_ITALIC : CLERK_EMPH_BOLD;
    o->start = r->b.len;
    return 0;
}

static int on_leave_span(MD_SPANTYPE type, void *detail, void *data)
{
    (void)detail;
    md_reader *r = data;
    if ((type != MD_SPAN_EM && type != MD_SPAN_STRONG) || r->spans.len == 0)
        return 0;
    const md_open_span *o = vec_at(&r->spans, --r->spans.len);
    plain_emphasis(&r->b, o->start, r->b.len, o->kind);
    return 0;
}

void markdown_read(clerk_doc *doc, size_t start)
{
    md_reader r;
    memset(&r, 0, sizeof r);
    r.doc = doc;
    r.src = doc->src;
    r.len = doc->len;
    r.start = r.cursor = start;
    r.leaf = MD_BLOCK_DOC;
    plain_init(&r.b);
    vec_init(&r.spans, sizeof(md_open_span));
    vec_init(&r.underline, sizeof(size_t));
    vec_init(&r.items, sizeof(md_item));
    vec_init(&r.line_comments.items, sizeof(md_comment));
    vec_init(&r.html_comments.items, sizeof(md_comment));
    vec_init(&r.footnotes.items, sizeof(md_footnote));
    vec_init(&r.ranges, sizeof(size_t));
    vec_init(&r.patches, sizeof(md_patch));
    vec_init(&r.saved, 1);

    scan_lines(&r);
    MD_PARSER parser = {
        0,
        MD_FLAG_TABLES | MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_STRIKETHROUGH,
        on_enter_block, on_leave_block, on_enter_span, on_leave_span, on_text,
        NULL, NULL,
    };
    md_parse(doc->src + start, (MD_SIZE)(doc->len - start), &parser, &r);
    finish_text(&r);
    flush_comments(&r, SIZE_MAX);
    restore_patches(&r);

    plain_free(&r.b);
    vec_free(&r.spans);
    vec_free(&r.underline);
    vec_free(&r.items);
    vec_free(&r.line_comments.items);
    vec_free(&r.html_comments.items);
    vec_free(&r.footnotes.items);
    vec_free(&r.ranges);
    vec_free(&r.patches);
    vec_free(&r.saved);
}
