/*
 * The procedure plugin's descriptor: its rules, with the reasons for them
 * and the example documents the self-test runs, and the state it loads.
 */
#include "procedure.h"

#include <stdio.h>
#include <stdlib.h>

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* A masthead of a request letter for the sixty-fourth session, which
 * opened on 15 September 2009; the letter's date follows. */
#define MASTHEAD_64 \
    "United Nations\n\nA/64/150\n\n**General Assembly**\n\nDistr.: General\n\n10 September 2009\n\n" \
    "**Sixty-fourth session**\n\n**Letter dated "
#define SIGNED "\n\n*(Signed)* A. Diplomat\n"

static const clerk_rule rules[] = {
    {
        .name = "unknown-rule",
        .summary = "A cited rule of procedure exists",
        .severity = CLERK_ERROR,
        .check = check_unknown_rule,
        .description =
            "The rules of procedure of the General Assembly (A/520/Rev.20) run from rule 1 to rule "
            "163; the provisional rules of procedure of the Security Council (S/96/Rev.7) from 1 to "
            "61, rule 43 having been deleted.  A citation beyond them points nowhere.  Whose rules "
            "are cited is read from the citation (\"of the General Assembly\", \"provisional rules "
            "of procedure of the Security Council\"), else from the document symbol or masthead; "
            "the message says which.  The rules of other bodies (functional commissions, "
            "conferences, staff rules) are not checked.",
        .good = DOCS(
            "In accordance with rule 14 of the rules of procedure of the General Assembly, I have the "
            "honour to request the inclusion of a supplementary item.\n",
            "The Council met in accordance with rule 37 of the provisional rules of procedure of the "
            "Security Council.\n"),
        .bad = DOCS(
            "In accordance with rule 164 of the rules of procedure of the General Assembly, the item "
            "is proposed.\n",
            "The representative spoke under rule 43 of the provisional rules of procedure of the "
            "Security Council.\n"),
    },
    {
        .name = "rule-subject",
        .summary = "The cited rule governs what the sentence asks for",
        .severity = CLERK_WARNING,
        .check = check_rule_subject,
        .description =
            "Neighbouring rules are easily confused: a supplementary item is requested under rule "
            "14, an additional item (less than thirty days before the session) under rule 15, the "
            "explanatory memorandum every item needs is rule 20, and the rules for committees "
            "(96-133) do not govern the plenary.  The words that show what a sentence is about, and "
            "the rules mistaken for each subject, are the table rule-subjects.json.",
        .good = DOCS(
            "On the basis of rule 14 of the rules of procedure of the General Assembly, I have the "
            "honour to request the inclusion of a supplementary item entitled \"Cooperation\".\n",
            "In accordance with rule 20 of the rules of procedure of the General Assembly, an "
            "explanatory memorandum (annex I) and a draft resolution (annex II) are attached.\n"),
        .bad = DOCS(
            "On the basis of rule 15 of the rules of procedure of the General Assembly, I have the "
            "honour to request the inclusion of a supplementary item entitled \"Cooperation\".\n",
            "In accordance with rule 13 of the rules of procedure of the General Assembly, an "
            "explanatory memorandum is attached.\n",
            "In accordance with rule 108 of the rules of procedure of the General Assembly, the item "
            "will be considered directly in plenary meeting.\n"),
    },
    {
        .name = "deadline",
        .summary = "A request is dated within the time limit of the rule it invokes",
        .severity = CLERK_WARNING,
        .check = check_deadline,
        .description =
            "Rule 14 takes requests for supplementary items up to thirty days before the opening "
            "of a regular session; later, and during the session, an item is an additional item "
            "under rule 15, which the Assembly must agree to consider.  A letter invoking rule 14 "
            "too late, or rule 15 while there is time for rule 14, asks for the wrong procedure.  "
            "Other limits of the rules (rule 12: sixty days; rule 16: fourteen or ten days; rule "
            "18: four days) are checked where the document states the opening date.  The session's "
            "opening comes from ga-sessions.json unless the document states it.",
        .good = DOCS(
            MASTHEAD_64 "14 July 2009 addressed to the Secretary-General**\n\n"
            "On the basis of rule 14 of the rules of procedure of the General Assembly, I have the "
            "honour to request the inclusion in the agenda of the sixty-fourth session of a "
            "supplementary item entitled \"Cooperation\"." SIGNED),
        .bad = DOCS(
            MASTHEAD_64 "1 September 2009 addressed to the Secretary-General**\n\n"
            "On the basis of rule 14 of the rules of procedure of the General Assembly, I have the "
            "honour to request the inclusion in the agenda of the sixty-fourth session of a "
            "supplementary item entitled \"Cooperation\"." SIGNED,
            MASTHEAD_64 "14 July 2009 addressed to the Secretary-General**\n\n"
            "In accordance with rule 15 of the rules of procedure of the General Assembly, I have "
            "the honour to request the inclusion in the agenda of the sixty-fourth session of an "
            "additional item entitled \"Cooperation\"." SIGNED),
    },
    {
        .name = "explanatory-memorandum",
        .summary = "A request for an agenda item has its explanatory memorandum",
        .severity = CLERK_ERROR,
        .check = check_explanatory_memorandum,
        .description =
            "Rule 20 of the rules of procedure of the General Assembly: \"All items proposed for "
            "inclusion in the agenda shall be accompanied by an explanatory memorandum\".  A "
            "request letter without one (as an annex or a heading \"Explanatory memorandum\" or "
            "\"Explanatory note\") is incomplete.  A letter saying the memorandum will follow is "
            "not concerned.",
        .good = DOCS(
            "I have the honour to request the inclusion in the agenda of a supplementary item "
            "entitled \"Cooperation\".  An explanatory memorandum (annex) is attached.\n\n"
            "## Annex\n\n### Explanatory memorandum\n\nThe organization was founded in 2002.\n"),
        .bad = DOCS(
            "I have the honour to request the inclusion in the agenda of a supplementary item "
            "entitled \"Cooperation\".\n"),
    },
    {
        .name = "charter-article",
        .summary = "A cited Article or Chapter of the Charter exists, in the Chapter named",
        .severity = CLERK_ERROR,
        .check = check_charter_article,
        .description =
            "The Charter of the United Nations has 111 Articles in 19 Chapters (charter.json).  "
            "\"Article 152 of the Charter\" and \"Chapter XX of the Charter\" point nowhere, and "
            "\"Article 51 of Chapter VIII\" puts the Article in the wrong Chapter (it is in Chapter "
            "VII).  Other charters (\"the Charter of the Organization of American States\", \"the "
            "African Charter\") are not concerned.",
        .good = DOCS(
            "Acting under Chapter VII of the Charter of the United Nations, and recalling Article 51 "
            "of the Charter,\n",
            "Recalling Article 152 of the Charter of the Organization of American States,\n"),
        .bad = DOCS(
            "Recalling Article 152 of the Charter,\n",
            "Acting under Chapter XX of the Charter,\n",
            "Recalling Article 51 of Chapter VIII of the Charter,\n"),
    },
    {
        .name = "annex-reference",
        .summary = "An annex is what the text announces it to be",
        .severity = CLERK_ERROR,
        .check = check_annex_reference,
        .description =
            "\"An explanatory note (annex I) and a draft resolution (annex II) are attached\" "
            "promises what each annex holds; an annex headed otherwise was swapped or mislabelled.  "
            "Whether announced annexes exist, and whether every annex is announced, are "
            "structure/annex-missing and structure/annex-unannounced; this rule also reports an "
            "annex \"to the present letter\" that the document lacks where structure takes the "
            "reference for another document's.",
        .good = DOCS(
            "An explanatory note (annex I) and a draft resolution (annex II) are attached.\n\n"
            "## Annex I\n\n### Explanatory note\n\nThe item is proposed for the first time.\n\n"
            "## Annex II\n\n### Draft resolution\n\n*The General Assembly*,\n\n"
            "1. *Decides* to include the item.\n"),
        .bad = DOCS(
            "An explanatory memorandum (annex I) and a draft resolution (annex II) are attached.\n\n"
            "## Annex I\n\n### Explanatory memorandum\n\nThe item is proposed for the first time.\n\n"
            "## Annex II\n\n### Draft decision\n\nThe General Assembly decides to include the item.\n"),
    },
    {
        .name = "paragraph-reference",
        .summary = "A paragraph cited above, below or in the present document exists there",
        .severity = CLERK_ERROR,
        .check = check_paragraph_reference,
        .description =
            "\"Paragraph 7 above\" and \"paragraphs 3 to 5 of the present resolution\" send the "
            "reader to numbered paragraphs; after paragraphs are added or removed in drafting they "
            "often point to the wrong one or to none.  Paragraphs are looked for in the section of "
            "the reference (each annex is numbered afresh), then in the whole document; references "
            "to other documents (\"paragraph 12 of resolution 1631 (2005)\") are not concerned.",
        .good = DOCS(
            "1. The Committee held two meetings.\n\n"
            "2. At the meetings referred to in paragraph 1 above, it adopted its report.\n",
            "1. *Recalls* paragraph 12 of resolution 1631 (2005);\n\n"
            "2. *Requests* a report on the implementation of paragraph 1 of the present resolution.\n"),
        .bad = DOCS(
            "1. The Committee held two meetings.\n\n"
            "2. At the meetings referred to in paragraph 5 above, it adopted its report.\n",
            "1. As set out in paragraph 2 above, the Committee met twice.\n\n"
            "2. The Committee adopted its report.\n"),
    },
};

static int init(const clerk_api *api, void **state, char *error, size_t error_size)
{
    procedure_state *st = malloc(sizeof *st);
    if (!st)
        snprintf(error, error_size, "out of memory");
    if (!st || procedure_load(api, st, error, error_size) != 0) {
        free(st);
        return -1;
    }
    if (thread_state_create(&st->requests, NULL) != 0) {
        snprintf(error, error_size, "no thread key left");
        procedure_free(st);
        free(st);
        return -1;
    }
    *state = st;
    return 0;
}

static void fini(void *state)
{
    if (state) {
        thread_state_delete(&((procedure_state *)state)->requests);
        procedure_free(state);
    }
    free(state);
}

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "procedure",
    .version = "1.0.0",
    .summary = "Procedural citations: rules of procedure, the Charter, annexes and paragraphs",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
    .init = init,
    .fini = fini,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
