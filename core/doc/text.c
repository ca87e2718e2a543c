/*
 * The plain-text reader: paragraphs are separated by blank lines, and the
 * lines of a paragraph are joined with one space standing for the line
 * ending.  A paragraph opening with "1.", "(a)" or "(i)" has that label.
 *
 * Some texts separate paragraphs with a single line break (a draft's text
 * as a data set gives it): a line that opens with a label, or opens a
 * resolution ("The Security Council,"), starts a paragraph of its own when
 * the line before ended a sentence or a clause, or when that line stands
 * alone: a heading between two paragraphs, which follows the end of a
 * clause and opens with a capital or a label.  A scan wrapped at the margin
 * breaks lines mid-sentence, where these tests fail, so its paragraphs stay
 * whole.
 */
#include "doc/plain.h"
#include "doc/structure.h"

#include <string.h>

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

static int ends_clause(char c) { return c == ';' || c == '.' || c == ':' || c == ','; }

/* The line s[0, n) (no blanks around it) opens a paragraph: a label, or
 * "The Security Council," alone on its line. */
static int opens_paragraph(const char *s, size_t n)
{
    size_t end;
    return plain_opens_with_label(s, n) ||
           (n > 4 && memcmp(s, "The ", 4) == 0 &&
            body_name_at(s, n, 4, &end) != CLERK_BODY_UNKNOWN && end + 1 == n && s[end] == ',');
}

/* The line s[0, n), after the end of a clause or another such line, may
 * be a heading: it opens with a capital or a label. */
static int heading_shaped(const char *s, size_t n)
{
    return scan_is_upper(s[0]) || plain_opens_with_label(s, n);
}

typedef struct text_reader {
    clerk_doc *doc;
    plain_builder b;
    label_run run;
    size_t first, last;     /* source span of the paragraph being read */
    int alone;              /* its last lines may be a heading: see heading_shaped() */
    size_t heading_text;    /* where those lines start in the text */
    size_t heading_first;   /* and in the source */
    size_t before_heading;  /* the source end of the line before them */
} text_reader;

static void emit_block(text_reader *t, size_t from, size_t to, size_t first, size_t last)
{
    clerk_block shape = {0};
    shape.kind = CLERK_BLOCK_PARAGRAPH;
    shape.offset = first;
    shape.length = last - first;
    from = plain_label(t->doc, &t->b, from, to, 1, &t->run, &shape);
    if (shape.label_style == CLERK_LABEL_ARABIC) {
        shape.kind = CLERK_BLOCK_LIST_ITEM;
        shape.level = 1;
    }
    plain_emit(t->doc, &t->b, from, to, &shape);
}

/* Emits the paragraph read so far, the heading it ends with as a block of
 * its own when split_heading is set. */
static void emit_paragraph(text_reader *t, int split_heading)
{
    if (split_heading && t->heading_text > 0) {
        emit_block(t, 0, t->heading_text, t->first, t->before_heading);
        emit_block(t, t->heading_text, t->b.len, t->heading_first, t->last);
    } else {
        emit_block(t, 0, t->b.len, t->first, t->last);
    }
    plain_clear(&t->b);
    t->alone = 0;
}

void text_read(clerk_doc *doc, size_t start)
{
    const char *s = doc->src;
    size_t n = doc->len;
    text_reader t = {.doc = doc};
    plain_init(&t.b);
    size_t eol = 0, eol_length = 0; /* the previous line's ending */

    /* The line index has found the line endings (LF, CRLF, CR) already. */
    for (size_t i = 0; i < doc->line_count; i++) {
        size_t p = doc->line_starts[i] > start ? doc->line_starts[i] : start;
        size_t next = i + 1 < doc->line_count ? doc->line_starts[i + 1] : n;
        if (p >= next)
            continue;
        size_t end = next;
        if (s[end - 1] == '\n')
            end--;
        if (end > p && s[end - 1] == '\r')
            end--;
        size_t a = p, z = end;
        while (a < z && is_blank(s[a]))
            a++;
        while (z > a && is_blank(s[z - 1]))
            z--;
        int clause = t.b.len && ends_clause(s[t.last - 1]);
        if (t.b.len && (a == z || ((clause || t.alone) && opens_paragraph(s + a, z - a))))
            emit_paragraph(&t, a < z && !clause);
        if (a < z) {
            int heading = (clause || t.alone) && heading_shaped(s + a, z - a);
            /* A heading run starts after a line that is not one, or after
             * one that ended a clause: "(c) ... Prosecutor." then "Article 5". */
            if (heading && (!t.alone || clause)) {
                t.heading_text = t.b.len ? t.b.len + 1 : 0; /* after the joining space */
                t.heading_first = a;
                t.before_heading = t.last;
            }
            t.alone = heading;
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
    }
    if (t.b.len)
        emit_paragraph(&t, 0);
    plain_free(&t.b);
}
