/*
 * structure/paragraph-sequence: numbered paragraphs run 1, 2, 3 within a
 * section, sub-paragraphs (a), (b), (c) within their paragraph, and
 * (i), (ii), (iii) within their sub-paragraph.
 *
 * Three fixed levels, as the editorial rules of the United Nations nest
 * them: arabic > letter > roman.  A label at one level closes the levels
 * below it.  The first paragraph of a section may carry any number (an
 * extract may start at paragraph 12); a level may start again at 1 once
 * something unnumbered (a heading, the "B" of a resolution in parts, a
 * chapeau) has come between, which is how documents in parts restart.
 */
#include "structure.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LEVEL_ARABIC, LEVEL_LETTER, LEVEL_ROMAN, LEVEL_COUNT };

typedef struct level {
    int last;           /* value of the last label seen; 0 for none */
    int upper;          /* that label was in capitals */
    int interrupted;    /* something unnumbered came after it */
} level;

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

static void format_roman(int value, int upper, char *out, size_t size)
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
        format_roman(value, upper, out, size);
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
 * ninth letter and "(v)" after "(iv)" the fifth numeral, whatever the reader
 * guessed, so a label that continues a running sequence wins.
 */
static int sub_level(const clerk_block *b, const level *levels, int *value)
{
    int as_letter = letter_value(b->label);
    int as_roman = roman_value(b->label);

    if (as_letter && levels[LEVEL_LETTER].last && as_letter == levels[LEVEL_LETTER].last + 1) {
        *value = as_letter;
        return LEVEL_LETTER;
    }
    if (as_roman && levels[LEVEL_ROMAN].last && as_roman == levels[LEVEL_ROMAN].last + 1) {
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

/* Checks one label against its level and makes it the level's last. */
static void step(const clerk_api *api, clerk_ctx *ctx, const clerk_block *b,
                 level *levels, int lvl, int value)
{
    level *here = &levels[lvl];
    int first_paragraph = lvl == LEVEL_ARABIC && here->last == 0;
    int restart = value == 1 && (here->interrupted || here->last == 0);

    if (!first_paragraph && !restart && value != here->last + 1)
        report_out_of_sequence(api, ctx, b, lvl, levels);

    here->last = value;
    here->upper = isupper((unsigned char)b->label[0]) != 0;
    here->interrupted = 0;
    for (int below = lvl + 1; below < LEVEL_COUNT; below++)
        levels[below] = (level){0, 0, 0};
}

static int is_numbered_paragraph(const clerk_block *b)
{
    return b->label_style == CLERK_LABEL_ARABIC &&
           (b->role == CLERK_ROLE_NUMBERED || b->role == CLERK_ROLE_OPERATIVE) &&
           is_digits(b->label);
}

/* Blocks that stand between paragraphs without breaking their run. */
static int is_transparent(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_COMMENT || b->kind == CLERK_BLOCK_FOOTNOTE ||
           b->kind == CLERK_BLOCK_RULE || b->text_length == 0;
}

void check_paragraph_sequence(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    level levels[LEVEL_COUNT] = {{0, 0, 0}};
    size_t section = (size_t)-1;

    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (b->section != section) {
            memset(levels, 0, sizeof levels);
            section = b->section;
        }
        if (is_numbered_paragraph(b)) {
            step(api, ctx, b, levels, LEVEL_ARABIC, (int)strtol(b->label, NULL, 10));
        } else if (b->role == CLERK_ROLE_SUBPARAGRAPH &&
                   (b->label_style == CLERK_LABEL_LETTER || b->label_style == CLERK_LABEL_ROMAN)) {
            int value, lvl = sub_level(b, levels, &value);
            if (lvl >= 0)
                step(api, ctx, b, levels, lvl, value);
        } else if (!is_transparent(b)) {
            for (int l = 0; l < LEVEL_COUNT; l++)
                levels[l].interrupted = 1;
        }
    }
}
