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
 * "A/64/142, para. 12"); promised holds what the sentence says an annex is
 * ("an explanatory note (annex I)" → "explanatory note").  A heading such
 * as "Annex I" or "Annex to the letter dated ..." is the annex itself, not
 * a reference, and is skipped.
 */
#include "extract/extract.h"
#include "extract/scan.h"

#include <string.h>

typedef enum keyword {
    KW_NONE, KW_ANNEX, KW_ANNEXED, KW_PARAGRAPH, KW_ENCLOSURE, KW_APPENDIX
} keyword;

/* The keyword whose word starts at kw; *end receives its end. */
static keyword read_keyword(const char *t, size_t len, size_t kw, size_t *end)
{
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

/* A label: Roman figures for annexes and the like, digits for all. */
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
    n = scan_roman(t, len, pos, value);
    return n && *value <= 50 ? n : 0;
}

/* "(a)", "(iv)", " (b)" after a paragraph number. */
static size_t subparagraph(const char *t, size_t len, size_t pos)
{
    size_t p = scan_skip_space(t, len, pos);
    if (p >= len || t[p] != '(')
        return 0;
    size_t n = 0;
    while (p + 1 + n < len && scan_is_lower(t[p + 1 + n]) && n < 5)
        n++;
    return n && p + 1 + n < len && t[p + 1 + n] == ')' ? p + n + 2 - pos : 0;
}

/* Between labels: *range for "to" and dashes. */
static size_t label_separator(const char *t, size_t len, size_t pos, int *range)
{
    *range = 0;
    size_t d = scan_dash_len(t, len, pos);
    if (d) {
        *range = 1;
        return pos + d;
    }
    size_t p = pos;
    if (p < len && t[p] == ',')
        p++;
    size_t q = scan_skip_space(t, len, p);
    static const char *const words[] = {"and", "or", "to"};
    for (size_t i = 0; i < 3; i++) {
        size_t w = scan_word(t, len, q, words[i]);
        if (w) {
            size_t r = scan_skip_space(t, len, q + w);
            *range = i == 2;
            return r > q + w ? r : 0;
        }
    }
    return p > pos && q > p ? q : 0;
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

/* "of|to the present letter", "hereto" → 1; "of resolution 59/50", "to
 * document A/64/142", "of its resolution", "of the Convention", "thereto"
 * → 2; a part of this document ("of annex I") or nothing → 0. */
static int relation_after(const char *t, size_t len, size_t pos)
{
    static const char *const outside[] = {
        "resolution", "resolutions", "decision", "decisions", "document", "documents", "report",
        "letter", "note", "statement", "communication", "rules", "agreement", "convention",
        "covenant", "statute", "protocol", "declaration", "treaty", "charter", "article",
        "programme", "plan", "principles", "guidelines", "annual", "final",
    };
    static const char *const present[] = {"this", "these", "hereto", "herewith"};
    size_t p = pos < len && t[pos] == ',' ? pos + 1 : pos;
    p = scan_skip_space(t, len, p);
    if (word_among(t, len, p, present + 2, 2))
        return 1;
    if (scan_word(t, len, p, "thereto"))
        return 2;
    size_t w = scan_word(t, len, p, "to");
    if (!w)
        w = scan_word(t, len, p, "of");
    if (!w)
        return 0;
    size_t q = scan_skip_space(t, len, p + w);
    if (q == p + w)
        return 0;
    if (scan_phrase(t, len, q, "the present") || word_among(t, len, q, present, 2))
        return 1;
    clerk_body body;
    if (symbol_span(t, len, q, &body))
        return 2;
    size_t n = scan_word_len(t, len, q);
    if (n && word_among(t, len, q, determiners, N_DETERMINERS))
        q = scan_skip_space(t, len, q + n);
    if (q < len && scan_is_upper(t[q]))
        return 2; /* a name: "the Vienna Declaration", "General Assembly resolution" */
    return word_among(t, len, q, outside, sizeof outside / sizeof *outside) ? 2 : 0;
}

/* "A/64/142, para. 12", "resolution 1, annex", "2200 A (XXI), annex",
 * "Article 2, paragraph 4":
 * the reference hangs on the citation before the comma. */
static int cites_before(const char *t, size_t kw)
{
    size_t p = scan_skip_space_back(t, kw);
    if (p == 0 || t[p - 1] != ',')
        return 0;
    size_t end = p - 1, s = end;
    while (s > 0 && !scan_space_len(t, end, s - 1))
        s--;
    if (s == end)
        return 0;
    if (memchr(t + s, '/', end - s) || t[end - 1] == ')')
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
        /* a hyphenated word is one: "follow-up" */
        while (n && s > 1 && t[s - 1] == '-' && scan_is_alnum(t[s - 2])) {
            size_t s2;
            scan_prev_word(t, s - 1, &s2);
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
                int range;
                size_t next = label_separator(t, len, end, &range);
                int v2;
                size_t n2 = next && next < len ? read_label(t, len, next, k, &v2) : 0;
                if (n2 && range) {
                    x->last = v2;
                    end = next + n2;
                    next = label_separator(t, len, end, &range);
                    n2 = next && next < len ? read_label(t, len, next, k, &v2) : 0;
                }
                if (k == KW_PARAGRAPH)
                    end += subparagraph(t, len, end);
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
    int relation = relation_after(t, len, end);
    if (relation == 0 && cites_before(t, kw))
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
    static const char *const needles[] = {"nnex", "para", "nclosure", "ppendi"};
    static const char initials[] = {'a', 'p', 'e', 'a'};
    scan_finder f;
    scan_finder_init(&f, text, len, needles, 4);
    size_t from = 0, which, hit;
    while ((hit = scan_finder_next(&f, from, &which)) != SCAN_NONE) {
        from = hit + 1;
        size_t kw = which == 1 ? hit : hit - 1;
        if ((which != 1 && hit == 0) || scan_lower(text[kw]) != initials[which] || !scan_word_start(text, kw))
            continue;
        size_t end = xref_at(cx, text, len, kw, out);
        if (end > from)
            from = end;
    }
}
