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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LEVEL_ARABIC, LEVEL_LETTER, LEVEL_ROMAN, LEVEL_COUNT };

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
    int after_colon;    /* the previous block ends with ':' and opens a list */
    int extract;        /* the first paragraph was not 1: selected paragraphs */
} context;

/* (a) = 1 ... (z) = 26, (aa) = 27 ... (zz) = 52; 0 when not a letter label. */
static int letter_value(const char *label)
{
    size_t n = strlen(label);
    if (n == 0 || n > 2 || !isalpha((unsigned char)label[0]))
        return 0;
    if (n == 2 && tolower((unsigned char)label[1]) != tolower((unsigned char)label[0]))
        return 0;
    return tolower((unsigned char)label[0]) - 'a' + 1 + 26 * (int)(n - 1);
}

static int roman_digit(int c)
{
    switch (tolower(c)) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    default: return 0;
    }
}

/* Value of a roman label up to (cxc); 0 when not well formed. */
static int roman_value(const char *label)
{
    int value = 0;
    for (size_t i = 0; label[i]; i++) {
        int d = roman_digit((unsigned char)label[i]);
        int next = label[i + 1] ? roman_digit((unsigned char)label[i + 1]) : 0;
        if (d == 0)
            return 0;
        value += d < next ? -d : d;
    }
    return value;
}

void structure_roman(int value, int upper, char *out, size_t size)
{
    static const struct { int value; const char *text; } parts[] = {
        {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"},
        {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}
    };
    size_t n = 0;
    for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++)
        for (; value >= parts[p].value && n + 2 < size; value -= parts[p].value)
            for (const char *t = parts[p].text; *t && n + 1 < size; t++)
                out[n++] = (char)(upper ? toupper((unsigned char)*t) : *t);
    out[n] = '\0';
}

static void format_letter(int value, int upper, char *out, size_t size)
{
    char c = (char)((upper ? 'A' : 'a') + (value - 1) % 26);
    snprintf(out, size, value > 26 ? "%c%c" : "%c", c, c);
}

static void format_label(int lvl, int value, int upper, char *out, size_t size)
{
    if (lvl == LEVEL_ARABIC)
        snprintf(out, size, "%d", value);
    else if (lvl == LEVEL_LETTER)
        format_letter(value, upper, out, size);
    else
        structure_roman(value, upper, out, size);
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
    int as_letter = letter_value(b->label);
    int as_roman = roman_value(b->label);

    if (as_roman == 1 && cx->after_colon) {
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
    format_label(lvl, here->last + 1, isupper((unsigned char)got[0]) != 0, want, sizeof want);

    if (lvl == LEVEL_ARABIC) {
        api->report(ctx, b->label_offset, b->label_length, NULL,
                    "paragraph %s follows paragraph %d (expected %s)", got, here->last, want);
        return;
    }
    if (here->last) {
        format_label(lvl, here->last, here->upper, prev, sizeof prev);
        api->report(ctx, b->label_offset, b->label_length, NULL,
                    "sub-paragraph (%s) follows (%s) (expected (%s))", got, prev, want);
        return;
    }
    /* The first of its list: name the parent it opens. */
    const level *parent = &levels[lvl - 1];
    if (parent->last) {
        format_label(lvl - 1, parent->last, parent->upper, prev, sizeof prev);
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

/* Where the number n opens text[at..] followed by something other than a
 * digit ("5 ", "4,", "6.Calls"): the length of the number and the marks
 * glued to it; 0 when n does not stand there. */
static size_t number_at(const char *text, size_t len, size_t at, int n)
{
    char digits[16];
    size_t d = (size_t)snprintf(digits, sizeof digits, "%d", n), end;
    if (at + d >= len || memcmp(text + at, digits, d) != 0 || isdigit((unsigned char)text[at + d]))
        return 0;
    for (end = at + d; end < len && end < at + d + 4; end++)
        if (isspace((unsigned char)text[end]) || isalpha((unsigned char)text[end]))
            break;
    return end - at;
}

/* U+200B..U+200F (zero-width and direction marks), U+2060, U+FEFF. */
static int is_invisible(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    return len >= 3 && ((u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8F) ||
                        (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) ||
                        (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF));
}

/* Paragraph n opens block j with a number that is not a label. */
static void report_malformed(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                             size_t j, size_t m, int n)
{
    const char *t = api->block(doc, j)->text;
    size_t at = api->source_offset(doc, j, 0), length = api->source_offset(doc, j, m) - at;
    size_t d = (size_t)snprintf(NULL, 0, "%d", n);
    if (t[d] != '.')
        api->report(ctx, at, length, NULL, "paragraph %d is numbered \"%.*s\" instead of \"%d.\"",
                    n, (int)m, t, n);
    else if (is_invisible(t + d + 1, m - d - 1))
        api->report(ctx, at, length, NULL,
                    "an invisible character follows the number \"%d.\" of paragraph %d, "
                    "so it does not read as a paragraph number", n, n);
    else
        api->report(ctx, at, length, NULL, "no space follows the number \"%d.\" of paragraph %d", n, n);
}

/* A line of src[begin, end) starting with `want` and a space (after its
 * indent, or a form feed: a page break); its offset, or end. */
static size_t line_starting(const char *src, size_t begin, size_t end, const char *want)
{
    size_t w = strlen(want);
    for (size_t p = begin; p < end; p++) {
        if (src[p] != '\n')
            continue;
        size_t at = p + 1;
        while (at < end && (src[at] == ' ' || src[at] == '\t' || src[at] == '\f'))
            at++;
        if (at + w < end && memcmp(src + at, want, w) == 0 && isspace((unsigned char)src[at + w]))
            return at;
    }
    return end;
}

/*
 * The label that should come next (paragraph n, or sub-paragraph (x)),
 * looked for between block `from` and block `upto` where the reader took it
 * for text: an unnumbered block starting with the paragraph's number
 * ("5 Encourages"), or a line inside a block starting with the label (no
 * paragraph break before it).  Reports it and returns 1, else returns 0.
 */
static int report_lost_label(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx,
                             size_t from, size_t upto, int lvl, int n, int upper)
{
    char label[16], want[20], name[32];
    format_label(lvl, n, upper, label, sizeof label);
    snprintf(want, sizeof want, lvl == LEVEL_ARABIC ? "%s." : "(%s)", label);
    snprintf(name, sizeof name, lvl == LEVEL_ARABIC ? "paragraph %s" : "sub-paragraph (%s)", label);

    size_t src_len, m;
    const char *src = api->source(doc, &src_len);
    for (size_t j = from; j < upto; j++) {
        const clerk_block *b = api->block(doc, j);
        if (lvl == LEVEL_ARABIC && j > from && b->label[0] == '\0' &&
            (m = number_at(b->text, b->text_length, 0, n))) {
            report_malformed(api, doc, ctx, j, m, n);
            return 1;
        }
        size_t end = b->offset + b->length < src_len ? b->offset + b->length : src_len;
        size_t at = line_starting(src, b->offset, end, want);
        if (at < end) {
            api->report(ctx, at, strlen(want), NULL,
                        "%s runs on from the paragraph before it: a blank line belongs before \"%s\"",
                        name, want);
            return 1;
        }
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
    return value == 1 && (here->interrupted || cx->after_colon);
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
    if (lvl == LEVEL_ROMAN || t[0] != '(' || !t[1] || t[2] != ')')
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
    if (!reads_as_heading(b) || (here->last && value == here->last + 1))
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
        else
            interrupt(&cx, is_heading(b));
        cx.after_colon = text_final_mark(b->text, b->text_length) == ':';
    }
}
