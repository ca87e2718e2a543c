/*
 * How the paragraphs of a resolution end.  A preambular paragraph ends with
 * a comma; an operative paragraph with a semicolon, the last with a full
 * stop.  A paragraph that ends with a colon introduces sub-paragraphs, and
 * they end as it would have: the last of them with the paragraph's own
 * mark (a comma in the preamble, a semicolon, a full stop at the very end),
 * the others alike — with semicolons, or commas where the sentence runs on,
 * or full stops in a list of sentences.  A sub-paragraph may introduce
 * sub-paragraphs of its own ((a) then (i), (ii)), which end as it would.
 *
 * The paragraphs form a tree: each sub-paragraph's parent is the paragraph
 * before its list began.  A paragraph with children is judged through its
 * last child, so "... as follows:" and "(c) ...." make one sentence.  What
 * cannot be judged is left alone: a paragraph that ends with no mark (cut
 * by a page break, or a heading such as "(a) Protection of civilians"), a
 * question, a colon that introduces a quoted text rather than a list.  In
 * plain text whose paragraphs are broken into lines as on a printed page,
 * a comma for a semicolon or a full stop (and back) is the commonest
 * misreading of a scan, and is not taken for the drafter's.
 */
#include "resolution.h"

#include <stdlib.h>
#include <string.h>

#define NO_NODE ((size_t)-1)

static const char separators[] = ";,.";

/* The style of a sub-paragraph's list: its label's, or for a label the
 * reader left in the text ("ii.", "e.", "–"), what it looks like. */
static int list_style(const clerk_block *b)
{
    if (b->label_style != CLERK_LABEL_NONE)
        return b->label_style;
    const char *s = b->text;
    size_t i = b->text_length > 0 && s[0] == '(';
    size_t j = i;
    while (j < b->text_length && j - i < 5 && s[j] >= 'a' && s[j] <= 'z')
        j++;
    if (j == i || j >= b->text_length || (s[j] != '.' && s[j] != ')'))
        return CLERK_LABEL_BULLET;
    for (size_t k = i; k < j; k++)
        if (s[k] != 'i' && s[k] != 'v' && s[k] != 'x')
            return CLERK_LABEL_LETTER;
    return CLERK_LABEL_ROMAN;
}

typedef struct open_list {
    int style;
    size_t parent;
} open_list;

/* The parent of a sub-paragraph of the given style: the one its list
 * belongs to if the list is open, else the node before it, whose list it
 * begins. */
static size_t parent_of(open_list *lists, size_t *depth, int style, size_t before)
{
    for (size_t k = *depth; k-- > 0;) {
        if (lists[k].style == style) {
            *depth = k + 1;
            return lists[k].parent;
        }
    }
    lists[*depth] = (open_list){ style, before };
    (*depth)++;
    return before;
}

/* "6, Also requests ...;", "l. Decides ...;": a numbered paragraph the
 * reader missed, or an operative one the core took for preambular for want
 * of italics or of a number, ends as an operative paragraph; and a
 * paragraph that serves as the preamble of a part ends as one. */
static clerk_role role_of(memo *m, size_t i, size_t end, int mark)
{
    const clerk_block *b = m->api->block(m->doc, i);
    if (serves_as_preamble(m, i, end))
        return CLERK_ROLE_PREAMBULAR;
    if (b->role != CLERK_ROLE_PREAMBULAR)
        return b->role;
    const block_facts *f = memo_block(m, i);
    int verb = f->main.length > 0 &&
               word_list_has(&m->st->operative, b->text + f->main.offset, f->main.length);
    return f->numbered || (verb && (mark == ';' || mark == '.')) ? CLERK_ROLE_OPERATIVE
                                                                 : CLERK_ROLE_PREAMBULAR;
}

