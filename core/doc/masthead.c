/*
 * The masthead: the lines of the front matter, each read as one field
 * (symbol, body, distribution, date, languages, session, agenda item,
 * adoption line, resolution number and title, letter title) or as a title
 * line.  A block of the front may hold several lines (hard line breaks, a
 * scanned masthead): it is cut into pieces, one per line, first.
 */
#include "doc/structure.h"

#include <string.h>
#include <strings.h>

typedef enum field {
    F_TITLE = 0,         /* none of the below */
    F_ORGANIZATION,      /* "United Nations", a scan's "UNITED" and "NATIONS" */
    F_SYMBOL,
    F_BODY,
    F_DISTRIBUTION,
    F_DATE,
    F_DATES,             /* the dates of a session: "13 September–11 October 2021" */
    F_LANGUAGE,          /* "English" */
    F_ORIGINAL,          /* "Original: Russian" */
    F_SESSION,
    F_AGENDA,
    F_ADOPTION,          /* "Resolution adopted by the General Assembly on ..." */
    F_ON_DATE,           /* "on 10 June 1999": the date of the adoption line before */
    F_NUMBERED_TITLE,    /* "78/265. Title" */
    F_LETTER,            /* "Letter dated ... addressed to ..." */
    F_NOTE,              /* "[on the report of the Fifth Committee (A/74/483)]" */
    F_TAKEN              /* the value of the field before it ("Distr." / "GENERAL") */
} field;

typedef struct piece {
    size_t block;
    size_t start, end;   /* in the block's text, white space trimmed */
    field kind;
} piece;

static int title_kind(field kind)
{
    return kind == F_TITLE || kind == F_NUMBERED_TITLE || kind == F_LETTER;
}

/* ---- reading one line ------------------------------------------------- */

static const char *const languages[] = {
    "Arabic", "Chinese", "English", "French", "Russian", "Spanish"
};

static int word_is(const char *s, size_t len, const char *word)
{
    return scan_phrase(s, len, 0, word) == len;
}

/* Length of the document symbol at s[0] ("A/64/142", "S/RES/1631 (2005)",
 * "A/RES/77/128 A-B", "A/79/302-S/2024/600"), 0 if none. */
static size_t symbol_length(const char *s, size_t len)
{
    size_t j = 0;
    while (j < len && scan_is_upper(s[j]))
        j++;
    if (j == 0 || j > 6 || j >= len || s[j] != '/')
        return 0;
    int digits = 0;
    while (j < len && s[j] == '/') {
        size_t seg = ++j;
        while (j < len && (scan_is_alnum(s[j]) || s[j] == '.' || s[j] == '-')) {
            digits |= scan_is_digit(s[j]);
            j++;
        }
        if (j == seg)
            return 0;
    }
    while (s[j - 1] == '.' || s[j - 1] == '-')
        j--;
    if (!digits)
        return 0;
    int year;                    /* " (2005)", and "(2005)" as some print it */
    size_t gap = j < len && s[j] == ' ';
    if (j + gap + 6 <= len && s[j + gap] == '(' && scan_uint(s, len, j + gap + 1, 4, &year) == 4 &&
        s[j + gap + 5] == ')')
        j += gap + 6;
    /* Parts of a resolution: " A", " A-B", " A and B". */
    if (j + 2 <= len && s[j] == ' ' && scan_is_upper(s[j + 1]) && scan_word_len(s, len, j + 1) == 1) {
        size_t k = j + 2;
        size_t and_len = k < len && s[k] == ' ' ? scan_phrase(s, len, k + 1, "and ") : 0;
        if (k + 2 <= len && s[k] == '-' && scan_is_upper(s[k + 1]))
            k += 2;
        else if (and_len && k + 1 + and_len < len && scan_is_upper(s[k + 1 + and_len]) &&
                 scan_word_len(s, len, k + 1 + and_len) == 1)
            k += 1 + and_len + 1;
        j = k;
    }
    return j;
}

static clerk_body symbol_body(const char *s)
{
    if (strncmp(s, "A/HRC/", 6) == 0)
        return CLERK_BODY_HRC;
    if (strncmp(s, "A/", 2) == 0)
        return CLERK_BODY_GA;
    if (strncmp(s, "S/", 2) == 0)
        return CLERK_BODY_SC;
    if (strncmp(s, "E/", 2) == 0)
        return CLERK_BODY_ECOSOC;
    if (strncmp(s, "ST/", 3) == 0)
        return CLERK_BODY_SECRETARIAT;
    return CLERK_BODY_UNKNOWN;
}

