/*
 * Cross-references: "annex II", "(annex I)", "annexes I and II", "the annex
 * to the present letter" (a bare annex: first = 0), "annexed hereto",
 * "paragraph 5 above", "paragraphs 3 to 5 of the present resolution",
 * "enclosure", "appendix II".
 *
 * A list gives one entity per item ("annexes I and II": annex I, annex
 * II) and a range one entity ("paragraphs 3 to 5": first 3, last 5); the
 * first item spans from the keyword, the last one up to "above"/"below".
 * external is set when the reference points into another document
 * ("annex to resolution 59/50", "paragraph 3 of its resolution",
 * "A/64/142, para. 12", "Ibid., chap. III, and annex I", "the Protocol
 * (annex VI) to the Convention"); promised holds what the sentence says an annex is
 * ("an explanatory note (annex I)" → "explanatory note").  A heading such
 * as "Annex I" or "Annex to the letter dated ..." is the annex itself, not
 * a reference, and is skipped.
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "extract/scan.h"

#include <string.h>

typedef enum keyword {
    KW_NONE, KW_ANNEX, KW_ANNEXED, KW_PARAGRAPH, KW_ENCLOSURE, KW_APPENDIX
} keyword;

/* The keyword whose word starts at kw; *end receives its end. */
static keyword read_keyword(const char *t, size_t len, size_t kw, size_t *end)
{
    *end = kw + 1;
    static const struct {
        const char *word;
        keyword kw;
    } words[] = {
        {"annex", KW_ANNEX}, {"annexes", KW_ANNEX}, {"annexed", KW_ANNEXED},
        {"paragraph", KW_PARAGRAPH}, {"paragraphs", KW_PARAGRAPH},
        {"enclosure", KW_ENCLOSURE}, {"enclosures", KW_ENCLOSURE},
        {"appendix", KW_APPENDIX}, {"appendices", KW_APPENDIX}, {"appendixes", KW_APPENDIX},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t n = scan_word(t, len, kw, words[i].word);
        if (n) {
            *end = kw + n;
            return words[i].kw;
        }
    }
    size_t n = scan_word(t, len, kw, "para");
    if (!n)
        n = scan_word(t, len, kw, "paras");
    if (n && kw + n < len && t[kw + n] == '.') {
        *end = kw + n + 1;
        return KW_PARAGRAPH;
    }
    return KW_NONE;
}

/* A label: Roman figures or a capital letter for annexes and the like,
 * digits for all.  A letter's value is its place in the alphabet ("annex
 * B" → 2), as a lettered section's number is: the public struct holds only
 * numbers, so "annex B" and "annex II" compare equal, and a rule that must
 * tell them apart reads the label in the source. */
static size_t read_label(const char *t, size_t len, size_t pos, keyword k, int *value)
{
    size_t n = scan_uint(t, len, pos, 3, value);
    if (n) {
        if (!scan_word_end(t, len, pos + n) || *value == 0)
            return 0;
        /* "paragraph 3.2" is a numbering of another kind */
        if (pos + n + 1 < len && t[pos + n] == '.' && scan_is_digit(t[pos + n + 1]))
            return 0;
        return n;
    }
    if (k == KW_PARAGRAPH)
        return 0;
    /* a lone capital other than the numerals I, V, X, not a symbol's "A/" */
    if (pos < len && scan_is_upper(t[pos]) && !strchr("IVX", t[pos]) && scan_word_end(t, len, pos + 1) &&
        (pos + 1 == len || t[pos + 1] != '/')) {
        *value = t[pos] - 'A' + 1;
        return 1;
    }
    n = scan_roman(t, len, pos, value);
    return n && *value <= 50 ? n : 0;
}

/* A further label of a list at pos (0 for none), not the number opening
 * the next paragraph: "paragraphs 32 to 40,\n1. Approves". */
static size_t next_label(const char *t, size_t len, size_t pos, keyword k, int *value)
{
    if (pos == 0 || pos >= len)
        return 0;
    size_t n = read_label(t, len, pos, k, value);
    if (n && pos + n < len && t[pos + n] == '.') {
        size_t q = scan_skip_space(t, len, pos + n + 1);
        if (q > pos + n + 1 && q < len && scan_is_upper(t[q]))
            return 0;
    }
    return n;
}

/* One "(a)", "(iv)" or "(2)" at pos after optional space; 0 if none. */
static size_t one_subparagraph(const char *t, size_t len, size_t pos)
{
    size_t p = scan_skip_space(t, len, pos);
    if (p >= len || t[p] != '(')
        return 0;
    size_t n = 0;
    while (p + 1 + n < len && (scan_is_lower(t[p + 1 + n]) || scan_is_digit(t[p + 1 + n])) && n < 5)
        n++;
    return n && p + 1 + n < len && t[p + 1 + n] == ')' ? p + n + 2 - pos : 0;
}

