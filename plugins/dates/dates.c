/*
 * The dates plugin's descriptor: its rules, with the reasons for them and
 * the example documents the self-test runs, and the tables it loads once
 * (General Assembly sessions, Security Council resolutions by year).
 */
#include "dates.h"

#include <stdio.h>
#include <stdlib.h>

#define DOCS(...) ((const char *const[]){__VA_ARGS__, NULL})

#define LETTER_MASTHEAD(date, session)                                                                  \
    "United Nations\n\nA/64/142\n\nGeneral Assembly\n\nDistr.: General\n\n" date "\n\n" session "\n\n"

static const clerk_rule rules[] = {
    {
        .name = "invalid-date",
        .summary = "A date exists in the calendar and names its month correctly",
        .severity = CLERK_ERROR,
        .check = check_invalid_date,
        .description =
            "\"31 June 2009\", \"29 February 2010\" and \"0 May 2009\" are days no calendar has: "
            "a typing slip that sends the reader to the wrong record.  A misspelt month "
            "(\"Decmber\", \"Febuary\") is reported with its correct spelling as the fix.",
        .good = DOCS("The Committee met on 30 June 2009 and on 29 February 2008.\n",
                     "Le Conseil s'est réuni le 29 avril 2021.\n",
                     "The Jaguar 2030 road map was launched.\n"),
        .bad = DOCS("The Committee met on 31 June 2009.\n", "The treaty was signed on 29 February 2010.\n",
                    "The report is dated 3 Decmber 2009.\n"),
    },
    {
        .name = "style",
        .summary = "Dates are written in UN style: \"14 July 2009\"",
        .severity = CLERK_WARNING,
        .check = check_style,
        .description =
            "United Nations documents write a date as day, month in words and year, without "
            "ordinal suffix, comma or abbreviation: \"14 July 2009\".  \"July 14, 2009\", "
            "\"14th July 2009\", \"14 Jul. 2009\", \"14/07/2009\", \"2009-07-14\" and a month in "
            "lower case are reported with the date rewritten.  Dates inside document symbols, "
            "URLs and code are left alone.",
        .good = DOCS("The letter dated 14 July 2009 was circulated in July 2009.\n",
                     "The opinion is at https://example.org/cases/2009-07-14 and in the file Op_21.05.2024.pdf.\n"),
        .bad = DOCS("The letter dated July 14, 2009 was circulated.\n",
                    "The meeting was held on 14th July 2009.\n",
                    "The meeting was held on 2009-07-14.\n",
                    "The meeting was held on 14 july 2009.\n"),
    },
    {
        .name = "weekday",
        .summary = "A weekday written with a date is that date's weekday",
        .severity = CLERK_ERROR,
        .check = check_weekday,
        .description =
            "\"Monday, 14 July 2009\" when 14 July 2009 was a Tuesday: one of the two is wrong, "
            "and a meeting announced that way will be missed.  No fix is offered, since either "
            "the weekday or the date may be the slip.",
        .good = DOCS("The Council will meet on Tuesday, 14 July 2009.\n"),
        .bad = DOCS("The Council will meet on Monday, 14 July 2009.\n"),
    },
    {
        .name = "after-document-date",
        .summary = "Nothing cited as done is dated after the document citing it",
        .severity = CLERK_ERROR,
        .check = check_after_document_date,
        .description =
            "A text cannot cite as done what had not yet happened when it was written: a "
            "resolution \"of\" a date, something \"adopted on\", \"signed on\", \"entered into "
            "force on\" or \"dated\" a day after the text's own date.  That date is the date of "
            "adoption for a resolution, the date of the letter for the letter itself and the "
            "masthead's date for everything else the document carries.",
        .good = DOCS(LETTER_MASTHEAD("11 August 2009", "Sixty-fourth session")
                     "The agreement signed on 6 October 2007 entered into force on 16 January 2009.\n",
                     LETTER_MASTHEAD("11 August 2009", "Sixty-fourth session")
                     "The protocol will be signed on 6 October 2009.\n",
                     LETTER_MASTHEAD("10 March 2023", "Eleventh emergency special session")
                     "Agenda item 5\n\nLetter dated 28 February 2014 from the Permanent Representative of "
                     "Ukraine addressed to the President of the Security Council\n\n"
                     "Letter dated 3 March 2023 from the Permanent Representative of Ruritania addressed to "
                     "the Secretary-General\n\nThe statement adopted on 2 March 2023 is attached.\n"),
        .bad = DOCS(LETTER_MASTHEAD("11 August 2009", "Sixty-fourth session")
                    "The agreement signed on 6 October 2009 is attached.\n"),
    },
    {
        .name = "letter-after-issue",
        .summary = "A letter or an adoption is dated before the document that carries it",
        .severity = CLERK_ERROR,
        .check = check_letter_after_issue,
        .description =
            "A document is issued after the letter it circulates was written and after the "
            "resolution it records was adopted: \"Letter dated 14 August 2009\" under a "
            "masthead dated 11 August 2009 has one of the two dates wrong.",
        .good = DOCS(LETTER_MASTHEAD("11 August 2009", "Sixty-fourth session")
                     "Letter dated 14 July 2009 from the Permanent Representative addressed to the "
                     "Secretary-General\n"),
        .bad = DOCS(LETTER_MASTHEAD("11 August 2009", "Sixty-fourth session")
                    "Letter dated 14 August 2009 from the Permanent Representative addressed to the "
                    "Secretary-General\n"),
    },
    {
        .name = "resolution-session",
        .summary = "A General Assembly resolution's date falls within its session",
        .severity = CLERK_ERROR,
        .check = check_resolution_session,
        .description =
            "Resolution 59/50 was adopted at the fifty-ninth session, so its date lies between "
            "the opening of that session and the opening of the next.  A date outside it means "
            "the number or the date is wrong.  The same holds for decisions and for the "
            "numbering of the early sessions (\"1514 (XV)\").",
        .good = DOCS("*The General Assembly*,\n\n*Recalling* its resolution 59/50 of 2 December 2004,\n",
                     "*Recalling* General Assembly resolution 70/305 of 13 September 2016,\n",
                     "*The General Assembly*,\n\n*Recalling* Human Rights Council resolution 5/1 of 18 June 2007,\n",
                     "*The General Assembly*,\n\n*Recognizing* decisions 1/5 of 7 July 2004 and 2/3 of 20 October "
                     "2005, adopted by the Conference of the Parties,\n"),
        .bad = DOCS("*The General Assembly*,\n\n*Recalling* its resolution 59/50 of 2 December 2007,\n",
                    "*Recalling* General Assembly resolution 1514 (XV) of 14 December 1962,\n"),
    },
    {
        .name = "sc-resolution-year",
        .summary = "A Security Council resolution's bracketed year is the year of its date",
        .severity = CLERK_ERROR,
        .check = check_sc_resolution_year,
        .description =
            "The year in brackets of \"resolution 1631 (2005)\" is the year of its adoption, so "
            "\"resolution 1631 (2005) of 17 October 2006\" contradicts itself.  When the table "
            "of resolution numbers by year shows the bracket is the slip, references/sc-year "
            "reports it (with the fix); this rule reports the date.",
        .good = DOCS("*Recalling* Security Council resolution 1631 (2005) of 17 October 2005,\n",
                     "*Noting* the vote of the Security Council on 18 April 2024, and its resolution ES-10/23 of "
                     "10 May 2024,\n"),
        .bad = DOCS("*Recalling* Security Council resolution 238 (1967) of 19 June 1968,\n"),
    },
    {
        .name = "session-year",
        .summary = "A General Assembly session agrees with the dates around it",
        .severity = CLERK_WARNING,
        .check = check_session_year,
        .description =
            "The masthead's session is the one open on the document's date or the next one; "
            "a resolution's is the one it was adopted in.  In the text, \"at its fifty-ninth "
            "session, in 2006\" names a year the fifty-ninth session (September 2004 to "
            "September 2005) did not cover.",
        .good = DOCS(LETTER_MASTHEAD("11 August 2009", "Sixty-fourth session"),
                     "The General Assembly, at its fifty-ninth session, in 2005, adopted the text.\n",
                     "The Commission on the Status of Women, at its fifty-third session, in 2009, adopted the text.\n",
                     "*The General Assembly*,\n\n1. *Notes* that, at its fifty-seventh session, in 2020, the Legal "
                     "Subcommittee continued its work;\n"),
        .bad = DOCS(LETTER_MASTHEAD("11 August 2009", "Sixty-sixth session"),
                    "The General Assembly, at its fifty-ninth session, in 2006, adopted the text.\n"),
    },
    {
        .name = "chronology",
        .summary = "Within a sentence, a treaty enters into force after it is signed",
        .severity = CLERK_WARNING,
        .check = check_chronology,
        .description =
            "\"Signed on 6 October 2007, the agreement entered into force on 16 January of that "
            "year\" puts the entry into force before the signature: \"of that year\" was meant "
            "for another year, or one of the dates is wrong.",
        .good = DOCS("The agreement, signed on 6 October 2007, entered into force on 16 January 2009.\n",
                     "The Convention, which entered into force on 3 May 2008, was signed on 1 June 2009.\n"),
        .bad = DOCS("The agreement, signed on 6 October 2007, entered into force on 16 January of that year.\n",
                    "The agreement, signed on 6 October 2007, entered into force on 16 January 2006.\n"),
    },
};

