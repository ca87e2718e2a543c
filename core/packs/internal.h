/*
 * What the files of core/packs share: a loaded pack, its rules and
 * patterns, where a rule applies, and the per-thread matching state.
 */
#ifndef CLERK_PACKS_INTERNAL_H
#define CLERK_PACKS_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "clerk/plugin.h"
#include "doc/doc.h"
#include "packs/automaton.h"
#include "util/arena.h"
#include "util/vec.h"

#include <stdint.h>

typedef enum pack_type {
    PACK_EXISTENCE,      /* a pattern must not occur */
    PACK_SUBSTITUTION,   /* a pattern is replaced by its right form */
    PACK_CAPITALIZATION, /* a term is written with its own capitals */
    PACK_CONSISTENCY,    /* one of several forms per document */
    PACK_OCCURRENCE,     /* at most or at least n matches per block or document */
    PACK_REPETITION      /* the same word twice in a row */
} pack_type;

/* Where a rule applies: each block belongs to one or more scopes. */
enum {
    SCOPE_MASTHEAD = 1,
    SCOPE_HEADING = 2,
    SCOPE_PARAGRAPH = 4,
    SCOPE_PREAMBULAR = 8,
    SCOPE_OPERATIVE = 16,
    SCOPE_FOOTNOTE = 32,
    SCOPE_TABLE = 64,
    SCOPE_ANY = 128      /* every block of text */
};

/* "paragraph" -> SCOPE_PARAGRAPH; 0 for an unknown name. */
unsigned scope_parse(const char *name);
/* The names scope_parse knows, for messages. */
extern const char scope_names[];
/* The scopes a block belongs to; 0 for comments, code and rules. */
unsigned block_scopes(const clerk_doc *doc, size_t block);

typedef struct pack_pattern {
    pcre2_code *code;    /* compiled anchored when prefix: tried where a literal starts */
    /* Substitution: the right form ($1 allowed); capitalization: the term;
     * consistency: the form's name; NULL otherwise. */
    const char *replacement;
    uint32_t groups;     /* capturing groups */
    int has_literal;     /* the automaton says where it may match */
    int prefix;          /* and every match starts with one of its literals */
    /* Anchored at the start of the text: the bytes a match can start with
     * (PCRE2's bitmap), so that a block is passed over by one test. */
    int anchored_first;
    unsigned char first_bytes[32];
} pack_pattern;

/* A match of an exception spares the rule's matches it contains. */
typedef struct pack_exception {
    pcre2_code *code;
    int has_literal;     /* run only on blocks where one of its literals occurs */
} pack_exception;

/* The automaton's keywords belong to patterns and to exceptions: an
 * exception's index carries this bit. */
#define EXCEPTION_KEYWORD 0x80000000u

typedef struct pack_rule {
    const char *id;
    pack_type type;
    const char *message;
    unsigned scope;
    int ignorecase;
    size_t first_pattern, pattern_count;    /* in pack.patterns */
    size_t first_exception, exception_count;/* in pack.exceptions */
    long min, max;       /* occurrence; -1 when not given */
    int per_document;    /* occurrence counts over the document */
    int every_block;     /* a pattern without literals: run over every block */
} pack_rule;

typedef struct pack {
    clerk_plugin plugin; /* what the registry holds */
    clerk_rule *descs;   /* plugin.rules */
    pack_rule *rules;    /* parallel to descs */
    size_t rule_count;
    vec patterns;        /* pack_pattern */
    vec exceptions;      /* pack_exception */
    automaton literals;  /* the literals of every pattern that has some */
    uint32_t *literal_pattern; /* keyword id -> pattern index, or exception | EXCEPTION_KEYWORD */
    uint32_t *literal_length;  /* keyword id -> its length in bytes */
    uint32_t *pattern_rule;    /* pattern index -> the index of its rule */
    unsigned scan_scope; /* the scopes of rules whose patterns have literals */
    uint32_t pairs;      /* the most capture pairs a pattern needs */
    arena strings;       /* names, messages, examples */
} pack;

