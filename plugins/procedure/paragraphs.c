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

static void sight(sighting *s, size_t label_offset, int number, int wanted, size_t ref)
{
    if (!s->lowest || number < s->lowest)
        s->lowest = number;
    if (number > s->highest)
        s->highest = number;
    if (label_offset <= ref)
        s->holding = number;
    if (number == wanted) {
        s->above |= label_offset <= ref;
        s->below |= label_offset > ref;
    }
}

/*
 * Paragraph labels at the start of a line inside a block: a plain-text
 * conversion that lost the blank lines between numbered paragraphs leaves
 * "12. Emphasizes ..." in the middle of the block before it.
 */
static void sight_inside(const char *src, const clerk_block *b, int wanted, size_t ref, sighting *s)
{
    size_t end = b->offset + b->length;
    for (size_t p = b->offset; p < end; p++) {
        if (src[p] != '\n')
            continue;
        size_t q = p + 1;
        while (q < end && (src[q] == ' ' || src[q] == '\t'))
            q++;
        int number = 0;
        size_t digits = 0;
        while (q + digits < end && isdigit((unsigned char)src[q + digits]) && digits < 3)
            number = number * 10 + (src[q + digits++] - '0');
        if (digits && q + digits + 1 < end && src[q + digits] == '.' && src[q + digits + 1] == ' ')
            sight(s, q, number, wanted, ref);
    }
}

static sighting look_for(const clerk_api *api, const clerk_doc *doc, int number, size_t ref,
                         long section)
{
    sighting s = {0, 0, 0, 0, 0};
    const char *src = api->source(doc, NULL);
    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (section != ANY_SECTION && b->section != (size_t)section)
            continue;
        if (is_numbered_paragraph(b))
            sight(&s, b->offset, b->number, number, ref);
        if (b->kind != CLERK_BLOCK_HEADING && b->kind != CLERK_BLOCK_CODE)
            sight_inside(src, b, number, ref, &s);
    }
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
                            const clerk_xref *x)
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
        sighting here = look_for(api, doc, number, x->loc.offset, scope);
        if (!here.highest)
            return; /* no numbered paragraphs to judge by */
        if (seen(here, number, dir) ||
            (!sec->is_resolution && seen(look_for(api, doc, number, x->loc.offset, ANY_SECTION), number, dir)))
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
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_XREF); i < n; i++) {
        const clerk_xref *x = clerk_xref_at(api, doc, i);
        if (x->kind == CLERK_XREF_PARAGRAPH && !x->external && x->first > 0 &&
            (x->direction != CLERK_XREF_NONE || x->present_document))
            check_reference(api, doc, ctx, x);
    }
}
