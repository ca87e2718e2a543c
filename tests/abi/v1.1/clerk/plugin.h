/*
 * clerk plugin ABI — the one header a rule plugin includes.
 *
 * A plugin is a shared object that exports one function, clerk_plugin_entry(),
 * returning a constant descriptor: its name and version, the ABI it was built
 * against, and a table of rules.  It links against nothing of clerk: every
 * service of the host comes through the clerk_api table handed to init() and
 * to every check function.
 *
 * Compatibility: a host loads a plugin whose abi_major equals its own.  Within
 * a major version the host only appends: new members go at the end of
 * clerk_api and of the public structs below, never in the middle.  Plugins
 * therefore read documents through accessor functions (which return pointers
 * to single elements, so a struct that grows does not shift an array), and
 * check api->size before calling a member newer than the one they were built
 * with (CLERK_API_HAS).
 */
#ifndef CLERK_PLUGIN_H
#define CLERK_PLUGIN_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CLERK_ABI_MAJOR 1
#define CLERK_ABI_MINOR 1

#if defined(__GNUC__)
#define CLERK_EXPORT __attribute__((visibility("default")))
#define CLERK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CLERK_EXPORT
#define CLERK_PRINTF(f, a)
#endif

typedef enum clerk_severity {
    CLERK_OFF = 0,
    CLERK_INFO = 1,
    CLERK_WARNING = 2,
    CLERK_ERROR = 3
} clerk_severity;

/* Opaque to plugins. */
typedef struct clerk_doc clerk_doc;
typedef struct clerk_ctx clerk_ctx;

/* ------------------------------------------------------------------------
 * Document model.  Every position is a byte offset into the source bytes
 * exactly as read (a BOM included); the host turns offsets into line:column.
 * Rules usually match on a block's plain text (markup removed) and map back
 * with api->source_offset(), or report in text coordinates directly.
 * ---------------------------------------------------------------------- */

typedef struct clerk_ymd {
    int year;  /* 0 when unknown */
    int month; /* 1..12, 0 when unknown */
    int day;   /* 1..31, 0 when unknown */
} clerk_ymd;

typedef enum clerk_body {
    CLERK_BODY_UNKNOWN = 0,
    CLERK_BODY_GA,          /* General Assembly (A/) */
    CLERK_BODY_SC,          /* Security Council (S/) */
    CLERK_BODY_ECOSOC,      /* Economic and Social Council (E/) */
    CLERK_BODY_HRC,         /* Human Rights Council (A/HRC/) */
    CLERK_BODY_SECRETARIAT  /* Secretariat (ST/) */
} clerk_body;

typedef enum clerk_block_kind {
    CLERK_BLOCK_PARAGRAPH = 1,
    CLERK_BLOCK_HEADING,    /* level 1..6; level 0: a paragraph wholly in bold */
    CLERK_BLOCK_LIST_ITEM,  /* a numbered or bulleted item */
    CLERK_BLOCK_TABLE_CELL,
    CLERK_BLOCK_FOOTNOTE,   /* a footnote definition: "[^1]: text" */
    CLERK_BLOCK_COMMENT,    /* an HTML comment or "[//]: #" line; text is the comment body */
    CLERK_BLOCK_CODE,
    CLERK_BLOCK_RULE        /* a thematic break "---" */
} clerk_block_kind;

typedef enum clerk_role {
    CLERK_ROLE_NONE = 0,
    CLERK_ROLE_MASTHEAD,    /* front matter: symbol, distribution, date, session, agenda */
    CLERK_ROLE_TITLE,       /* a title line of the front matter or of a section */
    CLERK_ROLE_OPENING,     /* "The General Assembly," */
    CLERK_ROLE_PREAMBULAR,  /* a preambular paragraph of a resolution */
    CLERK_ROLE_OPERATIVE,   /* a numbered operative paragraph of a resolution */
    CLERK_ROLE_SUBPARAGRAPH,/* "(a)", "(i)" under a numbered paragraph */
    CLERK_ROLE_NUMBERED,    /* a numbered paragraph outside a resolution */
    CLERK_ROLE_SIGNATURE,   /* "(Signed) Name" */
    CLERK_ROLE_CLOSING      /* after a resolution: "63rd plenary meeting", date */
} clerk_role;

