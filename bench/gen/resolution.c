#include "cite.h"
#include "lexicon.h"
#include "prose.h"
#include "templates.h"

/* Operative verbs and what follows them; %s is an object phrase. */
static const struct { const char *verb, *rest; } operatives[] = {
    {"Takes note", "of the report of the Secretary-General on %s"},
    {"Welcomes", "%s"},
    {"Encourages", "Member States to strengthen %s"},
    {"Calls upon", "all States to support %s"},
    {"Requests", "the Secretary-General to keep under review %s"},
    {"Invites", "the regional commissions to contribute to %s"},
    {"Urges", "donors to increase %s"},
    {"Stresses", "the importance of %s"},
    {"Recognizes", "the need for %s"},
    {"Emphasizes", "the role of the United Nations system in %s"},
    {"Reaffirms", "its commitment to %s"},
    {"Decides", "to keep under review %s"},
};

/* Preambular openers and the word that joins them to what they govern. */
static const struct { const char *opener, *link; } preambulars[] = {
    {"Recalling", ""}, {"Recalling also", ""}, {"Recalling further", ""},
    {"Reaffirming", ""}, {"Recognizing", ""}, {"Noting with appreciation", ""},
    {"Noting with concern", ""}, {"Welcoming", ""}, {"Bearing in mind", ""},
    {"Emphasizing", ""}, {"Acknowledging", ""}, {"Stressing", ""},
    {"Taking note", "of "}, {"Mindful", "of "}, {"Conscious", "of "},
    {"Convinced", "of the importance of "}, {"Deeply concerned", "about "},
    {"Expressing its appreciation", "for "},
};

static void preambular(gen *g, strbuf *b)
{
    size_t i = rng_below(&g->r, sizeof preambulars / sizeof *preambulars);
    gen_italic(g, b, preambulars[i].opener);
    sb_printf(b, " %s", preambulars[i].link);
    switch (rng_below(&g->r, 6)) {
    case 0:
        if (g->organ == ORGAN_GA) {
            sb_puts(b, "its ");
            cite_ga_resolution(g, b);
            sb_printf(b, " on %s", pick(&g->r, &areas));
        } else {
            cite_sc_resolution(g, b);
        }
        break;
    case 1:
        sb_puts(b, "the report of the Secretary-General");
        strbuf note = {0};
        sb_printf(&note, "A/%d/%d.", g->session - 1, rng_range(&g->r, 60, 400));
        gen_footnote(g, b, note.data);
        sb_free(&note);
        sb_puts(b, " and the recommendations contained therein");
        break;
    case 2:
        sb_printf(b, "the meeting held in %s on ", pick(&g->r, &places));
        cite_past_date(g, b);
        sb_puts(b, " on ");
        prose_object(g, b);
        break;
    case 3:
        sb_puts(b, "the purposes and principles set out in ");
        cite_charter(g, b);
        break;
    default:
        prose_object(g, b);
        sb_printf(b, ", %s", pick(&g->r, &qualifiers));
        break;
    }
    sb_putc(b, ',');
}

static void operative(gen *g, strbuf *b, int last)
{
    size_t i = rng_below(&g->r, sizeof operatives / sizeof *operatives);
    gen_italic(g, b, operatives[i].verb);
    sb_putc(b, ' ');
    strbuf object = {0};
    prose_object(g, &object);
    sb_printf(b, operatives[i].rest, object.data);
    sb_free(&object);
    if (rng_percent(&g->r, 30)) {
        sb_printf(b, ", %s", pick(&g->r, &qualifiers));
    }
    sb_putc(b, last ? '.' : ';');
}

/* An operative paragraph whose items follow it: "(a) To strengthen ...;" */
static void operative_with_items(gen *g, int last)
{
    strbuf b = {0};
    gen_italic(g, &b, "Calls upon");
    sb_puts(&b, " Member States, as appropriate:");
    gen_numbered(g, &b);
    int n = rng_range(&g->r, 2, 5);
    for (int k = 1; k <= n; k++) {
        b.len = 0;
        put_letter_label(&b, k);
        sb_puts(&b, " To strengthen ");
        prose_object(g, &b);
        sb_puts(&b, k < n ? ";" : last ? "." : ";");
        gen_block(g, &b);
    }
    sb_free(&b);
}

