/*
 * The resolution plugin: the anatomy of a resolution or draft resolution —
 * its opening line ("The General Assembly,"), preambular paragraphs that
 * open with an italic participle and end with a comma, operative paragraphs
 * that open with an italic verb and end with a semicolon (the last with a
 * full stop), sub-paragraphs that end as their list requires, and
 * abbreviations spelt out once, before they are used.  Numbering is the
 * structure plugin's concern.
 *
 * resolution.c holds the descriptor, phrases.c the tables read at init,
 * walk.c the resolutions of a document, text.c the reading of a paragraph's
 * words and final mark, memo.c what the rules learn of a document once for
 * all of them; each rule has the file named after its subject.
 */
#ifndef CLERK_RESOLUTION_H
#define CLERK_RESOLUTION_H

#include "clerk/plugin.h"
#include "thread_state.h"

#include <stddef.h>

/* ---- reference data (phrases.c) ----------------------------------------- */

/* Lower-case words or phrases, sorted for lookup. */
typedef struct word_list {
    char **items;
    size_t count;
    size_t from[257];         /* from[c] .. from[c + 1]: those that start with byte c */
} word_list;

typedef struct resolution_state {
    word_list preambular;     /* first words of the preambular phrases: "recalling", "deeply" */
    word_list operative;      /* first words of the operative phrases: "requests", "takes" */
    word_list modifiers;      /* "also", "once again": they may come before the verb */
    word_list abbreviations;  /* abbreviations used without being spelt out: "HIV" (as written) */
    thread_state memos;       /* each thread's memo (memo.c) */
} resolution_state;

int resolution_load(const clerk_api *api, resolution_state *st, char *err, size_t err_size);
void resolution_free(resolution_state *st);

static inline unsigned char ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* The word (n bytes at s) is in the list, compared without ASCII case. */
int word_list_has(const word_list *list, const char *s, size_t n);
/* Some word of the list starts with the byte at s, without ASCII case:
 * when none does, no word or phrase from s is in the list. */
int word_list_may_have(const word_list *list, const char *s);

/* ---- a paragraph's words (text.c) --------------------------------------- */

typedef struct span {
    size_t offset, length;    /* in a block's plain text */
} span;

/* Where the paragraph's own words begin: past blanks, invisible marks,
 * opening quotes and a label the reader left in the text ("a.", "(ii)",
 * "I 1."). */
size_t text_start(const char *text, size_t len);

/* The text opens with a number the reader left in it ("1, Requests", "I
 * 1. Reaffirms"): a numbered paragraph, whatever role it was given. */
int text_numbered(const char *text, size_t len);

/* A numbered paragraph begins inside the text ("...; 14. Requests"):
 * paragraphs a conversion ran into one block. */
int text_holds_paragraphs(const char *text, size_t len);

/* The word at or after offset: letters, digits, hyphens and apostrophes
 * within it; length 0 at the end. */
span text_word(const char *text, size_t len, size_t offset);

/* The first word after the modifiers that may open a paragraph ("Also",
 * "Once again", "Strongly"), from the word first (text_word()'s). */
span text_main_word(const resolution_state *st, const char *text, size_t len, span first);

/* The punctuation mark that ends the paragraph ('.', ',', ';', ':', '?' or
 * '!'), its offset in *at; 0 when it ends otherwise.  Closing quotes, a
 * footnote number ("...;7", "..., 8/") and a closing "and" or "or" ("...;
 * and") stand after the mark. */
int text_final_mark(const char *text, size_t len, size_t *at);

/* Where the n bytes at s (n > 0) first stand in text[from, len), or len
 * when they stand nowhere there. */
size_t text_find(const char *text, size_t len, size_t from, const char *s, size_t n);

/* The text begins with a lower-case letter: it continues the paragraph
 * before it, cut by a page break. */
int text_is_continuation(const char *text, size_t len);

/* Some italic emphasis of the block covers its byte at offset. */
int block_italic_at(const clerk_block *b, size_t offset);

/* ---- verbs and participles (verbs.c) ------------------------------------ */

/* "Requests", "takes": the third person of an operative verb, listed or
 * shaped like one. */
int is_third_person(const resolution_state *st, span w, const char *text);
/* "Noting", "Seized", "Aware": a listed preambular opening or a participle. */
int is_preambular_opening(const resolution_state *st, span w, const char *text);
/* The listed operative verb a wrong form comes from ("Request", "Noting",
 * "Decided" → "Requests", "Notes", "Decides"), written into out with the
 * case of the word; 0 when none fits. */
int operative_form_of(const resolution_state *st, span w, const char *text, char *out, size_t size);
/* The listed preambular participle of an operative verb ("Notes" →
 * "Noting"); 0 when none fits. */
int participle_of(const resolution_state *st, span w, const char *text, char *out, size_t size);
/* The text names, after offset, a listed operative verb in the third
 * person: "Acting under Chapter VII ..., decides". */
int has_operative_verb_after(const resolution_state *st, const char *text, size_t len, size_t offset);

/* ---- the resolutions of a document (walk.c) ------------------------------ */

#define NO_BLOCK ((size_t)-1)

typedef struct resolution {
    size_t opening;           /* the block holding the opening line, or NO_BLOCK */
    size_t first, end;        /* its blocks after the opening line: [first, end) */
    clerk_body body;          /* the organ the opening names */
} resolution;

typedef struct memo memo;