typedef enum clerk_label_style {
    CLERK_LABEL_NONE = 0,
    CLERK_LABEL_ARABIC,     /* 1.  1)  */
    CLERK_LABEL_LETTER,     /* (a) a)  */
    CLERK_LABEL_ROMAN,      /* (i) (iv) */
    CLERK_LABEL_BULLET      /* - * •    */
} clerk_label_style;

enum {
    CLERK_EMPH_ITALIC = 1,
    CLERK_EMPH_BOLD = 2,
    CLERK_EMPH_UNDERLINE = 4
};

typedef struct clerk_emphasis {
    size_t start;   /* in the block's plain text */
    size_t length;
    unsigned kind;  /* CLERK_EMPH_* bits */
} clerk_emphasis;

typedef struct clerk_block {
    clerk_block_kind kind;
    clerk_role role;
    int level;              /* heading level; nesting depth of a list item */
    size_t section;         /* index of the section holding the block */
    size_t offset, length;  /* the whole block in the source, markup included */
    const char *text;       /* plain projection, UTF-8, NUL-terminated; no label */
    size_t text_length;
    /* Paragraph label as written ("1", "a", "iv"), without its dots or brackets. */
    const char *label;      /* "" when unnumbered */
    clerk_label_style label_style;
    int number;             /* value of the label: 1.., a=1, i=1; 0 when none */
    size_t label_offset, label_length; /* the label in the source ("12." or "(a)") */
    const clerk_emphasis *emphasis;
    size_t emphasis_count;
    size_t lead_length;     /* bytes of the leading emphasised phrase of text; 0 if none */
} clerk_block;

typedef enum clerk_section_kind {
    CLERK_SECTION_FRONT = 1,/* the masthead, titles and the date line */
    CLERK_SECTION_BODY,     /* the letter, note, report or resolution itself */
    CLERK_SECTION_ANNEX,    /* "Annex", "Annex I" ... */
    CLERK_SECTION_ENCLOSURE,
    CLERK_SECTION_APPENDIX,
    CLERK_SECTION_FOOTNOTES
} clerk_section_kind;

typedef struct clerk_section {
    clerk_section_kind kind;
    const char *label;      /* "I", "II", "" for a lone annex or a body */
    int number;             /* 1 for annex I, 0 when unnumbered */
    const char *title;      /* first heading inside it ("Explanatory note"), "" if none */
    size_t first_block;     /* blocks first_block .. first_block + block_count - 1 */
    size_t block_count;
    size_t offset, length;  /* in the source */
    int is_resolution;      /* holds a resolution or draft resolution (opening found) */
    clerk_body resolution_body; /* the body named by the opening line */
} clerk_section;

typedef struct clerk_masthead {
    const char *symbol;     /* "A/64/142"; "" when none was found */
    size_t symbol_offset, symbol_length;
    clerk_body body;        /* from the symbol, else from the body line */
    const char *distribution; /* "General", "Limited", "" */
    clerk_ymd date;         /* the document's own (distribution) date */
    size_t date_offset, date_length;
    const char *original_language; /* "Russian", "" */
    int session;            /* 64 for "Sixty-fourth session"; 0 when none */
    int session_kind;       /* 0 regular, 1 special, 2 emergency special */
    size_t session_offset, session_length;
    const char *agenda_item;/* "74 (c)", "" */
    const char *title;      /* the document's title, "" if none found */
    clerk_ymd letter_date;  /* "Letter dated 14 July 2009 from ..." in the front */
    size_t letter_date_offset, letter_date_length;
    clerk_ymd adoption_date;/* "Resolution adopted by the General Assembly on ..." */
    size_t adoption_date_offset, adoption_date_length;
} clerk_masthead;

/* ------------------------------------------------------------------------
 * Entities, extracted once per document and shared by every rule.  Every
 * entity starts with its location.
 * ---------------------------------------------------------------------- */

typedef struct clerk_loc {
    size_t offset, length;           /* in the source */
    size_t block;                    /* index of the block it was found in */
    size_t text_offset, text_length; /* in that block's plain text */
} clerk_loc;

/* Every entity struct below begins with its clerk_loc, and the entities of
 * a kind come in the order of their blocks: those of one block together,
 * the blocks in order (within a block, in the order they were found). */
