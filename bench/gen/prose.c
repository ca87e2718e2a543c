#include "prose.h"
#include "cite.h"
#include "lexicon.h"

void prose_object(gen *g, strbuf *b)
{
    sb_printf(b, pick(&g->r, &objects), pick(&g->r, &areas));
}

/* "the Secretary-General welcomed the progress made in road safety" */
static void clause(gen *g, strbuf *b)
{
    sb_printf(b, "%s %s ", pick(&g->r, &actors), pick(&g->r, &actions));
    prose_object(g, b);
}

static void footnote_text(gen *g, strbuf *b)
{
    switch (rng_below(&g->r, 4)) {
    case 0:
        cite_symbol(g, b);
        sb_putc(b, '.');
        break;
    case 1:
        sb_puts(b, "See ");
        cite_symbol(g, b);
        sb_puts(b, rng_percent(&g->r, 50) ? ", annex." : ", sect. II.");
        break;
    case 2: {
        int session = g->session - rng_range(&g->r, 1, 5);
        strbuf p = {0};
        sb_puts(&p, "Official Records of the General Assembly, ");
        size_t at = p.len;
        put_ordinal_words(&p, session);
        capitalize_at(&p, at);
        sb_printf(&p, " Session, Supplement No. %d", rng_range(&g->r, 1, 53));
        gen_italic(g, b, p.data);
        sb_printf(b, " (A/%d/%d).", session, rng_range(&g->r, 1, 53));
        sb_free(&p);
        break;
    }
    default:
        sb_puts(b, "Resolution ");
        sb_printf(b, "%d/%d, annex.", g->session - rng_range(&g->r, 2, 9), rng_range(&g->r, 1, 280));
        break;
    }
}

void prose_sentence(gen *g, strbuf *b)
{
    size_t start = b->len;
    switch (rng_below(&g->r, 16)) {
    case 0:
    case 1:
        clause(g, b);
        sb_printf(b, ", %s", pick(&g->r, &qualifiers));
        break;
    case 2:
        sb_puts(b, "In its ");
        cite_ga_resolution(g, b);
        sb_puts(b, ", the General Assembly requested the Secretary-General to report on ");
        prose_object(g, b);
        break;
    case 3:
        sb_printf(b, "At a meeting held in %s on ", pick(&g->r, &places));
        cite_past_date(g, b);
        sb_puts(b, ", ");
        clause(g, b);
        break;
    case 4:
        clause(g, b);
        sb_puts(b, " (see ");
        cite_symbol(g, b);
        sb_putc(b, ')');
        break;
    case 5:
        if (rng_percent(&g->r, 75)) { /* cross-references are rarer than citations */
            clause(g, b);
            break;
        }
        sb_puts(b, "As indicated in ");
        cite_xref(g, b);
        sb_puts(b, ", ");
        clause(g, b);
        break;
    case 6:
        sb_puts(b, "On ");
        cite_weekday_date(g, b);
        sb_puts(b, ", ");
        clause(g, b);
        break;
    case 7:
        sb_puts(b, "Those measures are consistent with the purposes set out in ");
        cite_charter(g, b);
        break;
    case 8:
        sb_puts(b, "In ");
        cite_sc_resolution(g, b);
        sb_puts(b, ", the Council stressed the importance of ");
        prose_object(g, b);
        break;
    case 9:
        sb_puts(b, "The Assembly considered the question at ");
        cite_session(g, b);
        sb_puts(b, " and recalled ");
        cite_ga_resolutions(g, b);
        break;
    case 10:
        sb_printf(b, "Contributions totalling $%d.%d million were received from %d Member States in %d",
                   rng_range(&g->r, 1, 90), rng_range(&g->r, 0, 9), rng_range(&g->r, 3, 60),
                   g->year - 1);
        break;
    case 11:
        if (g->organ == ORGAN_GA && rng_percent(&g->r, 30)) {
            cite_rule_sentence(g, b);
            return;
        }
        clause(g, b);
        break;
    default:
        clause(g, b);
        break;
    }
    capitalize_at(b, start);
    sb_putc(b, '.');
}

void prose_paragraph(gen *g, strbuf *b, int sentences)
{
    for (int i = 0; i < sentences; i++) {
        if (i)
            sb_putc(b, ' ');
        prose_sentence(g, b);
        if (g->format == GEN_MARKDOWN && rng_percent(&g->r, 6)) {
            strbuf note = {0};
            footnote_text(g, &note);
            gen_footnote(g, b, note.data);
            sb_free(&note);
        }
    }
}

void capitalize_at(strbuf *b, size_t at)
{
    if (at < b->len && b->data[at] >= 'a' && b->data[at] <= 'z')
        b->data[at] = (char)(b->data[at] - 'a' + 'A');
}
