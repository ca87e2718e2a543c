/* The words documents are made of: names, topics and the set phrases of
 * letters, resolutions and reports. */
#ifndef BENCH_LEXICON_H
#define BENCH_LEXICON_H

#include "rng.h"

#include <stddef.h>

typedef struct wordlist {
    const char *const *words;
    size_t count;
} wordlist;

const char *pick(rng *r, const wordlist *list);

extern const wordlist countries;        /* "the Republic of Moldova" */
extern const wordlist organizations;    /* "the Organization of ..." */
extern const wordlist person_names;
extern const wordlist languages;
extern const wordlist topics;           /* item titles */
extern const wordlist areas;            /* "disaster risk reduction" */
extern const wordlist actors;           /* sentence subjects */
extern const wordlist actions;          /* past-tense verb phrases */
extern const wordlist objects;          /* noun phrases, one %s for an area */
extern const wordlist qualifiers;       /* trailing clauses */
extern const wordlist committees;
extern const wordlist report_headings;
extern const wordlist subheadings;
extern const wordlist table_rows;
extern const wordlist publications;     /* italic titles in footnotes */
extern const wordlist places;

#endif