/* "Sixty-fourth session", "Tenth emergency special session"; a year before
 * "session" (the Economic and Social Council's) reads as session 0. */
static int session_line(const char *s, size_t len, int *number, int *kind)
{
    static const struct { const char *words; int kind; } kinds[] = {
        { "emergency special session", 2 }, { "special session", 1 }, { "session", 0 },
    };
    size_t used = 0;
    int year;
    *number = ordinal_parse(s, len, &used);
    if (!*number && (used = scan_uint(s, len, 0, 4, &year)) != 4)
        return 0;
    size_t at = scan_skip_space(s, len, used);
    if (at == used)
        return 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t n = scan_phrase(s, len, at, kinds[k].words);
        if (n && at + n == len) {
            *kind = kinds[k].kind;
            return 1;
        }
    }
    return 0;
}

/* Past "Resolution adopted by", "Adopted by", "Resolution 1297 (2000)",
 * "101 (1953). Resolution"; 0 when s is no adoption line. */
static size_t adoption_head(const char *s, size_t len)
{
    static const char *const heads[] = {
        "Resolution adopted by", "Resolutions adopted by", "Decision adopted by",
        "Decisions adopted by", "Adopted by", "Resolution", "Resolutions",
    };
    int number;
    size_t n = scan_uint(s, len, 0, 4, &number);
    if (n) {                     /* the old Security Council heading */
        size_t k = scan_skip_space(s, len, n);
        int year;
        if (k + 7 < len && s[k] == '(' && scan_uint(s, len, k + 1, 4, &year) == 4 &&
            s[k + 5] == ')' && s[k + 6] == '.')
            return scan_phrase(s, len, scan_skip_space(s, len, k + 7), "Resolution") ? k + 7 : 0;
        return 0;
    }
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t h = scan_phrase(s, len, 0, heads[k]);
        if (!h)
            continue;
        if (k < 5)
            return h;
        size_t at = scan_skip_space(s, len, h);   /* "Resolution 1297 (2000)" */
        return at > h && scan_uint(s, len, at, 4, &number) ? h : 0;
    }
    return 0;
}

/* The first date after "on", "of" or "dated" in s[from, len); its start.
 * "on8 July 2024" (a slip the masthead forgives) counts too. */
static size_t date_after_word(const char *s, size_t len, size_t from, clerk_date *d,
                              size_t *date_len)
{
    static const char *const words[] = { "on", "of", "dated" };
    for (size_t i = from; i < len; i++) {
        if (!scan_word_start(s, i))
            continue;
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
            size_t n = strlen(words[k]);
            if (len - i <= n || scan_phrase(s, i + n, i, words[k]) != n ||
                (!scan_space_len(s, len, i + n) && !scan_is_digit(s[i + n])))
                continue;
            size_t at = scan_skip_space(s, len, i + n);
            if ((*date_len = date_parse_at(s, len, at, d)) > 0)
                return at;
        }
    }
    return len;
}

/* Past "78/265. ", "S-36/1. ", "2012/2. " ("16/21 " before a capital);
 * 0 when s is no numbered title. */
static size_t numbered_title_head(const char *s, size_t len)
{
    size_t j = 0;
    while (j < len && scan_is_upper(s[j]) && j < 2)
        j++;
    if (j > 0 && (j >= len || s[j++] != '-'))
        return 0;
    int a, b;
    size_t n = scan_uint(s, len, j, 4, &a);
    if (!n || j + n >= len || s[j + n] != '/')
        return 0;
    j += n + 1;
    n = scan_uint(s, len, j, 4, &b);
    if (!n)
        return 0;
    j += n;
    if (j < len && scan_is_upper(s[j]))
        j++;
    int point = j < len && s[j] == '.';   /* sometimes left out */
    size_t at = scan_skip_space(s, len, j + point);
    return at > j + point && at < len && (point ? !scan_is_lower(s[at]) : scan_is_upper(s[at])) ? at : 0;
}

/* "[on the report of ...]", "(S/3139/Rev.2]", or the first line of a
 * bracketed note a scan split: "[without reference to a Main Committee". */
static int starts_bracketed(const char *s, size_t len)
{
    return s[0] == '[' || (s[0] == '(' && (s[len - 1] == ']' || s[len - 1] == ')'));
}