void write_resolution_body(gen *g, size_t until)
{
    strbuf b = {0};
    gen_italic(g, &b, g->organ == ORGAN_GA ? "The General Assembly" : "The Security Council");
    sb_putc(&b, ',');
    gen_block(g, &b);
    size_t start = g->out->len;
    size_t span = until > start ? until - start : 0;
    int paragraphs = g->paragraphs;
    g->paragraphs = 0;
    do {
        b.len = 0;
        preambular(g, &b);
        gen_block(g, &b);
    } while (g->out->len < start + span / 3);
    do {
        int last = g->out->len + 400 >= until;
        if (rng_percent(&g->r, 12)) {
            operative_with_items(g, last);
            continue;
        }
        b.len = 0;
        if (last && g->organ == ORGAN_SC) {
            gen_italic(g, &b, "Decides");
            sb_puts(&b, " to remain actively seized of the matter.");
        } else {
            operative(g, &b, last);
        }
        gen_numbered(g, &b);
        if (last)
            break;
    } while (g->out->len < until);
    g->paragraphs = paragraphs;
    sb_free(&b);
}

static void title_line(gen *g, const char *prefix, const char *title)
{
    strbuf b = {0};
    sb_puts(&b, prefix);
    gen_bold(g, &b, title);
    gen_line(g, b.data);
    sb_free(&b);
}

void write_resolution(gen *g)
{
    strbuf b = {0};
    int number = rng_range(&g->r, 1, 320);
    /* Adopted during the session, issued a few weeks later. */
    ymd adopted = ymd_add_days((ymd){1945 + g->session, 9, 20}, rng_range(&g->r, 0, 300));
    g->date = ymd_add_days(adopted, rng_range(&g->r, 10, 40));
    g->year = g->date.y;
    g->organ = ORGAN_GA; /* Security Council resolutions carry no masthead of this kind */
    sb_printf(&b, "A/RES/%d/%d", g->session, number);
    write_masthead(g, b.data);
    b.len = 0;
    sb_puts(&b, "Resolution adopted by the General Assembly on ");
    put_date(&b, adopted);
    gen_line(g, b.data);
    b.len = 0;
    sb_printf(&b, "[on the report of the %s (A/%d/%d)]", pick(&g->r, &committees), g->session,
               rng_range(&g->r, 400, 650));
    gen_line(g, b.data);
    b.len = 0;
    sb_printf(&b, "%d/%d. ", g->session, number);
    title_line(g, b.data, pick(&g->r, &topics));
    write_resolution_body(g, g->target);
    b.len = 0;
    sb_printf(&b, "%dth plenary meeting", rng_range(&g->r, 40, 89));
    sb_puts(&b, g->format == GEN_MARKDOWN ? "  \n" : "\n");
    put_date(&b, adopted);
    gen_block(g, &b);
    sb_free(&b);
}

void write_draft_resolution(gen *g)
{
    strbuf b = {0};
    if (g->organ == ORGAN_GA)
        sb_printf(&b, "A/%d/L.%d", g->session, rng_range(&g->r, 1, 80));
    else
        sb_printf(&b, "S/%d/%d", g->year, rng_range(&g->r, 10, 990));
    write_masthead(g, b.data);
    b.len = 0;
    int sponsors = rng_range(&g->r, 1, 6);
    for (int i = 0; i < sponsors; i++) {
        if (i)
            sb_puts(&b, i == sponsors - 1 ? " and " : ", ");
        sb_puts(&b, pick(&g->r, &countries));
    }
    sb_puts(&b, ": draft resolution");
    capitalize_at(&b, 0);
    gen_line(g, b.data);
    title_line(g, "", pick(&g->r, &topics));
    write_resolution_body(g, g->target);
    sb_free(&b);
}
