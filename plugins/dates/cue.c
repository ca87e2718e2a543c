/*
 * The words that tell a date is of something already done: "adopted on",
 * "signed on", "entered into force on", "Letter dated".  A passive after
 * "be" ("will be signed on", "to be adopted on") speaks of the future and
 * is no cue.
 */
#include "dates.h"
#include "ymd.h"

#include <string.h>

static const struct {
    const char *phrase;
    date_cue cue;
} cues[] = {
    {"entered into force on", CUE_IN_FORCE},
    {"came into force on", CUE_IN_FORCE},
    {"entry into force on", CUE_ENTRY},
    {"opened for signature on", CUE_SIGNED},
    {"signed on", CUE_SIGNED},
    {"adopted on", CUE_ADOPTED},
    {"adopted by consensus on", CUE_ADOPTED},
    {"adopted without a vote on", CUE_ADOPTED},
    {"concluded on", CUE_ADOPTED},
    {"dated", CUE_DATED},
};

/* "on Monday, 14 July 2009": the cue stands before the weekday. */
static size_t before_weekday(const char *t, size_t pos)
{
    size_t p = pos;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == ','))
        p--;
    for (int w = 1; w <= 7; w++) {
        size_t start = phrase_before(t, p, ymd_weekday_names[w]);
        if (start != TEXT_NONE)
            return start;
    }
    return pos;
}

date_cue cue_before(const char *t, size_t pos, size_t *start)
{
    pos = before_weekday(t, pos);
    for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++) {
        size_t at = phrase_before(t, pos, cues[i].phrase);
        if (at == TEXT_NONE)
            continue;
        if (cues[i].cue != CUE_DATED && cues[i].cue != CUE_ENTRY && phrase_before(t, at, "be") != TEXT_NONE)
            return CUE_NONE;
        *start = at;
        return cues[i].cue;
    }
    return CUE_NONE;
}
