/*
 * Reading a block's plain text the way the structure rules need it: its
 * words, its last punctuation mark, whether it reads as a heading.
 */
#include "structure.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* ASCII classes, as <ctype.h> has them in the C locale, without its
 * table lookups: these run over every byte of a paragraph. */
static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
           c >= 0x80 || c == '-' || c == '\'';
}

size_t text_trim_end(const char *text, size_t len)
{
    while (len > 0 && is_space((unsigned char)text[len - 1]))
        len--;
    return len;
}

size_t text_skip_space(const char *text, size_t len, size_t i)
{
    while (i < len && is_space((unsigned char)text[i]))
        i++;
    return i;
}

text_word text_last_word(const char *text, size_t len)
{
    size_t end = text_trim_end(text, len), start = end;
    while (start > 0 && is_word_byte((unsigned char)text[start - 1]))
        start--;
    return (text_word){text + start, end - start};
}

text_word text_first_word(const char *text, size_t len)
{
    size_t start = text_skip_space(text, len, 0), end = start;
    while (end < len && is_word_byte((unsigned char)text[end]))
        end++;
    return (text_word){text + start, end - start};
}

size_t text_count_words(const char *text, size_t len, size_t enough)
{
    size_t words = 0;
    int after_space = 1; /* a word at the very start counts */
    for (size_t i = 0; i < len && words < enough; i++) {
        unsigned char c = (unsigned char)text[i];
        words += after_space && is_word_byte(c);
        after_space = is_space(c);
    }
    return words;
}

int text_word_in(text_word w, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == w.length && strncasecmp(*list, w.start, w.length) == 0)
            return 1;
    return 0;
}

/* Headings run to a dozen words or so; a paragraph that long without a
 * full stop anywhere is a title cut from its neighbours or a heading. */
enum { HEADING_MAX_WORDS = 30 };

/* Holds a full stop followed by a capital: more than one sentence, or a
 * sentence and the start of another. */
int text_has_sentence_boundary(const char *text, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++)
        if (text[i] == '.' && text[i + 1] == ' ' && isupper((unsigned char)text[i + 2]))
            return 1;
    return 0;
}

/* The last punctuation mark of a text once closing quotes, brackets and a
 * footnote number printed after it ("... crossings.10") are set aside; 0
 * when it ends in a word. */
int text_final_mark(const char *text, size_t len)
{
    len = text_trim_end(text, len);
    while (len > 0) {
        unsigned char c = (unsigned char)text[len - 1];
        if (c == ')' || c == ']' || c == '"' || c == '\'' || c == '*')
            len--;
        else if (len >= 3 && (unsigned char)text[len - 3] == 0xE2 && (unsigned char)text[len - 2] == 0x80)
            len -= 3; /* ” ’ */
        else
            break;
    }
    size_t digits = len;
    while (digits > 0 && is_digit((unsigned char)text[digits - 1]))
        digits--;
    if (digits < len && digits > 0 && text[digits - 1] == ' ')
        digits--;
    if (digits < len && digits > 0 && strchr(".,;:", text[digits - 1]))
        len = digits;
    return len > 0 && strchr(".,;:!?", text[len - 1]) ? text[len - 1] : 0;
}


int text_is_heading_like(const char *text, size_t len)
{
    /* the word count stops at the limit; the search for a boundary may not */
    return text_final_mark(text, len) == 0 &&
           text_count_words(text, len, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS &&
           !text_has_sentence_boundary(text, len);
}

int text_is_bold(const clerk_block *b)
{
    for (size_t e = 0; e < b->emphasis_count; e++)
        if ((b->emphasis[e].kind & CLERK_EMPH_BOLD) && b->emphasis[e].start == 0 &&
            b->emphasis[e].length >= text_trim_end(b->text, b->text_length))
            return 1;
    return 0;
}