static void add_node(memo *m, tree *t, open_list *lists, size_t *depth, size_t i, size_t end)
{
    const clerk_block *b = m->api->block(m->doc, i);
    node *n = &t->nodes[t->count];
    *n = (node){ CLERK_ROLE_NONE, 0, NO_NODE, NO_NODE, 0, i, 0, { 0, 0, 0 } };
    /* Paragraphs a conversion ran into one block are not judged, but the
     * operative part may end among them. */
    int merged = is_paragraph(b) && text_holds_paragraphs(b->text, b->text_length);
    if (is_paragraph(b) && !merged) {
        const block_facts *f = memo_block(m, i);
        n->mark = f->mark;
        n->mark_at = f->mark_at;
        n->role = role_of(m, i, end, n->mark);
    }
    if (b->role == CLERK_ROLE_SUBPARAGRAPH) {
        n->style = list_style(b);
        size_t before = t->count > 0 ? t->count - 1 : NO_NODE;
        n->parent = before == NO_NODE ? NO_NODE : parent_of(lists, depth, n->style, before);
    } else {
        *depth = 0;
    }
    if (n->parent != NO_NODE)
        t->nodes[n->parent].last_child = t->count;
    if (n->role == CLERK_ROLE_OPERATIVE || merged)
        t->last_operative = t->count;
    t->count++;
}

/* The block's source runs over several lines. */
static int printed_lines(const char *src, const clerk_block *b)
{
    size_t end = b->offset + b->length;
    while (end > b->offset && (src[end - 1] == '\n' || src[end - 1] == '\r'))
        end--;
    return memchr(src + b->offset, '\n', end - b->offset) != NULL;
}

/* Plain text (no italics anywhere) whose paragraphs run over several lines
 * each, as a scan or a PDF gives them, not one line each as typed. */
static int scanned(memo *m)
{
    if (memo_uses_italics(m))
        return 0;
    const clerk_api *api = m->api;
    size_t len, paragraphs = 0, broken = 0;
    const char *src = api->source(m->doc, &len);
    for (size_t i = 0; i < m->blocks; i++) {
        const clerk_block *b = api->block(m->doc, i);
        if (b->kind == CLERK_BLOCK_PARAGRAPH || b->kind == CLERK_BLOCK_LIST_ITEM) {
            paragraphs++;
            broken += printed_lines(src, b);
        }
    }
    return broken >= 2 && 4 * broken >= paragraphs;
}

/* How the node's sentence ends: its own mark, or for one that hands it
 * on to sub-paragraphs, the mark of the last of them. */
static int effective_end(const tree *t, size_t k)
{
    while (t->nodes[k].last_child != NO_NODE)
        k = t->nodes[k].last_child;
    return t->nodes[k].mark;
}

/* Room for n nodes, those of the tree's last build reused. */
static int reserve(tree *t, size_t n)
{
    if (n <= t->capacity)
        return 0;
    node *nodes = realloc(t->nodes, n * sizeof *nodes);
    if (!nodes)
        return -1;
    t->nodes = nodes;
    t->capacity = n;
    return 0;
}

int tree_build(memo *m, const resolution *r, tree *t)
{
    const clerk_api *api = m->api;
    size_t cap = r->end - r->first;
    open_list *lists = calloc(cap + 1, sizeof *lists);
    t->count = 0;
    t->last_operative = NO_NODE;
    if (!lists || reserve(t, cap + 1) != 0) {
        free(lists);
        return -1;
    }
    size_t depth = 0;
    t->scanned = scanned(m);
    for (size_t i = r->first; i < r->end; i++) {
        const clerk_block *b = api->block(m->doc, i);
        if (b->role == CLERK_ROLE_CLOSING)
            break;
        if (!is_text_block(b))
            continue;
        node *prev = t->count > 0 ? &t->nodes[t->count - 1] : NULL;
        /* The rest of a paragraph a page break cut: its end is the paragraph's. */
        if (prev && prev->role == b->role && is_paragraph(b) && b->label_style == CLERK_LABEL_NONE) {
            const block_facts *f = memo_block(m, i);
            if (f->continuation) {
                prev->mark = f->mark;
                prev->mark_at = f->mark_at;
                prev->mark_block = i;
                continue;
            }
        }
        add_node(m, t, lists, &depth, i, r->end);
    }
    free(lists);
    for (size_t k = 0; k < t->count; k++) {
        const node *n = &t->nodes[k];
        int end = effective_end(t, k);
        const char *sep = end ? strchr(separators, end) : NULL;
        if (n->parent != NO_NODE && t->nodes[n->parent].last_child != k && sep)
            t->nodes[n->parent].seps[sep - separators]++;
    }
    return 0;
}