static field classify(const char *s, size_t len)
{
    size_t end = len;
    while (end > 0 && s[end - 1] == '*')
        end = text_end(s, 0, end - 1);
    if (end == 0)
        return F_TITLE;
    size_t n;
    clerk_date d;
    int number, kind;
    if (scan_phrase(s, end, 0, "United Nations") == end || word_is(s, end, "UNITED") ||
        word_is(s, end, "NATIONS") || (end == 8 && memcmp(s, "UNITED ", 7) == 0))
        return F_ORGANIZATION;
    if (symbol_length(s, end) == end)
        return F_SYMBOL;
    if (body_name_at(s, end, 0, &n) != CLERK_BODY_UNKNOWN && n == end)
        return F_BODY;
    if (scan_phrase(s, end, 0, "Distr"))
        return F_DISTRIBUTION;
    if (date_only(s, end, &d))
        return F_DATE;
    if (scan_is_digit(s[0]) && date_parse_at(s, end, 0, &d))
        return F_DATES;
    for (size_t k = 0; k < sizeof languages / sizeof languages[0]; k++)
        if (word_is(s, end, languages[k]))
            return F_LANGUAGE;
    if (scan_phrase(s, end, 0, "Original:"))
        return F_ORIGINAL;
    /* A session line ends in "session": the test spares most lines the
     * reading of an ordinal. */
    if (end >= 7 && strncasecmp(s + end - 7, "session", 7) == 0 &&
        session_line(s, end, &number, &kind))
        return F_SESSION;
    if (scan_phrase(s, end, 0, "Agenda item") || scan_phrase(s, end, 0, "Agenda items") ||
        (scan_phrase(s, end, 0, "Item") && scan_find(s, end, 0, "provisional agenda", 18) != SCAN_NONE))
        return F_AGENDA;
    if (adoption_head(s, end))
        return F_ADOPTION;
    if ((scan_word(s, end, 0, "on") || scan_word(s, end, 0, "of")) && date_only(s + 2, end - 2, &d))
        return F_ON_DATE;
    if (numbered_title_head(s, end))
        return F_NUMBERED_TITLE;
    if (scan_phrase(s, end, 0, "Letter dated") || scan_phrase(s, end, 0, "Identical letters dated") ||
        scan_phrase(s, end, 0, "Note verbale dated"))
        return F_LETTER;
    if (starts_bracketed(s, end))
        return F_NOTE;
    return F_TITLE;
}

/* A scan may run the masthead's columns into one line: "United Nations
 * E/CN.9/2000/1", "Economic and Social Council Distr.: General".  The
 * length of the organization or body named first when a symbol, a body,
 * the distribution or a date follows it; 0 otherwise. */
static size_t leading_field(const char *s, size_t len)
{
    size_t n = scan_phrase(s, len, 0, "United Nations");
    if (!n && body_name_at(s, len, 0, &n) == CLERK_BODY_UNKNOWN)
        return 0;
    size_t at = scan_skip_space(s, len, n);
    if (at == n || at >= len)
        return 0;
    field rest = classify(s + at, len - at);
    return rest == F_SYMBOL || rest == F_BODY || rest == F_DISTRIBUTION || rest == F_DATE ||
           leading_field(s + at, len - at) ? n : 0;
}

int masthead_line(const char *s, size_t len)
{
    size_t start = scan_skip_space(s, len, 0);
    size_t end = text_end(s, start, len);
    return end > start && (classify(s + start, end - start) != F_TITLE ||
                           leading_field(s + start, end - start));
}

/* ---- cutting the front into pieces ------------------------------------ */

static void add_piece(vec *pieces, const clerk_block *b, size_t block, size_t start, size_t end)
{
    start = scan_skip_space(b->text, end, start);
    end = text_end(b->text, start, end);
    if (end == start)
        return;
    size_t lead = leading_field(b->text + start, end - start);
    if (lead) {
        add_piece(pieces, b, block, start, start + lead);
        add_piece(pieces, b, block, start + lead, end);
        return;
    }
    piece *p = vec_push(pieces);
    p->block = block;
    p->start = start;
    p->end = end;
    p->kind = classify(b->text + start, end - start);
}

/* Cuts at line breaks, but a line that starts in lower case continues the
 * one before ("Resolution 356 (1974)" / "of 12 August 1974"). */
