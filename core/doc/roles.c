/*
 * Paragraph roles outside the front matter, each section walked on its own.
 *
 * Where a resolution opens ("The General Assembly,"), the unnumbered
 * paragraphs that follow are preambular until the first numbered one, or
 * an unnumbered one that starts with a verb such as "Decides" (a resolution
 * with a single operative paragraph).  Numbered paragraphs are then
 * operative, lettered ones sub-paragraphs, and after them the meeting, the
 * date and "[Adopted without a vote.]" are closing lines.  A resolution in
 * parts may give a part preambular paragraphs of its own.  An operative
 * paragraph ending in a colon may introduce a text of its own (a
 * declaration, a quoted draft) whose paragraphs are not operative.  A
 * heading after the operative part ("Article 1: Competence") whose
 * paragraphs are numbered again from 1 with no operative verb ends the
 * resolution: another text, such as a statute, is printed after it.
 *
 * Outside resolutions, numbered paragraphs are NUMBERED, lettered ones
 * SUBPARAGRAPH, headings TITLE and "(Signed)" lines SIGNATURE.  Everywhere,
 * a block that continues the paragraph before it (a page break cut it: it
 * starts in lower case, or the one before stopped mid-sentence) takes that
 * paragraph's role.
 */
#include "doc/structure.h"

#include <string.h>

typedef enum phase {
    OUTSIDE,      /* no resolution has opened in this section */
    PREAMBLE,
    OPERATIVE,
    EMBEDDED,     /* a text an operative paragraph introduced */
    CLOSING
} phase;

typedef struct walker {
    clerk_doc *doc;
    size_t next, end;        /* the blocks after the current one in the section */
    phase phase;
    int quoted;              /* the embedded text is a quotation */
    int last_operative;      /* number of the last numbered operative paragraph */
    int last_number;         /* of the last numbered paragraph, operative or not */
    int nested;              /* of the last item of a list numbered inside one, or 0 */
    int open_brackets;       /* a closing note ("[Adopted by a recorded vote ...") runs on */
    int after_signature;     /* the signatory's titles may follow */
    size_t ahead_stop;       /* where other_text_follows() last stopped, or 0 */
    int ahead_found;         /* and what it found there */
    const clerk_block *prev; /* the last block of text */
} walker;

static int text_block(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_PARAGRAPH || b->kind == CLERK_BLOCK_HEADING ||
           b->kind == CLERK_BLOCK_LIST_ITEM;
}

static int paragraph_role(clerk_role role)
{
    return role == CLERK_ROLE_PREAMBULAR || role == CLERK_ROLE_OPERATIVE ||
           role == CLERK_ROLE_SUBPARAGRAPH || role == CLERK_ROLE_NUMBERED;
}