/* Subparagraphs after a paragraph number: "(a)", "(a) (i)", "(a) to (f)",
 * "(b) and (c)". */
static size_t subparagraphs(const char *t, size_t len, size_t pos)
{
    size_t end = pos, n;
    while ((n = one_subparagraph(t, len, end)) != 0) {
        end += n;
        size_t q = scan_skip_space(t, len, end);
        size_t w = scan_dash_len(t, len, end);
        if (w)
            q = end + w;
        else if ((w = scan_word(t, len, q, "to")) != 0 || (w = scan_word(t, len, q, "and")) != 0 ||
                 (w = scan_word(t, len, q, "or")) != 0)
            q += w;
        else
            continue;
        if (!one_subparagraph(t, len, q))
            break;
        end = q;
    }
    return end - pos;
}

static int word_among(const char *t, size_t len, size_t pos, const char *const *words, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (scan_word(t, len, pos, words[i]))
            return 1;
    return 0;
}

static const char *const determiners[] = {
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "this", "these", "that", "those",
    "which", "who", "whose",
};
#define N_DETERMINERS (sizeof determiners / sizeof *determiners)

/* Parts of a document: "of annex I", "of section VII" stay inside it
 * unless what follows them leads elsewhere ("of annex I to resolution
 * 71/146", "of the annex thereto"). */
static const char *const document_parts[] = {
    "annex", "annexes", "section", "sections", "chapter", "chapters", "part", "parts",
    "appendix", "enclosure", "preamble",
};

/* The end of a document part named at q with its label ("annex I",
 * "chapter 9.1", "Annex 1-A"), or 0 when no part is named there;
 * *labelled tells whether a label follows the word. */
static size_t part_end(const char *t, size_t len, size_t q, int *labelled)
{
    if (!word_among(t, len, q, document_parts, sizeof document_parts / sizeof *document_parts))
        return 0;
    size_t e = q + scan_word_len(t, len, q), l = scan_skip_space(t, len, e);
    *labelled = l > e && l < len && (scan_is_upper(t[l]) || scan_is_digit(t[l]));
    if (!*labelled)
        return e;
    e = l + scan_word_len(t, len, l);
    for (;;) {
        size_t join = e < len && t[e] == '.' ? 1 : scan_hyphen_len(t, len, e);
        size_t more = join ? scan_word_len(t, len, e + join) : 0;
        if (!more)
            return e;
        e += join + more;
    }
}

/* "of|to the present letter", "hereto" → 1; "of resolution 59/50", "to
 * document A/64/142", "of its resolution", "of the 2030 Agenda", "thereto",
 * ", chapter 9.1 of the Agreement" → 2; a part of this document ("of annex
 * I") or nothing → 0. */
static int relation_after(const char *t, size_t len, size_t pos, int depth)
{
    static const char *const outside[] = {
        "resolution", "resolutions", "decision", "decisions", "document", "documents", "report",
        "letter", "note", "statement", "communication", "rules", "agreement", "convention",
        "covenant", "statute", "protocol", "declaration", "treaty", "charter", "article",
        "programme", "plan", "principles", "guidelines", "annual", "final",
    };
    static const char *const present[] = {"this", "these", "hereto", "herewith"};
    int comma = pos < len && t[pos] == ',';
    size_t p = scan_skip_space(t, len, pos + comma);
    if (word_among(t, len, p, present + 2, 2))
        return 1;
    if (scan_word(t, len, p, "thereto") || scan_word(t, len, p, "thereof") || scan_word(t, len, p, "therein"))
        return 2;
    size_t w = scan_word(t, len, p, "to");
    if (!w)
        w = scan_word(t, len, p, "of");
    int labelled;
    size_t e;
    if (!w) {
        /* the citation goes on to a part of the same text */
        e = comma && depth == 0 ? part_end(t, len, p, &labelled) : 0;
        return e && labelled ? relation_after(t, len, e, depth + 1) : 0;
    }
    size_t q = scan_skip_space(t, len, p + w);
    if (q == p + w)
        return 0;
    if (scan_phrase(t, len, q, "the present") || word_among(t, len, q, present, 2))
        return 1;
    clerk_body body;
    if (symbol_span(t, len, q, &body))
        return 2;
    size_t n = scan_word_len(t, len, q);
    int determined = n && word_among(t, len, q, determiners, N_DETERMINERS);
    if (determined)
        q = scan_skip_space(t, len, q + n);
    if ((e = part_end(t, len, q, &labelled)) != 0)
        return depth > 0 ? 0 : relation_after(t, len, e, depth + 1);
    /* any other noun phrase is another text: "of the terms of reference",
     * "of the Vienna Declaration", "of the 2030 Agenda" */
    if (determined || (q < len && scan_is_upper(t[q])))
        return 2;
    return word_among(t, len, q, outside, sizeof outside / sizeof *outside) ? 2 : 0;
}