static void cut_block(vec *pieces, const clerk_block *b, size_t block)
{
    const char *s = b->text;
    size_t len = b->text_length, start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '\n')
            continue;
        size_t next = scan_skip_space(s, len, i);
        if (next == len || !scan_is_lower(s[next])) {
            add_piece(pieces, b, block, start, i);
            start = i + 1;
        }
    }
    add_piece(pieces, b, block, start, len);
}

/* ---- filling the masthead --------------------------------------------- */

typedef struct reader {
    clerk_doc *doc;
    clerk_masthead *m;
    piece *pieces;
    size_t count;
    clerk_body body_line, adoption_body;
} reader;

static const char *piece_text(const reader *r, const piece *p)
{
    return block_at(r->doc, p->block)->text;
}

/* The value after a field's name: "General" in "Distr.: General". */
static const char *value_after(reader *r, const piece *p, size_t name_len)
{
    const char *s = piece_text(r, p);
    size_t at = p->start + name_len;
    while (at < p->end && (s[at] == '.' || s[at] == ':'))
        at++;
    size_t end = p->end;
    while (end > at && s[end - 1] == '*')
        end = text_end(s, at, end - 1);
    at = scan_skip_space(s, end, at);
    return arena_text(r->doc, s + at, end - at);
}

static void set_date(reader *r, const piece *p, size_t at, size_t n, const clerk_date *d,
                     clerk_ymd *ymd, size_t *offset, size_t *length)
{
    *ymd = d->ymd;
    text_span_source(r->doc, p->block, at, at + n, offset, length);
}

static void read_adoption(reader *r, size_t k)
{
    piece *p = &r->pieces[k];
    const char *s = piece_text(r, p);
    size_t head = adoption_head(s + p->start, p->end - p->start);
    size_t by = scan_find(s, p->end, p->start, "by the ", 7);
    size_t body_end;
    if (by != SCAN_NONE && !r->adoption_body)
        r->adoption_body = body_name_at(s, p->end, by + 7, &body_end);
    if (r->m->adoption_date.year)
        return;
    clerk_date d;
    size_t n;
    size_t at = date_after_word(s, p->end, p->start + head, &d, &n);
    if (at < p->end) {
        set_date(r, p, at, n, &d, &r->m->adoption_date, &r->m->adoption_date_offset,
                 &r->m->adoption_date_length);
        return;
    }
    /* "... at its 4011th meeting," and, in the next block, "on 10 June 1999". */
    if (k + 1 < r->count && r->pieces[k + 1].kind == F_ON_DATE) {
        piece *q = &r->pieces[k + 1];
        const char *t = piece_text(r, q);
        at = date_after_word(t, q->end, q->start, &d, &n);
        set_date(r, q, at, n, &d, &r->m->adoption_date, &r->m->adoption_date_offset,
                 &r->m->adoption_date_length);
    }
}

static void read_letter_date(reader *r, const piece *p)
{
    const char *s = piece_text(r, p);
    clerk_date d;
    size_t n;
    size_t at = date_after_word(s, p->end, p->start, &d, &n);
    if (at < p->end && !r->m->letter_date.year)
        set_date(r, p, at, n, &d, &r->m->letter_date, &r->m->letter_date_offset,
                 &r->m->letter_date_length);
}

