/*
 * doc_build_structure(): runs the structure passes over a document whose
 * blocks a reader has filled, and holds the small text tests they share.
 */
#include "doc/structure.h"

#include <string.h>

void doc_build_structure(clerk_doc *doc)
{
    sections_build(doc);
    masthead_read(doc);
    roles_assign(doc);
    masthead_adoption_from_closing(doc);
}

size_t text_end(const char *s, size_t start, size_t end)
{
    end = scan_skip_space_back(s, end);
    return end > start ? end : start;
}

clerk_body body_name_at(const char *s, size_t len, size_t i, size_t *end)
{
    static const struct { const char *name; clerk_body body; } names[] = {
        { "General Assembly", CLERK_BODY_GA },
        { "Security Council", CLERK_BODY_SC },
        { "Human Rights Council", CLERK_BODY_HRC },
        { "Economic and Social Council", CLERK_BODY_ECOSOC },
    };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t n = scan_phrase(s, len, i, names[k].name);
        if (n) {
            *end = i + n;
            return names[k].body;
        }
    }
    return CLERK_BODY_UNKNOWN;
}

/* Length of the closing quotation mark or bracket ending s[0, end), 0 if none. */
static size_t closer_width(const char *s, size_t end)
{
    static const char *const closers[] = {
        ")", "]", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"
    };
    for (size_t k = 0; k < sizeof closers / sizeof closers[0]; k++) {
        size_t n = strlen(closers[k]);
        if (end >= n && memcmp(s + end - n, closers[k], n) == 0)
            return n;
    }
    return 0;
}

/* Length of a footnote mark ending s[0, end): "*", "[^12]", "1/" (old
 * General Assembly style) or a bare number after punctuation, as scanned
 * pages and converters print it ("by 13 votes to none. 52", "the
 * Committee.1", but not "Rev.1"); 0 if none. */
static size_t footnote_mark_width(const char *s, size_t end)
{
    if (end == 0)
        return 0;
    if (s[end - 1] == '*')
        return 1;
    if (s[end - 1] == ']') {
        for (size_t k = end - 1; k > 0 && end - k < 16; k--)
            if (s[k - 1] == '[')
                return s[k] == '^' ? end - (k - 1) : 0;
        return 0;
    }
    size_t k = end;
    int slash = s[k - 1] == '/';
    if (slash)
        k--;
    size_t digits_end = k;
    while (k > 0 && scan_is_digit(s[k - 1]))
        k--;
    if (k == digits_end || digits_end - k > 3)
        return 0;
    if (slash)
        return end - k;
    size_t before = scan_skip_space_back(s, k);
    if (before == 0 || !strchr(".,;:", s[before - 1]))
        return 0;
    if (before < k)
        return end - k;
    size_t word = before - 1;
    while (word > 0 && scan_is_lower(s[word - 1]))
        word--;
    return before - 1 - word >= 4 ? end - k : 0;
}

int final_punct(const char *s, size_t len)
{
    size_t end = text_end(s, 0, len);
    for (;;) {
        size_t w = closer_width(s, end);
        if (!w)
            w = footnote_mark_width(s, end);
        if (!w)
            break;
        end = text_end(s, 0, end - w);
    }
    if (end == 0)
        return 0;
    char c = s[end - 1];
    return strchr(".,;:!?", c) ? c : 0;
}

size_t date_only(const char *s, size_t len, clerk_date *out)
{
    size_t i = scan_skip_space(s, len, 0);
    if (i >= len || !scan_is_digit(s[i]))
        return 0;
    size_t n = date_parse_at(s, len, i, out);
    if (!n || !out->ymd.day || !out->ymd.month || !out->ymd.year ||
        (out->flags & CLERK_DATE_IN_RANGE))
        return 0;
    size_t end = text_end(s, i, len);
    while (end > i + n && s[end - 1] == '*')
        end--;
    return end == i + n ? n : 0;
}

int ends_in_function_word(const char *s, size_t len)
{
    static const char *const words[] = { "and", "or", "of", "the", "to", "in", "by", "for", "with", "a" };
    size_t end = text_end(s, 0, len), start;
    size_t n = scan_prev_word(s, end, &start);
    for (size_t k = 0; k < sizeof words / sizeof words[0] && n; k++)
        if (n == strlen(words[k]) && memcmp(s + start, words[k], n) == 0)
            return 1;
    return 0;
}

/* A title this long that holds a finite verb is a sentence that lost its
 * stop ("In paragraph 7.29 of the plan, the Division is entrusted with
 * ..."); shorter titles may hold one ("Benchmark 3: ... are functioning"). */
enum { SENTENCE_TITLE_BYTES = 250 };