/* "A/64/142, para. 12", "resolution 1, annex", "2200 A (XXI), annex",
 * "Article 2, paragraph 4", "Ibid., para. 3", "chap. IV, para. 24",
 * "1631 (2005), in particular paragraph 3": the reference hangs on the
 * citation before the comma.  "para." after a comma is always such a
 * pinpoint. */
static int cites_before(const char *t, size_t len, size_t kw)
{
    /* "resolution 2199 (2015), in particular paragraphs 15 to 17" */
    static const char *const narrowing[] = {"in particular", "particularly", "including", "especially", "notably"};
    for (size_t i = 0; i < sizeof narrowing / sizeof *narrowing; i++) {
        size_t s = scan_phrase_back(t, kw, narrowing[i]);
        if (s != SCAN_NONE) {
            kw = s;
            break;
        }
    }
    size_t p = scan_skip_space_back(t, kw);
    if (p == 0 || t[p - 1] != ',')
        return 0;
    size_t para = scan_word(t, len, kw, "para");
    if (!para)
        para = scan_word(t, len, kw, "paras");
    if (para && kw + para < len && t[kw + para] == '.')
        return 1;
    size_t end = p - 1, s = end;
    while (s > 0 && !scan_space_len(t, end, s - 1))
        s--;
    if (s == end)
        return 0;
    if (memchr(t + s, '/', end - s) || t[end - 1] == ')' || scan_word(t, end, s, "Ibid") ||
        scan_word(t, end, s, "ibid"))
        return 1;
    size_t ws;
    for (size_t i = s; i < end; i++)
        if (!scan_is_digit(t[i]))
            return 0;
    static const char *const citing[] = {
        "resolution", "resolutions", "decision", "decisions", "article", "articles",
    };
    scan_prev_word(t, s, &ws);
    return word_among(t, s, ws, citing, sizeof citing / sizeof *citing);
}

/* Inside a citation of another text: the sentence (a footnote, as a
 * rule) names "Ibid." or the "Official Records" before the keyword. */
static int in_citation(const char *t, size_t len, size_t kw)
{
    size_t start = scan_sentence_start(t, len, kw);
    return scan_has_word(t, start, kw, "Ibid") || scan_has_word(t, start, kw, "ibid") ||
           scan_find(t, kw, start, "Official Records", 16) != SCAN_NONE;
}

/* "A/36/236, annex, appendix I", "paras. 117-118 and annex": a reference
 * that only a comma or "and" parts from the external one before it points
 * where that one does. */
static int runs_on_external(const extract_ctx *cx, const char *t, const vec *out, size_t first,
                            size_t kw)
{
    if (first == 0)
        return 0;
    const clerk_xref *prev = vec_at(out, first - 1);
    if (prev->loc.block != cx->block || !prev->external)
        return 0;
    size_t p = prev->loc.text_offset + prev->loc.text_length;
    for (;;) {
        size_t q = scan_skip_space(t, kw, p);
        if (q < kw && t[q] == ',')
            q++;
        else
            q += scan_word(t, kw, q, "and");
        if (q == p)
            return p == kw;
        p = q;
    }
}

/* The relation stated after the bracket a reference opens: "the
 * Protocol of 1997 (annex VI - Regulations ...) to the Convention"; 0
 * when the keyword opens no bracket. */
static int relation_after_bracket(const char *t, size_t len, size_t kw)
{
    if (kw == 0 || t[kw - 1] != '(')
        return 0;
    int depth = 1;
    for (size_t i = kw; i < len; i++) {
        depth += (t[i] == '(') - (t[i] == ')');
        if (depth == 0)
            return relation_after(t, len, i + 1, 0);
    }
    return 0;
}

/* A heading naming the annex itself: "Annex II", "Annex to the letter
 * dated ...": the keyword opens a short block that ends without a stop. */
static int is_heading(const char *t, size_t len, size_t kw)
{
    if (!scan_is_upper(t[kw]) || scan_skip_space(t, len, 0) != kw || len > 300)
        return 0;
    size_t end = scan_skip_space_back(t, len);
    return end > 0 && t[end - 1] != '.';
}

