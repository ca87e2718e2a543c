#include "cite.h"
#include "lexicon.h"
#include "prose.h"
#include "templates.h"

/* "from the Permanent Representative of Fiji to the United Nations" */
static void put_sender(strbuf *b, const char *country)
{
    sb_printf(b, "from the Permanent Representative of %s to the United Nations", country);
}

static void annex_heading(gen *g, int number, const char *title)
{
    strbuf b = {0};
    sb_puts(&b, "Annex");
    if (g->annexes > 1) {
        sb_putc(&b, ' ');
        put_roman(&b, number);
    }
    gen_heading(g, 2, b.data);
    gen_heading(g, 3, title);
    sb_free(&b);
}

/* Numbered paragraphs of prose until the output holds `until` bytes. */
static void memorandum(gen *g, size_t until)
{
    strbuf b = {0};
    g->paragraphs = 0;
    do {
        b.len = 0;
        prose_paragraph(g, &b, rng_range(&g->r, 2, 6));
        gen_numbered(g, &b);
    } while (g->out->len < until);
    sb_free(&b);
}

void write_letter(gen *g)
{
    const char *country = pick(&g->r, &countries);
    const char *topic = pick(&g->r, &topics);
    int request = g->organ == ORGAN_GA && rng_percent(&g->r, 35);
    /* A request for a supplementary item comes at least 30 days before the
     * session opens, in mid-September. */
    ymd letter_date = request ? ymd_add_days((ymd){1945 + g->session, 7, 1}, rng_range(&g->r, 0, 40))
                              : g->date;
    g->date = ymd_add_days(letter_date, rng_range(&g->r, 2, 20));
    g->year = g->date.y;
    g->annexes = request ? 2 : rng_range(&g->r, 0, 2);

    strbuf b = {0};
    if (g->organ == ORGAN_GA)
        sb_printf(&b, "A/%d/%d", g->session, rng_range(&g->r, 100, 990));
    else
        sb_printf(&b, "S/%d/%d", g->year, rng_range(&g->r, 10, 990));
    write_masthead(g, b.data);
    if (request) {
        b.len = 0;
        sb_puts(&b, "Request for the inclusion of a supplementary item in the agenda of the ");
        put_ordinal_words(&b, g->session);
        sb_puts(&b, " session");
        gen_line(g, b.data);
    }
    if (g->organ == ORGAN_GA) {
        b.len = 0;
        gen_bold(g, &b, topic);
        gen_line(g, b.data);
    }
    b.len = 0;
    strbuf title = {0};
    sb_puts(&title, "Letter dated ");
    put_date(&title, letter_date);
    sb_putc(&title, ' ');
    put_sender(&title, country);
    sb_puts(&title, " addressed to the Secretary-General");
    gen_bold(g, &b, title.data);
    gen_line(g, b.data);

    if (request) {
        b.len = 0;
        sb_puts(&b, "On the basis of rule 14 of the rules of procedure of the General Assembly, "
                     "I have the honour to request the inclusion in the agenda of the ");
        put_ordinal_words(&b, g->session);
        sb_printf(&b, " session of the General Assembly of a supplementary item entitled \"%s\".", topic);
        gen_block(g, &b);
        b.len = 0;
        sb_puts(&b, "In accordance with rule 20 of the rules of procedure, an explanatory "
                     "memorandum (annex I) and a draft resolution (annex II) are attached to the "
                     "present letter.");
        gen_block(g, &b);
    }
    /* The body: a few paragraphs before annexes, else the letter's whole length. */
    int paragraphs = rng_range(&g->r, 1, 4);
    for (int i = 0; i < paragraphs || (!g->annexes && g->out->len + 300 < g->target); i++) {
        b.len = 0;
        if (!request && i == 0 && g->annexes) {
            sb_puts(&b, "I have the honour to transmit herewith ");
            sb_puts(&b, g->annexes > 1 ? "the documents listed in annexes I and II" : "a note");
            sb_printf(&b, " on %s (see ", pick(&g->r, &areas));
            cite_xref(g, &b);
            sb_puts(&b, ").");
        } else {
            prose_paragraph(g, &b, rng_range(&g->r, 2, 5));
        }
        gen_block(g, &b);
    }
    b.len = 0;
    sb_printf(&b, "I should be grateful if the present letter%s could be circulated as a document of the %s",
               g->annexes == 0 ? "" : g->annexes == 1 ? " and its annex" : " and its annexes",
               g->organ == ORGAN_GA ? "General Assembly" : "Security Council");
    if (g->organ == ORGAN_GA) {
        sb_puts(&b, " at its ");
        put_ordinal_words(&b, g->session);
        sb_puts(&b, " session");
    }
    sb_putc(&b, '.');
    gen_block(g, &b);
    b.len = 0;
    gen_italic(g, &b, "(Signed)");
    sb_printf(&b, " %s%sAmbassador%sPermanent Representative", pick(&g->r, &person_names),
               g->format == GEN_MARKDOWN ? "  \n" : "\n", g->format == GEN_MARKDOWN ? "  \n" : "\n");
    gen_block(g, &b);

    if (g->annexes) {
        size_t left = g->target > g->out->len ? g->target - g->out->len : 0;
        size_t first = g->annexes > 1 ? g->out->len + left * 2 / 3 : g->target;
        if (request) {
            annex_heading(g, 1, "Explanatory memorandum");
        } else {
            b.len = 0;
            sb_puts(&b, "Annex to the letter dated ");
            put_date(&b, letter_date);
            sb_putc(&b, ' ');
            put_sender(&b, country);
            sb_puts(&b, " addressed to the Secretary-General");
            annex_heading(g, 1, b.data);
        }
        memorandum(g, first);
        if (g->annexes > 1) {
            annex_heading(g, 2, request ? "Draft resolution" : pick(&g->r, &topics));
            if (request)
                write_resolution_body(g, g->target);
            else
                memorandum(g, g->target);
        }
    }
    sb_free(&title);
    sb_free(&b);
}
