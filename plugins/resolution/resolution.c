/*
 * The resolution plugin's descriptor: its rules, with the reasons for them
 * and the example documents the self-test runs, and the state it loads.
 */
#include "resolution.h"

#include <stdio.h>
#include <stdlib.h>

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

static const clerk_rule rules[] = {
    {
        .name = "opening-missing",
        .summary = "A resolution opens with the name of its organ",
        .severity = CLERK_ERROR,
        .check = check_opening_missing,
        .description =
            "A resolution is one sentence whose subject is the organ: \"The Security Council, "
            "Recalling ..., Decides ...\".  Without the opening line the preambular participles "
            "and operative verbs have no subject, and the text no author.  The rule looks for "
            "the shape of a resolution — listed preambular phrases ending with commas, then a "
            "numbered paragraph opening with a listed operative verb — with no line naming an "
            "organ before it.",
        .good = DOCS(
            "*The Security Council*,\n\n*Recalling* its resolution 713 (1991),\n\n"
            "1. *Decides* to remain seized of the matter.\n"),
        .bad = DOCS(
            "Resolution 781 (1992)\n\n*Recalling* its resolution 713 (1991),\n\n"
            "1. *Decides* to remain seized of the matter.\n"),
    },
    {
        .name = "opening-punctuation",
        .summary = "The opening line ends with a comma before the preamble",
        .severity = CLERK_ERROR,
        .check = check_opening_punctuation,
        .description =
            "\"The General Assembly,\" leads into the preambular paragraphs with a comma.  A "
            "resolution with no preamble may drop it (\"The General Assembly\" / \"Adopts the "
            "following declaration:\"), so a missing comma is reported only where a preambular "
            "paragraph follows; another mark there (a colon, a semicolon) is always wrong.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Decides* to include the item.\n",
            "*The General Assembly*\n\n*Adopts* the following declaration:\n"),
        .bad = DOCS(
            "*The General Assembly*\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Decides* to include the item.\n",
            "*The General Assembly*:\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Decides* to include the item.\n"),
    },
    {
        .name = "italics",
        .summary = "The organ, the preambular phrases and the operative verbs are in italics",
        .severity = CLERK_WARNING,
        .check = check_italics,
        .description =
            "Resolutions set in italics the organ's name in the opening line, the participle "
            "or adjective that opens each preambular paragraph (\"*Recalling*\", \"*Deeply "
            "concerned*\") and the verb that opens each operative paragraph (\"*Requests*\", "
            "\"*Also decides*\").  Plain text has no italics, so the rule applies only to "
            "documents that use them; a resolution that has lost them all is reported once.  "
            "Operative paragraphs that open with no verb (\"The Working Capital Fund shall be "
            "established ...\") need none.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Requests* a report;\n\n2. *Also decides* to include the item.\n",
            "The General Assembly,\n\nRecalling its resolution 59/50,\n\n1. Requests a report.\n"),
        .bad = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. Requests a report;\n\n2. *Decides* to include the item.\n",
            "The General Assembly,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Decides* to include the item.\n"),
    },
    {
        .name = "preambular-phrase",
        .summary = "A preambular paragraph opens with a known participle or adjective",
        .severity = CLERK_INFO,
        .check = check_preambular_phrase,
        .description =
            "Preambular paragraphs open with a participle or an adjective phrase: "
            "\"Recalling\", \"Having considered\", \"Deeply concerned\", \"Aware\".  The known "
            "phrases are listed in phrases.json (from the Editorial Manual and adopted "
            "resolutions); participles it lacks are accepted by their shape.  Another opening "
            "is noted, not condemned: it may be an adjective no list holds (\"Indignant\"), or "
            "a sentence that has strayed into the preamble.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "*Gravely alarmed* by the reports,\n\n*Appalled* by the attacks,\n\n"
            "1. *Decides* to include the item.\n"),
        .bad = DOCS(
            "*The General Assembly*,\n\n*The* report of the Secretary-General having been "
            "considered,\n\n1. *Decides* to include the item.\n"),
    },
    {
        .name = "preambular-verb",
        .summary = "A preambular paragraph does not open with an operative verb",
        .severity = CLERK_WARNING,
        .check = check_preambular_verb,
        .description =
            "\"Notes the report ...,\" among the preambular paragraphs is an operative paragraph "
            "written as a preambular one, or a preambular one whose participle (\"Noting\") was "
            "changed to a verb.  Either the paragraph opens with the participle, or it is "
            "numbered among the operative paragraphs and ends with a semicolon.  An unnumbered "
            "paragraph that ends with a comma and leads into numbered ones (a part of a budget "
            "resolution may open so) is read as preambular too.",
        .good = DOCS(
            "*The Security Council*,\n\n*Noting* the request of Member States,\n\n"
            "1. *Decides* to remain seized of the matter.\n"),
        .bad = DOCS(
            "*The Security Council*,\n\n*Notes* the request of Member States,\n\n"
            "1. *Decides* to remain seized of the matter.\n",
            "*The General Assembly*,\n\n*Recalls* its resolution 79/258 A, in which it set "
            "the level of the contingency fund,\n\n1. *Notes* the balance of the fund.\n"),
    },
    {
        .name = "preambular-punctuation",
        .summary = "A preambular paragraph ends with a comma",
        .severity = CLERK_ERROR,
        .check = check_preambular_punctuation,
        .description =
            "The preamble is the first half of one sentence: each preambular paragraph ends "
            "with a comma, never a semicolon or a full stop.  A paragraph that introduces "
            "sub-paragraphs ends with a colon, and its last sub-paragraph ends with the comma.  "
            "Footnote numbers and closing quotation marks after the comma are set aside.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "*Noting* the report entitled \xE2\x80\x9C" "Cooperation\xE2\x80\x9D,\n\n"
            "1. *Decides* to include the item.\n"),
        .bad = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50;\n\n"
            "1. *Decides* to include the item.\n",
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50.\n\n"
            "1. *Decides* to include the item.\n"),
    },
    {
        .name = "operative-verb",
        .summary = "An operative paragraph opens with a verb in the present tense, third person",
        .severity = CLERK_ERROR,
        .check = check_operative_verb,
        .description =
            "Each operative paragraph continues the sentence the organ's name begins: "
            "\"The General Assembly ... Requests\", \"Takes note\", \"Also decides\".  A "
            "participle (\"Noting\"), a bare verb (\"Request\") or a past tense (\"Decided\") "
            "of a listed operative verb breaks it; the fix gives the listed form.  Paragraphs "
            "that open otherwise by design (\"Should the credits exceed ...\") are left alone, "
            "and a participle may lead to the verb (\"Acting under Chapter VII ..., "
            "decides\").",
        .good = DOCS(
            "*The Security Council*,\n\n*Recalling* its resolutions,\n\n"
            "1. *Requests* a report;\n\n"
            "2. *Acting* under Chapter VII of the Charter, *decides* to renew the measures.\n"),
        .bad = DOCS(
            "*The Security Council*,\n\n*Recalling* its resolutions,\n\n"
            "1. *Noting* the report;\n\n2. *Decides* to remain seized of the matter.\n",
            "*The Security Council*,\n\n*Recalling* its resolutions,\n\n"
            "1. *Request* a report;\n\n2. *Decides* to remain seized of the matter.\n"),
    },
    {
        .name = "operative-punctuation",
        .summary = "Operative paragraphs end with a semicolon, the last with a full stop",
        .severity = CLERK_ERROR,
        .check = check_operative_punctuation,
        .description =
            "The operative part ends the resolution's one sentence: each operative paragraph "
            "ends with a semicolon and the last with a full stop.  A paragraph that introduces "
            "sub-paragraphs ends with a colon (then its last sub-paragraph carries the mark), "
            "and one that introduces a quoted text is left alone.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Requests* a report;\n\n2. *Decides* to include the item \xE2\x80\x9C"
            "Cooperation\xE2\x80\x9D.\n"),
        .bad = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Requests* a report.\n\n2. *Decides* to include the item.\n",
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Requests* a report;\n\n2. *Decides* to include the item;\n"),
    },
    {
        .name = "subparagraph-punctuation",
        .summary = "Sub-paragraphs end alike, the last as their paragraph would",
        .severity = CLERK_WARNING,
        .check = check_subparagraph_punctuation,
        .description =
            "A paragraph that ends with a colon goes on in its sub-paragraphs (a), (b), (c), "
            "and they in theirs (i), (ii): the sub-paragraphs of one list end alike (with "
            "semicolons, or commas where the sentence runs on, or full stops in a list of "
            "sentences), and the last ends as the paragraph it completes would have ended — "
            "with a semicolon, a comma in the preamble, a full stop at the end of the "
            "resolution.  A closing \"and\" or \"or\" after the mark (\"...; and\") is fine.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Requests* the Secretary-General:\n\n(a) To report;\n\n(b) To consult; and\n\n"
            "(c) To act;\n\n2. *Decides* to review:\n\n(a) The report;\n\n(b) The plan.\n"),
        .bad = DOCS(
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Requests* the Secretary-General:\n\n(a) To report;\n\n(b) To act.\n\n"
            "2. *Decides* to include the item.\n",
            "*The General Assembly*,\n\n*Recalling* its resolution 59/50,\n\n"
            "1. *Decides* to review:\n\n(a) The report;\n\n(b) The plan,\n\n(c) The budget;\n\n"
            "(d) The staff.\n"),
    },
    {
        .name = "abbreviation-before-definition",
        .summary = "An abbreviation is spelt out before it is used",
        .severity = CLERK_WARNING,
        .check = check_abbreviation_before_definition,
        .description =
            "The Editorial Manual has a name written out in full the first time, followed by "
            "its abbreviation in parentheses, and the abbreviation alone after that.  Using "
            "\"the CSTO\" before \"Collective Security Treaty Organization (CSTO)\" leaves the "
            "reader guessing.  Each resolution of a document counts on its own; text in "
            "quotation marks and abbreviations that need no spelling out "
            "(common-abbreviations.json: HIV, COVID-19) are left alone.",
        .good = DOCS(
            "*The General Assembly*,\n\n*Welcoming* the work of the Collective Security "
            "Treaty Organization (CSTO),\n\n1. *Invites* the CSTO to report.\n"),
        .bad = DOCS(
            "*The General Assembly*,\n\n*Welcoming* the work of the CSTO,\n\n"
            "1. *Invites* the Collective Security Treaty Organization (CSTO) to report.\n"),
    },
    {
        .name = "abbreviation-redefined",
        .summary = "An abbreviation is spelt out once",
        .severity = CLERK_INFO,
        .check = check_abbreviation_redefined,
        .description =
            "Once \"United Nations Mission in Liberia (UNMIL)\" has been written, \"UNMIL\" "
            "alone is enough; spelling it out again is a remnant of paragraphs drafted "
            "separately.  A spelt-out form inside a longer name (\"the SIDS Accelerated "
            "Modalities of Action (SAMOA) Pathway\") or a quoted title is not a definition.",
        .good = DOCS(
            "*The Security Council*,\n\n*Commending* the United Nations Mission in Liberia "
            "(UNMIL),\n\n1. *Requests* UNMIL to report.\n"),
        .bad = DOCS(
            "*The Security Council*,\n\n*Commending* the United Nations Mission in Liberia "
            "(UNMIL),\n\n1. *Requests* the United Nations Mission in Liberia (UNMIL) to report.\n"),
    },
};

static int init(const clerk_api *api, void **state, char *error, size_t error_size)
{
    resolution_state *st = malloc(sizeof *st);
    if (!st)
        snprintf(error, error_size, "out of memory");
    if (!st || resolution_load(api, st, error, error_size) != 0) {
        free(st);
        return -1;
    }
    if (memos_create(st) != 0) {
        snprintf(error, error_size, "no thread key left");
        resolution_free(st);
        free(st);
        return -1;
    }
    *state = st;
    return 0;
}

static void fini(void *state)
{
    if (state) {
        memos_delete(state);
        resolution_free(state);
    }
    free(state);
}

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "resolution",
    .version = "1.0.0",
    .summary = "The anatomy of resolutions: opening line, preamble, operative part, abbreviations",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
    .init = init,
    .fini = fini,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
