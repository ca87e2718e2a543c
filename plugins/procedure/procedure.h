/*
 * The procedure plugin: the procedural citations a document rests on —
 * rules of procedure, Articles and Chapters of the Charter, its own annexes
 * and paragraphs — exist, fit what the sentence does, and deliver what they
 * promise.  procedure.c holds the descriptor, tables.c the reference data
 * (read once in init), wording.c the sentence and phrase helpers; each rule
 * has the file named after it.
 */
#ifndef CLERK_PROCEDURE_H
#define CLERK_PROCEDURE_H

#include "clerk/plugin.h"
#include "facts.h"
#include "thread_state.h"

#include <stddef.h>

/* ---- reference data (tables.c) ---------------------------------------- */

/* Rule numbers as written in the tables: single rules and [first, last]. */
typedef struct rule_range {
    int first, last;
} rule_range;

typedef struct rule_set {
    rule_range *items;
    size_t count;
} rule_set;

typedef struct phrase_list {
    char **items;
    size_t count;
    /* Set by phrase_list_index(): per byte, PHRASE_FIRST when a phrase may
     * start with it, PHRASE_SECOND when a phrase's second byte may be it,
     * PHRASE_WORD when it is part of a word.  A search tries the phrases
     * only where a word starts and the first two hold. */
    unsigned char bytes[256];
    /* The first bytes folded (| 0x20), for a search of 16 bytes at a
     * time; none when the phrases start with more than eight. */
    unsigned char keys[8];
    size_t key_count;
    /* The first two bytes folded, when every phrase starts with two that
     * are no space and there are at most eight pairs: a search then stops
     * at far fewer places than the first byte alone would ("ag" of
     * "agenda", not every word in "a"). */
    unsigned char pairs[8][2];
    size_t pair_count;
} phrase_list;

/* What a rule governs, with the words that show a sentence is about it. */
typedef struct subject {
    char *name;          /* "a supplementary item" */
    rule_set rules;      /* the rules that govern it */
    rule_set confused;   /* rules cited for it by mistake */
    phrase_list words;
    phrase_list unless;  /* words that show the sentence is about more */
} subject;

/* A time limit counted back from the opening of a session. */
typedef enum limit_kind {
    LIMIT_AT_LEAST = 1,  /* min_days_before_opening */
    LIMIT_LESS_THAN      /* less_than_days_before_opening */
} limit_kind;

typedef struct time_limit {
    int rule;
    limit_kind kind;
    int days;
    char *subject;       /* "request for the inclusion of a supplementary item" */
    int on_request;      /* binds a request, not a communication of the Secretariat */
} time_limit;

typedef struct ga_rule {
    char *title;         /* "Supplementary items" */
    char *applies_to;    /* "regular session" */
    char *chapter;       /* "XIII" */
    char *chapter_name;  /* "Committees" */
} ga_rule;

typedef struct charter_chapter {
    int number;          /* 7 */
    char *roman;         /* "VII" */
    int first_article, last_article;
} charter_chapter;

typedef struct procedure_state {
    ga_rule *ga;                 /* ga[n] for rule n, 1..ga_count */
    int ga_count;
    int sc_count;
    rule_set sc_deleted;
    charter_chapter *chapters;
    size_t chapter_count;
    int articles;                /* 111 */
    ga_sessions sessions;
    subject *subjects;
    size_t subject_count;
    time_limit *limits;
    size_t limit_count;
    int memorandum_rule;         /* 20 */
    const subject *memorandum;   /* the subject of the attachment rule 20 requires */
    /* procedure-wording.json, one list per key of the same name */
    phrase_list request_titles, request_sentences, request_object, request_limits;
    phrase_list memorandum_elsewhere, opening, historical, other_rules, rule_suffixes;
    phrase_list filler, qualifiers;  /* annex_filler, annex_qualifiers */
    phrase_list *equivalents;    /* annex_equivalents: groups of titles naming the same annex */
    size_t equivalent_count;
    thread_state requests;       /* each thread's request of the last run (request.c) */
} procedure_state;

