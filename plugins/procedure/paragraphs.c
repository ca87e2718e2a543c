/*
 * procedure/paragraph-reference: "paragraph 7 above", "paragraphs 3 to 5
 * of the present resolution" point to numbered paragraphs that exist, on
 * the side the reference says.
 *
 * Paragraphs are numbered afresh in each annex, so a reference is looked up
 * in its own section first, then in the whole document (an annex may point
 * to the letter's paragraphs).  References to other documents ("paragraph
 * 12 of resolution 1631 (2005)") are not concerned, nor a bare "paragraph
 * 5", which may be anyone's; a section without numbered paragraphs says
 * nothing either way (a letter's paragraphs are counted, not numbered).
 */
#include "procedure.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_numbered_paragraph(const clerk_block *b)
{
    return b->number > 0 && b->label_style == CLERK_LABEL_ARABIC && b->role != CLERK_ROLE_SUBPARAGRAPH &&
           b->kind != CLERK_BLOCK_FOOTNOTE;
}

enum { ANY_SECTION = -1 };

/* Where a paragraph numbered n stands, seen from a reference. */
typedef struct sighting {
    int above, below;     /* one stands before / after the reference */
    int holding;          /* the number of the paragraph the reference is in */
    int lowest, highest;  /* of all the paragraph numbers looked at; 0 when none */
} sighting;

/*
 * Every paragraph label of the document, gathered once: looking each
 * reference up by reading the whole document made the rule quadratic (a
 * 100 MB report took minutes).  Blocks come in document order and
 * sections hold runs of them, so the labels of a section are a run of
 * `placed`, and `numbered` keeps the labels of each number in document
 * order too.
 */
typedef struct label {
    size_t offset;
    size_t section;
    int number;
} label;

typedef struct label_index {
    label *placed;        /* in document order */
    label *numbered;      /* by number, then in document order */
    size_t count, cap;
    int out_of_memory;
    size_t sections;
    int (*bounds)[2];     /* per section, then the whole document: lowest and highest */
} label_index;

static void add_label(label_index *ix, size_t offset, size_t section, int number)
{
    if (ix->count == ix->cap) {
        size_t cap = ix->cap ? ix->cap * 2 : 64;
        label *grown = realloc(ix->placed, cap * sizeof *grown);
        if (!grown) {
            ix->out_of_memory = 1;
            return;
        }
        ix->placed = grown;
        ix->cap = cap;
    }
    ix->placed[ix->count++] = (label){offset, section, number};
}

/*
 * Paragraph labels at the start of a line inside a block: a plain-text
 * conversion that lost the blank lines between numbered paragraphs leaves
 * "12. Emphasizes ..." in the middle of the block before it.
 */
static void add_labels_inside(label_index *ix, const char *src, const clerk_block *b)
{
    size_t end = b->offset + b->length;
    for (const char *nl = memchr(src + b->offset, '\n', b->length); nl;
         nl = memchr(nl + 1, '\n', (size_t)(src + end - nl - 1))) {
        size_t q = (size_t)(nl - src) + 1;
        while (q < end && (src[q] == ' ' || src[q] == '\t'))
            q++;
        int number = 0;
        size_t digits = 0;
        while (q + digits < end && isdigit((unsigned char)src[q + digits]) && digits < 3)
            number = number * 10 + (src[q + digits++] - '0');
        if (digits && q + digits + 1 < end && src[q + digits] == '.' && src[q + digits + 1] == ' ')
            add_label(ix, q, b->section, number);
    }
}

static int by_number(const void *a, const void *b)
{
    const label *x = a, *y = b;
    if (x->number != y->number)
        return x->number < y->number ? -1 : 1;
    return (x->offset > y->offset) - (x->offset < y->offset);
}