/* Verbs between a thing and where it is put: "a draft resolution is
 * attached as annex II", "the list contained in annex I". */
static const char *const placing_words[] = {
    "is", "are", "was", "were", "be", "been", "being", "attached", "enclosed", "contained",
    "reproduced", "included", "circulated", "annexed", "set", "out", "hereto", "herewith",
    "transmitted", "submitted", "presented", "provided", "given", "listed", "found",
};
#define N_PLACING (sizeof placing_words / sizeof *placing_words)

/* Words no noun phrase runs across. */
static const char *const phrase_stops[] = {
    "and", "or", "as", "to", "in", "at", "by", "with", "from", "under", "see", "than",
    "has", "have", "had", "previously", "also", "already", "now", "herein", "not",
};

static const char *const linking_prepositions[] = {"of", "on", "for", "concerning", "regarding", "about"};

/* The noun phrase ending before pos: "an explanatory note (" gives
 * "explanatory note".  Stops at a determiner (unless a preposition comes
 * before it: "memorandum on the item"), a conjunction, punctuation or a
 * verb, after eight words at most; "" when there is none. */
static const char *noun_phrase_before(extract_ctx *cx, const char *t, size_t pos, int skip_placing)
{
    size_t p = scan_skip_space_back(t, pos);
    if (p > 0 && t[p - 1] == ',')
        p = scan_skip_space_back(t, p - 1);
    size_t s, n;
    while (skip_placing && (n = scan_prev_word(t, p, &s)) != 0 && s + n == p &&
           word_among(t, p, s, placing_words, N_PLACING))
        p = scan_skip_space_back(t, s);
    size_t end = p, start = p;
    for (int words = 0; words < 8; words++) {
        n = scan_prev_word(t, start, &s);
        /* one word: "follow-up", "Team’s", "State's" */
        for (;;) {
            size_t join = 0;
            if (n && s > 1 && (t[s - 1] == '-' || t[s - 1] == '\''))
                join = 1;
            else if (n == 1 && t[s] == 's' && s > 3 && !memcmp(t + s - 3, "\xE2\x80\x99", 3))
                join = 3;
            if (!join || !scan_is_alnum(t[s - join - 1]))
                break;
            size_t s2;
            scan_prev_word(t, s - join, &s2);
            s = s2;
        }
        if (n == 0)
            break;
        if (word_among(t, start, s, placing_words, N_PLACING) ||
            word_among(t, start, s, phrase_stops, sizeof phrase_stops / sizeof *phrase_stops))
            break;
        if (word_among(t, start, s, determiners, N_DETERMINERS)) {
            size_t ps, pn = scan_prev_word(t, s, &ps);
            if (!pn || !word_among(t, s, ps, linking_prepositions, 6) || words == 0)
                break;
            start = ps;
            words++;
            continue;
        }
        start = s;
    }
    if (start >= end)
        return "";
    return arena_strndup(cx->arena, t + start, end - start);
}

/* What the sentence says the annex at kw (list from kw to end) is. */
static const char *promised_for(extract_ctx *cx, const char *t, size_t len, size_t kw, size_t end,
                                keyword k)
{
    if (k == KW_ANNEXED)
        return noun_phrase_before(cx, t, kw, 1);
    /* "a draft resolution (annex II)" */
    if (kw > 0 && t[kw - 1] == '(' && end < len && t[end] == ')')
        return noun_phrase_before(cx, t, kw - 1, 0);
    /* "attached as annex I", "contained in annex II" */
    size_t s, n = scan_prev_word(t, kw, &s);
    if (n && (scan_word(t, len, s, "as") || scan_word(t, len, s, "in"))) {
        size_t vs, vn = scan_prev_word(t, s, &vs);
        if (vn && word_among(t, len, vs, placing_words, N_PLACING))
            return noun_phrase_before(cx, t, s, 1);
    }
    return "";
}

static clerk_xref_kind xref_kind(keyword k)
{
    switch (k) {
    case KW_PARAGRAPH: return CLERK_XREF_PARAGRAPH;
    case KW_ENCLOSURE: return CLERK_XREF_ENCLOSURE;
    case KW_APPENDIX: return CLERK_XREF_APPENDIX;
    default: return CLERK_XREF_ANNEX;
    }
}

/* "annex" used as a verb: "to annex the territory". */
static int verb_annex(const char *t, size_t len, size_t end)
{
    static const char *const objects[] = {"the", "a", "an", "any", "part", "parts", "territory", "territories", "land"};
    size_t p = scan_skip_space(t, len, end);
    return word_among(t, len, p, objects, sizeof objects / sizeof *objects);
}

