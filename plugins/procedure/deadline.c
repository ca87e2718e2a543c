/*
 * procedure/deadline: a request dated as the rule it invokes allows.  The
 * limits are the rules' own, counted back from the opening of a session
 * (ga-rules-of-procedure.json constraints): a supplementary item (rule 14)
 * is requested at least thirty days before the opening, an additional item
 * (rule 15) less than thirty days before it or during the session, a
 * provisional agenda (rule 12) goes out sixty days ahead, and so on.
 *
 * A limit on a request binds a document that is the request (request.c);
 * the others, on communications of the Secretariat, bind a document that
 * states the opening date and comes before it — one written afterwards
 * speaks of the communication rather than being it.  The document's date
 * is the letter's ("Letter dated 14 July 2009"), else its own.  The session
 * is the one the citation's sentence names, else the masthead's; its
 * opening is the date the document states for it ("the session, which
 * opens on ..."), else, for a request at a regular session, the date in
 * ga-sessions.json.  A citation the rule-subject rule finds misplaced is
 * left to it: its limit is not the one the writer meant.
 */
#include "procedure.h"
#include "entities.h"
#include "ordinal.h"
#include "ymd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The document's date and what it is, for the message. */
static int document_date(const clerk_masthead *m, clerk_ymd *date, const char **what)
{
    if (m->letter_date.year && m->letter_date.day) {
        *date = m->letter_date;
        *what = "the letter";
        return 1;
    }
    if (m->date.year && m->date.day) {
        *date = m->date;
        *what = "the document";
        return 1;
    }
    return 0;
}

static int in_sentence(const clerk_loc *loc, size_t block, size_t from, size_t to)
{
    return loc->block == block && loc->text_offset >= from && loc->text_offset < to;
}

/* The first session named in a block's text [from, to), or NULL. */
static const clerk_session_ref *session_in(const clerk_api *api, const clerk_doc *doc, size_t block,
                                           size_t from, size_t to)
{
    size_t n = api->entity_count(doc, CLERK_ENT_SESSION);
    for (size_t i = entity_first_in_block(api, doc, CLERK_ENT_SESSION, block); i < n; i++) {
        const clerk_session_ref *s = clerk_session_at(api, doc, i);
        if (s->loc.block != block)
            break;
        if (in_sentence(&s->loc, block, from, to))
            return s;
    }
    return NULL;
}

/* The session a sentence asks about: the one named after "agenda" ("in the
 * agenda of the sixty-fourth session"), else the first it names. */
static const clerk_session_ref *named_session(const clerk_api *api, const clerk_doc *doc,
                                              const procedure_state *st, size_t block, size_t from,
                                              size_t to)
{
    const clerk_block *b = api->block(doc, block);
    size_t agenda = phrase_find(&st->request_object, b->text, from, to, NULL);
    const clerk_session_ref *s = agenda != PHRASE_NONE ? session_in(api, doc, block, agenda, to) : NULL;
    return s ? s : session_in(api, doc, block, from, to);
}

/*
 * The opening dates the document states: dates in a sentence that speaks
 * of opening, each with the first session the sentence names.  Gathered
 * once per document rather than for each citation, which read every date's
 * sentence again and made the rule quadratic in long reports.
 */
typedef struct stated_opening {
    const clerk_session_ref *session;
    clerk_ymd date;
} stated_opening;

typedef struct openings {
    stated_opening *items;
    size_t count;
    int gathered;
} openings;

static void gather_openings(const clerk_api *api, const clerk_doc *doc, const procedure_state *st,
                            openings *o)
{
    o->gathered = 1;
    size_t n = api->entity_count(doc, CLERK_ENT_DATE);
    if (!n || !(o->items = malloc(n * sizeof *o->items)))
        return;
    int by_block = phrases_stay_in_sentences(&st->opening);
    size_t block = (size_t)-1;
    int block_opens = 0; /* the block of the last date speaks of opening */
    sentence sent = NO_SENTENCE;
    const clerk_session_ref *s = NULL; /* the session of an opening the sentence speaks of */
    for (size_t i = 0; i < n; i++) {
        const clerk_date *d = clerk_date_at(api, doc, i);
        if (!(d->flags & CLERK_DATE_VALID) || (d->flags & CLERK_DATE_IN_SYMBOL))
            continue;
        if (d->loc.block != block) {
            const clerk_block *b = api->block(doc, block = d->loc.block);
            block_opens = !by_block || phrase_in(&st->opening, b->text, 0, b->text_length);
        }
        if (!block_opens)
            continue;
        if (sentence_of(api, doc, d->loc.block, d->loc.text_offset, &sent)) {
            const clerk_block *b = api->block(doc, d->loc.block);
            s = phrase_in(&st->opening, b->text, sent.from, sent.to)
                    ? session_in(api, doc, d->loc.block, sent.from, sent.to)
                    : NULL;
        }
        if (s)
            o->items[o->count++] = (stated_opening){s, d->ymd};
    }
}

/* The opening date the document states for a session: the first date in a
 * sentence that speaks of opening and names that session first. */