static size_t quote_width(const char *s, size_t len, size_t i)
{
    static const char *const quotes[] = { "\"", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB" };
    for (size_t k = 0; k < sizeof quotes / sizeof quotes[0]; k++) {
        size_t n = strlen(quotes[k]);
        if (len - i >= n && memcmp(s + i, quotes[k], n) == 0)
            return n;
    }
    return 0;
}

static int starts_quoted(const clerk_block *b)
{
    size_t i = scan_skip_space(b->text, b->text_length, 0);
    return i < b->text_length && quote_width(b->text, b->text_length, i);
}

/* The text ends a quotation: ”  ”.  .”  ”; */
static int ends_quoted(const clerk_block *b)
{
    size_t end = text_end(b->text, 0, b->text_length);
    if (end > 0 && strchr(".;,", b->text[end - 1]))
        end--;
    return (end >= 3 && memcmp(b->text + end - 3, "\xE2\x80\x9D", 3) == 0) ||
           (end >= 1 && b->text[end - 1] == '"');
}

/* The block's label.  Some labels the readers leave in the text count
 * too: a dash or bullet ("– to protect civilians;"), and sub-paragraph marks
 * "a.", "iv.", "(aa)", "(1)", which only ever head a sub-paragraph. */
static clerk_label_style label_of(const clerk_block *b)
{
    static const char *const dashes[] = { "-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2" };
    const char *s = b->text;
    size_t len = b->text_length;
    if (b->label_style != CLERK_LABEL_NONE)
        return b->label_style;
    for (size_t k = 0; k < sizeof dashes / sizeof dashes[0]; k++) {
        size_t n = strlen(dashes[k]);
        if (len > n && memcmp(s, dashes[k], n) == 0 && scan_space_len(s, len, n))
            return CLERK_LABEL_BULLET;
    }
    size_t open = len > 0 && s[0] == '(';
    size_t n = scan_word_len(s, len, open);
    int marked = n >= 1 && n <= 4 && open + n < len && s[open + n] == (open ? ')' : '.') &&
                 scan_space_len(s, len, open + n + 1);
    for (size_t i = open; marked && i < open + n; i++)
        marked = open ? scan_is_lower(s[i]) || scan_is_digit(s[i]) : scan_is_lower(s[i]);
    return marked ? CLERK_LABEL_LETTER : CLERK_LABEL_NONE;
}

/* "(Signed) Name" */
static int signature(const clerk_block *b)
{
    return scan_phrase(b->text, b->text_length, scan_skip_space(b->text, b->text_length, 0),
                       "(Signed)") > 0;
}

/* "Decides", "Also requests", "Strongly condemns": a verb in the third
 * person opens the paragraph, after adverbs, and where the document
 * italicises such phrases, it is in italics ("Requirements for progress"
 * is no verb). */
static int operative_verb(const walker *w, const clerk_block *b)
{
    static const char *const adverbs[] = {
        "also", "further", "furthermore", "again", "once", "hereby", "therefore", "accordingly"
    };
    const char *s = b->text;
    size_t len = b->text_length;
    if (w->doc->emphasis.len > 0 && b->lead_length == 0)
        return 0;
    size_t i = scan_skip_space(s, len, 0);
    for (int words = 0; words < 4; words++) {
        size_t n = scan_word_len(s, len, i);
        if (n < 3)
            return 0;
        const char *word = s + i;
        int adverb = word[n - 2] == 'l' && word[n - 1] == 'y';
        /* The listed adverbs start with one of these letters. */
        int listed = strchr("afoht", scan_lower(word[0])) != NULL;
        for (size_t k = 0; k < sizeof adverbs / sizeof adverbs[0] && !adverb && listed; k++)
            adverb = scan_word(s, len, i, adverbs[k]) > 0;
        if (!adverb)      /* not "Conscious", "Desirous", "Whereas" */
            return word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u' &&
                   !scan_word(s, len, i, "whereas");
        i = scan_skip_space(s, len, i + n);
    }
    return 0;
}

/* "63rd plenary meeting", "46th meeting", a date alone, "Adopted unanimously
 * at the 2748th meeting.", "[Adopted without a vote.]". */
static int closing_line(const clerk_block *b)
{
    const char *s = b->text;
    const char *nl = memchr(s, '\n', b->text_length);
    size_t len = nl ? (size_t)(nl - s) : b->text_length;
    size_t i = scan_skip_space(s, len, 0);
    int number;
    clerk_date d;
    if (date_only(s, len, &d))
        return 1;
    size_t n = scan_uint(s, len, i, 5, &number);
    if (n && scan_word_len(s, len, i + n) == 2 && len < 80)
        return scan_find(s, b->text_length, i, "meeting", 7) != SCAN_NONE;
    if (i < len && (s[i] == '[' || s[i] == '('))
        i++;
    return scan_phrase(s, len, i, "Adopted") > 0;
}

static int bracket_balance(const clerk_block *b)
{
    int open = 0;
    for (size_t i = 0; i < b->text_length; i++)
        open += (b->text[i] == '[') - (b->text[i] == ']');
    return open;
}

/* "22-09852 (E)": the job number a page's footer opens with.  What a
 * reader ran onto it (the date, "Please recycle", at worst the paragraph
 * after the page break) is no paragraph of the document's either. */
static int job_number(const clerk_block *b)
{
    int value;
    size_t n = scan_uint(b->text, b->text_length, 0, 2, &value);
    size_t dash = n == 2 ? scan_hyphen_len(b->text, b->text_length, n) : 0;
    return dash && scan_uint(b->text, b->text_length, n + dash, 5, &value) == 5;
}

/* "1/ Official Records ...": a footnote an old document prints in its text;
 * "____" or "94-60153": a printer's rule or job number. */
static int debris(const clerk_block *b)
{
    int letters = 0;
    for (size_t i = 0; i < b->text_length && !letters; i++)
        letters = scan_is_alpha(b->text[i]);
    if (!letters || (b->label_style == CLERK_LABEL_NONE && job_number(b)))
        return 1;
    int number;
    size_t n = b->label_style == CLERK_LABEL_NONE ? scan_uint(b->text, b->text_length, 0, 3, &number) : 0;
    return n && n + 1 < b->text_length && b->text[n] == '/' && scan_space_len(b->text, b->text_length, n + 1);
}

/* The role of the block before when it ends in a colon ("as follows:"),
 * which makes it introduce what follows; else NONE. */
static clerk_role introducer(const walker *w)
{
    return w->prev && final_punct(w->prev->text, w->prev->text_length) == ':' ? w->prev->role
                                                                             : CLERK_ROLE_NONE;
}

/* A labelled line short of a sentence: no punctuation at its end, and not
 * cut short after "and" or "of". */
static int unpunctuated_label(const clerk_block *b)
{
    clerk_label_style label = label_of(b);
    return label != CLERK_LABEL_NONE && label != CLERK_LABEL_BULLET && b->text_length <= 200 &&
           final_punct(b->text, b->text_length) == 0 && !ends_in_function_word(b->text, b->text_length);
}

/* What follows the labelled line b, past headings and more such lines, is
 * a numbered paragraph; b's next number ("3. Forum trust fund" then "4.
 * Emerging issues") makes it an item of a list instead. */
static int heads_paragraphs(const walker *w, const clerk_block *b)
{
    for (size_t i = w->next; i < w->end; i++) {
        const clerk_block *n = block_at(w->doc, i);
        if (!text_block(n) || debris(n))
            continue;
        if (label_of(n) == CLERK_LABEL_NONE) {
            if (!block_is_heading_like(n))
                return 0;
        } else if (label_of(b) == CLERK_LABEL_ARABIC && label_of(n) == CLERK_LABEL_ARABIC &&
                   n->number == b->number + 1) {
            return 0;
        } else if (!unpunctuated_label(n)) {
            return label_of(n) == CLERK_LABEL_ARABIC;
        }
    }
    return 0;
}

/* A labelled line that heads a part rather than being a paragraph: "I.
 * Introduction", "A. Overall" (a capital without brackets), and outside a
 * resolution's own paragraphs "(a) Globalization and interdependence" or
 * "1. Collection of evidence" when no colon introduced them as a list and
 * numbered paragraphs or headings follow. */
static int heading_label(const walker *w, const clerk_block *b)
{
    if (b->kind == CLERK_BLOCK_HEADING)
        return 1;
    if (!unpunctuated_label(b))
        return 0;
    clerk_label_style label = label_of(b);
    int bracketed = b->label_length && w->doc->src[b->label_offset] == '(';
    if ((label == CLERK_LABEL_LETTER || label == CLERK_LABEL_ROMAN) && b->label[0] &&
        scan_is_upper(b->label[0]) && !bracketed)
        return 1;
    if (label == CLERK_LABEL_ARABIC && (w->phase == PREAMBLE || w->phase == OPERATIVE))
        return 0;
    if (introducer(w) != CLERK_ROLE_NONE ||
        (label != CLERK_LABEL_ARABIC && w->prev && w->prev->role == CLERK_ROLE_SUBPARAGRAPH))
        return 0;
    return heads_paragraphs(w, b);
}

/* Continues the paragraph before it, cut by a page break. */
static int continues(const walker *w, const clerk_block *b)
{
    if (!w->prev || !paragraph_role(w->prev->role) || label_of(b) != CLERK_LABEL_NONE ||
        b->kind == CLERK_BLOCK_HEADING)
        return 0;
    size_t i = scan_skip_space(b->text, b->text_length, 0);
    if (i < b->text_length && scan_is_lower(b->text[i]))
        return 1;
    /* The one before stopped mid-sentence, or is the heading of a numbered
     * item ("(c) Protection of civilians") whose text this is. */
    return final_punct(w->prev->text, w->prev->text_length) == 0 && !block_is_heading_like(b);
}

static clerk_role operative(walker *w, const clerk_block *b)
{
    w->phase = OPERATIVE;
    w->last_operative = label_of(b) == CLERK_LABEL_ARABIC ? b->number : 0;
    w->last_number = w->last_operative;
    w->nested = 0;
    return CLERK_ROLE_OPERATIVE;
}

/* "7. ... the following objectives:" then "1. Close ...", "2. Expand ...":
 * a list numbered inside a numbered paragraph (or one of its
 * sub-paragraphs), until the paragraphs' own next number ("8."). */
static int nested_item(walker *w, const clerk_block *b)
{
    clerk_role intro = introducer(w);
    int starts = b->number == 1 && w->last_number >= 1 &&
                 (intro == CLERK_ROLE_OPERATIVE || intro == CLERK_ROLE_NUMBERED ||
                  intro == CLERK_ROLE_SUBPARAGRAPH);
    int goes_on = w->nested > 0 && b->number == w->nested + 1;
    if (b->number == w->last_number + 1 || !(starts || goes_on))
        return 0;
    w->nested = b->number;
    return 1;
}

/* A numbered, lettered or bulleted block; numbered is the role a number
 * gives (OPERATIVE or NUMBERED). */
static clerk_role labelled_role(walker *w, const clerk_block *b, clerk_role numbered)
{
    if (heading_label(w, b))
        return CLERK_ROLE_TITLE;
    switch (label_of(b)) {
    case CLERK_LABEL_ARABIC:
        if (nested_item(w, b))
            return CLERK_ROLE_SUBPARAGRAPH;
        if (numbered == CLERK_ROLE_OPERATIVE)
            return operative(w, b);
        w->last_number = b->number;
        w->nested = 0;
        return numbered;
    case CLERK_LABEL_BULLET:
        return w->phase == OUTSIDE ? CLERK_ROLE_NONE : CLERK_ROLE_SUBPARAGRAPH;
    default:
        return CLERK_ROLE_SUBPARAGRAPH;
    }
}

static clerk_role outside_role(walker *w, const clerk_block *b)
{
    if (signature(b)) {
        w->after_signature = 1;
        return CLERK_ROLE_SIGNATURE;
    }
    if (w->after_signature && b->kind == CLERK_BLOCK_PARAGRAPH && block_is_heading_like(b))
        return CLERK_ROLE_SIGNATURE;     /* "Ambassador", "Permanent Representative" */
    w->after_signature = 0;
    if (label_of(b) != CLERK_LABEL_NONE)
        return labelled_role(w, b, CLERK_ROLE_NUMBERED);
    return block_is_heading_like(b) ? CLERK_ROLE_TITLE : CLERK_ROLE_NONE;
}

/* A numbered paragraph follows in this resolution. */
static int numbered_ahead(const walker *w)
{
    for (size_t i = w->next; i < w->end; i++) {
        const clerk_block *b = block_at(w->doc, i);
        if (block_opening_body(b) != CLERK_BODY_UNKNOWN)
            return 0;
        if (label_of(b) == CLERK_LABEL_ARABIC)
            return 1;
    }
    return 0;
}

static clerk_role preamble_role(walker *w, const clerk_block *b)
{
    clerk_label_style label = label_of(b);
    if (label == CLERK_LABEL_ARABIC && !heading_label(w, b))
        return operative(w, b);
    /* A lettered paragraph is a sub-paragraph only under one that ends in
     * a colon: some preambles letter their own paragraphs. */
    if (label != CLERK_LABEL_NONE &&
        (heading_label(w, b) || introducer(w) == CLERK_ROLE_PREAMBULAR ||
         (w->prev && w->prev->role == CLERK_ROLE_SUBPARAGRAPH)))
        return labelled_role(w, b, CLERK_ROLE_OPERATIVE);
    if (block_is_heading_like(b))
        return CLERK_ROLE_TITLE;
    /* "Decides ...," is a slip either way: in the preamble when numbered
     * paragraphs come later, else the operative part. */
    if (operative_verb(w, b) &&
        (final_punct(b->text, b->text_length) != ',' || !numbered_ahead(w)))
        return operative(w, b);
    return CLERK_ROLE_PREAMBULAR;
}

static clerk_role embedded_role(walker *w, const clerk_block *b)
{
    if (w->quoted) {
        if (ends_quoted(b))
            w->phase = OPERATIVE;
        return CLERK_ROLE_NONE;
    }
    /* The resolution's own numbering resumes after the embedded text. */
    if (label_of(b) == CLERK_LABEL_ARABIC && w->last_operative > 0 &&
        b->number == w->last_operative + 1)
        return operative(w, b);
    if (label_of(b) != CLERK_LABEL_NONE)
        return labelled_role(w, b, CLERK_ROLE_NUMBERED);
    return block_is_heading_like(b) ? CLERK_ROLE_TITLE : CLERK_ROLE_NONE;
}

/* "Part 2", "Excerpts from the report", then "19. As to ...": a numbered
 * paragraph after a heading that neither follows the last operative one
 * nor starts again at 1, and opens with no operative verb, is other text
 * printed after the resolution, which has ended. */
static int resolution_ended(const walker *w, const clerk_block *b)
{
    return label_of(b) == CLERK_LABEL_ARABIC && w->prev && w->prev->role == CLERK_ROLE_TITLE &&
           b->number != w->last_operative + 1 && b->number != 1 && !operative_verb(w, b);
}

/* "Recommends the following elements:" then "1. The scope ...": a list
 * numbered from 1 after an unnumbered operative paragraph is a text of its
 * own, not the resolution's numbering. */
static int embedded_list(const walker *w, const clerk_block *b)
{
    return introducer(w) == CLERK_ROLE_OPERATIVE && w->last_operative == 0 &&
           label_of(b) == CLERK_LABEL_ARABIC && b->number == 1;
}

/* The block opens with the heading of a text's own part on a line of its
 * own: "Preamble", "Annex", "Statute of the Mechanism", "Article 1:
 * Competence".  The source is read, since a reader may have run the line
 * onto the paragraph after it. */
static int part_heading_line(const walker *w, const clerk_block *b)
{
    static const char *const words[] = { "Preamble", "Annex", "Statute", "Article" };
    const char *s = w->doc->src + b->offset;
    const char *nl = memchr(s, '\n', b->length);
    size_t len = nl ? (size_t)(nl - s) : b->length;
    size_t i = scan_skip_space(s, len, 0);
    while (i < len && strchr("#*_", s[i]))
        i = scan_skip_space(s, len, i + 1);
    if (i == len || !scan_is_upper(s[i]) || len - i > 100 || final_punct(s + i, len - i) != 0)
        return 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = scan_word(s, len, i, words[k]);
        int number;
        if (n)          /* "Article" with its number: "Article 5 of the Charter" is prose */
            return strcmp(words[k], "Article") != 0 ||
                   scan_uint(s, len, scan_skip_space(s, len, i + n), 3, &number) > 0;
    }
    return 0;
}

