/* Running text: sentences that cite, date and cross-refer the way the
 * bodies of letters, memorandums and reports do. */
#ifndef BENCH_PROSE_H
#define BENCH_PROSE_H

#include "gen.h"

/* "the progress made in road safety" */
void prose_object(gen *g, strbuf *b);
void prose_sentence(gen *g, strbuf *b);
/* Sentences separated by spaces, some carrying a footnote. */
void prose_paragraph(gen *g, strbuf *b, int sentences);

#endif
