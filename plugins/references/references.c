/*
 * The references plugin's descriptor: its rules, with the reasons for them
 * and the example documents the self-test runs, and the tables it loads.
 */
#include "references.h"
#include "datafile.h"

#include <stdio.h>
#include <stdlib.h>

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* A Security Council letter of 14 July 2009, and a General Assembly one. */
#define SC_2009 "United Nations\n\nS/2009/360\n\nSecurity Council\n\nDistr.: General\n\n14 July 2009\n\n"
#define GA_2009 "United Nations\n\nA/64/142\n\nGeneral Assembly\n\nDistr.: General\n\n14 July 2009\n\n"
#define GA_DRAFT "*The General Assembly*,\n\n"
#define SC_DRAFT "*The Security Council*,\n\n"

static const clerk_rule rules[] = {
    {
        .name = "sc-year",
        .summary = "The year cited with a Security Council resolution is the year it was adopted",
        .severity = CLERK_ERROR,
        .check = check_sc_year,
        .description =
            "Security Council resolutions are numbered in one series since 1946 and cited with "
            "the year of their adoption, \"resolution 1631 (2005)\".  The number fixes the "
            "year, so a year that does not match it is a slip in one or the other.  The year is "
            "taken from the register of adoption dates, else from the first and last number of "
            "each year; where the record only brackets the boundary between two years "
            "(1994-1999), a citation naming either is accepted.  The fix puts in the year of "
            "the number.",
        .good = DOCS(SC_2009 "The Council recalls its resolutions 1267 (1999), 1333 (2000) and "
                     "1631 (2005).\n"),
        .bad = DOCS(SC_2009 "The Council recalls its resolution 1631 (2004).\n"),
    },
    {
        .name = "sc-missing-year",
        .summary = "A Security Council resolution is cited with its year",
        .severity = CLERK_WARNING,
        .check = check_sc_missing_year,
        .description =
            "Documents cite a Security Council resolution with the year of its adoption in "
            "brackets, \"Security Council resolution 1631 (2005)\": the year tells the reader "
            "at once which resolution is meant and when.  Documents dated before 1994 are not "
            "concerned.  The fix inserts the year when the record is sure of it.",
        .good = DOCS(GA_2009 "The Security Council adopted resolution 1631 (2005).\n"),
        .bad = DOCS(GA_2009 "Security Council resolution 1631 concerns cooperation.\n"),
    },
    {
        .name = "sc-unknown",
        .summary = "A Security Council resolution existed at the document's date",
        .severity = CLERK_ERROR,
        .check = check_sc_unknown,
        .description =
            "A document cannot cite a resolution adopted after it was written, nor a year "
            "before the first resolution (1946) or after its own date.  Such a citation has a "
            "mistyped number or year, or the document's date is wrong.",
        .good = DOCS(SC_2009 "The Council recalls its resolution 1878 (2009).\n"),
        .bad = DOCS(SC_2009 "The Council recalls its resolution 1960 (2010).\n",
                    SC_2009 "The Council recalls its resolution 1631 (2015).\n"),
    },
    {
        .name = "ga-future-session",
        .summary = "A General Assembly resolution or decision is of a session already opened",
        .severity = CLERK_ERROR,
        .check = check_ga_future_session,
        .description =
            "A General Assembly resolution or decision carries its session: \"resolution "
            "70/1\" was adopted at the seventieth session, which opened in September 2015.  "
            "A document dated before that session opened cannot cite it; the session or the "
            "number is mistyped, or the document's date is wrong.  Special and emergency "
            "special sessions (\"S-26/2\", \"ES-10/2\") are checked against their opening.",
        .good = DOCS(GA_2009 "The Assembly recalls its resolution 63/1.\n"),
        .bad = DOCS(GA_2009 "The Assembly recalls its resolution 70/1.\n"),
    },
    {
        .name = "ga-era-format",
        .summary = "A General Assembly resolution is cited in the form of its era",
        .severity = CLERK_WARNING,
        .check = check_ga_era_format,
        .description =
            "Until its thirtieth session (1975) the Assembly numbered its resolutions in one "
            "series with the session in roman numerals, \"resolution 1514 (XV)\"; from the "
            "thirty-first session on each session numbers its own, \"resolution 31/1\" "
            "(special sessions from the eighth, emergency special sessions from the sixth).  "
            "\"15/1514\" and \"3411 (XXXI)\" mix the two systems, and a roman numeral that "
            "is not the session the register gives for the number names the wrong session.  "
            "Other bodies number by session too (\"Human Rights Council resolution 16/21\"), so "
            "only citations whose words name the Assembly, or its own \"its resolution\" in "
            "roman figures, are concerned.",
        .good = DOCS(GA_2009 "Recalling its resolutions 1514 (XV) and 31/1,\n"),
        .bad = DOCS(GA_2009 "The Assembly recalled General Assembly resolution 15/1514.\n",
                    GA_2009 "Recalling its resolution 3411 (XXXI),\n"),
    },
    {
        .name = "register-date",
        .summary = "The date cited with a resolution is its adoption date",
        .severity = CLERK_ERROR,
        .check = check_register_date,
        .description =
            "\"Resolution 74/2 of 11 October 2019\": the register of adopted resolutions "
            "gives the date each was adopted, and a citation with another date is wrong.  The "
            "register is read from every data folder, so a newer one in a folder the "
            "configuration names extends it without a rebuild.  The fix puts in the "
            "register's date.",
        .good = DOCS(GA_DRAFT "*Recalling* its resolution 74/2 of 10 October 2019,\n"),
        .bad = DOCS(GA_DRAFT "*Recalling* its resolution 74/2 of 11 October 2019,\n"),
    },
    {
        .name = "inconsistent-date",
        .summary = "A resolution cited twice is cited with the same date",
        .severity = CLERK_ERROR,
        .check = check_inconsistent_date,
        .description =
            "Where the register does not know a resolution, its citations in one document "
            "must at least agree: two dates for the same resolution mean one of them is "
            "wrong.",
        .good = DOCS("The Commission recalled its resolution 2005/66 of 20 April 2005.\n\n"
                     "By its resolution 2005/66 of 20 April 2005 it requested a report.\n"),
        .bad = DOCS("The Commission recalled its resolution 2005/66 of 20 April 2005.\n\n"
                    "By its resolution 2005/66 of 21 April 2005 it requested a report.\n"),
    },
    {
        .name = "symbol-syntax",
        .summary = "A document symbol follows the grammar of United Nations symbols",
        .severity = CLERK_ERROR,
        .check = check_symbol_syntax,
        .description =
            "A symbol is how a document is found, so a malformed one sends the reader "
            "nowhere: \"A//64/142\", \"A/64/\", \"A/RES/64-1\", \"S/RES/1631\" without its year, "
            "\"A/C.7/64/L.1\" (there is no Seventh Committee), \"A/77/L45\", \"add.1\".  The "
            "grammar (docs/symbols.md) covers the General Assembly, its Main Committees, the "
            "Human Rights Council, the Security Council, the Economic and Social Council and "
            "the Secretariat's series; other series are checked only for empty components and "
            "the spelling of their suffixes.",
        .good = DOCS("See A/64/142, A/C.3/64/L.5/Rev.1, A/HRC/10/29/Add.1, S/RES/1631 (2005), "
                     "S/2009/360, E/CN.6/2005/11 and ST/SGB/2009/1.\n"),
        .bad = DOCS("See document A//64/142.\n", "See document A/RES/64-1.\n",
                    "See document S/RES/1631.\n", "See document A/C.7/64/L.1.\n"),
    },
    {
        .name = "its-resolution",
        .summary = "A resolution cites its own body's resolutions as \"its resolution\"",
        .severity = CLERK_INFO,
        .check = check_its_resolution,
        .description =
            "In its resolutions the General Assembly cites its own earlier resolutions as "
            "\"its resolution 59/50\", and the Security Council as \"its resolution 1631 "
            "(2005)\" (Editorial Manual); \"General Assembly resolution 59/50\" is how other "
            "bodies and documents cite them.  Only the preambular and operative paragraphs "
            "of a General Assembly or Security Council resolution or draft are concerned.",
        .good = DOCS(GA_DRAFT "*Recalling* its resolution 59/50 and Security Council resolution "
                     "1631 (2005),\n"),
        .bad = DOCS(GA_DRAFT "*Recalling* General Assembly resolution 59/50,\n"),
    },
    {
        .name = "running-text-symbol",
        .summary = "A resolution cites resolutions by number, not by document symbol",
        .severity = CLERK_INFO,
        .check = check_running_text_symbol,
        .description =
            "The text of a resolution cites a resolution as \"resolution 59/50\" (Editorial "
            "Manual), not by its document symbol \"A/RES/59/50\", which belongs in "
            "references and lists of documents.  Only the preambular and operative "
            "paragraphs of a General Assembly or Security Council resolution or draft are "
            "concerned.",
        .good = DOCS(GA_DRAFT "*Recalling* its resolution 59/50,\n"),
        .bad = DOCS(GA_DRAFT "*Recalling* A/RES/59/50,\n"),
    },
};