static int word_among(const char *w, size_t n, const char *const *words, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (n == strlen(words[k]) && memcmp(w, words[k], n) == 0)
            return 1;
    return 0;
}

/* A finite verb outside a relative clause: "is", "shall", but not the
 * "have" of "courts that have jurisdiction". */
static int has_finite_verb(const char *s, size_t len)
{
    static const char *const verbs[] = {
        "is", "are", "was", "were", "has", "have", "had", "will", "shall", "would",
        "should", "can", "could", "may", "might", "must"
    };
    static const char *const relatives[] = { "that", "which", "who" };
    size_t prev = 0, prev_len = 0;
    for (size_t i = 0; i < len;) {
        size_t n = scan_word_len(s, len, i);
        if (n == 0) {
            i++;
            continue;
        }
        if (word_among(s + i, n, verbs, sizeof verbs / sizeof verbs[0]) &&
            !word_among(s + prev, prev_len, relatives, sizeof relatives / sizeof relatives[0]))
            return 1;
        prev = i;
        prev_len = n;
        i += n;
    }
    return 0;
}

/* The shape of a sentence rather than a title: an italic phrase that more
 * words follow, as a resolution's paragraphs open ("Deeply concerned that
 * ..."), or a long run with a finite verb. */
static int sentence_shaped(const clerk_block *b)
{
    size_t end = text_end(b->text, 0, b->text_length);
    for (size_t i = b->lead_length; b->lead_length > 0 && i < end; i++)
        if (scan_is_alpha(b->text[i]))
            return 1;
    return b->text_length >= SENTENCE_TITLE_BYTES && has_finite_verb(b->text, b->text_length);
}

int block_is_heading_like(const clerk_block *b)
{
    if (b->text_length == 0)
        return 0;
    if (b->kind == CLERK_BLOCK_HEADING)
        return 1;
    if (b->kind != CLERK_BLOCK_PARAGRAPH || b->label_style != CLERK_LABEL_NONE)
        return 0;
    size_t i = scan_skip_space(b->text, b->text_length, 0);
    if (b->text_length > 400 || i == b->text_length || scan_is_lower(b->text[i]) ||
        b->text[i] == '[')
        return 0;                /* "[Original: French]" is a note */
    size_t letters = 0;          /* "____", "94-60153": a printer's line, a job number */
    for (size_t k = i; k < b->text_length && !letters; k++)
        letters = scan_is_alpha(b->text[k]);
    if (!letters)
        return 0;
    return final_punct(b->text, b->text_length) == 0 &&
           !ends_in_function_word(b->text, b->text_length) && !sentence_shaped(b);
}

clerk_body block_opening_body(const clerk_block *b)
{
    if (b->label_style != CLERK_LABEL_NONE ||
        (b->kind != CLERK_BLOCK_PARAGRAPH && b->kind != CLERK_BLOCK_HEADING))
        return CLERK_BODY_UNKNOWN;
    const char *s = b->text;
    size_t len = b->text_length;
    size_t i = scan_skip_space(s, len, 0);
    if (i >= len || scan_lower(s[i]) != 't')
        return CLERK_BODY_UNKNOWN; /* most blocks: no "The " to try */
    size_t the = scan_phrase(s, len, i, "The ");
    size_t end;
    clerk_body body = the ? body_name_at(s, len, i + the, &end) : CLERK_BODY_UNKNOWN;
    if (body == CLERK_BODY_UNKNOWN)
        return body;
    /* The comma may follow the emphasis or fall inside it.  After it comes
     * nothing, or, where a scan ran the lines together, the first
     * preambular paragraph ("The Security Council, Recalling ..."). */
    int comma = end < len && s[end] == ',';
    size_t rest = scan_skip_space(s, len, end + (end < len && (s[end] == ',' || s[end] == ':')));
    if (rest >= text_end(s, 0, len))
        return body;
    int new_line = memchr(s + end, '\n', rest - end) != NULL;
    return (comma || new_line) && scan_is_upper(s[rest]) ? body : CLERK_BODY_UNKNOWN;
}

clerk_body block_trailing_opening(const clerk_block *b)
{
    static const char *const openings[] = {
        "The General Assembly", "The Security Council", "The Human Rights Council",
        "The Economic and Social Council",
    };
    size_t end = text_end(b->text, 0, b->text_length);
    if (end > 0 && b->text[end - 1] == ',')
        end--;
    /* Every name ends in "Assembly" or "Council": most blocks end otherwise. */
    size_t last = scan_skip_space_back(b->text, end);
    if (last == 0 || (scan_lower(b->text[last - 1]) != 'y' && scan_lower(b->text[last - 1]) != 'l'))
        return CLERK_BODY_UNKNOWN;
    for (size_t k = 0; k < sizeof openings / sizeof openings[0]; k++) {
        size_t at = scan_phrase_back(b->text, end, openings[k]);
        size_t name_end;
        if (at != SCAN_NONE && at > 0 && memcmp(b->text + at, "The", 3) == 0 &&
            scan_space_len(b->text, end, at - 1))
            return body_name_at(b->text, end, at + 4, &name_end);
    }
    return CLERK_BODY_UNKNOWN;
}

