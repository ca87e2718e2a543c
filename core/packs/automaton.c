#include "packs/automaton.h"
#include "packs/literal.h"
#include "util/vec.h"
#include "util/xalloc.h"

#include <string.h>

#define NONE UINT32_MAX

void automaton_build(automaton *a, const char *const *keywords, size_t count)
{
    memset(a, 0, sizeof *a);
    /* Classes: one per folded byte that some keyword uses, 0 for the rest. */
    unsigned char used[256] = {0};
    for (size_t k = 0; k < count; k++)
        for (const unsigned char *s = (const unsigned char *)keywords[k]; *s; s++)
            used[*s] = 1;
    unsigned char of_folded[256] = {0};
    a->classes = 1;
    for (int c = 0; c < 256; c++)
        if (used[c])
            of_folded[c] = (unsigned char)a->classes++;
    for (int c = 0; c < 256; c++)
        a->cls[c] = of_folded[literal_fold[c]];

    /* The trie, its transitions NONE where it has no edge. */
    size_t cap = 1;
    for (size_t k = 0; k < count; k++) {
        size_t n = strlen(keywords[k]);
        cap += n;
        if (n > a->longest)
            a->longest = n;
    }
    size_t nc = a->classes, states = 1;
    uint32_t *go = xmalloc(cap * nc * sizeof *go);
    memset(go, 0xFF, nc * sizeof *go);
    vec *outs = xmalloc(cap * sizeof *outs); /* per state: the keywords it ends */
    for (size_t s = 0; s < cap; s++)
        vec_init(&outs[s], sizeof(uint32_t));
    for (size_t k = 0; k < count; k++) {
        uint32_t s = 0;
        for (const unsigned char *p = (const unsigned char *)keywords[k]; *p; p++) {
            uint32_t *edge = &go[s * nc + of_folded[*p]];
            if (*edge == NONE) {
                memset(&go[states * nc], 0xFF, nc * sizeof *go);
                *edge = (uint32_t)states++;
            }
            s = *edge;
        }
        *(uint32_t *)vec_push(&outs[s]) = (uint32_t)k;
    }

    /* Breadth first: each state's failure link is known before its
     * children's, so missing edges and keyword lists can be borrowed. */
    uint32_t *fail = xcalloc(states, sizeof *fail);
    uint32_t *queue = xmalloc(states * sizeof *queue);
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < nc; c++) {
        uint32_t t = go[c];
        if (t == NONE) {
            go[c] = 0;
        } else {
            fail[t] = 0;
            queue[tail++] = t;
        }
    }
    while (head < tail) {
        uint32_t s = queue[head++];
        for (size_t i = 0; i < outs[fail[s]].len; i++)
            *(uint32_t *)vec_push(&outs[s]) = *(uint32_t *)vec_at(&outs[fail[s]], i);
        for (size_t c = 0; c < nc; c++) {
            uint32_t t = go[s * nc + c];
            if (t == NONE) {
                go[s * nc + c] = go[fail[s] * nc + c];
            } else {
                fail[t] = go[fail[s] * nc + c];
                queue[tail++] = t;
            }
        }
    }

    /* States that end a keyword are numbered last, so that the scan tells
     * them by a comparison beside its chain of loads, not inside it.  The
     * root, which ends none, stays 0. */
    uint32_t *number = xmalloc(states * sizeof *number);
    uint32_t *state_of = xmalloc(states * sizeof *state_of);
    size_t numbered = 0;
    for (int ending = 0; ending <= 1; ending++) {
        if (ending)
            a->accept_from = (uint32_t)(numbered * nc);
        for (size_t s = 0; s < states; s++)
            if ((outs[s].len > 0) == ending) {
                state_of[numbered] = (uint32_t)s;
                number[s] = (uint32_t)numbered++;
            }
    }
    a->next = xmalloc(states * nc * sizeof *a->next);
    for (size_t n = 0; n < states; n++)
        for (size_t c = 0; c < nc; c++)
            a->next[n * nc + c] = number[go[state_of[n] * nc + c]] * (uint32_t)nc;
    a->first_out = xmalloc((states + 1) * sizeof *a->first_out);
    size_t total = 0;
    for (size_t s = 0; s < states; s++)
        total += outs[s].len;
    a->out = xmalloc((total ? total : 1) * sizeof *a->out);
    total = 0;
    for (size_t n = 0; n < states; n++) {
        const vec *o = &outs[state_of[n]];
        a->first_out[n] = (uint32_t)total;
        if (o->len)
            memcpy(a->out + total, o->data, o->len * sizeof *a->out);
        total += o->len;
    }
    a->first_out[states] = (uint32_t)total;
    free(number);
    free(state_of);
    for (size_t s = 0; s < cap; s++)
        vec_free(&outs[s]);
    free(outs);
    free(go);
    free(fail);
    free(queue);
}

void automaton_free(automaton *a)
{
    free(a->next);
    free(a->first_out);
    free(a->out);
    memset(a, 0, sizeof *a);
}

static void report_state(const automaton *a, uint32_t v, size_t end,
                         void (*found)(void *arg, uint32_t keyword, size_t end), void *arg)
{
    uint32_t state = v / (uint32_t)a->classes;
    for (uint32_t k = a->first_out[state]; k < a->first_out[state + 1]; k++)
        found(arg, a->out[k], end);
}

/* The walk through the table is a chain of dependent loads: a text long
 * enough is walked as two halves at once, two chains the processor runs
 * side by side.  The second half starts a keyword's length early and
 * reports only what ends past the middle. */
void automaton_scan(const automaton *a, const char *text, size_t len,
                    void (*found)(void *arg, uint32_t keyword, size_t end), void *arg)
{
    const unsigned char *s = (const unsigned char *)text;
    const uint32_t *next = a->next;
    const unsigned char *cls = a->cls;
    const uint32_t accept = a->accept_from;
    size_t i = 0, mid = len, j = len;
    uint32_t v = 0, w = 0;
    if (len >= 2 * a->longest + 32) {
        mid = len / 2;
        j = mid - a->longest;
        for (; i < mid; i++, j++) {
            v = next[v + cls[s[i]]];
            w = next[w + cls[s[j]]];
            if ((v >= accept) | (w >= accept)) {
                if (v >= accept)
                    report_state(a, v, i + 1, found, arg);
                if (w >= accept && j >= mid)
                    report_state(a, w, j + 1, found, arg);
            }
        }
    }
    for (; i < mid; i++) {
        v = next[v + cls[s[i]]];
        if (v >= accept)
            report_state(a, v, i + 1, found, arg);
    }
    for (; j < len; j++) {
        w = next[w + cls[s[j]]];
        if (w >= accept)
            report_state(a, w, j + 1, found, arg);
    }
}