static int read_numbering(const clerk_api *api, references_state *st, char *err, size_t err_size)
{
    const char *name = "resolution-numbering.json";
    jv *root = data_load_json(api, name, err, err_size);
    if (!root)
        return -1;
    const jv *ga = jv_get(root, "general_assembly");
    const jv *sc = jv_get(root, "security_council");
    st->ga_numbered_by_session_from =
        (int)jv_integer(jv_get(ga, "numbered_by_session_from"));
    st->ga_main_committees = (int)jv_integer(jv_get(ga, "main_committees"));
    st->sc_year_cited_from = (int)jv_integer(jv_get(sc, "year_cited_from"));
    free(root);
    if (st->ga_numbered_by_session_from > 0 && st->ga_main_committees > 0 && st->sc_year_cited_from > 0)
        return 0;
    snprintf(err, err_size, "%s: needs general_assembly.numbered_by_session_from, "
             "general_assembly.main_committees and security_council.year_cited_from", name);
    return -1;
}

static void fini(void *state)
{
    references_state *st = state;
    if (!st)
        return;
    ga_sessions_free(&st->sessions);
    special_sessions_free(&st->specials);
    sc_years_free(&st->years);
    register_free(&st->record);
    free(st);
}

static int init(const clerk_api *api, void **state, char *err, size_t err_size)
{
    references_state *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(err, err_size, "out of memory");
        return -1;
    }
    if (ga_sessions_load(api, &st->sessions, err, err_size) != 0 ||
        special_sessions_load(api, &st->specials, err, err_size) != 0 ||
        sc_years_load(api, &st->years, err, err_size) != 0 ||
        register_load(api, &st->record, err, err_size) != 0 ||
        read_numbering(api, st, err, err_size) != 0) {
        fini(st);
        return -1;
    }
    *state = st;
    return 0;
}

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "references",
    .version = "1.0.0",
    .summary = "Resolution citations and document symbols checked against the record",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
    .init = init,
    .fini = fini,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
