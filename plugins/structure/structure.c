/*
 * The structure plugin's descriptor: its rules, with the reasons for them
 * and the example documents the self-test runs.
 */
#include "structure.h"

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

static const clerk_rule rules[] = {
    {
        .name = "paragraph-sequence",
        .summary = "Numbered paragraphs and sub-paragraphs run without gap or repeat",
        .severity = CLERK_WARNING,
        .check = check_paragraph_sequence,
        .description =
            "Paragraphs are cited by number (\"paragraph 4 above\", \"operative paragraph 12 "
            "of resolution 64/1\"), so a skipped or repeated number makes every later "
            "citation wrong.  Paragraphs run 1, 2, 3 within each section (each annex starts "
            "again), sub-paragraphs (a), (b), (c) within their paragraph and (i), (ii), (iii) "
            "within their sub-paragraph.  A list may start again at 1 after a heading or an "
            "unnumbered line, as documents in parts A and B do, and a list opened by a colon "
            "may run 1, 2, 3 before the paragraphs resume.  A number written so that it does "
            "not read as one (\"5 Encourages\", \"6.Calls\", a paragraph run into the one "
            "before it) is reported where it stands.  After a heading \"Excerpts from …\" the "
            "numbers of selected paragraphs may jump forward.",
        .good = DOCS(
            "1. The Committee held two meetings.\n\n"
            "2. It adopted the following agenda:\n\n"
            "(a) Opening of the session;\n\n"
            "(b) Adoption of the agenda.\n\n"
            "3. It closed its session.\n",
            "## Annex I\n\n1. First note.\n\n2. Second note.\n\n"
            "## Annex II\n\n1. First draft.\n",
            "1. The Council met twice.\n\n"
            "2. It asks to be informed of the following:\n\n"
            "1. Progress on the agreement;\n\n"
            "2. Steps towards elections;\n\n"
            "3. It decides to remain seized of the matter.\n",
            "1. The Committee met twice.\n\n"
            "### Excerpts from the report of the Special Committee\n\n"
            "19. As to the first of those questions, the Committee found no need to act.\n\n"
            "20. In view of those provisions, it made no recommendation.\n"),
        .bad = DOCS(
            "1. The Committee held two meetings.\n\n"
            "2. It adopted its agenda.\n\n"
            "4. It closed its session.\n",
            "1. The Committee decided:\n\n"
            "(a) To meet again;\n\n"
            "(c) To report to the Council.\n",
            "1. The Committee held two meetings.\n\n"
            "2 It adopted its agenda.\n\n"
            "3. It closed its session.\n"),
    },
    {
        .name = "annex-missing",
        .summary = "An annex the text announces is in the document",
        .severity = CLERK_ERROR,
        .check = check_annex_missing,
        .description =
            "\"An explanatory note (annex I) and a draft resolution (annex II) are attached\" "
            "promises two annexes; when one is not there, the document was issued incomplete "
            "or the reference is wrong.  References to the annexes of other documents "
            "(\"the annex to resolution 59/50\") are not concerned.",
        .good = DOCS(
            "I have the honour to transmit the report of the meeting (see annex).\n\n"
            "## Annex\n\nThe meeting was held in Geneva.\n"),
        .bad = DOCS(
            "An explanatory note (annex I) and a draft resolution (annex II) are attached.\n\n"
            "## Annex I\n\n### Explanatory note\n\nThe item is proposed for the first time.\n"),
    },
    {
        .name = "annex-unannounced",
        .summary = "Every annex is announced in the text",
        .severity = CLERK_INFO,
        .check = check_annex_unannounced,
        .description =
            "A reader learns what an annex is from the text that announces it: \"(annex II)\", "
            "\"annexed to the present resolution\", \"see annex\".  An annex that nothing "
            "announces was usually attached to the wrong document or lost its reference in "
            "editing.  A lone annex of a letter that \"transmits herewith\" is announced by "
            "that wording.  Some reports leave annexes unannounced by custom (the "
            "organization charts of a budget report), hence the severity.",
        .good = DOCS(
            "An explanatory note (annex I) and a draft resolution (annex II) are attached.\n\n"
            "## Annex I\n\nThe item is proposed for the first time.\n\n"
            "## Annex II\n\n*The General Assembly*,\n\n1. *Decides* to include the item.\n"),
        .bad = DOCS(
            "An explanatory note (annex I) is attached.\n\n"
            "## Annex I\n\nThe item is proposed for the first time.\n\n"
            "## Annex II\n\n*The General Assembly*,\n\n1. *Decides* to include the item.\n"),
    },
    {
        .name = "split-paragraph",
        .summary = "A paragraph is not cut in two by a page break",
        .severity = CLERK_WARNING,
        .check = check_split_paragraph,
        .description =
            "Text converted from a printed page keeps the page break as a paragraph break, "
            "so one sentence ends a paragraph without a full stop and goes on in the next "
            "(\"... by the General\" / \"Assembly of a resolution ...\").  The halves then "
            "read as two paragraphs, and a numbered paragraph gains an unnumbered tail.  "
            "The fix joins them.",
        .good = DOCS(
            "1. The Committee adopted its report by consensus.\n\n"
            "2. The General Assembly took note of the report.\n",
            "**Sixty-fifth session**\n\n"
            "Cooperation between the United Nations and regional organizations\n\n"
            "The Committee recommends the following:\n\n"
            "Adoption of the report.\n"),
        .bad = DOCS(
            "3. The Committee recommends that the report be considered by the General\n\n"
            "Assembly at its next session under the item on cooperation.\n",
            "The Council met on two occasions during the period and\n\n"
            "decided to continue its consideration of the matter.\n"),
    },
    {
        .name = "headings-run-together",
        .summary = "Headings stand on lines of their own",
        .severity = CLERK_WARNING,
        .check = check_headings_run_together,
        .description =
            "Conversion of a printed masthead can glue its headings into one bold line "
            "(\"**Sixty-fourth session****Request for the inclusion of a supplementary "
            "item**\"), which then reads as one title.  The fix puts each on its own line.",
        .good = DOCS("**Sixty-fifth session**\n\n**Agenda item 12**\n"),
        .bad = DOCS("**Sixty-fifth session****Agenda item 12**\n"),
    },
    {
        .name = "missing-symbol",
        .summary = "A masthead carries the document symbol",
        .severity = CLERK_INFO,
        .check = check_masthead_symbol,
        .description =
            "The symbol (\"A/65/50\") is how a United Nations document is cited, filed and "
            "found; a masthead with its issuing body, distribution and date but no symbol lost "
            "it in conversion or was never completed.  Texts with no masthead at all, such as "
            "drafts and extracts, are not concerned.  The symbol is the Secretariat's to give, "
            "and its loss is most often the converter's, not the author's: hence the severity.",
        .good = DOCS(
            "United Nations\n\nA/65/50\n\nGeneral Assembly\n\nDistr.: General\n\n3 March 2010\n\n"
            "Sixty-fifth session\n",
            "1. The Committee held two meetings.\n"),
        .bad = DOCS(
            "United Nations\n\nGeneral Assembly\n\nDistr.: General\n\n3 March 2010\n\n"
            "Sixty-fifth session\n"),
    },
};

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "structure",
    .version = "1.0.0",
    .summary = "Numbering, annexes, page-break artefacts and the masthead",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