static void read_field(reader *r, size_t k)
{
    clerk_masthead *m = r->m;
    piece *p = &r->pieces[k];
    const char *s = piece_text(r, p) + p->start;
    size_t len = p->end - p->start, n;
    clerk_date d;
    switch (p->kind) {
    case F_SYMBOL:
        if (!*m->symbol) {
            n = symbol_length(s, len);
            m->symbol = arena_text(r->doc, s, n);
            text_span_source(r->doc, p->block, p->start, p->start + n, &m->symbol_offset,
                             &m->symbol_length);
        }
        break;
    case F_BODY:
        if (!r->body_line)
            r->body_line = body_name_at(s, len, 0, &n);
        break;
    case F_DISTRIBUTION:
        if (!*m->distribution) {
            m->distribution = value_after(r, p, scan_phrase(s, len, 0, "Distr"));
            /* A scan prints "Distr." and "GENERAL" on lines of their own. */
            if (!*m->distribution && k + 1 < r->count && r->pieces[k + 1].kind == F_TITLE) {
                piece *q = &r->pieces[k + 1];
                const char *t = piece_text(r, q);
                if (scan_word_len(t, q->end, q->start) == q->end - q->start) {
                    m->distribution = value_after(r, q, 0);
                    q->kind = F_TAKEN;
                }
            }
        }
        break;
    case F_DATE:
        if (!m->date.year && (n = date_only(s, len, &d)) > 0) {
            size_t at = p->start + scan_skip_space(s, len, 0);
            set_date(r, p, at, n, &d, &m->date, &m->date_offset, &m->date_length);
        }
        break;
    case F_ORIGINAL:
        if (!*m->original_language)
            m->original_language = value_after(r, p, scan_phrase(s, len, 0, "Original"));
        break;
    case F_SESSION:
        if (!m->session && session_line(s, len, &m->session, &m->session_kind) && m->session)
            text_span_source(r->doc, p->block, p->start, p->end, &m->session_offset,
                             &m->session_length);
        break;
    case F_AGENDA:
        if (!*m->agenda_item) {
            n = scan_phrase(s, len, 0, "Agenda items");
            if (!n)
                n = scan_phrase(s, len, 0, "Agenda item");
            if (n) {
                m->agenda_item = value_after(r, p, n);
            } else {             /* "Item 2 of the provisional agenda" */
                size_t item = scan_phrase(s, len, 0, "Item");
                size_t of = scan_find(s, len, item, " of the provisional", 19);
                m->agenda_item = arena_text(r->doc, s + item, (of == SCAN_NONE ? len : of) - item);
            }
        }
        break;
    case F_ADOPTION:
        read_adoption(r, k);
        break;
    case F_LETTER:
        read_letter_date(r, p);
        break;
    default:
        break;
    }
}

/* "Report of the Secretary-General", "Note by the Secretariat": a line
 * naming the author under the title, not the title itself. */
static int byline(const char *s, size_t len)
{
    static const char *const heads[] = { "Report of the", "Note by the", "Statement by the" };
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t n = scan_phrase(s, len, 0, heads[k]);
        if (!n)
            continue;
        int words = 0;
        for (size_t i = n; i < len; i++)
            words += scan_space_len(s, len, i) > 0;
        return words <= 5;
    }
    return 0;
}

/* The document's title: a resolution's numbered title, else a letter's
 * title, else the last title line that is not a by-line (the lines before
 * it name agenda items), else the last title line. */
static const piece *choose_title(const reader *r)
{
    const piece *letter = NULL, *last = NULL, *last_named = NULL;
    for (size_t k = 0; k < r->count; k++) {
        const piece *p = &r->pieces[k];
        const char *s = piece_text(r, p) + p->start;
        if (p->kind == F_NUMBERED_TITLE)
            return p;
        if (p->kind == F_LETTER && !letter)
            letter = p;
        if (p->kind == F_TITLE && !scan_is_lower(s[0]) && !starts_bracketed(s, p->end - p->start)) {
            last = p;
            if (!byline(s, p->end - p->start))
                last_named = p;
        }
    }
    return letter ? letter : last_named ? last_named : last;
}

/* Joins a title wrapped over several lines of one block into its first piece. */
static void join_wrapped_titles(reader *r)
{
    size_t out = 0;
    for (size_t k = 0; k < r->count; k++) {
        piece *p = &r->pieces[k];
        piece *prev = out ? &r->pieces[out - 1] : NULL;
        if (prev && p->kind == F_TITLE && p->block == prev->block &&
            title_kind(prev->kind)) {
            prev->end = p->end;
            continue;
        }
        r->pieces[out++] = *p;
    }
    r->count = out;
}

static void mark_front_roles(reader *r, const clerk_section *front, const piece *title)
{
    for (size_t i = front->first_block; i < front->first_block + front->block_count; i++) {
        clerk_block *b = block_at(r->doc, i);
        int pieces = 0, fields = 0;
        for (size_t k = 0; k < r->count; k++) {
            if (r->pieces[k].block != i)
                continue;
            pieces++;
            fields += !title_kind(r->pieces[k].kind);
        }
        if (title && title->block == i)
            b->role = CLERK_ROLE_TITLE;
        else if (fields)
            b->role = CLERK_ROLE_MASTHEAD;
        else if (pieces)
            b->role = CLERK_ROLE_TITLE;
    }
}

