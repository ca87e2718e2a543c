/*
 * The plain-text reader: paragraphs are separated by blank lines, and the
 * lines of a paragraph are joined with one space standing for the line
 * ending.  A paragraph opening with "1.", "(a)" or "(i)" has that label.
 */
#include "doc/plain.h"

#include <string.h>

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

typedef struct text_reader {
    clerk_doc *doc;
    plain_builder b;
    label_run run;
    size_t first, last;     /* source span of the paragraph being read */
} text_reader;

static void emit_paragraph(text_reader *t)
{
    clerk_block shape = {0};
    shape.kind = CLERK_BLOCK_PARAGRAPH;
    shape.offset = t->first;
    shape.length = t->last - t->first;
    size_t from = plain_label(t->doc, &t->b, 0, t->b.len, 1, &t->run, &shape);
    if (shape.label_style == CLERK_LABEL_ARABIC) {
        shape.kind = CLERK_BLOCK_LIST_ITEM;
        shape.level = 1;
    }
    plain_emit(t->doc, &t->b, from, t->b.len, &shape);
    plain_clear(&t->b);
}

void text_read(clerk_doc *doc, size_t start)
{
    const char *s = doc->src;
    size_t n = doc->len;
    text_reader t = {.doc = doc};
    plain_init(&t.b);
    size_t eol = 0, eol_length = 0; /* the previous line's ending */

    for (size_t p = start; p < n;) {
        size_t end = p;
        while (end < n && s[end] != '\n' && s[end] != '\r')
            end++;
        size_t next = end + (end + 1 < n && s[end] == '\r' && s[end + 1] == '\n' ? 2 : end < n);
        size_t a = p, z = end;
        while (a < z && is_blank(s[a]))
            a++;
        while (z > a && is_blank(s[z - 1]))
            z--;
        if (a == z) {
            if (t.b.len)
                emit_paragraph(&t);
        } else {
            if (t.b.len) {
                plain_stand_in(&t.b, " ", 1, eol, eol_length);
                plain_open(&t.b); /* the next line's indentation is before its text */
            } else {
                t.first = a;
            }
            plain_copy(&t.b, s + a, z - a, a);
            t.last = z;
            eol = end;
            eol_length = next - end;
        }
        p = next;
    }
    if (t.b.len)
        emit_paragraph(&t);
    plain_free(&t.b);
}
