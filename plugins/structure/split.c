/*
 * structure/split-paragraph: a paragraph cut in two by a page break of the
 * printed original, as conversions leave it: "... adopted by the General"
 * ends one paragraph and "Assembly of a resolution ..." starts the next.
 *
 * The break is certain when the first part ends without terminal
 * punctuation and the second starts in lower case.  When the second starts
 * with a capital it takes more: the first part is a sentence (numbered, or
 * holding a full stop, or long), it ends on a word no sentence ends on ("the",
 * "of") or on a capitalised word that the next one continues ("General" /
 * "Assembly"), and the second part ends like a sentence.  Titles, headings,
 * masthead lines, list and table content, and lines ending with ":" never
 * qualify.
 */
#include "structure.h"

#include <ctype.h>
#include <string.h>

/* A sentence this long that stops without punctuation is not a title. */
enum { LONG_SENTENCE_WORDS = 30, MIN_WORDS = 4 };

/* Words a sentence does not end on. */
static const char *const dangling[] = {
    "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "by", "for",
    "with", "from", "into", "upon", "under", "between", "among", "as", "than", "that",
    "which", "whose", "who", "its", "their", "his", "her", "our", "this", "these", "those",
    "such", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "shall",
    "will", "would", "should", "may", "can", "could", "also", "including", NULL
};

/* Capitalised words that open a new sentence rather than continue a name. */
static const char *const openers[] = {
    "The", "This", "These", "That", "Those", "It", "Its", "In", "On", "At", "For", "As",
    "A", "An", "I", "We", "He", "She", "They", "There", "However", "Furthermore",
    "Moreover", "Accordingly", "Also", "Since", "With", "By", "To", "If", "When", "While",
    "Although", "Following", "Further", "Pursuant", "Thus", "Therefore", "Finally", "Each",
    "All", "Some", "Any", "No", "One", "Our", "My", "His", "Her", "Their", "Such", NULL
};

/* What the first part's last character says: 0 terminal, 1 open, 2 open only
 * before a lower-case start (a comma, a bracket, a hyphen). */
static int end_openness(const char *text, size_t len)
{
    len = text_trim_end(text, len);
    if (len == 0)
        return 0;
    unsigned char c = (unsigned char)text[len - 1];
    if (isalnum(c))
        return 1;
    if (c == ',' || c == '-' || c == ')')
        return 2;
    if (c >= 0x80) {
        /* UTF-8: a letter, or a closing quote or dash after which only a
         * lower-case start says the sentence goes on. */
        size_t start = len - 1;
        while (start > 0 && ((unsigned char)text[start] & 0xC0) == 0x80)
            start--;
        unsigned char lead = (unsigned char)text[start];
        if (lead == 0xE2)  /* ” ’ – — and their kin */
            return 2;
        return lead == 0xC2 ? 0 : 1; /* » and the like close; other letters are open */
    }
    return 0;
}

static int ends_like_sentence(const char *text, size_t len)
{
    int mark = text_final_mark(text, len);
    return mark != 0 && mark != ',';
}

/* "...; and" or "..., or": the paragraph hands over to the next item of a
 * list, as the items of a resolution's sub-paragraphs do. */
static int ends_with_connector(const char *text, size_t len)
{
    static const char *const connectors[] = { "and", "or", NULL };
    len = text_trim_end(text, len);
    if (len > 0 && text[len - 1] == ',')
        len--;
    text_word tail = text_last_word(text, len);
    if (!text_word_in(tail, connectors))
        return 0;
    size_t before = text_trim_end(text, (size_t)(tail.start - text));
    return before > 0 && (text[before - 1] == ';' || text[before - 1] == ',');
}

/* "b. ensuring ...", "iv. to report ...": an item whose label the reader
 * did not take for one. */
static int starts_with_label(const char *text, size_t len)
{
    size_t i = text_skip_space(text, len, 0), start = i;
    while (i < len && islower((unsigned char)text[i]) && i - start < 4)
        i++;
    if (i == start || i + 1 >= len || (text[i] != '.' && text[i] != ')') || text[i + 1] != ' ')
        return 0;
    if (i - start == 1)
        return 1;
    for (size_t k = start; k < i; k++)
        if (!strchr("ivxl", text[k]))
            return 0;
    return 1;
}

