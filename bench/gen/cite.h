/* Citations written into running text: dates, resolutions, rules of
 * procedure, Charter articles, document symbols, sessions and
 * cross-references.  Each is consistent with the document's own date and
 * session unless a slip says otherwise. */
#ifndef BENCH_CITE_H
#define BENCH_CITE_H

#include "gen.h"

/* A date in the year or so before the document's. */
void cite_past_date(gen *g, strbuf *b);
/* "Tuesday, 14 July 2009" */
void cite_weekday_date(gen *g, strbuf *b);
/* "resolution 63/217 of 19 December 2008" or "resolution 72/14" */
void cite_ga_resolution(gen *g, strbuf *b);
/* "resolutions 70/1 of 25 September 2015 and 72/279" */
void cite_ga_resolutions(gen *g, strbuf *b);
/* "Security Council resolution 2216 (2015)", or "its resolution 2216
 * (2015)" in the Council's own documents. */
void cite_sc_resolution(gen *g, strbuf *b);
/* A sentence citing a rule of procedure of the General Assembly. */
void cite_rule_sentence(gen *g, strbuf *b);
/* "Article 52 of the Charter of the United Nations" */
void cite_charter(gen *g, strbuf *b);
/* "A/74/418", "S/2019/123", "A/HRC/43/12" */
void cite_symbol(gen *g, strbuf *b);
/* "its seventy-third session" */
void cite_session(gen *g, strbuf *b);
/* "paragraph 12 above" or "annex II" */
void cite_xref(gen *g, strbuf *b);

#endif
