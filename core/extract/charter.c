/*
 * Article and Chapter citations: "Article 52", "Article 2, paragraph 4, of
 * the Charter", "Article 2 (4)", "Articles 10 and 14", "Chapter VII of the
 * Charter of the United Nations", "Article 51 of Chapter VII".
 *
 * of_charter is set when "of the Charter" follows the citation, or when it
 * is capitalised and its sentence names the Charter without it pointing
 * elsewhere: "article 5 of the Convention" is extracted with of_charter 0,
 * and a lower-case "article" is the Charter's only when said outright.
 */
#include "extract/extract.h"
#include "extract/cues.h"
#include "extract/scan.h"

#include <string.h>

/* " (4)", "(4)", ", paragraph 4", ", para. 4" after an article number. */
static size_t read_paragraph(const char *t, size_t len, size_t pos, int *paragraph)
{
    size_t p = scan_skip_space(t, len, pos);
    int v;
    if (p < len && t[p] == '(') {
        size_t d = scan_uint(t, len, p + 1, 2, &v);
        if (!d || p + 1 + d >= len || t[p + 1 + d] != ')')
            return 0;
        *paragraph = v;
        return p + d + 2 - pos;
    }
    if (p < len && t[p] == ',')
        p = scan_skip_space(t, len, p + 1);
    size_t n = scan_word(t, len, p, "paragraph");
    if (!n && (n = scan_word(t, len, p, "para")) != 0 && p + n < len && t[p + n] == '.')
        n++;
    if (!n)
        return 0;
    size_t q = scan_skip_space(t, len, p + n);
    size_t d = q > p + n ? scan_uint(t, len, q, 2, &v) : 0;
    if (!d || !scan_word_end(t, len, q + d))
        return 0;
    *paragraph = v;
    return q + d - pos;
}

/* " (a)" after an article or its paragraph: kept in the citation. */
static size_t read_subparagraph(const char *t, size_t len, size_t pos)
{
    size_t p = scan_skip_space(t, len, pos);
    if (p + 2 >= len || t[p] != '(' || !scan_is_lower(t[p + 1]) || t[p + 2] != ')')
        return 0;
    return p + 3 - pos;
}

/* The Charter has nineteen Chapters: a higher one is another text's
 * ("Chapter XXV of the report") unless "of the Charter" follows, when it
 * is a wrong citation for the rules to report. */
enum { CHARTER_CHAPTERS = 19 };

/* A chapter number in Roman figures. */
static size_t read_chapter(const char *t, size_t len, size_t pos, int *chapter)
{
    return scan_roman(t, len, pos, chapter);
}

/* Drops chapters beyond the Charter's from the citations first.. of a list
 * that does not name the Charter: the list ends before a chapter alone,
 * and an article loses the chapter it was said to be in.  Returns the end
 * of the list that is left, 0 when nothing is. */
static size_t drop_foreign_chapters(vec *out, size_t first)
{
    for (size_t i = first; i < out->len; i++) {
        clerk_charter_cite *c = vec_at(out, i);
        if (c->chapter <= CHARTER_CHAPTERS)
            continue;
        if (!c->article) {
            out->len = i;
            break;
        }
        c->chapter = 0;
    }
    if (out->len == first)
        return 0;
    const clerk_charter_cite *last = vec_at(out, out->len - 1);
    return last->loc.text_offset + last->loc.text_length;
}

/* " of Chapter VII" after an article. */
static size_t read_of_chapter(const char *t, size_t len, size_t pos, int *chapter)
{
    size_t p = scan_skip_space(t, len, pos);
    size_t of = p > pos ? scan_word(t, len, p, "of") : 0;
    if (!of)
        return 0;
    size_t q = scan_skip_space(t, len, p + of);
    size_t c = scan_word(t, len, q, "Chapter");
    if (!c || q == p + of)
        return 0;
    size_t r = scan_skip_space(t, len, q + c);
    size_t n = r > q + c ? read_chapter(t, len, r, chapter) : 0;
    return n ? r + n - pos : 0;
}

/* After the citation: 1 for "of the Charter", 0 for "of" anything else
 * ("of the Convention", "of annex I"), -1 when no "of" follows. */
static int names_charter_after(const char *t, size_t len, size_t pos)
{
    size_t p = pos;
    if (p < len && t[p] == ',')
        p++;
    p = scan_skip_space(t, len, p);
    size_t of = scan_word(t, len, p, "of");
    if (!of)
        return -1;
    size_t q = scan_skip_space(t, len, p + of);
    if (scan_phrase(t, len, q, "the Charter") || scan_phrase(t, len, q, "its Charter") ||
        scan_phrase(t, len, q, "the United Nations Charter") || scan_phrase(t, len, q, "the UN Charter"))
        return 1;
    return 0;
}

/* One item of a list: an article (with its paragraph and chapter) or a
 * chapter.  Returns its end, 0 when none. */
static size_t read_item(const char *t, size_t len, size_t pos, int is_article, clerk_charter_cite *c)
{
    if (!is_article) {
        size_t n = read_chapter(t, len, pos, &c->chapter);
        return n ? pos + n : 0;
    }
    size_t n = scan_uint(t, len, pos, 3, &c->article);
    if (n == 0 || c->article == 0 || !scan_word_end(t, len, pos + n))
        return 0;
    size_t end = pos + n;
    end += read_paragraph(t, len, end, &c->paragraph);
    end += read_subparagraph(t, len, end);
    end += read_of_chapter(t, len, end, &c->chapter);
    return end;
}

static size_t cite_list(extract_ctx *cx, const char *t, size_t len, size_t kw, size_t p,
                        int is_article, vec *out)
{
    size_t q = scan_skip_space(t, len, p);
    if (q == p || q >= len)
        return p;
    clerk_charter_cite c;
    memset(&c, 0, sizeof c);
    size_t end = read_item(t, len, q, is_article, &c);
    if (!end)
        return p;
    size_t first = out->len;
    scan_loc(&c.loc, cx, kw, end);
    *(clerk_charter_cite *)vec_push(out) = c;
    for (;;) {
        int range;
        size_t next = scan_list_separator(t, len, end, &range);
        if (!next || next >= len)
            break;
        memset(&c, 0, sizeof c);
        size_t e = read_item(t, len, next, is_article, &c);
        if (!e)
            break;
        scan_loc(&c.loc, cx, next, e);
        *(clerk_charter_cite *)vec_push(out) = c;
        end = e;
    }
    int of = names_charter_after(t, len, end);
    if (of != 1 && (end = drop_foreign_chapters(out, first)) == 0)
        return p;
    if (of < 0)
        of = scan_is_upper(t[kw]) &&
             scan_has_word(t, scan_sentence_start(t, len, kw), scan_sentence_end(t, len, end), "Charter");
    for (size_t i = first; i < out->len; i++)
        ((clerk_charter_cite *)vec_at(out, i))->of_charter = of;
    return end;
}

void extract_charter(extract_ctx *cx, const char *text, size_t len, vec *out)
{
    cue_cursor c;
    cue_cursor_init(&c, cx->cues, CUE_ARTICLE, CUE_CHAPTER);
    size_t from = 0, at, p;
    cue_kind kind;
    while ((at = cue_next_keyword(&c, text, len, from, &kind, &p)) != SCAN_NONE) {
        size_t end = cite_list(cx, text, len, at, p, kind == CUE_ARTICLE, out);
        from = end > at + 1 ? end : at + 1;
    }
}