static int is_prose_role(clerk_role role)
{
    return role == CLERK_ROLE_NONE || role == CLERK_ROLE_PREAMBULAR ||
           role == CLERK_ROLE_OPERATIVE || role == CLERK_ROLE_SUBPARAGRAPH ||
           role == CLERK_ROLE_NUMBERED;
}

/* The part before the break: running prose, not a heading, title, masthead
 * line, bulleted list item or table cell. */
static int can_be_cut(const clerk_block *a)
{
    if (a->kind != CLERK_BLOCK_PARAGRAPH && a->kind != CLERK_BLOCK_LIST_ITEM)
        return 0;
    if (a->label_style == CLERK_LABEL_BULLET || !is_prose_role(a->role) || text_is_bold(a))
        return 0;
    return text_count_words(a->text, a->text_length, MIN_WORDS) >= MIN_WORDS;
}

/* The part after the break: an unnumbered paragraph that is not a new
 * preambular paragraph (those open with an italic phrase). */
static int can_continue(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_PARAGRAPH && b->label[0] == '\0' && is_prose_role(b->role) &&
           b->lead_length == 0 && !text_is_bold(b) && b->text_length > 0;
}

/* An item of a list: a sub-paragraph, or a bullet the reader kept as text. */
static int is_list_item(const clerk_block *a)
{
    static const char bullet[] = "\xE2\x80\xA2"; /* • */
    size_t start = text_skip_space(a->text, a->text_length, 0);
    return a->label_style == CLERK_LABEL_LETTER || a->label_style == CLERK_LABEL_ROMAN ||
           a->label_style == CLERK_LABEL_BULLET ||
           (a->text_length - start >= sizeof bullet - 1 &&
            memcmp(a->text + start, bullet, sizeof bullet - 1) == 0);
}

/* Running prose rather than a title: more than one sentence, or long. */
static int is_prose(const clerk_block *a)
{
    return text_has_sentence_boundary(a->text, a->text_length) ||
           text_count_words(a->text, a->text_length, LONG_SENTENCE_WORDS) >= LONG_SENTENCE_WORDS;
}

static int continues(const clerk_block *a, const clerk_block *b)
{
    int open = end_openness(a->text, a->text_length);
    size_t start = text_skip_space(b->text, b->text_length, 0);
    if (open == 0 || start == b->text_length || starts_with_label(b->text, b->text_length))
        return 0;
    /* A lower-case start continues a sentence, unless both halves are a
     * title wrapped over two lines (neither reads as prose), or the item of
     * a list closed with its comma hands back to the sentence that opened
     * the list ("(f) ...,"  then "and requests ..."). */
    if (islower((unsigned char)b->text[start])) {
        if (open == 2 && is_list_item(a))
            return 0;
        return text_final_mark(b->text, b->text_length) != 0 || is_prose(a);
    }
    if (open != 1 || !isupper((unsigned char)b->text[start]) ||
        (a->label[0] == '\0' && !is_prose(a)) || ends_with_connector(a->text, a->text_length))
        return 0;
    if (text_count_words(b->text, b->text_length, MIN_WORDS) < MIN_WORDS ||
        !ends_like_sentence(b->text, b->text_length))
        return 0;

    text_word tail = text_last_word(a->text, a->text_length);
    text_word head = text_first_word(b->text, b->text_length);
    if (text_word_in(tail, dangling))
        return 1;
    return tail.length > 0 && isupper((unsigned char)tail.start[0]) && !text_word_in(head, openers);
}

void check_split_paragraph(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t src_len;
    const char *src = api->source(doc, &src_len);

    for (size_t i = 0, n = api->block_count(doc); i + 1 < n; i++) {
        const clerk_block *a = api->block(doc, i), *b = api->block(doc, i + 1);
        /* can_be_cut() counts words: the fields of the next block first */
        if (a->section != b->section || !can_continue(b) || !can_be_cut(a) || !continues(a, b))
            continue;

        size_t from = api->source_offset(doc, i, text_trim_end(a->text, a->text_length));
        size_t to = api->source_offset(doc, i + 1, text_skip_space(b->text, b->text_length, 0));
        if (to <= from || to > src_len)
            continue;
        /* Offer to join the halves when only white space lies between. */
        int blank = 1;
        for (size_t k = from; k < to && blank; k++)
            blank = isspace((unsigned char)src[k]) != 0;
        api->report(ctx, from, to - from, blank ? " " : NULL,
                    "paragraph broken in two (a page break?): the next paragraph continues its sentence");
    }
}