typedef enum clerk_entity_kind {
    CLERK_ENT_DATE = 0,
    CLERK_ENT_RESOLUTION,   /* resolution and decision references */
    CLERK_ENT_RULE,         /* rules of procedure citations */
    CLERK_ENT_CHARTER,      /* Charter Article and Chapter citations */
    CLERK_ENT_SYMBOL,       /* document symbols */
    CLERK_ENT_SESSION,      /* session ordinals */
    CLERK_ENT_XREF,         /* references to annexes and paragraphs */
    CLERK_ENT_KIND_COUNT
} clerk_entity_kind;

typedef enum clerk_date_form {
    CLERK_DATE_UN = 1,      /* 14 July 2009 */
    CLERK_DATE_US,          /* July 14, 2009 */
    CLERK_DATE_ORDINAL,     /* 14th July 2009, 14th of July 2009 */
    CLERK_DATE_ABBREVIATED, /* 14 Jul. 2009 */
    CLERK_DATE_NUMERIC,     /* 14/07/2009, 14.07.2009 */
    CLERK_DATE_ISO,         /* 2009-07-14 */
    CLERK_DATE_MONTH_YEAR,  /* July 2009 (day 0) */
    CLERK_DATE_DAY_MONTH    /* 16 December (of that year): year inferred or 0 */
} clerk_date_form;

enum {
    CLERK_DATE_VALID = 1,          /* the day exists in that month and year */
    CLERK_DATE_MONTH_MISSPELT = 2, /* "Decmber": month is the nearest real one */
    CLERK_DATE_MONTH_LOWERCASE = 4,/* "14 july 2009" */
    CLERK_DATE_IN_RANGE = 8,       /* one end of "9 to 11 May 2005" */
    CLERK_DATE_YEAR_INFERRED = 16, /* "of that year", or the first end of a range */
    CLERK_DATE_IN_SYMBOL = 32      /* part of a document symbol or URL: not prose */
};

typedef struct clerk_date {
    clerk_loc loc;
    clerk_ymd ymd;
    int weekday;            /* weekday written before it: 1 Monday .. 7 Sunday; 0 none */
    size_t weekday_offset, weekday_length; /* in the source */
    clerk_date_form form;
    unsigned flags;         /* CLERK_DATE_* */
} clerk_date;

typedef enum clerk_ref_kind {
    CLERK_REF_RESOLUTION = 1,
    CLERK_REF_DECISION,
    CLERK_REF_PRESIDENTIAL_STATEMENT
} clerk_ref_kind;

typedef enum clerk_ref_form {
    CLERK_FORM_SLASH = 1,   /* 59/50, S-26/2, ES-10/2 */
    CLERK_FORM_ROMAN,       /* 1514 (XV), 3411 A and B (XXX) */
    CLERK_FORM_YEAR,        /* 1631 (2005) */
    CLERK_FORM_BARE,        /* 1631 (Security Council, no year) */
    CLERK_FORM_SYMBOL       /* A/RES/59/50, S/RES/1631 (2005) */
} clerk_ref_form;

enum {
    CLERK_REF_BODY_EXPLICIT = 1, /* the body is named in the words around it */
    CLERK_REF_OWN = 2,           /* "its resolution": the issuing body's own */
    CLERK_REF_IN_LIST = 4,       /* one of "resolutions 59/50 and 60/1" */
    CLERK_REF_HAS_DATE = 8       /* a date follows: "of 2 December 2004" */
};

typedef struct clerk_resolution_ref {
    clerk_loc loc;          /* the citation: "59/50", "1631 (2005)", "A/RES/59/50" */
    clerk_ref_kind kind;
    clerk_ref_form form;
    clerk_body body;
    int session;            /* 59 for 59/50, 15 for (XV), 26 for S-26/2; 0 for SC */
    int session_kind;       /* 0 regular, 1 special (S-), 2 emergency special (ES-) */
    int number;             /* 50, 1514, 1631 */
    const char *parts;      /* "A and B", "A", or "" */
    int year;               /* 2005 in 1631 (2005); 0 when absent */
    size_t year_offset, year_length;       /* "(2005)" or "(XV)" in the source; 0 when none */
    unsigned flags;         /* CLERK_REF_* */
    clerk_ymd date;         /* date cited with it ("of 2 December 2004") */
    size_t date_index;      /* index of that date among CLERK_ENT_DATE; valid with HAS_DATE */
    size_t keyword_offset;  /* where "resolution"/"decision" stands in the source; = loc.offset if none */
} clerk_resolution_ref;