void pack_free(pack *p);

/* The check function of every pack rule. */
void pack_check(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* ---- matching (match.c) ------------------------------------------------ */

typedef struct scratch scratch;

/* This thread's matching state, holding the literal hits of the document
 * for `pack` in this run (computed on the first call of the run). */
scratch *scratch_for(const pack *p, const clerk_doc *doc, unsigned long run);

/* Frees the calling thread's state (other threads free theirs as they
 * end); the next call makes it again. */
void scratch_release(void);

/* The first block from `block` on where a pattern of the rule may match
 * and that is in the rule's scope; the document's block count when none. */
size_t scratch_next_block(const scratch *s, const pack_rule *r, size_t block);

/* The scopes of a block of the document scanned (block_scopes). */
unsigned scratch_scopes(const scratch *s, size_t block);

/* The first byte of a block's text (0 when empty or in no scope). */
unsigned char scratch_first_byte(const scratch *s, size_t block);

/* A literal of a pattern found in a block: where it starts, for a
 * pattern whose matches start with one (else once per block, at 0).  An
 * exception's literals give one hit per block, its index marked with
 * EXCEPTION_KEYWORD. */
typedef struct pack_hit {
    uint32_t pattern;
    uint32_t start;      /* a document is under 4 GiB (DOC_MAX_LENGTH) */
} pack_hit;

/* The hits of the rule's patterns in a block, by pattern then start,
 * each once; valid until the next call. */
size_t scratch_rule_hits(scratch *s, const pack_rule *r, size_t block, const pack_hit **hits);

/* Iterates over the matches of one pattern in a text. */
typedef struct match_iter {
    const pcre2_code *code;
    const char *text;
    size_t len, pos;
    pcre2_match_data *md;
    pcre2_match_context *mc;
    const pack_hit *at;    /* when not NULL: tried where these start, only */
    size_t at_count, next_at;
    /* When not NULL: text that, written so where a hit starts and between
     * word boundaries, is a match the rule has nothing to say about; it
     * is passed over without running the pattern. */
    const char *settled;
    size_t settled_length;
    size_t start, end;     /* of the current match */
} match_iter;

/* Searches a whole text. */
void match_begin(match_iter *it, scratch *s, const pcre2_code *code, const char *text, size_t len);
/* Tries an anchored pattern where each hit starts, past the last match. */
void match_begin_at(match_iter *it, scratch *s, const pcre2_code *code, const char *text,
                    size_t len, const pack_hit *hits, size_t count);
/* Sets it->settled (see match_iter). */
void match_settle(match_iter *it, const char *text);
int match_next(match_iter *it);
/* The PCRE2 error of a pattern that reached a limit on this thread since
 * the last call (0 when none), with the text it was matching; clears it.
 * Until then every match fails. */
int match_limit_take(const char **text);
/* The current match's capture pairs. */
const PCRE2_SIZE *match_ovector(const match_iter *it, uint32_t *pairs);

/* Whether [start, end) of a block's text lies inside a match of one of
 * the rule's exceptions. */
int scratch_excepted(scratch *s, const pack *p, const pack_rule *r, size_t block,
                     const char *text, size_t len, size_t start, size_t end);

/* ---- messages (message.c) ---------------------------------------------- */

/* References a template may use beyond $0..$9 and $$. */
enum {
    REF_EXPECTED = 1,    /* ${expected} */
    REF_COUNT = 2,       /* ${count} */
    REF_LIMIT = 4        /* ${limit} */
};

/* Checks a template: the named references in `allowed`, groups up to
 * `groups`.  Returns 0, or -1 with the reason in why. */
int template_check(const char *tmpl, unsigned allowed, uint32_t groups, char *why, size_t n);

typedef struct template_args {
    const char *text;            /* what the ovector indexes */
    const PCRE2_SIZE *ovector;   /* NULL: $n are empty */
    uint32_t pairs;
    const char *expected;
    long count, limit;
} template_args;

/* The template with its references replaced; the caller frees it. */
char *template_expand(const char *tmpl, const template_args *args);

#endif
