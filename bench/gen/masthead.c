#include "lexicon.h"
#include "templates.h"

void write_masthead(gen *g, const char *symbol)
{
    strbuf line = {0};
    gen_line(g, "United Nations");
    gen_line(g, symbol);
    gen_bold(g, &line, g->organ == ORGAN_GA ? "General Assembly" : "Security Council");
    gen_line(g, line.data);
    gen_line(g, "Distr.: General");
    line.len = 0;
    put_date(&line, g->date);
    gen_line(g, line.data);
    line.len = 0;
    sb_printf(&line, "Original: %s", pick(&g->r, &languages));
    gen_line(g, line.data);
    if (g->organ == ORGAN_GA) {
        line.len = 0;
        put_ordinal_words(&line, g->session);
        capitalize_at(&line, 0);
        sb_puts(&line, " session");
        gen_line(g, line.data);
        line.len = 0;
        if (rng_percent(&g->r, 25)) {
            sb_printf(&line, "Item %d of the provisional agenda", rng_range(&g->r, 10, 140));
            strbuf note = {0};
            sb_printf(&note, "A/%d/150.", g->session);
            gen_footnote(g, &line, note.data);
            sb_free(&note);
        } else {
            sb_printf(&line, "Agenda item %d", rng_range(&g->r, 10, 140));
        }
        gen_line(g, line.data);
    }
    sb_free(&line);
}