enum {
    CLERK_RULE_PROVISIONAL = 1,   /* "provisional rules of procedure" */
    CLERK_RULE_BODY_EXPLICIT = 2, /* "of the General Assembly" said with it */
    CLERK_RULE_IN_LIST = 4        /* one of "rules 14 and 20", "rules 96 to 133" */
};

typedef struct clerk_rule_cite {
    clerk_loc loc;          /* "rule 14" (the number within a list) */
    int rule;               /* 14 */
    clerk_body body;        /* from the citation, else UNKNOWN */
    unsigned flags;         /* CLERK_RULE_* */
} clerk_rule_cite;

typedef struct clerk_charter_cite {
    clerk_loc loc;          /* "Article 2, paragraph 4", "Chapter VIII" */
    int article;            /* 0 when a chapter alone is cited */
    int paragraph;          /* 0 when none */
    int chapter;            /* 8 for Chapter VIII; 0 when none */
    int of_charter;         /* the sentence names the Charter */
} clerk_charter_cite;

typedef struct clerk_symbol {
    clerk_loc loc;          /* "A/C.3/64/L.5/Rev.1" */
    clerk_body body;
} clerk_symbol;

typedef struct clerk_session_ref {
    clerk_loc loc;          /* "sixty-fourth session", "64th session" */
    int session;            /* 64 */
    int session_kind;       /* 0 regular, 1 special, 2 emergency special */
    int in_figures;         /* written "64th" */
} clerk_session_ref;

typedef enum clerk_xref_kind {
    CLERK_XREF_ANNEX = 1,
    CLERK_XREF_PARAGRAPH,
    CLERK_XREF_ENCLOSURE,
    CLERK_XREF_APPENDIX
} clerk_xref_kind;

typedef enum clerk_xref_direction {
    CLERK_XREF_NONE = 0, CLERK_XREF_ABOVE, CLERK_XREF_BELOW
} clerk_xref_direction;

typedef struct clerk_xref {
    clerk_loc loc;          /* "annex II", "paragraphs 3 to 5 above" */
    clerk_xref_kind kind;
    int first, last;        /* "annex II": 2, 2; "paragraphs 3 to 5": 3, 5; 0 for a bare "annex" */
    clerk_xref_direction direction;
    int present_document;   /* "to the present letter", "of the present resolution" */
    int external;           /* points to another document ("annex to resolution 59/50") */
    const char *promised;   /* what it says the annex is ("draft resolution"), "" */
} clerk_xref;

/* ------------------------------------------------------------------------
 * Plugin descriptor.
 * ---------------------------------------------------------------------- */

typedef struct clerk_api clerk_api;