static void dates_fini(void *state)
{
    dates_state *st = state;
    if (!st)
        return;
    ga_sessions_free(&st->sessions);
    sc_years_free(&st->sc);
    foreign_months_free(&st->foreign);
    register_free(&st->record);
    run_bytes_delete(&st->facts);
    free(st);
}

static int dates_init(const clerk_api *api, void **state, char *error, size_t error_size)
{
    dates_state *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(error, error_size, "dates: out of memory");
        return -1;
    }
    if (run_bytes_create(&st->facts) != 0) {
        snprintf(error, error_size, "dates: no thread key left");
        free(st);
        return -1;
    }
    if (ga_sessions_load(api, &st->sessions, error, error_size) != 0) {
        run_bytes_delete(&st->facts);
        free(st);
        return -1;
    }
    if (sc_years_load(api, &st->sc, error, error_size) != 0 ||
        foreign_months_load(api, &st->foreign, error, error_size) != 0 ||
        register_load(api, &st->record, error, error_size) != 0) {
        dates_fini(st);
        return -1;
    }
    *state = st;
    return 0;
}

static const clerk_plugin plugin = {
    CLERK_PLUGIN_HEADER,
    .name = "dates",
    .version = "1.0.0",
    .summary = "Dates that do not exist, dates out of UN style, and dates that contradict the document "
               "or the record",
    .rules = rules,
    .rule_count = sizeof rules / sizeof rules[0],
    .init = dates_init,
    .fini = dates_fini,
};

CLERK_EXPORT const clerk_plugin *clerk_plugin_entry(void)
{
    return &plugin;
}
