/*
 * Reading the words around an entity.  The plain text of a block is UTF-8;
 * white space includes the no-break and thin spaces UN texts put between
 * the parts of a date ("14 July 2009").
 */
#include "dates.h"
#include "marks.h"

#include <ctype.h>
#include <string.h>

const char *loc_text(const clerk_api *api, const clerk_doc *doc, const clerk_loc *loc, size_t *len)
{
    const clerk_block *b = api->block(doc, loc->block);
    *len = b->text_length;
    return b->text;
}

static int is_alnum(char c)
{
    return isalnum((unsigned char)c);
}

/* A character that puts a word in a path, an address or an identifier. */
static int is_code_char(char c)
{
    return c == '_' || c == '/' || c == '\\' || c == '@' || c == '=' || c == '#';
}

int date_is_prose(const clerk_api *api, const clerk_doc *doc, const clerk_date *d)
{
    const clerk_block *b = api->block(doc, d->loc.block);
    if (d->flags & CLERK_DATE_IN_SYMBOL || b->kind == CLERK_BLOCK_CODE || b->kind == CLERK_BLOCK_COMMENT)
        return 0;
    const char *t = b->text;
    size_t start = d->loc.text_offset, end = start + d->loc.text_length;
    for (size_t i = start; i > 0 && !isspace((unsigned char)t[i - 1]); i--)
        if (is_code_char(t[i - 1]))
            return 0;
    for (size_t i = end; i < b->text_length && !isspace((unsigned char)t[i]); i++)
        if (is_code_char(t[i]))
            return 0;
    return 1;
}

/* Bytes of the white-space character starting at pos, 0 if none. */
static size_t space_at(const char *t, size_t len, size_t pos)
{
    const unsigned char *u = (const unsigned char *)t + pos;
    if (pos >= len)
        return 0;
    if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')
        return 1;
    if (pos + 1 < len && u[0] == 0xC2 && u[1] == 0xA0)
        return 2; /* no-break space */
    if (pos + 2 < len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
        return 3; /* narrow no-break and thin spaces */
    return 0;
}

/* The last bytes of the white-space characters space_at() knows. */
static int may_end_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0xAF || c == 0x89;
}

/* Bytes of the white-space character ending at pos, 0 if none. */
static size_t space_before(const char *t, size_t pos)
{
    if (pos == 0 || !may_end_space((unsigned char)t[pos - 1]))
        return 0;
    for (size_t n = 1; n <= 3 && n <= pos; n++)
        if (space_at(t, pos, pos - n) == n)
            return n;
    return 0;
}

size_t skip_space_back(const char *t, size_t pos)
{
    size_t n;
    while ((n = space_before(t, pos)) != 0)
        pos -= n;
    return pos;
}

size_t skip_space(const char *t, size_t len, size_t pos)
{
    size_t n;
    while ((n = space_at(t, len, pos)) != 0)
        pos += n;
    return pos;
}

static int same_word(const char *t, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)t[i]) != tolower((unsigned char)w[i]))
            return 0;
    return 1;
}

/* Compared from its last byte back: most phrases differ from the text in
 * their last letters. */
size_t phrase_ending_at(const char *t, size_t end, const char *phrase, size_t length)
{
    size_t p = end;
    for (size_t n = length; n > 0; n--) {
        char c = phrase[n - 1];
        if (c == ' ') {
            size_t q = skip_space_back(t, p);
            if (q == p)
                return TEXT_NONE;
            p = q;
            continue;
        }
        if (p == 0 || tolower((unsigned char)t[p - 1]) != tolower((unsigned char)c))
            return TEXT_NONE;
        p--;
        if ((n == 1 || phrase[n - 2] == ' ') && p > 0 && is_alnum(t[p - 1]))
            return TEXT_NONE; /* the word starts inside a word of the text */
    }
    return p;
}

size_t phrase_before(const char *t, size_t pos, const char *phrase)
{
    return phrase_ending_at(t, skip_space_back(t, pos), phrase, strlen(phrase));
}

size_t phrase_after(const char *t, size_t len, size_t pos, const char *phrase)
{
    size_t p = skip_space(t, len, pos);
    const char *w = phrase;
    while (*w) {
        size_t n = strcspn(w, " ");
        if (p + n > len || !same_word(t + p, w, n) || (p + n < len && is_alnum(t[p + n])))
            return TEXT_NONE;
        p += n;
        w += n;
        if (*w == ' ') {
            w++;
            size_t q = skip_space(t, len, p);
            if (q == p)
                return TEXT_NONE;
            p = q;
        }
    }
    return p;
}

/* Words after which a full stop does not end a sentence. */
static int is_abbreviation(const char *t, size_t end)
{
    static const char *const words[] = {"no", "nos", "para", "paras", "art", "arts", "mr", "mrs",
                                        "ms", "dr", "st", "vol", "p", "pp", "e.g", "i.e", "cf",
                                        "rev", "corr", "add", "sess", "suppl", "jan", "feb", "mar",
                                        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                        "dec"};
    size_t start = end;
    while (start > 0 && (is_alnum(t[start - 1]) || t[start - 1] == '.'))
        start--;
    size_t n = end - start;
    if (n == 1 && isalpha((unsigned char)t[start]))
        return 1; /* an initial: "J. Smith" */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && same_word(t + start, words[i], n))
            return 1;
    return 0;
}

/* A sentence ends at t[i]: ";" or a full stop, question or exclamation mark
 * followed by white space and a capital (a full stop not after an
 * abbreviation), t[i] being one of the marks. */
static int sentence_ends_at(const char *t, size_t len, size_t i)
{
    if (t[i] == ';')
        return 1;
    size_t next = skip_space(t, len, i + 1);
    if (next == i + 1 || next >= len || !isupper((unsigned char)t[next]))
        return 0;
    return t[i] != '.' || !is_abbreviation(t, i);
}

size_t sentence_start(const char *t, size_t len, size_t pos)
{
    for (size_t i = pos; (i = mark_after_last(t, 0, i)) > 0; i--)
        if (sentence_ends_at(t, len, i - 1))
            return skip_space(t, len, i);
    return 0;
}

size_t sentence_end(const char *t, size_t len, size_t pos)
{
    for (size_t i = pos; (i = mark_next(t, i, len)) < len; i++)
        if (sentence_ends_at(t, len, i))
            return i;
    return len;
}

int same_sentence(const char *t, size_t len, size_t from, size_t to)
{
    size_t end = to < len ? to : len;
    for (size_t i = from; (i = mark_next(t, i, end)) < end; i++)
        if (sentence_ends_at(t, len, i))
            return 0;
    return 1;
}
