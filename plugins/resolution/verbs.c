/*
 * The forms of the opening verb: "Requests" (the third person an operative
 * paragraph opens with), "Requesting" (the participle of a preambular one),
 * and the wrong forms a draft may give it ("Request", "Requested").  The
 * listed phrases decide; the shape of a word ("-s", "-ing", "-ed") only
 * admits what the lists lack, never condemns.
 */
#include "resolution.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* The word ends with the suffix (in lower case), without ASCII case. */
static int ends_with(const char *text, span w, const char *suffix)
{
    size_t n = strlen(suffix);
    if (w.length <= n + 1)
        return 0;
    const char *end = text + w.offset + w.length - n;
    for (size_t k = 0; k < n; k++)
        if (ascii_lower((unsigned char)end[k]) != (unsigned char)suffix[k])
            return 0;
    return 1;
}

int is_third_person(const resolution_state *st, span w, const char *text)
{
    if (word_list_has(&st->operative, text + w.offset, w.length))
        return 1;
    /* "Reiterates", "Stresses", not "Conscious", "Whereas", "This" */
    return w.length >= 4 && ends_with(text, w, "s") && !ends_with(text, w, "ss") &&
           !ends_with(text, w, "us") && !ends_with(text, w, "as") && !ends_with(text, w, "is");
}

int is_preambular_opening(const resolution_state *st, span w, const char *text)
{
    return word_list_has(&st->preambular, text + w.offset, w.length) ||
           (w.length >= 5 && (ends_with(text, w, "ing") || ends_with(text, w, "ed")));
}

/* The stem of w without its last `cut` bytes, then suffix, with w's case
 * on the first letter; 1 when the operative (or preambular) list has it. */
static int listed_form(const word_list *list, const char *text, span w, size_t cut,
                       const char *suffix, char *out, size_t size)
{
    if (cut >= w.length)
        return 0;
    int n = snprintf(out, size, "%.*s%s", (int)(w.length - cut), text + w.offset, suffix);
    if (n < 0 || (size_t)n >= size)
        return 0;
    return word_list_has(list, out, (size_t)n);
}

int operative_form_of(const resolution_state *st, span w, const char *text, char *out, size_t size)
{
    const word_list *ops = &st->operative;
    if (ends_with(text, w, "ing"))          /* Noting → Notes, Requesting → Requests */
        return listed_form(ops, text, w, 3, "s", out, size) ||
               listed_form(ops, text, w, 3, "es", out, size);
    if (ends_with(text, w, "ed"))           /* Decided → Decides, Requested → Requests */
        return listed_form(ops, text, w, 2, "s", out, size) ||
               listed_form(ops, text, w, 1, "s", out, size) ||
               listed_form(ops, text, w, 2, "es", out, size);
    return listed_form(ops, text, w, 0, "s", out, size) ||    /* Request → Requests */
           listed_form(ops, text, w, 0, "es", out, size);     /* Stress → Stresses */
}

int participle_of(const resolution_state *st, span w, const char *text, char *out, size_t size)
{
    if (!ends_with(text, w, "s"))
        return 0;
    /* Notes → Not(e) → Noting; Requests → Requesting; Stresses → Stressing */
    size_t cut = 1;
    if (ends_with(text, w, "es") && !ends_with(text, w, "ees"))
        cut = 2;
    return listed_form(&st->preambular, text, w, cut, "ing", out, size) ||
           (cut == 2 && listed_form(&st->preambular, text, w, 1, "ing", out, size));
}

int has_operative_verb_after(const resolution_state *st, const char *text, size_t len, size_t offset)
{
    for (size_t i = offset; i < len;) {
        span w = text_word(text, len, i);
        if (w.length == 0) {
            i = w.offset + 1;
            continue;
        }
        if (islower((unsigned char)text[w.offset]) &&
            word_list_has(&st->operative, text + w.offset, w.length))
            return 1;
        i = w.offset + w.length;
    }
    return 0;
}
