/*
 * The block builder: plain text with a run map back to the source, emphasis
 * spans, paragraph labels, and the emission of finished blocks into the
 * document.
 */
#include "doc/plain.h"
#include "util/xalloc.h"

#include <string.h>
#include <strings.h>

void plain_init(plain_builder *b)
{
    b->text = NULL;
    b->len = b->cap = 0;
    vec_init(&b->runs, sizeof(plain_run));
    vec_init(&b->emphasis, sizeof(clerk_emphasis));
    vec_init(&b->opens, sizeof(size_t));
}

void plain_free(plain_builder *b)
{
    free(b->text);
    vec_free(&b->runs);
    vec_free(&b->emphasis);
    vec_free(&b->opens);
    plain_init(b);
}

void plain_clear(plain_builder *b)
{
    b->len = 0;
    b->runs.len = 0;
    b->emphasis.len = 0;
    b->opens.len = 0;
}

static plain_run *runs(const plain_builder *b) { return (plain_run *)b->runs.data; }

static size_t run_text_length(const plain_builder *b, size_t k)
{
    size_t next = k + 1 < b->runs.len ? runs(b)[k + 1].text_offset : b->len;
    return next - runs(b)[k].text_offset;
}

static void append_text(plain_builder *b, const char *s, size_t n)
{
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap - b->len < n)
            cap *= 2;
        b->text = xrealloc(b->text, cap);
        b->cap = cap;
    }
    memcpy(b->text + b->len, s, n);
    b->len += n;
}

void plain_copy(plain_builder *b, const char *s, size_t n, size_t source_offset)
{
    if (n == 0)
        return;
    size_t k = b->runs.len;
    plain_run *last = k ? &runs(b)[k - 1] : NULL;
    if (last && last->source_length == run_text_length(b, k - 1) &&
        last->source_offset + last->source_length == source_offset) {
        last->source_length += n;
    } else {
        plain_run *r = vec_push(&b->runs);
        r->text_offset = b->len;
        r->source_offset = source_offset;
        r->source_length = n;
    }
    append_text(b, s, n);
}

void plain_stand_in(plain_builder *b, const char *s, size_t n, size_t source_offset,
                    size_t source_length)
{
    if (n == 0)
        return;
    plain_run *r = vec_push(&b->runs);
    r->text_offset = b->len;
    r->source_offset = source_offset;
    r->source_length = source_length;
    append_text(b, s, n);
}

void plain_emphasis(plain_builder *b, size_t start, size_t end, unsigned kind)
{
    if (start >= end)
        return;
    clerk_emphasis *n = vec_push(&b->emphasis);
    n->start = start;
    n->length = end - start;
    n->kind = kind;
}

void plain_open(plain_builder *b)
{
    size_t n = b->opens.len;
    if (n == 0 || ((size_t *)b->opens.data)[n - 1] != b->len)
        *(size_t *)vec_push(&b->opens) = b->len;
}

