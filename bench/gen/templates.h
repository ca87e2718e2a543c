/* The kinds of document the generator writes, each filling g->target
 * bytes, and the parts they share. */
#ifndef BENCH_TEMPLATES_H
#define BENCH_TEMPLATES_H

#include "gen.h"

void write_letter(gen *g);
void write_resolution(gen *g);
void write_draft_resolution(gen *g);
void write_report(gen *g);

/* The masthead: organ, symbol, distribution, date, original language and,
 * for the General Assembly, session and agenda item. */
void write_masthead(gen *g, const char *symbol);
/* "The General Assembly," then preambular and operative paragraphs until
 * the output holds `until` bytes. */
void write_resolution_body(gen *g, size_t until);

#endif
