#include "cite.h"
#include "lexicon.h"
#include "prose.h"
#include "templates.h"

static void section_heading(gen *g, int level, const char *label, const char *title)
{
    strbuf b = {0};
    sb_printf(&b, "%s. %s", label, title);
    gen_heading(g, level, b.data);
    sb_free(&b);
}

/* "10. The Secretary-General recommends that the General Assembly:" and
 * its lettered items. */
static void recommendations(gen *g)
{
    strbuf b = {0};
    sb_puts(&b, "The Secretary-General recommends that the General Assembly:");
    gen_numbered(g, &b);
    int n = rng_range(&g->r, 2, 6);
    for (int k = 1; k <= n; k++) {
        b.len = 0;
        put_letter_label(&b, k);
        sb_printf(&b, " %s Member States to strengthen ", k % 2 ? "Encourage" : "Invite");
        prose_object(g, &b);
        sb_puts(&b, k < n ? ";" : ".");
        gen_block(g, &b);
    }
    sb_free(&b);
}

static void table(gen *g)
{
    static const char *const columns[] = {"Region", "2019", "2020", "2021", "2022"};
    strbuf b = {0};
    sb_printf(&b, "The table below shows the resources allocated to %s, by region.",
               pick(&g->r, &areas));
    gen_numbered(g, &b);
    gen_table(g, columns, rng_range(&g->r, 2, 5), rng_range(&g->r, 3, 9));
    sb_free(&b);
}

/* One chapter: a heading, perhaps lettered subsections, numbered paragraphs. */
static void chapter(gen *g, int number, size_t until)
{
    strbuf label = {0};
    put_roman(&label, number);
    section_heading(g, 2, label.data, number == 1 ? "Introduction" : pick(&g->r, &report_headings));
    int subsection = 0;
    strbuf b = {0};
    do {
        if (rng_percent(&g->r, 12)) {
            char letter[2] = {(char)('A' + subsection++ % 26), 0};
            section_heading(g, 3, letter, pick(&g->r, &subheadings));
        }
        if (g->format == GEN_MARKDOWN && rng_percent(&g->r, 5)) {
            table(g);
            continue;
        }
        b.len = 0;
        prose_paragraph(g, &b, rng_range(&g->r, 1, 6));
        gen_numbered(g, &b);
    } while (g->out->len < until);
    sb_free(&b);
    sb_free(&label);
}

void write_report(gen *g)
{
    g->organ = ORGAN_GA;
    g->annexes = rng_percent(&g->r, 40);
    strbuf b = {0};
    sb_printf(&b, "A/%d/%d", g->session, rng_range(&g->r, 60, 400));
    write_masthead(g, b.data);
    b.len = 0;
    gen_bold(g, &b, pick(&g->r, &topics));
    gen_line(g, b.data);
    b.len = 0;
    gen_bold(g, &b, "Report of the Secretary-General");
    gen_line(g, b.data);
    b.len = 0;
    gen_italic(g, &b, "Summary");
    gen_line(g, b.data);
    b.len = 0;
    sb_puts(&b, "The present report is submitted pursuant to General Assembly ");
    cite_ga_resolution(g, &b);
    sb_puts(&b, ". ");
    prose_paragraph(g, &b, 2);
    if (g->annexes)
        sb_printf(&b, " Information on %s is contained in the annex to the present report.",
                   pick(&g->r, &areas));
    gen_block(g, &b);

    /* Chapters of a quarter of the report (1.5 to 60 KB), then conclusions
     * ending in recommendations; the annex, when there is one, takes a tenth. */
    size_t body_end = g->annexes ? g->target - g->target / 10 : g->target;
    size_t chapter_size = g->target / 4;
    if (chapter_size < 1500)
        chapter_size = 1500;
    if (chapter_size > 60000)
        chapter_size = 60000;
    int number = 1;
    do
        chapter(g, number++, g->out->len + chapter_size);
    while (g->out->len + chapter_size < body_end);
    b.len = 0;
    put_roman(&b, number);
    sb_puts(&b, ". Conclusions and recommendations");
    gen_heading(g, 2, b.data);
    b.len = 0;
    prose_paragraph(g, &b, 3);
    gen_numbered(g, &b);
    recommendations(g);
    if (g->annexes) {
        gen_heading(g, 2, "Annex");
        gen_heading(g, 3, pick(&g->r, &subheadings));
        while (g->out->len < g->target) {
            if (g->format == GEN_MARKDOWN && rng_percent(&g->r, 30)) {
                static const char *const columns[] = {"Contributor", "Amount (United States dollars)"};
                gen_table(g, columns, 2, rng_range(&g->r, 3, 12));
            } else {
                b.len = 0;
                prose_paragraph(g, &b, rng_range(&g->r, 2, 5));
                gen_block(g, &b);
            }
        }
    }
    sb_free(&b);
}
