/*
 * Organs named in a sentence.  A word naming an organ ends in one of the
 * nouns of the bodies that adopt numbered resolutions and decisions
 * ("Council", "Subcommittee", "Conference of the Parties", "working
 * group"); "the General
 * Assembly" and "the Assembly" are the General Assembly, any other
 * assembly ("that Assembly", "the United Nations Environment Assembly") is
 * not.
 */
#include "dates.h"

#include <ctype.h>
#include <string.h>

#define NOUN(word) {word, sizeof word - 1}
static int ends_with_noun(const char *w, size_t n)
{
    static const struct {
        const char *word;
        size_t length;
    } nouns[] = {
        NOUN("assembly"), NOUN("council"), NOUN("commission"), NOUN("committee"), NOUN("conference"),
        NOUN("board"), NOUN("forum"), NOUN("meeting"), NOUN("parties"), NOUN("group"), NOUN("court"),
        NOUN("tribunal"), NOUN("summit"), NOUN("congress"), NOUN("agency"), NOUN("bureau"),
    };
    if (n == 0)
        return 0;
    int last = tolower((unsigned char)w[n - 1]);
    for (size_t k = 0; k < sizeof nouns / sizeof nouns[0]; k++) {
        size_t m = nouns[k].length;
        if (n < m || nouns[k].word[m - 1] != last) /* the last letter first: most words differ there */
            continue;
        size_t i = 0;
        while (i < m && tolower((unsigned char)w[n - m + i]) == nouns[k].word[i])
            i++;
        if (i == m)
            return 1;
    }
    return 0;
}

/* The organ whose noun is t[start, end). */
static organ organ_of(const char *t, size_t start, size_t end)
{
    if (!ends_with_noun(t + start, end - start))
        return ORGAN_NONE;
    if (end - start != 8 || memcmp(t + start, "Assembly", 8) != 0)
        return ORGAN_OTHER;
    return phrase_before(t, start, "General") != TEXT_NONE || phrase_before(t, start, "the") != TEXT_NONE
               ? ORGAN_ASSEMBLY
               : ORGAN_OTHER;
}

static int is_word_char(char c)
{
    return isalpha((unsigned char)c) || c == '-';
}

organ organ_named_last(const char *t, size_t len, size_t pos)
{
    size_t start = sentence_start(t, len, pos);
    size_t i = pos;
    while (i > start) {
        if (!is_word_char(t[i - 1])) {
            i--;
            continue;
        }
        size_t end = i;
        while (i > start && is_word_char(t[i - 1]))
            i--;
        organ o = organ_of(t, i, end);
        if (o != ORGAN_NONE)
            return o;
    }
    return ORGAN_NONE;
}

organ organ_named_first_after(const char *t, size_t len, size_t pos)
{
    size_t stop = sentence_end(t, len, pos);
    for (size_t i = pos; i < stop; i++) {
        if (!is_word_char(t[i]) || (i > 0 && is_word_char(t[i - 1])))
            continue;
        size_t end = i;
        while (end < stop && is_word_char(t[end]))
            end++;
        organ o = organ_of(t, i, end);
        if (o != ORGAN_NONE)
            return o;
    }
    return ORGAN_NONE;
}
