/*
 * procedure/charter-article: an Article or Chapter of the Charter of the
 * United Nations that the Charter has (111 Articles in 19 Chapters, from
 * charter.json), and an Article cited with the Chapter it is in ("Article
 * 51 of Chapter VII", not "of Chapter VIII").  Only citations of the
 * United Nations Charter count: "the Charter", "the Charter of the United
 * Nations", "the United Nations Charter" — not "the African Charter" or
 * "the Charter of the Organization of American States".
 */
#include "procedure.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void roman(int n, char *out, size_t size)
{
    static const struct { int value; const char *digits; } table[] = {
        {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
    };
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < sizeof table / sizeof table[0] && n > 0 && n < 400; i++)
        for (; n >= table[i].value && used + 3 < size; n -= table[i].value)
            used += (size_t)snprintf(out + used, size - used, "%s", table[i].digits);
}

/* The word that ends just before pos, lower-cased into out ("" if none). */
static void word_before(const char *t, size_t pos, char *out, size_t size)
{
    size_t end = pos;
    while (end > 0 && isspace((unsigned char)t[end - 1]))
        end--;
    size_t start = end;
    while (start > 0 && isalpha((unsigned char)t[start - 1]))
        start--;
    size_t n = end - start < size - 1 ? end - start : size - 1;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)t[start + i]);
    out[n] = '\0';
}

static size_t skip_spaces(const char *t, size_t len, size_t p)
{
    while (p < len && isspace((unsigned char)t[p]))
        p++;
    return p;
}

/* The Charter named at pos is the United Nations'. */
static int is_un_charter(const char *t, size_t len, size_t pos)
{
    char before[16];
    word_before(t, pos, before, sizeof before);
    if (strcmp(before, "the") != 0 && strcmp(before, "nations") != 0 && strcmp(before, "its") != 0)
        return 0;
    size_t p = skip_spaces(t, len, pos + strlen("Charter"));
    size_t of = phrase_at(t, len, p, "of the");
    if (!of)
        return 1;
    return phrase_at(t, len, skip_spaces(t, len, p + of), "United Nations") != 0;
}

/* The first "Charter" after the citation in its sentence, else before it. */
static int cites_un_charter(const clerk_block *b, const clerk_loc *loc, const sentence *s)
{
    const char *t = b->text;
    size_t to = s->to, starts[2] = {loc->text_offset, s->from};
    for (size_t k = 0; k < 2; k++)
        for (size_t p = starts[k]; p < to; p++)
            if (tolower((unsigned char)t[p]) == 'c' && phrase_at(t, to, p, "Charter") == strlen("Charter"))
                return is_un_charter(t, to, p);
    return 0;
}

static const charter_chapter *chapter_of_article(const procedure_state *st, int article)
{
    for (size_t i = 0; i < st->chapter_count; i++)
        if (article >= st->chapters[i].first_article && article <= st->chapters[i].last_article)
            return &st->chapters[i];
    return NULL;
}

void check_charter_article(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const procedure_state *st = api->state(ctx);
    sentence s = NO_SENTENCE;
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_CHARTER); i < n; i++) {
        const clerk_charter_cite *c = clerk_charter_at(api, doc, i);
        if (!c->of_charter)
            continue;
        sentence_of(api, doc, c->loc.block, c->loc.text_offset, &s);
        if (!cites_un_charter(api->block(doc, c->loc.block), &c->loc, &s))
            continue;
        char cited[16];
        roman(c->chapter, cited, sizeof cited);
        const charter_chapter *home = chapter_of_article(st, c->article);
        if (c->article > st->articles)
            api->report(ctx, c->loc.offset, c->loc.length, NULL,
                        "the Charter has %d Articles: there is no Article %d", st->articles, c->article);
        else if (c->chapter > (int)st->chapter_count)
            api->report(ctx, c->loc.offset, c->loc.length, NULL,
                        "the Charter has %zu Chapters (I to %s): there is no Chapter %s",
                        st->chapter_count, st->chapters[st->chapter_count - 1].roman, cited);
        else if (c->article > 0 && c->chapter > 0 && home && home->number != c->chapter)
            api->report(ctx, c->loc.offset, c->loc.length, NULL,
                        "Article %d of the Charter is in Chapter %s (Articles %d to %d), not in Chapter %s",
                        c->article, home->roman, home->first_article, home->last_article, cited);
    }
}