/* The next numbered paragraph, past headings and unnumbered paragraphs with
 * no operative verb, starts a numbering of its own at 1 with none either:
 * "Article 1: Competence" then "1. The Mechanism shall ...".  What follows
 * the operative part is another text (a statute whose "Annex" line was
 * lost), not a part of the resolution. */
static int other_text_follows(walker *w)
{
    /* The blocks up to where the last look stopped were all passed over,
     * so a heading among them finds the same: no run of headings is read
     * twice. */
    if (w->next <= w->ahead_stop)
        return w->ahead_found;
    size_t i = w->next;
    int found = 0;
    for (; i < w->end; i++) {
        const clerk_block *n = block_at(w->doc, i);
        if (!text_block(n) || debris(n))
            continue;
        if (block_opening_body(n) || block_trailing_opening(n))
            break;
        clerk_label_style label = label_of(n);
        if (label == CLERK_LABEL_ARABIC) {
            found = n->number == 1 && !operative_verb(w, n);
            break;
        }
        if (label != CLERK_LABEL_NONE || operative_verb(w, n))
            break;
    }
    w->ahead_stop = i;
    w->ahead_found = found;
    return found;
}

static clerk_role operative_role(walker *w, const clerk_block *b)
{
    if (resolution_ended(w, b)) {
        w->phase = OUTSIDE;
        return outside_role(w, b);
    }
    if (label_of(b) != CLERK_LABEL_NONE && !embedded_list(w, b))
        return labelled_role(w, b, CLERK_ROLE_OPERATIVE);
    if (introducer(w) == CLERK_ROLE_OPERATIVE) {
        w->phase = EMBEDDED;
        w->quoted = starts_quoted(b);
        return embedded_role(w, b);
    }
    if ((block_is_heading_like(b) || part_heading_line(w, b)) && other_text_follows(w)) {
        w->phase = OUTSIDE;
        return outside_role(w, b);
    }
    if (block_is_heading_like(b))
        return CLERK_ROLE_TITLE;
    if (operative_verb(w, b))
        return CLERK_ROLE_OPERATIVE;
    /* A resolution in parts may open each part with preambular paragraphs. */
    return final_punct(b->text, b->text_length) == ',' ? CLERK_ROLE_PREAMBULAR : CLERK_ROLE_NONE;
}