static int index_labels(const clerk_api *api, const clerk_doc *doc, label_index *ix)
{
    const char *src = api->source(doc, NULL);
    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (is_numbered_paragraph(b))
            add_label(ix, b->offset, b->section, b->number);
        if (b->kind != CLERK_BLOCK_HEADING && b->kind != CLERK_BLOCK_CODE)
            add_labels_inside(ix, src, b);
    }
    ix->sections = api->section_count(doc);
    ix->bounds = calloc(ix->sections + 1, sizeof *ix->bounds);
    ix->numbered = malloc((ix->count ? ix->count : 1) * sizeof *ix->numbered);
    if (!ix->bounds || !ix->numbered || ix->out_of_memory)
        return -1;
    for (size_t i = 0; i < ix->count; i++) {
        const label *l = &ix->placed[i];
        size_t scopes[2] = {l->section, ix->sections};
        for (int k = 0; k < 2; k++) {
            int *bound = ix->bounds[scopes[k]];
            if (!bound[0] || l->number < bound[0])
                bound[0] = l->number;
            if (l->number > bound[1])
                bound[1] = l->number;
        }
    }
    if (ix->count) {
        memcpy(ix->numbered, ix->placed, ix->count * sizeof *ix->placed);
        qsort(ix->numbered, ix->count, sizeof *ix->numbered, by_number);
    }
    return 0;
}

static void free_labels(label_index *ix)
{
    free(ix->placed);
    free(ix->numbered);
    free(ix->bounds);
}

/* The first label of a (number, section) at or after `from` in document
 * order, or past them all; section ANY_SECTION matches every section. */
static size_t first_numbered(const label_index *ix, int number, long section, size_t from)
{
    size_t lo = 0, hi = ix->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const label *l = &ix->numbered[mid];
        int before = l->number != number ? l->number < number
                     : section != ANY_SECTION && l->section != (size_t)section ? l->section < (size_t)section
                     : l->offset < from;
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int numbered_here(const label_index *ix, size_t i, int number, long section)
{
    return i < ix->count && ix->numbered[i].number == number &&
           (section == ANY_SECTION || ix->numbered[i].section == (size_t)section);
}

/* The last label at or before ref, in the section when one is given. */
static const label *holding(const label_index *ix, size_t ref, long section)
{
    size_t lo = 0, hi = ix->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->placed[mid].offset <= ref)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo > 0; lo--) {
        const label *l = &ix->placed[lo - 1];
        if (section == ANY_SECTION || l->section == (size_t)section)
            return l;
        if (l->section < (size_t)section)
            break;
    }
    return NULL;
}

static sighting look_for(const label_index *ix, int number, size_t ref, long section)
{
    sighting s = {0, 0, 0, 0, 0};
    size_t scope = section == ANY_SECTION ? ix->sections : (size_t)section;
    s.lowest = ix->bounds[scope][0];
    s.highest = ix->bounds[scope][1];
    const label *in = holding(ix, ref, section);
    if (in)
        s.holding = in->number;
    size_t first = first_numbered(ix, number, section, 0);
    s.above = numbered_here(ix, first, number, section) && ix->numbered[first].offset <= ref;
    s.below = numbered_here(ix, first_numbered(ix, number, section, ref + 1), number, section);
    return s;
}

static int seen(sighting s, int number, clerk_xref_direction d)
{
    if (s.holding == number)
        return 1; /* "paragraph 1 (b) below" from within paragraph 1 */
    return d == CLERK_XREF_ABOVE ? s.above : d == CLERK_XREF_BELOW ? s.below : s.above || s.below;
}

static size_t skip_spaces(const char *t, size_t len, size_t p)
{
    while (p < len && isspace((unsigned char)t[p]))
        p++;
    return p;
}

/* Past the rest of a list of paragraphs: "(a)", "and 55 (c) (iv)", "to 7". */
static size_t skip_list(const char *t, size_t len, size_t p)
{
    static const char *const joins[] = {"and", "or", "to"};
    for (;;) {
        p = skip_spaces(t, len, p);
        size_t q = p;
        if (q < len && t[q] == '(') {
            while (q < len && t[q] != ')')
                q++;
            q += q < len;
        } else if (q < len && (isdigit((unsigned char)t[q]) || t[q] == ',')) {
            while (q < len && (isdigit((unsigned char)t[q]) || t[q] == ','))
                q++;
        } else {
            for (size_t i = 0; i < sizeof joins / sizeof joins[0] && q == p; i++)
                q += phrase_at(t, len, p, joins[i]);
        }
        if (q == p)
            return p;
        p = q;
    }
}

