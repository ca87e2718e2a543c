/*
 * structure/paragraph-sequence: numbered paragraphs run 1, 2, 3 within a
 * section, sub-paragraphs (a), (b), (c) within their paragraph, and
 * (i), (ii), (iii) within their sub-paragraph.
 *
 * Three fixed levels, as the editorial rules of the United Nations nest
 * them: arabic > letter > roman.  A label at one level closes the levels
 * below it.  What real documents do besides, and this rule accepts:
 *
 *  - the first paragraph of a section may carry any number (an extract
 *    starts at paragraph 12);
 *  - a level starts again at 1 once something unnumbered has come between
 *    (the "B" of a resolution in parts, a chapeau, a heading);
 *  - in an extract (a section whose first paragraph is not 1), numbers
 *    may jump forward after a heading: a document reproducing selected
 *    paragraphs of another heads each with its subject;
 *  - a list may open inside a paragraph that ends with a colon and run
 *    1, 2, 3 before the paragraphs resume where they were ("6. ... the
 *    following:", "1.", "2.", "7.");
 *  - a numbered heading ("2. Subsidiary organs") out of the paragraphs'
 *    run is a heading, not a paragraph out of place.
 *
 * A number the reader could not take for a label ("5 Encourages", "4,",
 * a paragraph run into the one before it) shows as a gap; it is reported
 * where it stands, as what it is.
 */
#include "structure.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Lists nested in a list, each suspending the run around it. */
enum { MAX_NESTING = 4 };

typedef struct level {
    int last;           /* value of the last label seen; 0 for none */
    int upper;          /* that label was in capitals */
    size_t block;       /* the block that carried it */
    int interrupted;    /* something unnumbered came after it */
    int headed;         /* a heading came after it */
    int outer[MAX_NESTING]; /* last values of the runs a restart suspended */
    int depth;
} level;

/* What came before the block being read, in its section. */
typedef struct context {
    level levels[LEVEL_COUNT];
    const clerk_block *prev; /* the block before, in the section; NULL at its start */
    int extract;        /* the first paragraph was not 1: selected paragraphs */
} context;

/* The previous block ends with ':' and opens a list.  Asked only of a
 * label that may open one, so its end is not read for every block. */
static int after_colon(const context *cx)
{
    return cx->prev && text_final_mark(cx->prev->text, cx->prev->text_length) == ':';
}

static int is_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

/*
 * Which level a sub-paragraph label belongs to.  "(i)" after "(h)" is the
 * ninth letter, unless "(h)" opened a list with its colon, and "(v)" after
 * "(iv)" the fifth numeral, whatever the reader guessed: a label that
 * continues a running sequence wins.
 */
static int sub_level(const clerk_block *b, const context *cx, int *value)
{
    const level *letters = &cx->levels[LEVEL_LETTER], *romans = &cx->levels[LEVEL_ROMAN];
    int as_letter = label_letter_value(b->label);
    int as_roman = label_roman_value(b->label);

    if (as_roman == 1 && after_colon(cx)) {
        *value = as_roman;
        return LEVEL_ROMAN;
    }
    if (as_letter && letters->last && as_letter == letters->last + 1) {
        *value = as_letter;
        return LEVEL_LETTER;
    }
    if (as_roman && romans->last && as_roman == romans->last + 1) {
        *value = as_roman;
        return LEVEL_ROMAN;
    }
    if (b->label_style == CLERK_LABEL_ROMAN && as_roman) {
        *value = as_roman;
        return LEVEL_ROMAN;
    }
    if (as_letter) {
        *value = as_letter;
        return LEVEL_LETTER;
    }
    return -1;
}

