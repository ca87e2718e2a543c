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
#include <strings.h>

/* A sentence this long that stops without punctuation is not a title. */
enum { LONG_SENTENCE_WORDS = 30, MIN_WORDS = 4 };

typedef struct word {
    const char *start;
    size_t length;
} word;

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '-' || c == '\'';
}

static size_t trim_end(const char *text, size_t len)
{
    while (len > 0 && isspace((unsigned char)text[len - 1]))
        len--;
    return len;
}

static size_t skip_space(const char *text, size_t len, size_t i)
{
    while (i < len && isspace((unsigned char)text[i]))
        i++;
    return i;
}

static word last_word(const char *text, size_t len)
{
    size_t end = trim_end(text, len), start = end;
    while (start > 0 && is_word_byte((unsigned char)text[start - 1]))
        start--;
    return (word){text + start, end - start};
}

static word first_word(const char *text, size_t len)
{
    size_t start = skip_space(text, len, 0), end = start;
    while (end < len && is_word_byte((unsigned char)text[end]))
        end++;
    return (word){text + start, end - start};
}

static size_t count_words(const char *text, size_t len)
{
    size_t words = 0;
    for (size_t i = 0; i < len; i++)
        if (is_word_byte((unsigned char)text[i]) && (i == 0 || isspace((unsigned char)text[i - 1])))
            words++;
    return words;
}

static int word_in(word w, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == w.length && strncasecmp(*list, w.start, w.length) == 0)
            return 1;
    return 0;
}

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
    len = trim_end(text, len);
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

/* Holds a full stop followed by a capital: more than one sentence, or a
 * sentence and the start of another. */
static int has_sentence_boundary(const char *text, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++)
        if (text[i] == '.' && text[i + 1] == ' ' && isupper((unsigned char)text[i + 2]))
            return 1;
    return 0;
}

static int ends_like_sentence(const char *text, size_t len)
{
    len = trim_end(text, len);
    return len > 0 && strchr(".;:!?", text[len - 1]) != NULL;
}

static int is_bold_throughout(const clerk_block *b)
{
    for (size_t e = 0; e < b->emphasis_count; e++)
        if ((b->emphasis[e].kind & CLERK_EMPH_BOLD) && b->emphasis[e].start == 0 &&
            b->emphasis[e].length >= trim_end(b->text, b->text_length))
            return 1;
    return 0;
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
    if (a->label_style == CLERK_LABEL_BULLET || !is_prose_role(a->role) || is_bold_throughout(a))
        return 0;
    return count_words(a->text, a->text_length) >= MIN_WORDS;
}

/* The part after the break: an unnumbered paragraph that is not a new
 * preambular paragraph (those open with an italic phrase). */
static int can_continue(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_PARAGRAPH && b->label[0] == '\0' && is_prose_role(b->role) &&
           b->lead_length == 0 && !is_bold_throughout(b) && b->text_length > 0;
}

static int is_sentence(const clerk_block *a)
{
    return a->label[0] != '\0' || has_sentence_boundary(a->text, a->text_length) ||
           count_words(a->text, a->text_length) >= LONG_SENTENCE_WORDS;
}

static int continues(const clerk_block *a, const clerk_block *b)
{
    int open = end_openness(a->text, a->text_length);
    size_t start = skip_space(b->text, b->text_length, 0);
    if (open == 0 || start == b->text_length)
        return 0;
    if (islower((unsigned char)b->text[start]))
        return 1;
    if (open != 1 || !isupper((unsigned char)b->text[start]) || !is_sentence(a))
        return 0;
    if (count_words(b->text, b->text_length) < MIN_WORDS || !ends_like_sentence(b->text, b->text_length))
        return 0;

    word tail = last_word(a->text, a->text_length), head = first_word(b->text, b->text_length);
    if (word_in(tail, dangling))
        return 1;
    return tail.length > 0 && isupper((unsigned char)tail.start[0]) && !word_in(head, openers);
}

void check_split_paragraph(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t src_len;
    const char *src = api->source(doc, &src_len);

    for (size_t i = 0, n = api->block_count(doc); i + 1 < n; i++) {
        const clerk_block *a = api->block(doc, i), *b = api->block(doc, i + 1);
        if (a->section != b->section || !can_be_cut(a) || !can_continue(b) || !continues(a, b))
            continue;

        size_t from = api->source_offset(doc, i, trim_end(a->text, a->text_length));
        size_t to = api->source_offset(doc, i + 1, skip_space(b->text, b->text_length, 0));
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