/*
 * The words after the reference tie it to something else: "paragraph 3 of
 * section II", "paragraphs 54 (g) and 55 (c) of that report".  "Of the
 * present ..." and "of this ..." keep it in the document — in a resolution
 * only when they name the resolution: there "this same report" is another
 * document's.
 */
static int qualified_elsewhere(const clerk_block *b, const clerk_section *sec, const clerk_xref *x)
{
    const char *t = b->text;
    size_t len = b->text_length, p = skip_list(t, len, x->loc.text_offset + x->loc.text_length);
    static const char *const sides[] = {"above", "below"};
    for (size_t i = 0; i < 2; i++)
        if (phrase_at(t, len, p, sides[i]))
            p = skip_spaces(t, len, p + strlen(sides[i]));
    size_t of = phrase_at(t, len, p, "of");
    if (!of)
        return 0;
    p = skip_spaces(t, len, p + of);
    size_t own = phrase_at(t, len, p, "the present");
    if (!own)
        own = phrase_at(t, len, p, "this");
    if (!own)
        return 1;
    p = skip_spaces(t, len, p + own);
    return sec->is_resolution && !phrase_at(t, len, p, "resolution") && !phrase_at(t, len, p, "decision");
}

static void scope_name(const clerk_section *sec, char *out, size_t size)
{
    if (sec->kind == CLERK_SECTION_FOOTNOTES)
        snprintf(out, size, "the document's");
    else if (sec->is_resolution)
        snprintf(out, size, "the resolution's");
    else if (sec->kind == CLERK_SECTION_ANNEX && sec->label[0])
        snprintf(out, size, "annex %s's", sec->label);
    else if (sec->kind == CLERK_SECTION_ANNEX)
        snprintf(out, size, "the annex's");
    else
        snprintf(out, size, "the document's");
}

/*
 * Where to look for the paragraphs a reference names: its own section, and
 * then the whole document — unless it stands in a resolution, which cites
 * only its own paragraphs so.  A footnote has no numbered paragraphs of its
 * own and stands after all of them: from it, only existence counts.
 */
static void check_reference(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            const label_index *ix, const clerk_xref *x)
{
    const clerk_block *b = api->block(doc, x->loc.block);
    const clerk_section *sec = api->section(doc, b->section);
    int footnote = sec->kind == CLERK_SECTION_FOOTNOTES;
    long scope = footnote ? ANY_SECTION : (long)b->section;
    if (qualified_elsewhere(b, sec, x))
        return;
    clerk_xref_direction dir = footnote ? CLERK_XREF_NONE : x->direction;
    int ends[2] = {x->first, x->last > x->first ? x->last : x->first};
    for (int k = 0; k < (ends[1] != ends[0]) + 1; k++) {
        int number = ends[k];
        sighting here = look_for(ix, number, x->loc.offset, scope);
        if (!here.highest)
            return; /* no numbered paragraphs to judge by */
        if (seen(here, number, dir) ||
            (!sec->is_resolution && seen(look_for(ix, number, x->loc.offset, ANY_SECTION), number, dir)))
            continue;
        if (here.above || here.below) {
            api->report(ctx, x->loc.offset, x->loc.length, NULL,
                        "paragraph %d is %s this reference, not %s", number, here.above ? "above" : "below",
                        dir == CLERK_XREF_ABOVE ? "above" : "below");
        } else {
            char name[64];
            scope_name(sec, name, sizeof name);
            api->report(ctx, x->loc.offset, x->loc.length, NULL,
                        "there is no paragraph %d: %s numbered paragraphs run from %d to %d", number,
                        name, here.lowest, here.highest);
        }
        return;
    }
}

void check_paragraph_reference(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    label_index ix = {0};
    int indexed = 0;
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_XREF); i < n; i++) {
        const clerk_xref *x = clerk_xref_at(api, doc, i);
        if (x->kind != CLERK_XREF_PARAGRAPH || x->external || x->first <= 0 ||
            (x->direction == CLERK_XREF_NONE && !x->present_document))
            continue;
        if (!indexed) {
            if (index_labels(api, doc, &ix) != 0)
                break; /* out of memory: the rule says nothing */
            indexed = 1;
        }
        check_reference(api, doc, ctx, &ix, x);
    }
    free_labels(&ix);
}