/* Index of the run holding text_offset (the last run for len). */
static size_t run_at(const plain_builder *b, size_t text_offset)
{
    size_t lo = 0, hi = b->runs.len;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (runs(b)[mid].text_offset <= text_offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* A copy maps byte for byte; a stand-in maps onto its source bytes, its
 * excess text onto their end. */
static size_t run_source(const plain_run *r, size_t delta)
{
    return r->source_offset + (delta < r->source_length ? delta : r->source_length);
}

size_t plain_source(const plain_builder *b, size_t text_offset)
{
    if (b->runs.len == 0)
        return 0;
    const plain_run *r = &runs(b)[run_at(b, text_offset)];
    return run_source(r, text_offset - r->text_offset);
}

size_t plain_end(const plain_builder *b, size_t text_offset)
{
    if (text_offset == 0 || b->runs.len == 0)
        return plain_source(b, text_offset);
    const plain_run *r = &runs(b)[run_at(b, text_offset - 1)];
    return run_source(r, text_offset - r->text_offset);
}

size_t plain_text_at(const plain_builder *b, size_t source_offset)
{
    for (size_t k = 0; k < b->runs.len; k++) {
        const plain_run *r = &runs(b)[k];
        if (r->source_offset >= source_offset)
            return r->text_offset;
        size_t delta = source_offset - r->source_offset;
        if (delta < r->source_length && delta < run_text_length(b, k))
            return r->text_offset + delta;
    }
    return b->len;
}

/* Where text offset x lands once the ranges are gone: ranges holds count
 * sorted, disjoint [from, to) pairs, and gone[i] the bytes the first i of
 * them remove.  An offset inside a range lands at its start. */
static size_t shift_past(const size_t *ranges, const size_t *gone, size_t count, size_t x)
{
    size_t lo = 0, hi = count; /* the ranges before lo start at or before x */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ranges[2 * mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && x < ranges[2 * lo - 1])
        return ranges[2 * lo - 2] - gone[lo - 1]; /* inside range lo - 1 */
    return x - gone[lo];
}

/* Adds part [d0, d1) of run k as a run at text offset t. */
static void keep_run_part(plain_builder *b, vec *out, size_t k, size_t d0, size_t d1, size_t t)
{
    const plain_run *r = &runs(b)[k];
    size_t from = run_source(r, d0);
    size_t to = d1 == run_text_length(b, k) ? r->source_offset + r->source_length : run_source(r, d1);
    plain_run *n = vec_push(out);
    n->text_offset = t;
    n->source_offset = from;
    n->source_length = to - from;
}

void plain_delete(plain_builder *b, const size_t *ranges, size_t count)
{
    if (count == 0)
        return;
    /* The runs of the text kept, into a new array. */
    vec out;
    vec_init(&out, sizeof(plain_run));
    size_t k = 0, t = 0, keep = 0;
    for (size_t i = 0; i <= count; i++) {
        size_t end = i < count ? ranges[2 * i] : b->len; /* keep [keep, end) */
        for (; k < b->runs.len && runs(b)[k].text_offset < end; k++) {
            size_t r0 = runs(b)[k].text_offset, r1 = r0 + run_text_length(b, k);
            size_t a = r0 > keep ? r0 : keep, z = r1 < end ? r1 : end;
            if (a < z)
                keep_run_part(b, &out, k, a - r0, z - r0, t + (a - keep));
            if (r1 > end)
                break; /* the run goes on past this range */
        }
        memmove(b->text + t, b->text + keep, end - keep);
        t += end - keep;
        if (i < count)
            keep = ranges[2 * i + 1];
    }
    b->len = t;
    vec_free(&b->runs);
    b->runs = out;

    size_t *gone = xmalloc((count + 1) * sizeof *gone);
    gone[0] = 0;
    for (size_t i = 0; i < count; i++)
        gone[i + 1] = gone[i] + ranges[2 * i + 1] - ranges[2 * i];
    clerk_emphasis *e = b->emphasis.data;
    size_t kept = 0;
    for (size_t i = 0; i < b->emphasis.len; i++) {
        size_t start = shift_past(ranges, gone, count, e[i].start);
        size_t stop = shift_past(ranges, gone, count, e[i].start + e[i].length);
        if (stop > start)
            e[kept++] = (clerk_emphasis){start, stop - start, e[i].kind};
    }
    b->emphasis.len = kept;

    size_t *o = b->opens.data;
    kept = 0;
    for (size_t i = 0; i < b->opens.len; i++) {
        size_t x = shift_past(ranges, gone, count, o[i]);
        if (kept == 0 || o[kept - 1] != x)
            o[kept++] = x;
    }
    b->opens.len = kept;
    free(gone);
}

/* ---- labels -------------------------------------------------------------- */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* Bytes of the invisible mark at t, 0 if none: a zero-width space, joiner
 * or non-joiner (U+200B-U+200D), a direction mark (U+200E, U+200F), a word
 * joiner (U+2060) or a zero-width no-break space (U+FEFF).  Conversions
 * leave them before labels and words, where they are not text. */
static size_t invisible_length(const char *t, size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    if (n < 3)
        return 0;
    if (u[0] == 0xE2 && ((u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8F) ||
                         (u[1] == 0x81 && u[2] == 0xA0)))
        return 3;
    return u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
}

/* The first offset from p before to that holds neither a blank nor an
 * invisible mark. */
static size_t skip_blanks(const char *t, size_t p, size_t to)
{
    for (;;) {
        size_t n;
        if (p < to && is_space(t[p]))
            p++;
        else if ((n = invisible_length(t + p, to - p)) > 0)
            p += n;
        else
            return p;
    }
}

/* Value of a roman numeral below 90 written the canonical way (either
 * case); 0 when it is not one. */
static int roman_value(const char *s, size_t n)
{
    static const char *const ones[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    static const char *const tens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx"};
    size_t i = 0;
    int t = 8;
    while (t > 0 && !(strlen(tens[t]) <= n && strncasecmp(s, tens[t], strlen(tens[t])) == 0))
        t--;
    i += strlen(tens[t]);
    int o = 9;
    while (o > 0 && !(strlen(ones[o]) == n - i && strncasecmp(s + i, ones[o], n - i) == 0))
        o--;
    if (i + strlen(ones[o]) != n || t * 10 + o == 0)
        return 0;
    return t * 10 + o;
}

/* "a. " and "iv. ": a lower-case letter or roman numeral, a dot and a
 * space.  The space keeps out "i.e." and "e.g."; lower case keeps "A." and
 * "I." for headings. */
static int is_dot_label(const char *t, size_t word, size_t end, size_t to)
{
    size_t n = end - word;
    if (n > 4 || t[end] != '.' || end + 1 >= to || t[end + 1] != ' ')
        return 0;
    for (size_t i = word; i < end; i++)
        if (t[i] < 'a' || t[i] > 'z')
            return 0;
    return n == 1 || roman_value(t + word, n) > 0;
}

/* A label in a text: its style and value, where it starts, its word
 * [word, end) and the closing mark at end. */
typedef struct label_found {
    clerk_label_style style;
    int number;
    size_t start, word, end;
} label_found;

/* Reads the label at t[from, to) into l; last_letter is the value of the
 * letter label before, 0 if none.  Returns 0 when no label stands there. */
static int find_label(const char *t, size_t from, size_t to, int arabic, int last_letter,
                      label_found *l)
{
    size_t start = skip_blanks(t, from, to);
    int paren = start < to && t[start] == '(';
    size_t word = start + paren;
    size_t end = word;
    clerk_label_style style = CLERK_LABEL_NONE;
    int number = 0;

    if (arabic && !paren && end < to && is_digit(t[end])) {
        while (end < to && end - word < 3 && is_digit(t[end]))
            number = number * 10 + (t[end++] - '0');
        if (end < to && (t[end] == '.' || t[end] == ')'))
            style = CLERK_LABEL_ARABIC;
    } else {
        while (end < to && end - word < 7 && is_alpha(t[end]))
            end++;
        size_t n = end - word;
        if (n > 0 && end < to && (t[end] == ')' || (!paren && is_dot_label(t, word, end, to)))) {
            int letter = n == 1 ? lower(t[word]) - 'a' + 1 : 0;
            /* "(i)" is roman unless it follows "(h)"; "(l)" is a letter. */
            int roman = n == 1 && !strchr("ivx", lower(t[word])) ? 0 : roman_value(t + word, n);
            if (roman && !(letter && last_letter == letter - 1)) {
                style = CLERK_LABEL_ROMAN;
                number = roman;
            } else if (letter) {
                style = CLERK_LABEL_LETTER;
                number = letter;
            }
        }
    }
    /* The closing mark must be followed by a space or an invisible mark, or
     * end the text. */
    if (style == CLERK_LABEL_NONE || (end + 1 < to && skip_blanks(t, end + 1, to) == end + 1))
        return 0;
    *l = (label_found){style, number, start, word, end};
    return 1;
}

size_t plain_label(clerk_doc *doc, const plain_builder *b, size_t from, size_t to, int arabic,
                   label_run *run, clerk_block *shape)
{
    label_found l;
    if (!find_label(b->text, from, to, arabic, run->last_letter, &l))
        return from;
    shape->label = arena_strndup(&doc->arena, b->text + l.word, l.end - l.word);
    shape->label_style = l.style;
    shape->number = l.number;
    shape->label_offset = plain_source(b, l.start);
    shape->label_length = plain_end(b, l.end + 1) - shape->label_offset;
    if (l.style == CLERK_LABEL_LETTER)
        run->last_letter = l.number;
    else if (l.style == CLERK_LABEL_ARABIC)
        run->last_letter = 0;
    return skip_blanks(b->text, l.end + 1, to);
}

int plain_opens_with_label(const char *t, size_t n)
{
    label_found l;
    return find_label(t, 0, n, 1, 0, &l);
}

/* ---- emission ------------------------------------------------------------ */

static plain_seg *push_seg(clerk_doc *doc, size_t text_offset, size_t source_offset)
{
    plain_seg *s = vec_push(&doc->segs);
    s->text_offset = text_offset;
    s->source_offset = s->start_offset = source_offset;
    return s;
}

/* Skips blanks, invisible marks and opening quotes: ' " and the curly and
 * angled ones. */
static size_t skip_openers(const char *t, size_t n)
{
    size_t i = 0;
    while ((i = skip_blanks(t, i, n)) < n) {
        if (t[i] == '"' || t[i] == '\'')
            i++;
        else if (n - i >= 3 && memcmp(t + i, "\xE2\x80", 2) == 0 &&
                 ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x98))
            i += 3; /* “ ‘ */
        else if (n - i >= 2 && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xAB)
            i += 2; /* « */
        else
            break;
    }
    return i;
}

/* Length of the italic phrase the text opens with (after blanks and quotes),
 * measured from the text's start; 0 when it opens otherwise.  e is sorted. */
static size_t lead_length(const char *t, size_t n, const clerk_emphasis *e, size_t count)
{
    if (count == 0)
        return 0;
    size_t end = skip_openers(t, n);
    int found = 0;
    for (size_t i = 0; i < count; i++) {
        if (!(e[i].kind & CLERK_EMPH_ITALIC))
            continue;
        if (e[i].start > end)
            break;
        if (e[i].start + e[i].length > end) {
            end = e[i].start + e[i].length;
            found = 1;
        }
    }
    if (!found)
        return 0;
    while (end > 0 && is_space(t[end - 1]))
        end--;
    return end;
}

static int compare_emphasis(const void *a_, const void *b_)
{
    const clerk_emphasis *a = a_, *b = b_;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->length > b->length ? -1 : a->length < b->length;
}

/* Insertion for the few spans of most blocks; qsort beyond, as emphasis
 * nested ten thousand deep gives a block as many spans, in reverse order. */
static void sort_emphasis(clerk_emphasis *e, size_t n)
{
    if (n > 16) {
        qsort(e, n, sizeof *e, compare_emphasis);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        clerk_emphasis x = e[i];
        size_t j = i;
        for (; j > 0 && compare_emphasis(&e[j - 1], &x) > 0; j--)
            e[j] = e[j - 1];
        e[j] = x;
    }
}

/* Sorts spans by start, longest first, and merges equal ones; returns the count. */
static size_t merge_emphasis(clerk_emphasis *e, size_t n)
{
    sort_emphasis(e, n);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (kept && e[kept - 1].start == e[i].start && e[kept - 1].length == e[i].length)
            e[kept - 1].kind |= e[i].kind;
        else
            e[kept++] = e[i];
    }
    return kept;
}

/* Whether the n segments at s map the text onto the source byte for byte,
 * from the source offset of the first. */
static int segs_linear(const plain_seg *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i].source_offset != s[0].source_offset + s[i].text_offset ||
            s[i].start_offset != s[i].source_offset)
            return 0;
    return 1;
}