static void report_out_of_sequence(const clerk_api *api, clerk_ctx *ctx, const clerk_block *b,
                                   int lvl, const level *levels)
{
    const level *here = &levels[lvl];
    const char *got = b->label;
    char prev[16], want[16];
    label_format(lvl, here->last + 1, isupper((unsigned char)got[0]) != 0, want, sizeof want);

    if (lvl == LEVEL_ARABIC) {
        api->report(ctx, b->label_offset, b->label_length, NULL,
                    "paragraph %s follows paragraph %d (expected %s)", got, here->last, want);
        return;
    }
    if (here->last) {
        label_format(lvl, here->last, here->upper, prev, sizeof prev);
        api->report(ctx, b->label_offset, b->label_length, NULL,
                    "sub-paragraph (%s) follows (%s) (expected (%s))", got, prev, want);
        return;
    }
    /* The first of its list: name the parent it opens. */
    const level *parent = &levels[lvl - 1];
    if (parent->last) {
        label_format(lvl - 1, parent->last, parent->upper, prev, sizeof prev);
        api->report(ctx, b->label_offset, b->label_length, NULL,
                    lvl - 1 == LEVEL_ARABIC
                        ? "sub-paragraph (%s) opens paragraph %s (expected (%s))"
                        : "sub-paragraph (%s) opens (%s) (expected (%s))",
                    got, prev, want);
    } else {
        api->report(ctx, b->label_offset, b->label_length, NULL,
                    "sub-paragraph (%s) opens its list (expected (%s))", got, want);
    }
}

static int is_numbered_paragraph(const clerk_block *b)
{
    return b->label_style == CLERK_LABEL_ARABIC &&
           (b->role == CLERK_ROLE_NUMBERED || b->role == CLERK_ROLE_OPERATIVE) &&
           is_digits(b->label);
}

static int is_subparagraph(const clerk_block *b)
{
    return b->role == CLERK_ROLE_SUBPARAGRAPH &&
           (b->label_style == CLERK_LABEL_LETTER || b->label_style == CLERK_LABEL_ROMAN);
}

static int reads_as_heading(const clerk_block *b)
{
    return text_is_heading_like(b->text, b->text_length) || text_is_bold(b);
}

static int starts_with_word(const clerk_block *b, const char *word)
{
    size_t n = strlen(word);
    return b->text_length > n && strncasecmp(b->text, word, n) == 0 && b->text[n] == ' ';
}

static int is_heading(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_HEADING || b->role == CLERK_ROLE_TITLE || reads_as_heading(b);
}

/* Blocks that stand between paragraphs without breaking their run. */
static int is_transparent(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_COMMENT || b->kind == CLERK_BLOCK_FOOTNOTE ||
           b->kind == CLERK_BLOCK_RULE || b->text_length == 0;
}

/* The number of the next numbered paragraph of the section, 0 if none. */
static int next_number(const clerk_api *api, const clerk_doc *doc, size_t i)
{
    size_t section = api->block(doc, i)->section;
    for (size_t j = i + 1, n = api->block_count(doc); j < n; j++) {
        const clerk_block *b = api->block(doc, j);
        if (b->section != section)
            break;
        if (is_numbered_paragraph(b))
            return (int)strtol(b->label, NULL, 10);
    }
    return 0;
}

/* The suspended run the value takes up again, or -1. */
static int resumed_run(const level *here, int value)
{
    for (int k = here->depth - 1; k >= 0; k--)
        if (value == here->outer[k] + 1)
            return k;
    return -1;
}

static void suspend(level *here)
{
    if (here->depth == MAX_NESTING) {
        memmove(here->outer, here->outer + 1, sizeof here->outer[0] * (MAX_NESTING - 1));
        here->depth--;
    }
    here->outer[here->depth++] = here->last;
}

static int is_next(const level *here, int lvl, int value)
{
    return value == here->last + 1 || (lvl == LEVEL_ARABIC && here->last == 0);
}

static int is_restart(const level *here, const context *cx, int value)
{
    return value == 1 && (here->interrupted || after_colon(cx));
}

/* A value the run accepts: the next, a restart, the resumption of an outer
 * run, or, in an extract, a jump forward after a heading. */
static int fits(const context *cx, int lvl, int value)
{
    const level *here = &cx->levels[lvl];
    return is_next(here, lvl, value) || is_restart(here, cx, value) ||
           resumed_run(here, value) >= 0 || (cx->extract && here->headed && value > here->last);
}

/* Looks for the label that should have come before this one; see
 * report_lost_label(). */
static int found_lost_label(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                            size_t i, const level *here, int lvl, int value)
{
    const clerk_block *b = api->block(doc, i);
    int upper = isupper((unsigned char)b->label[0]) != 0;
    if (here->last == 0)
        return value == 2 && i > 0 && report_lost_label(api, doc, ctx, i - 1, i, lvl, 1, upper);
    return value == here->last + 2 &&
           report_lost_label(api, doc, ctx, here->block, i, lvl, here->last + 1, upper);
}

/* "58. (a) Requests ...": a paragraph whose text opens with the first
 * sub-paragraph's label, which the reader left in the text. */
