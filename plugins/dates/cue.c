/*
 * The words that tell a date is of something already done: "adopted on",
 * "signed on", "entered into force on", "Letter dated".  A passive after
 * "be" ("will be signed on", "to be adopted on") speaks of the future and
 * is no cue.
 */
#include "dates.h"
#include "ymd.h"

#include <ctype.h>

#define CUE(phrase, cue) {phrase, sizeof phrase - 1, cue}
static const struct {
    const char *phrase;
    size_t length;
    date_cue cue;
} cues[] = {
    CUE("entered into force on", CUE_IN_FORCE),
    CUE("came into force on", CUE_IN_FORCE),
    CUE("entry into force on", CUE_ENTRY),
    CUE("opened for signature on", CUE_SIGNED),
    CUE("signed on", CUE_SIGNED),
    CUE("adopted on", CUE_ADOPTED),
    CUE("adopted by consensus on", CUE_ADOPTED),
    CUE("adopted without a vote on", CUE_ADOPTED),
    CUE("concluded on", CUE_ADOPTED),
    CUE("dated", CUE_DATED),
};

/* "on Monday, 14 July 2009": the cue stands before the weekday. */
static size_t before_weekday(const char *t, size_t pos)
{
    size_t p = pos, end;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == ','))
        p--;
    if ((end = skip_space_back(t, p)) == 0 || tolower((unsigned char)t[end - 1]) != 'y')
        return pos; /* every weekday's name ends in "day" */
    for (int w = 1; w <= 7; w++) {
        size_t start = phrase_before(t, p, ymd_weekday_names[w]);
        if (start != TEXT_NONE)
            return start;
    }
    return pos;
}

date_cue cue_before(const char *t, size_t pos, size_t *start)
{
    size_t end = skip_space_back(t, before_weekday(t, pos));
    int last = end ? tolower((unsigned char)t[end - 1]) : 0;
    for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++) {
        if (cues[i].phrase[cues[i].length - 1] != last)
            continue;
        size_t at = phrase_ending_at(t, end, cues[i].phrase, cues[i].length);
        if (at == TEXT_NONE)
            continue;
        if (cues[i].cue != CUE_DATED && cues[i].cue != CUE_ENTRY && phrase_before(t, at, "be") != TEXT_NONE)
            return CUE_NONE;
        *start = at;
        return cues[i].cue;
    }
    return CUE_NONE;
}
