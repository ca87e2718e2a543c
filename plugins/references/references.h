/*
 * The references plugin: citations of resolutions and decisions checked
 * against the record (Security Council numbers against the years they were
 * adopted in, General Assembly sessions against their opening dates, dates
 * against the registers of adoption dates), the form of each citation, and
 * the syntax of document symbols.  One file per subject; references.c holds
 * the descriptor and the tables every rule reads.
 */
#ifndef CLERK_REFERENCES_H
#define CLERK_REFERENCES_H

#include "clerk/plugin.h"
#include "facts.h"
#include "register.h"

#include <stddef.h>

/* Read once at start-up, read-only afterwards. */
typedef struct references_state {
    ga_sessions sessions;
    special_sessions specials;
    sc_years years;
    resolution_register record;
    /* From resolution-numbering.json: */
    int ga_numbered_by_session_from; /* 31: "31/1" from that session, "1514 (XV)" before */
    int ga_main_committees;          /* A/C.1 .. A/C.6 */
    int sc_year_cited_from;          /* documents from 1994 cite "1631 (2005)" */
} references_state;

/* cite.c: what the rules share about citations and the document. */

/* The latest date the document speaks from: its own date, the adoption of
 * the resolution it is, the date of its letter; year 0 when it has none. */
clerk_ymd document_date(const clerk_api *api, const clerk_doc *doc);
/* The date is after the document's, a partial document date ("July 2009")
 * counting as the end of its month or year. */
int after_document(clerk_ymd date, clerk_ymd doc_date);
int is_sc_citation(const clerk_resolution_ref *r);
int is_ga_citation(const clerk_resolution_ref *r);
/* "64", "S-26", "ES-10" (slash form) or "XV", "S-VI", "ES-V" (roman form). */
void session_label(int kind, int session, int roman, char *buf, size_t size);
/* The years a Security Council resolution may have been adopted in: from
 * the register when it knows the date, else from the table of years.
 * Returns 0 when neither knows the number. */
int sc_adoption_years(const references_state *st, int number, int *from, int *to);
/* "2005", "1995 or 1996", "between 1995 and 1997". */
void years_text(int from, int to, char *buf, size_t size);
/* The section holding a block, or NULL. */
const clerk_section *block_section(const clerk_api *api, const clerk_doc *doc, size_t block);
/* The source bytes of an entity as a NUL-terminated copy (truncated to size). */
void source_text(const clerk_api *api, const clerk_doc *doc, size_t offset, size_t length,
                 char *buf, size_t size);

/* sc.c */
void check_sc_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_sc_missing_year(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_sc_unknown(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* ga.c */
void check_ga_future_session(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_ga_era_format(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* record.c */
void check_register_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_inconsistent_date(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* symbols.c */
void check_symbol_syntax(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

/* style.c */
void check_its_resolution(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);
void check_running_text_symbol(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx);

#endif
