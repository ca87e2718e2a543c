/*
 * Sections: the front matter (the masthead and the titles up to the first
 * paragraph of prose), the body, each annex, enclosure or appendix (started
 * by a line of its own: "Annex II", "Annex to the letter dated ..."), and the
 * footnote definitions that end the document.  Sections cover the blocks in
 * order; an empty one is not recorded.
 */
#include "doc/structure.h"

#include <string.h>

/* Headings that open the body of a report rather than end its title:
 * "Contents", "Summary", "Introduction", and a chapter "I. Mandate" or
 * "A. Overall" that no reader took a label from. */
static int body_heading(const clerk_block *b)
{
    static const char *const words[] = { "Contents", "Summary", "Introduction" };
    const char *s = b->text;
    size_t end = text_end(s, 0, b->text_length);
    size_t start = scan_skip_space(s, end, 0);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (start < end && scan_phrase(s, end, start, words[k]) == end - start)
            return 1;
    int value;
    size_t n = scan_roman(s, end, start, &value);
    if (!n && start < end && scan_is_upper(s[start]) && scan_word_len(s, end, start) == 1)
        n = 1;
    return n && start + n + 1 < end && s[start + n] == '.' && scan_space_len(s, end, start + n + 1);
}

static int last_line_is_masthead(const clerk_block *b)
{
    size_t end = text_end(b->text, 0, b->text_length);
    size_t start = end;
    while (start > 0 && b->text[start - 1] != '\n')
        start--;
    return masthead_line(b->text + start, end - start);
}

/* A block the front matter may hold: a masthead line, a title, a rule. */
static int front_block(const clerk_block *b)
{
    section_heading h;
    switch (b->kind) {
    case CLERK_BLOCK_COMMENT:
    case CLERK_BLOCK_RULE:
        return 1;
    case CLERK_BLOCK_HEADING:
    case CLERK_BLOCK_PARAGRAPH:
        break;
    default:
        return 0;
    }
    if (b->label_style != CLERK_LABEL_NONE || block_opening_body(b) != CLERK_BODY_UNKNOWN ||
        block_section_heading(b, &h) || body_heading(b))
        return 0;
    return block_is_heading_like(b) || last_line_is_masthead(b);
}

/* The first block of the trailing run of footnote definitions (comments may
 * sit among them); n when the document does not end with footnotes. */
static size_t footnotes_start(const clerk_doc *doc, size_t first)
{
    size_t n = doc->blocks.len, start = n;
    for (size_t i = n; i > first; i--) {
        clerk_block_kind kind = doc_block(doc, i - 1)->kind;
        if (kind == CLERK_BLOCK_FOOTNOTE)
            start = i - 1;
        else if (kind != CLERK_BLOCK_COMMENT)
            break;
    }
    return start;
}

static clerk_section *open_section(clerk_doc *doc, clerk_section_kind kind, size_t first)
{
    clerk_section *s = vec_push(&doc->sections);
    s->kind = kind;
    s->label = "";
    s->title = "";
    s->first_block = first;
    return s;
}

/* An annex's title: what follows "Annex:", else the rest of its heading's
 * block, else the first heading-like block after it ("Explanatory note"),
 * skipping notes such as "[Original: French]". */
static const char *section_title(clerk_doc *doc, const clerk_section *s, const section_heading *h)
{
    const clerk_block *head = block_at(doc, s->first_block);
    if (h->title_start)
        return arena_text(doc, head->text + h->title_start, h->line_end - h->title_start);
    size_t rest = scan_skip_space(head->text, head->text_length, h->line_end);
    if (rest < head->text_length)
        return arena_text(doc, head->text + rest, head->text_length - rest);
    for (size_t i = s->first_block + 1; i < s->first_block + s->block_count; i++) {
        const clerk_block *b = block_at(doc, i);
        size_t at = scan_skip_space(b->text, b->text_length, 0);
        if (b->kind == CLERK_BLOCK_COMMENT || b->kind == CLERK_BLOCK_RULE ||
            (at < b->text_length && b->text[at] == '['))
            continue;
        if (!block_is_heading_like(b) || block_opening_body(b) != CLERK_BODY_UNKNOWN)
            break;
        return arena_text(doc, b->text, b->text_length);
    }
    return "";
}

static void finish_section(clerk_doc *doc, size_t index, size_t end, const section_heading *h)
{
    clerk_section *s = section_at(doc, index);
    s->block_count = end - s->first_block;
    const clerk_block *first = block_at(doc, s->first_block);
    const clerk_block *last = block_at(doc, end - 1);
    s->offset = first->offset;
    s->length = last->offset + last->length - first->offset;
    if (h) {
        s->label = arena_text(doc, first->text + h->label_start, h->label_length);
        s->number = h->number;
        s->title = section_title(doc, s, h);
    }
    /* A scan may run the opening onto the masthead's last line, or onto a
     * note ("[S/819] The Security Council"). */
    clerk_body opened = s->first_block > 0 && s->kind == CLERK_SECTION_BODY
                            ? block_trailing_opening(block_at(doc, s->first_block - 1))
                            : CLERK_BODY_UNKNOWN;
    if (opened) {
        s->is_resolution = 1;
        s->resolution_body = opened;
    }
    for (size_t i = s->first_block; i < end; i++) {
        clerk_block *b = block_at(doc, i);
        b->section = index;
        clerk_body body = block_opening_body(b);
        if (!body && s->kind != CLERK_SECTION_FRONT)
            body = block_trailing_opening(b);
        if (body != CLERK_BODY_UNKNOWN && !s->is_resolution) {
            s->is_resolution = 1;
            s->resolution_body = body;
        }
    }
}

void sections_build(clerk_doc *doc)
{
    size_t n = doc->blocks.len;
    size_t front = 0;
    while (front < n && front_block(doc_block(doc, front)))
        front++;
    /* Comments and rules after the last title belong to the body. */
    while (front > 0 && (doc_block(doc, front - 1)->kind == CLERK_BLOCK_COMMENT ||
                         doc_block(doc, front - 1)->kind == CLERK_BLOCK_RULE))
        front--;
    if (front > 0) {
        open_section(doc, CLERK_SECTION_FRONT, 0);
        finish_section(doc, doc->sections.len - 1, front, NULL);
    }

    size_t notes = footnotes_start(doc, front);
    /* The body, then a section at each heading; `open` is the heading of
     * the section being gathered (none for the body). */
    section_heading open, next;
    int has_open = 0;
    size_t start = front;
    for (size_t i = front; i <= notes; i++) {
        int heading = i < notes && block_section_heading(doc_block(doc, i), &next);
        if (!heading && i < notes)
            continue;
        if (i > start) {
            open_section(doc, has_open ? open.kind : CLERK_SECTION_BODY, start);
            finish_section(doc, doc->sections.len - 1, i, has_open ? &open : NULL);
        }
        if (heading)
            open = next;
        start = i;
        has_open = heading;
    }
    if (notes < n) {
        open_section(doc, CLERK_SECTION_FOOTNOTES, notes);
        finish_section(doc, doc->sections.len - 1, n, NULL);
    }
}