static void take_inline_label(const clerk_block *b, context *cx, int lvl)
{
    const char *t = b->text;
    if (lvl == LEVEL_ROMAN || b->text_length < 3 || t[0] != '(' || t[2] != ')')
        return;
    if (lvl == LEVEL_ARABIC && t[1] == 'a')
        cx->levels[LEVEL_LETTER].last = 1;
    else if (t[1] == 'i')
        cx->levels[LEVEL_ROMAN].last = 1;
}

/* Checks one label against its level and makes it the level's last. */
static void step(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, size_t i,
                 context *cx, int lvl, int value)
{
    const clerk_block *b = api->block(doc, i);
    level *here = &cx->levels[lvl];

    if (lvl == LEVEL_ARABIC && here->last == 0 && here->depth == 0)
        cx->extract = value > 1;
    if (is_next(here, lvl, value)) {
        /* in its run */
    } else if (is_restart(here, cx, value)) {
        suspend(here);
    } else if (resumed_run(here, value) >= 0) {
        here->depth = resumed_run(here, value);
    } else if (!fits(cx, lvl, value) && !found_lost_label(api, doc, ctx, i, here, lvl, value)) {
        report_out_of_sequence(api, ctx, b, lvl, cx->levels);
        /* A misprint ("8." for "5." before "6."): the run goes on from
         * the number meant, so the next paragraph is not reported too. */
        if (lvl == LEVEL_ARABIC && next_number(api, doc, i) == here->last + 2)
            value = here->last + 1;
    }

    here->last = value;
    here->upper = isupper((unsigned char)b->label[0]) != 0;
    here->block = i;
    here->interrupted = here->headed = 0;
    for (int below = lvl + 1; below < LEVEL_COUNT; below++)
        memset(&cx->levels[below], 0, sizeof cx->levels[below]);
    take_inline_label(b, cx, lvl);
}

static void interrupt(context *cx, int heading)
{
    for (int l = 0; l < LEVEL_COUNT; l++) {
        cx->levels[l].interrupted = 1;
        cx->levels[l].headed |= heading;
    }
}

/*
 * A numbered block that reads as a heading ("2. Subsidiary organs") is one
 * when the numbered paragraphs do not run through it: the next number is
 * not its successor.  One that continues the run is a paragraph that lost
 * its full stop.
 */
static int is_numbered_heading(const clerk_api *api, const clerk_doc *doc, size_t i,
                               const level *here, int value)
{
    const clerk_block *b = api->block(doc, i);
    if ((here->last && value == here->last + 1) || !reads_as_heading(b))
        return 0;
    int next = next_number(api, doc, i);
    return next != 0 && next != value + 1;
}

static void paragraph(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, size_t i,
                      context *cx)
{
    int value = (int)strtol(api->block(doc, i)->label, NULL, 10);
    if (is_numbered_heading(api, doc, i, &cx->levels[LEVEL_ARABIC], value))
        interrupt(cx, 1);
    else
        step(api, doc, ctx, i, cx, LEVEL_ARABIC, value);
}

/* A sub-paragraph, or a lettered heading ("(b) External resources") that
 * does not fit the run of its level. */
static void subparagraph(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, size_t i,
                         context *cx, int lvl, int value)
{
    const clerk_block *b = api->block(doc, i);
    if (!fits(cx, lvl, value) && reads_as_heading(b))
        interrupt(cx, 1);
    else
        step(api, doc, ctx, i, cx, lvl, value);
}

void check_paragraph_sequence(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    context cx;
    size_t section = (size_t)-1;

    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (b->section != section) {
            memset(&cx, 0, sizeof cx);
            section = b->section;
        }
        if (is_transparent(b))
            continue;
        int value, lvl;
        if (is_numbered_paragraph(b))
            paragraph(api, doc, ctx, i, &cx);
        else if (is_subparagraph(b) && (lvl = sub_level(b, &cx, &value)) >= 0)
            subparagraph(api, doc, ctx, i, &cx, lvl, value);
        else {
            int heading = is_heading(b);
            interrupt(&cx, heading);
            /* "Excerpts from the report of …": what follows is selected paragraphs. */
            if (heading && (starts_with_word(b, "Excerpts") || starts_with_word(b, "Extracts")))
                cx.extract = 1;
        }
        cx.prev = b;
    }
}