/* A block text that is the n source bytes at offset: they themselves, not
 * NUL-terminated. */
static const char *shared_text(clerk_doc *doc, size_t offset, size_t n)
{
#ifdef DOC_EXACT_TEXTS
    char *copy = n ? xmalloc(n) : malloc(0); /* ASan's malloc(0) is a real, empty block */
    memcpy(copy, doc->src + offset, n);
    *(char **)vec_push(&doc->exact_texts) = copy;
    return copy;
#else
    (void)n;
    return doc->src + offset;
#endif
}

/* Places the text of the block just pushed, still the builder's: where it
 * is the source's own bytes it points there, else it is copied. */
static void place_text(clerk_doc *doc, clerk_block *blk, size_t source_offset)
{
    const char *text = blk->text;
    size_t n = blk->text_length;
    if (doc->share_texts && source_offset <= doc->len && n <= doc->len - source_offset &&
        memcmp(doc->src + source_offset, text, n) == 0)
        blk->text = shared_text(doc, source_offset, n);
    else
        blk->text = arena_strndup(&doc->arena, text, n);
}

/* Closes the map of the block just pushed over the segments pushed since
 * (a linear one gives them back) and places its text. */
static void finish_map(clerk_doc *doc, clerk_block *blk)
{
    block_map *m = vec_at(&doc->maps, doc->maps.len - 1);
    const plain_seg *s = (const plain_seg *)doc->segs.data + m->first_seg;
    m->seg_count = doc->segs.len - m->first_seg;
    if (segs_linear(s, m->seg_count)) {
        doc->segs.len = m->first_seg;
        m->first_seg = s->source_offset;
        m->seg_count = 0;
        place_text(doc, blk, m->first_seg);
    } else {
        blk->text = arena_strndup(&doc->arena, blk->text, blk->text_length);
    }
}

