#include "cite.h"
#include "lexicon.h"

/* General Assembly resolutions and their dates of adoption, so that dated
 * citations are true. */
static const struct { int session, number; ymd adopted; } ga_resolutions[] = {
    {57, 199, {2002, 12, 18}}, {62, 10, {2007, 11, 26}}, {63, 217, {2008, 12, 19}},
    {65, 277, {2011, 6, 10}},  {68, 179, {2013, 12, 18}}, {70, 1, {2015, 9, 25}},
    {70, 159, {2015, 12, 17}}, {72, 162, {2017, 12, 19}}, {73, 247, {2018, 12, 20}},
    {74, 18, {2019, 12, 10}},  {74, 41, {2019, 12, 12}},  {74, 87, {2019, 12, 13}},
    {74, 133, {2019, 12, 18}}, {74, 202, {2019, 12, 19}}, {74, 278, {2020, 6, 30}},
    {75, 16, {2020, 11, 23}},  {75, 62, {2020, 12, 7}},   {75, 131, {2020, 12, 14}},
    {75, 200, {2020, 12, 21}}, {75, 261, {2021, 3, 3}},   {75, 306, {2021, 6, 30}},
    {76, 1, {2021, 9, 22}},    {76, 47, {2021, 12, 6}},   {76, 116, {2021, 12, 9}},
    {76, 185, {2021, 12, 16}}, {76, 251, {2022, 2, 28}},  {76, 297, {2022, 7, 21}},
    {77, 13, {2022, 11, 21}},  {77, 82, {2022, 12, 7}},   {77, 151, {2022, 12, 14}},
    {77, 220, {2022, 12, 15}}, {77, 287, {2023, 5, 16}},
};

/* The first Security Council resolution of each year from 1990. */
static const int sc_first[] = {
    647, 684, 726, 800, 893, 970, 1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455,
    1522, 1581, 1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196, 2260,
    2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722,
};
enum { SC_FIRST_YEAR = 1990, SC_YEARS = sizeof sc_first / sizeof *sc_first };

/* Rules of procedure of the General Assembly, each with what it governs. */
static const struct { int rule; const char *subject; } ga_rules[] = {
    {13, "the provisional agenda of a regular session"},
    {14, "the inclusion of supplementary items in the agenda"},
    {15, "the inclusion of additional items in the agenda"},
    {20, "the explanatory memorandum that accompanies each item proposed"},
    {78, "the submission of proposals and amendments"},
    {153, "the financial implications of resolutions"},
};

static const int charter_articles[] = {1, 2, 13, 17, 22, 33, 52, 55, 56, 96, 98, 101, 103};

static ymd past_date(gen *g, int max_days_back)
{
    return ymd_add_days(g->date, -rng_range(&g->r, 1, max_days_back));
}

static void put_cited_date(gen *g, strbuf *b, ymd date)
{
    if (gen_slip(g, SLIP_INVALID_DATE)) {
        static const int short_months[] = {2, 4, 6, 9, 11};
        date.m = short_months[rng_below(&g->r, 5)];
        date.d = days_in_month(date.y, date.m) + 1;
    }
    if (gen_slip(g, SLIP_US_DATE))
        sb_printf(b, "%s %d, %d", month_names[date.m - 1], date.d, date.y);
    else
        put_date(b, date);
}

void cite_past_date(gen *g, strbuf *b)
{
    ymd date = past_date(g, 400);
    if (gen_slip(g, SLIP_LATER_DATE))
        date = ymd_add_days(g->date, rng_range(&g->r, 20, 200));
    put_cited_date(g, b, date);
}

void cite_weekday_date(gen *g, strbuf *b)
{
    ymd date = past_date(g, 120);
    int day = weekday_of(date);
    if (gen_slip(g, SLIP_WEEKDAY))
        day = (day + rng_range(&g->r, 1, 6)) % 7;
    sb_printf(b, "%s, ", weekday_names[day]);
    put_cited_date(g, b, date);
}