int procedure_load(const clerk_api *api, procedure_state *st, char *err, size_t err_size);
void procedure_free(procedure_state *st);

int rule_set_has(const rule_set *set, int rule);
/* "rule 14", "rules 14 and 18", "rules 1–95 and 134–163". */
void rule_set_format(const rule_set *set, char *out, size_t size);
const ga_rule *ga_rule_at(const procedure_state *st, int rule);

/* ---- sentences and phrases (wording.c) --------------------------------- */

/* Bounds [*start, *end) of the sentence of text holding pos. */
void sentence_bounds(const char *text, size_t len, size_t pos, size_t *start, size_t *end);
/* A sentence of a block, kept from one entity to the next: entities come
 * in the order of the text, and several often stand in one sentence. */
typedef struct sentence {
    size_t block, from, to;
} sentence;
#define NO_SENTENCE ((sentence){(size_t)-1, 0, 0})
/* Makes *s the sentence of the block holding text offset pos; returns 0
 * when it was that sentence already. */
int sentence_of(const clerk_api *api, const clerk_doc *doc, size_t block, size_t pos, sentence *s);
/* The phrase at pos: case-insensitive, any run of spaces for a space, a
 * plural "s" allowed, whole words; returns the bytes matched or 0. */
size_t phrase_at(const char *text, size_t len, size_t pos, const char *phrase);
enum { PHRASE_FIRST = 1, PHRASE_SECOND = 2, PHRASE_WORD = 4 };
/* Computes the list's bytes; once its items are set. */
void phrase_list_index(phrase_list *list);
/* The length of the first phrase of the list found at pos, 0 if none is. */
size_t phrase_starts(const phrase_list *list, const char *text, size_t len, size_t pos);
/* Where a phrase of the list first occurs in text[from, to), its length in
 * *length (may be NULL); PHRASE_NONE when none does. */
#define PHRASE_NONE ((size_t)-1)
size_t phrase_find(const phrase_list *list, const char *text, size_t from, size_t to, size_t *length);
int phrase_in(const phrase_list *list, const char *text, size_t from, size_t to);
/* No phrase of the list ends with a mark that ends a sentence: a phrase
 * found in a sentence is then found at the same place in the whole text,
 * and a text without any has no sentence with one. */
int phrases_stay_in_sentences(const phrase_list *list);
/* A heading, or a short line without a full stop that a plain-text
 * conversion made of one. */
int is_heading_like(const clerk_block *b);

/* ---- shared reasoning --------------------------------------------------- */

/* Whose rules a citation cites, with where that came from in `how` for the
 * message; CLERK_BODY_UNKNOWN when the rules are not the General Assembly's
 * or the Security Council's, or cannot be told. */
clerk_body cited_body(const clerk_api *api, const clerk_doc *doc, const procedure_state *st,
                      const clerk_rule_cite *c, char *how, size_t how_size);
const char *body_name(clerk_body body);
/* The citation is the heading of a rule in the rules themselves ("Rule 14"). */
int is_rule_heading(const clerk_api *api, const clerk_doc *doc, const clerk_rule_cite *c);
/* Where a document asks for an item of the agenda (request.c): its front
 * matter's title ("Request for the inclusion of ...") or a sentence of its
 * letter. */
typedef struct text_span {
    size_t block, offset, length;  /* in the block's plain text */
} text_span;
int find_request(const clerk_api *api, clerk_ctx *ctx, const clerk_doc *doc, const procedure_state *st,
                 text_span *at);
/* The subject of the citation's sentence that the cited rule does not
 * govern although a neighbouring rule does, or NULL. */
const subject *misplaced_subject(const clerk_api *api, const clerk_doc *doc,
                                 const procedure_state *st, const clerk_rule_cite *c);

/* ---- rules --------------------------------------------------------------- */

void check_unknown_rule(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_rule_subject(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_deadline(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_explanatory_memorandum(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_charter_article(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_annex_reference(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_paragraph_reference(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

#endif