/* The text stays the builder's until finish_map() places it. */
static clerk_block *push_block(clerk_doc *doc, const clerk_block *shape, const char *text,
                               size_t length)
{
    clerk_block *blk = vec_push(&doc->blocks);
    *blk = *shape;
    if (!blk->label)
        blk->label = "";
    blk->text = text;
    blk->text_length = length;
    blk->emphasis = NULL; /* set by plain_link_emphasis once every block is in */
    blk->emphasis_count = 0;
    blk->lead_length = 0;
    block_map *m = vec_push(&doc->maps);
    m->first_seg = doc->segs.len;
    return blk;
}

void plain_emit(clerk_doc *doc, const plain_builder *b, size_t from, size_t to,
                const clerk_block *shape)
{
    while (from < to && is_space(b->text[from]))
        from++;
    while (to > from && is_space(b->text[to - 1]))
        to--;
    size_t n = to - from;
    clerk_block *blk = push_block(doc, shape, b->text + from, n);
    if (n == 0) {
        /* A label alone: its text is empty at the end of the block. */
        push_seg(doc, 0, shape->offset + shape->length);
        finish_map(doc, blk);
        return;
    }
    push_seg(doc, 0, plain_source(b, from));
    const size_t *opens = b->opens.data;
    size_t o = 0;
    for (size_t k = b->runs.len ? run_at(b, from) + 1 : 0; k < b->runs.len; k++) {
        const plain_run *prev = &runs(b)[k - 1], *r = &runs(b)[k];
        size_t t = r->text_offset;
        if (t >= to)
            break;
        size_t prev_end = prev->source_offset + prev->source_length;
        while (o < b->opens.len && opens[o] < t)
            o++;
        if (prev_end == r->source_offset || (o < b->opens.len && opens[o] == t)) {
            push_seg(doc, t - from, r->source_offset);
        } else {
            /* Skipped markup closes here: a span ending at t ends before it, one
             * starting there starts after it, and t + 1 is in this run. */
            push_seg(doc, t - from, prev_end)->start_offset = r->source_offset;
            if (t + 1 < to && (k + 1 == b->runs.len || runs(b)[k + 1].text_offset > t + 1))
                push_seg(doc, t + 1 - from, run_source(r, 1));
        }
    }
    push_seg(doc, n, plain_end(b, to));
    finish_map(doc, blk);

    size_t first = doc->emphasis.len;
    const clerk_emphasis *e = b->emphasis.data;
    for (size_t i = 0; i < b->emphasis.len; i++) {
        size_t start = e[i].start > from ? e[i].start : from;
        size_t end = e[i].start + e[i].length < to ? e[i].start + e[i].length : to;
        if (end > start) {
            clerk_emphasis *x = vec_push(&doc->emphasis);
            *x = (clerk_emphasis){start - from, end - start, e[i].kind};
        }
    }
    /* No pointer arithmetic on the array before its first element exists. */
    clerk_emphasis *mine = doc->emphasis.len > first ? (clerk_emphasis *)doc->emphasis.data + first : NULL;
    size_t count = mine ? merge_emphasis(mine, doc->emphasis.len - first) : 0;
    doc->emphasis.len = first + count;
    blk->emphasis_count = count;
    blk->lead_length = lead_length(blk->text, n, mine, blk->emphasis_count);
}

void plain_emit_slice(clerk_doc *doc, const clerk_block *shape, const char *text,
                      size_t text_offset, size_t text_length)
{
    clerk_block *blk = push_block(doc, shape, text, text_length);
    push_seg(doc, 0, text_offset);
    push_seg(doc, text_length, text_offset + text_length);
    finish_map(doc, blk);
}

void plain_link_emphasis(clerk_doc *doc)
{
    clerk_emphasis *next = doc->emphasis.data;
    for (size_t i = 0; i < doc->blocks.len; i++) {
        clerk_block *blk = vec_at(&doc->blocks, i);
        if (blk->emphasis_count) {
            blk->emphasis = next;
            next += blk->emphasis_count;
        } else {
            blk->emphasis = NULL;
        }
    }
}