static clerk_role role_of(walker *w, const clerk_block *b)
{
    if (block_opening_body(b) || block_trailing_opening(b)) {
        w->phase = PREAMBLE;
        w->last_operative = w->last_number = w->nested = 0;
        return CLERK_ROLE_OPENING;
    }
    if (w->open_brackets > 0) {
        w->open_brackets += bracket_balance(b);
        return CLERK_ROLE_CLOSING;
    }
    if (w->phase != OUTSIDE && w->phase != PREAMBLE && !(w->phase == EMBEDDED && w->quoted) &&
        closing_line(b)) {
        w->phase = CLOSING;
        w->open_brackets = bracket_balance(b);
        return CLERK_ROLE_CLOSING;
    }
    if (continues(w, b))
        return w->prev->role;
    switch (w->phase) {
    case OUTSIDE:
        return outside_role(w, b);
    case PREAMBLE:
        return preamble_role(w, b);
    case OPERATIVE:
        return operative_role(w, b);
    case EMBEDDED:
        return embedded_role(w, b);
    case CLOSING:
        break;
    }
    return block_is_heading_like(b) ? CLERK_ROLE_TITLE : CLERK_ROLE_NONE;
}

static void walk_section(clerk_doc *doc, const clerk_section *s)
{
    size_t end = s->first_block + s->block_count;
    walker w = { .doc = doc, .end = end, .phase = OUTSIDE };
    if (s->first_block > 0 && block_trailing_opening(block_at(doc, s->first_block - 1)))
        w.phase = PREAMBLE;
    for (size_t i = s->first_block; i < end; i++) {
        clerk_block *b = block_at(doc, i);
        w.next = i + 1;
        if (b->kind == CLERK_BLOCK_TABLE_CELL || b->kind == CLERK_BLOCK_CODE ||
            b->kind == CLERK_BLOCK_RULE)
            w.prev = NULL;       /* no paragraph goes on across a table */
        if (!text_block(b) || debris(b))
            continue;            /* a paragraph may go on after a footnote or a page number */
        if (i == s->first_block && s->kind != CLERK_SECTION_BODY)
            b->role = CLERK_ROLE_TITLE;          /* "Annex II" */
        else
            b->role = role_of(&w, b);
        w.prev = b;
    }
}

void roles_assign(clerk_doc *doc)
{
    for (size_t k = 0; k < doc->sections.len; k++) {
        const clerk_section *s = section_at(doc, k);
        if (s->kind != CLERK_SECTION_FRONT && s->kind != CLERK_SECTION_FOOTNOTES)
            walk_section(doc, s);
    }
}