static void read_front(reader *r, const clerk_section *front)
{
    vec pieces;
    vec_init(&pieces, sizeof(piece));
    for (size_t i = front->first_block; i < front->first_block + front->block_count; i++) {
        const clerk_block *b = block_at(r->doc, i);
        if (b->kind == CLERK_BLOCK_PARAGRAPH || b->kind == CLERK_BLOCK_HEADING)
            cut_block(&pieces, b, i);
    }
    r->pieces = pieces.data;
    r->count = pieces.len;
    for (size_t k = 0; k < r->count; k++)
        read_field(r, k);
    join_wrapped_titles(r);
    const piece *title = choose_title(r);
    if (title) {
        const char *s = piece_text(r, title);
        size_t start = title->start;
        if (title->kind == F_NUMBERED_TITLE)
            start += numbered_title_head(s + start, title->end - start);
        r->m->title = arena_text(r->doc, s + start, title->end - start);
    }
    mark_front_roles(r, front, title);
    vec_free(&pieces);
}

/* A letter whose title opens the body or heads an annex ("Annex to the
 * letter dated ..."), when the front had none. */
static void letter_date_outside_front(reader *r)
{
    for (size_t k = 0; k < r->doc->sections.len && !r->m->letter_date.year; k++) {
        const clerk_section *sec = section_at(r->doc, k);
        if (sec->kind == CLERK_SECTION_FRONT || sec->kind == CLERK_SECTION_FOOTNOTES)
            continue;
        const clerk_block *b = block_at(r->doc, sec->first_block);
        if (!block_is_heading_like(b))
            continue;
        for (size_t at = 0; at < b->text_length && at < 40; at++) {
            if (scan_word_start(b->text, at) && scan_phrase(b->text, b->text_length, at, "letter dated")) {
                piece p = { .block = sec->first_block, .start = at,
                            .end = text_end(b->text, 0, b->text_length), .kind = F_LETTER };
                read_letter_date(r, &p);
                break;
            }
        }
    }
}

void masthead_read(clerk_doc *doc)
{
    clerk_masthead *m = &doc->masthead;
    memset(m, 0, sizeof *m);
    m->symbol = m->distribution = m->original_language = m->agenda_item = m->title = "";
    reader r = { doc, m, NULL, 0, CLERK_BODY_UNKNOWN, CLERK_BODY_UNKNOWN };
    if (doc->sections.len && section_at(doc, 0)->kind == CLERK_SECTION_FRONT)
        read_front(&r, section_at(doc, 0));
    letter_date_outside_front(&r);

    /* The issuing body: the symbol's, else the body line's, else the
     * adoption line's, else the one the resolution in the body names. */
    m->body = *m->symbol ? symbol_body(m->symbol) : CLERK_BODY_UNKNOWN;
    if (!m->body)
        m->body = r.body_line ? r.body_line : r.adoption_body;
    for (size_t k = 0; k < doc->sections.len && !m->body; k++) {
        const clerk_section *s = section_at(doc, k);
        if (s->kind == CLERK_SECTION_BODY && s->is_resolution)
            m->body = s->resolution_body;
    }
}

/* The date of a closing block: "63rd plenary meeting" and the date (on
 * the same line or the next), or the date alone. */
static size_t closing_date(const clerk_block *b, clerk_date *d, size_t *at)
{
    const char *s = b->text;
    size_t len = b->text_length;
    size_t meeting = scan_find(s, len, 0, "meeting", 7);
    size_t start = meeting != SCAN_NONE && meeting < 60 ? meeting + 7 : 0;
    size_t n = date_only(s + start, len - start, d);
    *at = scan_skip_space(s, len, start);
    return n;
}

void masthead_adoption_from_closing(clerk_doc *doc)
{
    clerk_masthead *m = &doc->masthead;
    for (size_t k = 0; k < doc->sections.len && !m->adoption_date.year; k++) {
        const clerk_section *s = section_at(doc, k);
        if (s->kind != CLERK_SECTION_BODY || !s->is_resolution)
            continue;
        for (size_t i = s->first_block; i < s->first_block + s->block_count; i++) {
            const clerk_block *b = block_at(doc, i);
            clerk_date d;
            size_t at, n;
            if (b->role == CLERK_ROLE_CLOSING && (n = closing_date(b, &d, &at)) > 0) {
                m->adoption_date = d.ymd;
                text_span_source(doc, i, at, at + n, &m->adoption_date_offset,
                                 &m->adoption_date_length);
                return;
            }
        }
    }
}