/* "annexed hereto", "annexed to the present letter", "as annexed": not the
 * annexation of a territory ("annexed by", "annexed the"). */
static int annexed_reference(const char *t, size_t len, size_t kw, size_t end)
{
    size_t p = scan_skip_space(t, len, end);
    if (scan_word(t, len, p, "hereto") || scan_word(t, len, p, "herewith") || scan_word(t, len, p, "thereto"))
        return 1;
    size_t w = scan_word(t, len, p, "to");
    if (w) {
        size_t q = scan_skip_space(t, len, p + w);
        clerk_body body;
        return word_among(t, len, q, determiners, N_DETERMINERS) || scan_word(t, len, q, "resolution") ||
               scan_word(t, len, q, "document") || symbol_span(t, len, q, &body);
    }
    size_t s, n = scan_prev_word(t, kw, &s);
    return n && scan_word(t, len, s, "as");
}

static size_t xref_at(extract_ctx *cx, const char *t, size_t len, size_t kw, vec *out)
{
    size_t kw_end;
    keyword k = read_keyword(t, len, kw, &kw_end);
    if (k == KW_NONE || is_heading(t, len, kw))
        return kw_end;
    size_t first = out->len, end = kw_end;
    if (k == KW_ANNEXED) {
        if (!annexed_reference(t, len, kw, kw_end))
            return kw_end;
        clerk_xref *x = vec_push(out);
        scan_loc(&x->loc, cx, kw, kw_end);
        x->kind = CLERK_XREF_ANNEX;
    } else {
        size_t p = scan_skip_space(t, len, kw_end);
        int value;
        size_t n = p > kw_end ? read_label(t, len, p, k, &value) : 0;
        if (n == 0) {
            if (k == KW_PARAGRAPH || (k == KW_ANNEX && verb_annex(t, len, kw_end)))
                return kw_end;
            clerk_xref *x = vec_push(out);
            scan_loc(&x->loc, cx, kw, kw_end);
            x->kind = xref_kind(k);
        } else {
            size_t item = kw;
            for (;;) {
                clerk_xref *x = vec_push(out);
                x->kind = xref_kind(k);
                x->first = x->last = value;
                end = p + n;
                if (k == KW_PARAGRAPH)
                    end += subparagraphs(t, len, end);
                int range, v2;
                size_t next = scan_list_separator(t, len, end, &range);
                size_t n2 = next_label(t, len, next, k, &v2);
                if (n2 && range) {
                    x->last = v2;
                    end = next + n2;
                    if (k == KW_PARAGRAPH)
                        end += subparagraphs(t, len, end);
                    next = scan_list_separator(t, len, end, &range);
                    n2 = next_label(t, len, next, k, &v2);
                }
                scan_loc(&x->loc, cx, item, end);
                if (!n2)
                    break;
                item = p = next;
                n = n2;
                value = v2;
            }
        }
    }
    /* direction, relation and promise apply to the whole list */
    size_t q = scan_skip_space(t, len, end);
    clerk_xref_direction dir = scan_word(t, len, q, "above") ? CLERK_XREF_ABOVE
                             : scan_word(t, len, q, "below") ? CLERK_XREF_BELOW : CLERK_XREF_NONE;
    if (dir) {
        end = q + 5;
        clerk_xref *last = vec_at(out, out->len - 1);
        last->loc.text_length = end - last->loc.text_offset;
    }
    int relation = relation_after(t, len, end, 0);
    if (relation == 0)
        relation = relation_after_bracket(t, len, kw);
    if (relation == 0 && (cites_before(t, len, kw) || in_citation(t, len, kw) ||
                          runs_on_external(cx, t, out, first, kw)))
        relation = 2;
    for (size_t i = first; i < out->len; i++) {
        clerk_xref *x = vec_at(out, i);
        x->direction = dir;
        x->present_document = relation == 1;
        x->external = relation == 2;
        x->promised = "";
    }
    if (k == KW_ANNEX || k == KW_ANNEXED) {
        clerk_xref *last = vec_at(out, out->len - 1);
        size_t last_end = last->loc.text_offset + last->loc.text_length;
        if (first + 1 == out->len || k == KW_ANNEXED)
            ((clerk_xref *)vec_at(out, first))->promised = promised_for(cx, t, len, kw, last_end, k);
    }
    return end;
}

void extract_xrefs(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_ANNEX, CUE_APPENDIX);
    size_t from = 0, at;
    cue_kind kind;
    while ((at = cue_next(&c, from, &kind)) != SCAN_NONE) {
        size_t end = xref_at(cx, text, len, at, out);
        from = end > at + 1 ? end : at + 1;
    }
}