static int stated_opening_of(const clerk_api *api, const clerk_doc *doc, const procedure_state *st,
                             openings *o, int session, int kind, clerk_ymd *out)
{
    if (!o->gathered)
        gather_openings(api, doc, st, o);
    for (size_t i = 0; i < o->count; i++) {
        const clerk_session_ref *s = o->items[i].session;
        if (s->session == session && s->session_kind == kind) {
            *out = o->items[i].date;
            return 1;
        }
    }
    return 0;
}

/* The limit of a rule that binds a request, or a communication; of
 * several (notice of a special session: fourteen or ten days, as who
 * convened it), the shortest. */
static const time_limit *applicable_limit(const procedure_state *st, int rule, int request)
{
    const time_limit *best = NULL;
    for (size_t i = 0; i < st->limit_count; i++) {
        const time_limit *l = &st->limits[i];
        if (l->rule == rule && l->on_request == request && (!best || l->days < best->days))
            best = l;
    }
    return best;
}

static int has_limit(const procedure_state *st, int rule)
{
    for (size_t i = 0; i < st->limit_count; i++)
        if (st->limits[i].rule == rule)
            return 1;
    return 0;
}

typedef struct timing {
    clerk_ymd date, opening;
    const char *what;       /* "the letter" */
    int session, kind;      /* the session's number and kind (0 regular, 1 special, 2 emergency) */
    long days;              /* from the date to the opening */
} timing;

static void report_limit(const clerk_api *api, clerk_ctx *ctx, const clerk_rule_cite *c,
                         const time_limit *l, const timing *tm)
{
    static const char *const kinds[] = {"", " special", " emergency special"};
    char date[32], opening[32], session[32], when[64];
    ymd_format(tm->date, date, sizeof date);
    ymd_format(tm->opening, opening, sizeof opening);
    ordinal_words(tm->session, session, sizeof session);
    if (tm->days > 0)
        snprintf(when, sizeof when, "%ld day%s before", tm->days, tm->days == 1 ? "" : "s");
    else if (tm->days == 0)
        snprintf(when, sizeof when, "on the day of");
    else
        snprintf(when, sizeof when, "after");
    api->report(ctx, c->loc.offset, c->loc.length, NULL,
                "under rule %d, a %s comes %s %d days before the opening: %s of %s is %s the "
                "opening of the %s%s session on %s",
                c->rule, l->subject, l->kind == LIMIT_AT_LEAST ? "at least" : "less than", l->days,
                tm->what, date, when, session, kinds[tm->kind], opening);
}

void check_deadline(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    const procedure_state *st = api->state(ctx);
    const clerk_masthead *m = api->masthead(doc);
    timing tm;
    text_span request;
    if (!document_date(m, &tm.date, &tm.what))
        return;
    int is_request = -1; /* looked for at the first citation of a rule with a limit */
    char reported[512] = {0}; /* one finding per rule and document */
    openings stated_openings = {0};
    for (size_t i = 0, n = api->entity_count(doc, CLERK_ENT_RULE); i < n; i++) {
        const clerk_rule_cite *c = clerk_rule_cite_at(api, doc, i);
        char how[160];
        const ga_rule *rule = ga_rule_at(st, c->rule);
        if (!rule || !has_limit(st, c->rule))
            continue;
        if (is_request < 0)
            is_request = find_request(api, ctx, doc, st, &request);
        const time_limit *l = applicable_limit(st, c->rule, is_request);
        if (!l || (size_t)c->rule >= sizeof reported || reported[c->rule] ||
            cited_body(api, doc, st, c, how, sizeof how) != CLERK_BODY_GA ||
            is_rule_heading(api, doc, c) || misplaced_subject(api, doc, st, c))
            continue;
        const clerk_block *b = api->block(doc, c->loc.block);
        size_t from, to;
        sentence_bounds(b->text, b->text_length, c->loc.text_offset, &from, &to);
        const clerk_session_ref *s = named_session(api, doc, st, c->loc.block, from, to);
        tm.session = s ? s->session : m->session;
        tm.kind = s ? s->session_kind : m->session_kind;
        int regular_rule = strcmp(rule->applies_to, "regular session") == 0;
        if (tm.session <= 0 || tm.kind < 0 || tm.kind > 2 || (regular_rule && tm.kind != 0))
            continue;
        const clerk_ymd *table = tm.kind == 0 ? ga_session_opening(&st->sessions, tm.session) : NULL;
        int stated = stated_opening_of(api, doc, st, &stated_openings, tm.session, tm.kind, &tm.opening);
        if (!stated && (!table || !is_request))
            continue;
        if (!stated)
            tm.opening = *table;
        tm.days = ymd_days(tm.opening) - ymd_days(tm.date);
        if (!is_request && tm.days < 0)
            continue; /* written after the opening: about the communication, not it */
        int late = l->kind == LIMIT_AT_LEAST && tm.days < l->days;
        int early = l->kind == LIMIT_LESS_THAN && tm.days >= l->days;
        if (late || early) {
            report_limit(api, ctx, c, l, &tm);
            reported[c->rule] = 1;
        }
    }
    free(stated_openings.items);
}