/* Calls each() with every resolution of the document, in order: each
 * opening line begins one, which runs to the next or to its section's end. */
typedef void (*resolution_fn)(memo *m, clerk_ctx *ctx, const resolution *r);
void each_resolution(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx, resolution_fn each);

/* A paragraph, list item or heading: a block of the text itself. */
int is_text_block(const clerk_block *b);
/* A preambular, operative or sub-paragraph block of a resolution. */
int is_paragraph(const clerk_block *b);

/* "Recalls its resolution 79/258 A, ...," before "1. Notes ...": an
 * unnumbered paragraph given the operative role that ends with a comma and
 * leads into numbered ones is a preambular paragraph of its part, whatever
 * its verb; end bounds the search for the paragraph after block i. */
int serves_as_preamble(memo *m, size_t i, size_t end);

/* The document sets some text in italics: only then do the italics rules
 * apply (plain text has none at all). */
int doc_uses_italics(const clerk_api *api, const clerk_doc *doc);

/* "The General Assembly" for CLERK_BODY_GA; "" for none. */
const char *organ_name(clerk_body body);
/* Where the organ's name stands in the opening block: at its start, or at
 * the end of a masthead line a scan ran it onto; NO_BLOCK when the name is
 * written otherwise. */
size_t organ_name_offset(const clerk_block *b, const char *name);

/* ---- what the rules learn of a document, once per run (memo.c) ---------- */

/* A block's words and final mark as the rules read them. */
typedef struct block_facts {
    size_t start;             /* text_start() */
    span first;               /* the word at start */
    span main;                /* text_main_word() from start */
    int mark;                 /* text_final_mark(), at mark_at */
    size_t mark_at;
    int numbered;             /* text_numbered() */
    int continuation;         /* text_is_continuation() */
    /* Of the main word, asked of some blocks only: -1 until asked. */
    int preambular_opening;   /* is_preambular_opening() */
    int third_person;         /* is_third_person() */
} block_facts;

/* The tree of a resolution's paragraphs (punctuation.c). */
typedef struct node {
    clerk_role role;          /* PREAMBULAR, OPERATIVE, SUBPARAGRAPH; NONE: not the resolution's own */
    int style;                /* the label style of a sub-paragraph's list */
    size_t parent, last_child;
    int mark;                 /* the final mark; 0 when it ends otherwise */
    size_t mark_block, mark_at;
    int seps[3];              /* ';', ',', '.' ending its children but the last */
} node;

typedef struct tree {
    node *nodes;
    size_t count, capacity;
    size_t last_operative;
    int scanned;              /* a scan: commas and full stops are not to be trusted */
} tree;

/* Builds the tree of the resolution's paragraphs into t, whose nodes are
 * reused; -1 when out of memory. */
int tree_build(memo *m, const resolution *r, tree *t);

/* Where a resolution spells out its abbreviations (abbreviations.c). */
typedef struct mention {
    size_t block, offset, length;   /* the abbreviation, in a block's text */
} mention;

typedef struct mentions {
    mention *items;
    size_t count, capacity;
} mentions;

/* Appends to out every place the resolution spells out an abbreviation,
 * in order; -1 when out of memory. */
int definitions_of(memo *m, const resolution *r, mentions *out);

/* What the memo keeps of one resolution of the document. */
typedef struct resolution_memo {
    size_t first;             /* the resolution's first block: which one it is */
    tree tree;                /* its paragraphs, when has_tree */
    int has_tree;
    mentions definitions;     /* its abbreviations spelt out, when has_definitions */
    int has_definitions;
} resolution_memo;

/* The rules are called one at a time, and each would read every
 * paragraph's words and final mark again, the punctuation rules each build
 * the same tree, the abbreviation rules find the same definitions: a memo
 * keeps them for the rest of the run.  It belongs to the calling thread and
 * is kept from one document to the next. */
struct memo {
    const clerk_api *api;
    const clerk_doc *doc;
    const resolution_state *st;
    run_mark mark;            /* the run it serves */
    size_t blocks;
    block_facts *facts;       /* per block, valid where ready */
    unsigned char *ready;
    size_t capacity;          /* of facts and ready */
    int uses_italics;         /* doc_uses_italics(); -1 until asked */
    resolution_memo *parts;   /* the resolutions met this run, then spare ones */
    size_t part_count, part_capacity;
};

/* The memo of this run over the document; NULL when out of memory. */
memo *memo_of(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
const block_facts *memo_block(memo *m, size_t block);
/* The block's main word opens a preambular paragraph, or is an operative
 * verb in the third person: is_preambular_opening(), is_third_person(). */
int memo_opens_preamble(memo *m, size_t block);
int memo_opens_operative(memo *m, size_t block);
int memo_uses_italics(memo *m);
/* The tree of the resolution's paragraphs; NULL when out of memory. */
const tree *memo_tree(memo *m, const resolution *r);
/* Where the resolution spells out abbreviations; NULL when out of memory. */
const mentions *memo_definitions(memo *m, const resolution *r);

/* The memos of the threads, made by init and deleted by fini. */
int memos_create(resolution_state *st);
void memos_delete(resolution_state *st);

/* ---- the rules ----------------------------------------------------------- */

void check_opening_missing(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_opening_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_italics(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_preambular_phrase(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_preambular_verb(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_preambular_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_operative_verb(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_operative_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_subparagraph_punctuation(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_abbreviation_before_definition(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_abbreviation_redefined(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

#endif