static void put_ga_resolution(gen *g, strbuf *b)
{
    /* A dated citation when the register has an earlier resolution. */
    size_t n = sizeof ga_resolutions / sizeof *ga_resolutions;
    size_t i = rng_below(&g->r, (unsigned)n);
    if (rng_percent(&g->r, 50) && ymd_compare(ga_resolutions[i].adopted, g->date) < 0) {
        sb_printf(b, "%d/%d of ", ga_resolutions[i].session, ga_resolutions[i].number);
        put_date(b, ga_resolutions[i].adopted);
        return;
    }
    int session = g->session - rng_range(&g->r, 1, 8);
    sb_printf(b, "%d/%d", session, rng_range(&g->r, 1, 280));
}

void cite_ga_resolution(gen *g, strbuf *b)
{
    sb_puts(b, "resolution ");
    put_ga_resolution(g, b);
}

void cite_ga_resolutions(gen *g, strbuf *b)
{
    sb_puts(b, "resolutions ");
    int n = rng_range(&g->r, 2, 4);
    for (int i = 0; i < n; i++) {
        if (i)
            sb_puts(b, i == n - 1 ? " and " : ", ");
        put_ga_resolution(g, b);
    }
}

void cite_sc_resolution(gen *g, strbuf *b)
{
    int last_year = g->year - SC_FIRST_YEAR;
    if (last_year >= SC_YEARS - 1)
        last_year = SC_YEARS - 2;
    int y = rng_range(&g->r, last_year > 10 ? last_year - 10 : 0, last_year - 1);
    int number = rng_range(&g->r, sc_first[y], sc_first[y + 1] - 1);
    int year = SC_FIRST_YEAR + y + gen_slip(g, SLIP_SC_YEAR);
    sb_printf(b, "%s resolution %d (%d)", g->organ == ORGAN_SC ? "its" : "Security Council",
               number, year);
}

void cite_rule_sentence(gen *g, strbuf *b)
{
    size_t i = rng_below(&g->r, sizeof ga_rules / sizeof *ga_rules);
    int rule = ga_rules[i].rule;
    if (gen_slip(g, SLIP_RULE))
        rule = rng_range(&g->r, 170, 199);
    sb_printf(b, "Rule %d of the rules of procedure of the General Assembly governs %s.", rule,
               ga_rules[i].subject);
}

void cite_charter(gen *g, strbuf *b)
{
    int article = charter_articles[rng_below(&g->r, sizeof charter_articles / sizeof *charter_articles)];
    if (gen_slip(g, SLIP_CHARTER))
        article = rng_range(&g->r, 112, 120);
    sb_printf(b, "Article %d of the Charter of the United Nations", article);
}

void cite_symbol(gen *g, strbuf *b)
{
    switch (rng_below(&g->r, 4)) {
    case 0:
        sb_printf(b, "S/%d/%d", g->year - rng_range(&g->r, 0, 3), rng_range(&g->r, 10, 990));
        break;
    case 1:
        sb_printf(b, "A/HRC/%d/%d", g->session - 35 - rng_range(&g->r, 0, 4), rng_range(&g->r, 2, 70));
        break;
    default:
        sb_printf(b, "A/%d/%d", g->session - rng_range(&g->r, 0, 2), rng_range(&g->r, 50, 800));
        break;
    }
}

void cite_session(gen *g, strbuf *b)
{
    sb_puts(b, "its ");
    put_ordinal_words(b, g->session - rng_range(&g->r, 0, 3));
    sb_puts(b, " session");
}

void cite_xref(gen *g, strbuf *b)
{
    if (rng_percent(&g->r, 40) && (g->annexes || (g->slips & SLIP_ANNEX))) {
        if (gen_slip(g, SLIP_ANNEX)) {
            sb_puts(b, "annex ");
            put_roman(b, g->annexes + 1);
        } else if (g->annexes == 1) {
            sb_puts(b, "the annex");
        } else {
            sb_puts(b, "annex ");
            put_roman(b, rng_range(&g->r, 1, g->annexes));
        }
        return;
    }
    if (g->paragraphs > 2)
        sb_printf(b, "paragraph %d above", rng_range(&g->r, 1, g->paragraphs - 1));
    else
        sb_puts(b, "the present document");
}