/* How most children of the node but the last end: ';', ',' or '.'; 0 when
 * none has a mark.  A tie goes to the semicolon, then the comma. */
static int usual_separator(const node *n)
{
    int best = 0;
    for (int k = 1; k < 3; k++)
        if (n->seps[k] > n->seps[best])
            best = k;
    return n->seps[best] > 0 ? separators[best] : 0;
}

/* The mark the node must end with, were it the end of its sentence: 0
 * when it cannot be told. */
static int expected_end(const tree *t, size_t k)
{
    const node *n = &t->nodes[k];
    if (n->parent == NO_NODE) {
        if (n->role == CLERK_ROLE_PREAMBULAR)
            return ',';
        if (n->role == CLERK_ROLE_OPERATIVE)
            return k == t->last_operative ? '.' : ';';
        return 0;
    }
    const node *p = &t->nodes[n->parent];
    /* The parent must hand its sentence on: a colon, a comma ("Decides,
     * ..., (a) to establish"), or no mark at all (a heading). */
    if (p->role == CLERK_ROLE_NONE || (p->mark != ':' && p->mark != ',' && p->mark != 0))
        return 0;
    if (p->last_child != k) {
        int sep = usual_separator(p);
        return sep == 0 ? ';' : sep;
    }
    return usual_separator(p) == '.' ? '.' : expected_end(t, n->parent);
}

static void report(const clerk_api *api, clerk_ctx *ctx, const tree *t, size_t k, int expected)
{
    const node *n = &t->nodes[k];
    char fix[2] = { (char)expected, '\0' };
    if (n->role == CLERK_ROLE_PREAMBULAR)
        api->report_text(ctx, n->mark_block, n->mark_at, 1, fix,
                         "the preambular paragraph ends with '%c'; a preambular paragraph ends "
                         "with a comma",
                         n->mark);
    else if (n->role == CLERK_ROLE_OPERATIVE && expected == '.')
        api->report_text(ctx, n->mark_block, n->mark_at, 1, fix,
                         "the last operative paragraph ends with '%c' instead of a full stop",
                         n->mark);
    else if (n->role == CLERK_ROLE_OPERATIVE)
        api->report_text(ctx, n->mark_block, n->mark_at, 1, fix,
                         "the operative paragraph ends with '%c'; operative paragraphs end with a "
                         "semicolon, the last with a full stop",
                         n->mark);
    else if (t->nodes[n->parent].last_child == k)
        api->report_text(ctx, n->mark_block, n->mark_at, 1, fix,
                         "the last sub-paragraph ends with '%c'; it ends as the paragraph it "
                         "completes would, with '%c'",
                         n->mark, expected);
    else
        api->report_text(ctx, n->mark_block, n->mark_at, 1, fix,
                         "the sub-paragraph ends with '%c' where the others of its list end "
                         "with '%c'",
                         n->mark, expected);
}

static void judge(memo *m, clerk_ctx *ctx, const resolution *r, clerk_role role)
{
    const tree *t = memo_tree(m, r);
    if (!t)
        return;
    for (size_t k = 0; k < t->count; k++) {
        const node *n = &t->nodes[k];
        if (n->role != role || n->last_child != NO_NODE || n->mark == 0 || n->mark == ':' ||
            n->mark == '?' || n->mark == '!')
            continue;
        int expected = expected_end(t, k);
        /* A scan reads a semicolon or a full stop as a comma, and back. */
        if (expected != 0 && n->mark != expected && !(t->scanned && (n->mark == ',' || expected == ',')))
            report(m->api, ctx, t, k, expected);
    }
}

static void preambular(memo *m, clerk_ctx *ctx, const resolution *r)
{
    judge(m, ctx, r, CLERK_ROLE_PREAMBULAR);
}

static void operative(memo *m, clerk_ctx *ctx, const resolution *r)
{
    judge(m, ctx, r, CLERK_ROLE_OPERATIVE);
}

static void subparagraphs(memo *m, clerk_ctx *ctx, const resolution *r)
{
    judge(m, ctx, r, CLERK_ROLE_SUBPARAGRAPH);
}

void check_preambular_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, preambular);
}

void check_operative_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, operative);
}

void check_subparagraph_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    each_resolution(api, doc, ctx, subparagraphs);
}