/* Called once per document for each enabled rule; must be reentrant. */
typedef void (*clerk_check_fn)(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

typedef struct clerk_option {
    const char *name;
    const char *type;          /* "int", "bool", "string" */
    const char *default_value; /* as text */
    const char *summary;
} clerk_option;

typedef struct clerk_rule {
    const char *name;          /* "invalid-date"; its id is "<plugin>/<name>" */
    const char *summary;       /* one line */
    clerk_severity severity;   /* default severity */
    clerk_check_fn check;
    const char *description;   /* why the rule exists; may be NULL */
    const clerk_option *options;   /* NULL or terminated by {NULL} */
    const char *const *good;   /* documents it stays silent on; NULL-terminated */
    const char *const *bad;    /* documents it fires on; NULL-terminated */
} clerk_rule;

typedef struct clerk_plugin {
    int abi_major, abi_minor;  /* CLERK_ABI_MAJOR, CLERK_ABI_MINOR */
    size_t rule_size;          /* sizeof(clerk_rule) the plugin was built with */
    const char *name;          /* "dates"; the prefix of its rule ids */
    const char *version;
    const char *summary;
    const clerk_rule *rules;
    size_t rule_count;
    /* Optional: load tables once; *state is handed back via api->state(). */
    int (*init)(const clerk_api *api, void **state, char *error, size_t error_size);
    void (*fini)(void *state);
} clerk_plugin;

/* Fills the ABI fields of a clerk_plugin initialiser. */
#define CLERK_PLUGIN_HEADER CLERK_ABI_MAJOR, CLERK_ABI_MINOR, sizeof(clerk_rule)

/* The one symbol a plugin exports. */
#define CLERK_PLUGIN_ENTRY_SYMBOL "clerk_plugin_entry"
typedef const clerk_plugin *(*clerk_plugin_entry_fn)(void);

/* ------------------------------------------------------------------------
 * The host's function table.
 * ---------------------------------------------------------------------- */

struct clerk_api {
    size_t size;               /* sizeof(struct clerk_api) in the host */
    int abi_major, abi_minor;

    /* The document. */
    const char *(*path)(const clerk_doc *doc);
    const char *(*source)(const clerk_doc *doc, size_t *length);
    const clerk_masthead *(*masthead)(const clerk_doc *doc);
    size_t (*block_count)(const clerk_doc *doc);
    const clerk_block *(*block)(const clerk_doc *doc, size_t index);
    size_t (*section_count)(const clerk_doc *doc);
    const clerk_section *(*section)(const clerk_doc *doc, size_t index);
    /* Source offset of a position in a block's plain text (text_length maps
     * to the end of the block's last character). */
    size_t (*source_offset)(const clerk_doc *doc, size_t block, size_t text_offset);
    size_t (*entity_count)(const clerk_doc *doc, clerk_entity_kind kind);
    const void *(*entity)(const clerk_doc *doc, clerk_entity_kind kind, size_t index);

    /* Reporting.  Spans are [offset, offset + length) in the source;
     * replacement (may be NULL) is the text that fixes it. */
    void (*report)(clerk_ctx *ctx, size_t offset, size_t length,
                   const char *replacement, const char *format, ...) CLERK_PRINTF(5, 6);
    /* The same in a block's plain-text coordinates. */
    void (*report_text)(clerk_ctx *ctx, size_t block, size_t text_offset, size_t text_length,
                        const char *replacement, const char *format, ...) CLERK_PRINTF(6, 7);

    /* The rule's options as configured (else their defaults). */
    const char *(*option_string)(clerk_ctx *ctx, const char *name);
    long (*option_int)(clerk_ctx *ctx, const char *name);
    int (*option_bool)(clerk_ctx *ctx, const char *name);

    /* Per-plugin state set by init(); read-only while documents are linted. */
    void *(*state)(clerk_ctx *ctx);

    /* Reference data folders: index 0 is the bundled one, then the folders
     * the configuration names; NULL past the last.  A table users extend
     * (a newer register) is read from every folder that has it, in order,
     * later rows winning, so no rebuild is needed to update the facts. */
    const char *(*data_dir)(const clerk_api *api, size_t index);

    /* This run of the rules over the document: a number other than 0,
     * unique in the process and the same for every rule of the run.  A
     * plugin whose rules share work on a document keeps it, per thread,
     * under the document and this number (a freed document's address may
     * be taken by the next).  Added in 1.1: check CLERK_API_HAS. */
    unsigned long (*run)(clerk_ctx *ctx);
};

/* True when the host's table has the member (plugins built with a newer
 * header than the host's). */
#define CLERK_API_HAS(api, member) \
    ((api)->size >= offsetof(struct clerk_api, member) + sizeof((api)->member))

/* Typed entity accessors. */
static inline const clerk_date *clerk_date_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_date *)api->entity(doc, CLERK_ENT_DATE, i); }
static inline const clerk_resolution_ref *clerk_resolution_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_resolution_ref *)api->entity(doc, CLERK_ENT_RESOLUTION, i); }
static inline const clerk_rule_cite *clerk_rule_cite_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_rule_cite *)api->entity(doc, CLERK_ENT_RULE, i); }
static inline const clerk_charter_cite *clerk_charter_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_charter_cite *)api->entity(doc, CLERK_ENT_CHARTER, i); }
static inline const clerk_symbol *clerk_symbol_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_symbol *)api->entity(doc, CLERK_ENT_SYMBOL, i); }
static inline const clerk_session_ref *clerk_session_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_session_ref *)api->entity(doc, CLERK_ENT_SESSION, i); }
static inline const clerk_xref *clerk_xref_at(const clerk_api *api, const clerk_doc *doc, size_t i)
{ return (const clerk_xref *)api->entity(doc, CLERK_ENT_XREF, i); }

#ifdef __cplusplus
}
#endif
#endif /* CLERK_PLUGIN_H */