/* The label after "Annex ": a roman numeral, a number or a capital letter;
 * its value, 0 if there is none at s[i].  *label_end is set past it and
 * *end past the word, which may go on with a footnote letter an old print
 * glued to the numeral ("ANNEX IIa": annex II, note a). */
static int section_label_at(const char *s, size_t len, size_t i, size_t *label_end, size_t *end)
{
    size_t n = scan_word_len(s, len, i);
    int value = 0;
    *label_end = *end = i + n;
    if (n == 0)
        return 0;
    if (scan_uint(s, len, i, 3, &value) == n)
        return value;
    /* A lone capital other than I, V and X is a letter ("Annex B"). */
    if (n == 1 && scan_is_upper(s[i]) && !strchr("IVX", s[i]))
        return s[i] - 'A' + 1;
    if (scan_roman(s, len, i, &value) == n)
        return value;
    if (n >= 2 && scan_is_lower(s[i + n - 1]) && scan_roman(s, i + n - 1, i, &value) == n - 1) {
        *label_end = i + n - 1;
        return value;
    }
    return 0;
}

int block_section_heading(const clerk_block *b, section_heading *out)
{
    static const struct { const char *word; clerk_section_kind kind; } words[] = {
        { "Annexes", CLERK_SECTION_ANNEX },
        { "Annex", CLERK_SECTION_ANNEX },
        { "Enclosures", CLERK_SECTION_ENCLOSURE },
        { "Enclosure", CLERK_SECTION_ENCLOSURE },
        { "Appendices", CLERK_SECTION_APPENDIX },
        { "Appendix", CLERK_SECTION_APPENDIX },
    };
    if (b->label_style != CLERK_LABEL_NONE ||
        (b->kind != CLERK_BLOCK_PARAGRAPH && b->kind != CLERK_BLOCK_HEADING))
        return 0;
    const char *s = b->text;
    size_t len = b->text_length;
    size_t i = scan_skip_space(s, len, 0);
    if (i >= len || (s[i] != 'A' && s[i] != 'E'))
        return 0;                /* a capital: "annex" in a wrapped sentence is prose */
    const char *nl = memchr(s + i, '\n', len - i);
    size_t line_end = nl ? (size_t)(nl - s) : len;
    size_t n = 0, k;
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if ((n = scan_phrase(s, line_end, i, words[k].word)) != 0)
            break;
    if (k == sizeof words / sizeof words[0])
        return 0;

    memset(out, 0, sizeof *out);
    out->kind = words[k].kind;
    out->line_end = line_end;
    size_t j = i + n;
    size_t end = text_end(s, j, line_end);
    while (end > j && s[end - 1] == '*')
        end = text_end(s, j, end - 1);
    size_t at = scan_skip_space(s, end, j);
    if (at == end)
        return 1;
    size_t label_end, word_end;
    int number = at > j ? section_label_at(s, end, at, &label_end, &word_end) : 0;
    if (number) {
        out->label_start = at;
        out->label_length = label_end - at;
        out->number = number;
        at = scan_skip_space(s, end, word_end);
        if (at == end)
            return 1;
    }
    /* "Annex: Benchmarks" carries its title; "Annex to the letter dated
     * ..." is a title too, not a sentence. */
    if (s[at] == ':' || s[at] == '.') {
        size_t title = scan_skip_space(s, end, at + 1);
        if (title == end)
            return 1;
        out->title_start = title;
    } else if (!scan_phrase(s, end, at, "to")) {
        return 0;
    }
    return final_punct(s, end) == 0;
}

void text_span_source(const clerk_doc *doc, size_t block, size_t start, size_t end,
                      size_t *offset, size_t *length)
{
    *offset = doc_source_offset(doc, block, start);
    size_t last = end > start ? doc_source_offset(doc, block, end - 1) + 1 : *offset;
    *length = last - *offset;
}

const char *arena_text(clerk_doc *doc, const char *s, size_t len)
{
    char *out = arena_alloc(&doc->arena, len + 1);
    size_t n = 0;
    size_t i = scan_skip_space(s, len, 0);
    while (i < len) {
        if (scan_space_len(s, len, i)) {
            i = scan_skip_space(s, len, i);
            if (i < len)
                out[n++] = ' ';
        } else {
            out[n++] = s[i++];
        }
    }
    out[n] = '\0';
    return out;
}
