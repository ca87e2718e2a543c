#include "gen.h"
#include "lexicon.h"

#include <string.h>

int gen_slip(gen *g, unsigned slip)
{
    if (!(g->slips & slip))
        return 0;
    g->slips &= ~slip;
    return 1;
}

void gen_italic(const gen *g, strbuf *b, const char *text)
{
    if (g->format == GEN_MARKDOWN)
        sb_printf(b, "*%s*", text);
    else
        sb_puts(b, text);
}

void gen_bold(const gen *g, strbuf *b, const char *text)
{
    if (g->format == GEN_MARKDOWN)
        sb_printf(b, "**%s**", text);
    else
        sb_puts(b, text);
}

void gen_footnote(gen *g, strbuf *b, const char *text)
{
    /* Plain text as converted loses its notes; only Markdown keeps them. */
    if (g->format != GEN_MARKDOWN)
        return;
    g->footnote_count++;
    sb_printf(b, "[^%d]", g->footnote_count);
    sb_printf(&g->footnotes, "[^%d]: %s\n\n", g->footnote_count, text);
}

/* Plain text from word processors is often broken into lines at a column. */
static void put_wrapped(strbuf *out, const char *s, size_t n)
{
    while (n > 80) {
        size_t cut = 80;
        while (cut > 0 && s[cut] != ' ')
            cut--;
        if (cut == 0)
            break;
        sb_add(out, s, cut);
        sb_putc(out, '\n');
        s += cut + 1;
        n -= cut + 1;
    }
    sb_add(out, s, n);
}

void gen_block(gen *g, const strbuf *text)
{
    size_t n = text->len;
    const char *s = text->data;
    if (n > 200 && gen_slip(g, SLIP_SPLIT)) {
        /* A paragraph broken in two mid-sentence, as a stray return leaves it. */
        size_t cut = n / 2;
        while (cut < n && s[cut] != ' ')
            cut++;
        if (cut < n) {
            if (g->wrap)
                put_wrapped(g->out, s, cut);
            else
                sb_add(g->out, s, cut);
            sb_puts(g->out, "\n\n");
            s += cut + 1;
            n -= cut + 1;
        }
    }
    if (g->wrap)
        put_wrapped(g->out, s, n);
    else
        sb_add(g->out, s, n);
    sb_puts(g->out, "\n\n");
}

void gen_line(gen *g, const char *text)
{
    sb_puts(g->out, text);
    sb_puts(g->out, "\n\n");
}

void gen_heading(gen *g, int level, const char *text)
{
    if (g->format == GEN_MARKDOWN)
        sb_printf(g->out, "%.*s %s\n\n", level, "######", text);
    else
        gen_line(g, text);
}

void gen_numbered(gen *g, const strbuf *text)
{
    if (g->paragraphs >= 3 && gen_slip(g, SLIP_NUMBERING))
        g->paragraphs++;
    strbuf b = {0};
    sb_printf(&b, "%d. ", ++g->paragraphs);
    sb_add(&b, text->data, text->len);
    gen_block(g, &b);
    sb_free(&b);
}

void gen_table(gen *g, const char *const *columns, int ncolumns, int nrows)
{
    const char *sep = g->format == GEN_MARKDOWN ? " | " : "    ";
    strbuf *o = g->out;
    if (g->format == GEN_MARKDOWN)
        sb_puts(o, "| ");
    for (int c = 0; c < ncolumns; c++)
        sb_printf(o, "%s%s", c ? sep : "", columns[c]);
    sb_puts(o, g->format == GEN_MARKDOWN ? " |\n|" : "\n");
    if (g->format == GEN_MARKDOWN)
        for (int c = 0; c < ncolumns; c++)
            sb_puts(o, "---|");
    sb_putc(o, '\n');
    for (int r = 0; r < nrows; r++) {
        if (g->format == GEN_MARKDOWN)
            sb_puts(o, "| ");
        sb_puts(o, pick(&g->r, &table_rows));
        for (int c = 1; c < ncolumns; c++) {
            /* Amounts in the UN style: thousands separated by spaces. */
            int thousands = rng_range(&g->r, 0, 9999);
            if (thousands >= 1000)
                sb_printf(o, "%s%d %03d %03d", sep, thousands / 1000, thousands % 1000,
                           rng_range(&g->r, 0, 999));
            else
                sb_printf(o, "%s%d %03d", sep, thousands, rng_range(&g->r, 0, 999));
        }
        sb_puts(o, g->format == GEN_MARKDOWN ? " |\n" : "\n");
    }
    sb_putc(o, '\n');
}

void gen_finish(gen *g)
{
    if (g->footnotes.len)
        sb_add(g->out, g->footnotes.data, g->footnotes.len);
    sb_free(&g->footnotes);
}
