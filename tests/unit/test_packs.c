/* Rule packs: the literals read from patterns, the automaton, each rule
 * type, scopes, exceptions, message references, and the packs refused
 * (a bad pattern with its offset, bad JSON with its position). */
#include "doc/doc.h"
#include "engine/config.h"
#include "engine/finding.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "packs/automaton.h"
#include "packs/literal.h"
#include "packs/pack.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- literals ---------------------------------------------------------- */

/* The literals of a pattern joined by "|", after "^" when every match
 * starts with one of them; "-" when there are none. */
static char *literals(const char *pattern, int caseless)
{
    vec out;
    int prefix;
    strbuf sb = STRBUF_INIT;
    if (!literal_required(pattern, caseless, &out, &prefix)) {
        ck_assert_uint_eq(out.len, 0);
        vec_free(&out);
        return xstrdup("-");
    }
    sb_puts(&sb, prefix ? "^" : "");
    for (size_t i = 0; i < out.len; i++)
        sb_printf(&sb, "%s%s", i ? "|" : "", *(char **)vec_at(&out, i));
    literal_list_free(&out);
    return sb.data;
}

#define ck_literals(pattern, caseless, expected)                        \
    do {                                                                \
        char *got = literals(pattern, caseless);                        \
        ck_assert_str_eq(got, expected);                                \
        free(got);                                                      \
    } while (0)

START_TEST(test_literal_runs)
{
    ck_literals("\\bUnited Nation\\b", 0, "^united nation");
    ck_literals("colou?r", 0, "^colo");
    ck_literals("\\w+ per cent", 0, " per cent");
    ck_literals("[0-9]{5,}", 0, "^00000");
    ck_literals("[Ss]ession", 0, "^session");
    ck_literals("\\b([Ff]rom) [0-9]", 0, "^from 0");
    ck_literals("[“”]", 0, "^“|”");
    ck_literals("\\bprogram(?!me)", 0, "^program");
    ck_literals("(?<![\\p{L}-])member\\s+states", 1, "^member");
    ck_literals("a\\.b", 0, "^a.b");
    /* Rare bytes tell more than common ones. */
    ck_literals("([0-9])\\s?%", 0, "%");
    /* The last of a repeated character is next to what follows. */
    ck_literals("\\w +,;", 0, " ,;");
    /* What a lookaround requires is there too, but does not start the match. */
    ck_literals("(?<=\\S) +(?=,)", 0, " ,");
    ck_literals("(?<=ab)cd", 0, "abcd");
    ck_literals("\\w(?=abc)", 0, "abc");
}
END_TEST

START_TEST(test_literal_alternations)
{
    /* Groups of literals multiply out with the run around them. */
    ck_literals("\\b(organis|recognis)e", 0, "^organise|recognise");
    ck_literals("\\b(?:organi|recogni)z(?:e|ed)\\b", 0, "^organize|organized|recognize|recognized");
    ck_literals("(?:centre|center)s?", 0, "^center|centre");
    ck_literals("x(?:abc|de)yz", 0, "^xabcyz|xdeyz");
    ck_literals("alpha|beta", 0, "^alpha|beta");
    ck_literals("(?:ab|cd)(?:ef|gh)(?:ij|kl)", 0, "^abefij|abefkl|abghij|abghkl|cdefij|cdefkl|cdghij|cdghkl");
    /* A branch that is not a literal offers its best. */
    ck_literals("fixed(?:abc|\\w+)", 0, "^fixed");
    ck_literals("(?:abc|def\\w+)x", 0, "^abc|def");
    ck_literals("\\w(?:abc|def\\w+)", 0, "abc|def");
    /* A group whose matches start with its literals continues the run. */
    ck_literals("\\bfrom ([0-9][0-9,.]*)", 0, "^from 0");
    /* A run grows through a single character however many texts it has;
     * past 64 texts a product starts a run of its own. */
    char *got = literals("(?:ab|cd)(?:ef|gh)(?:ij|kl)(?:mn|op)(?:qr|st)(?:uv|wx)(?:yz|za)z", 0);
    ck_assert_str_eq(strrchr(got, '|'), "|cdghklopstwx"); /* the 64 texts of the first run */
    free(got);
    strbuf many = STRBUF_INIT;
    sb_puts(&many, "(?:");
    for (int i = 0; i < 70; i++)
        sb_printf(&many, "%sw%c%c", i ? "|" : "", 'a' + i / 26, 'a' + i % 26);
    sb_puts(&many, ")z");
    vec out;
    int prefix;
    ck_assert(literal_required(many.data, 0, &out, &prefix));
    ck_assert_uint_eq(out.len, 70);
    ck_assert_str_eq(*(char **)vec_at(&out, 69), "wcrz");
    literal_list_free(&out);
    sb_free(&many);
    /* A branch without a literal leaves the pattern without one. */
    ck_literals("alpha|\\w+", 0, "-");
    ck_literals("(?:alpha)?beta", 0, "beta");
    ck_literals("(?:alpha)?", 0, "-");
}
END_TEST

START_TEST(test_literal_refusals)
{
    ck_literals("(?x) a b c", 0, "-");
    ck_literals("\\Qa.b\\E", 0, "-");
    ck_literals("(?(1)a|b)", 0, "-");
    ck_literals("\\d+", 0, "-");
    ck_literals("[a-z]+", 0, "-");
    /* Letters beyond ASCII fold otherwise: none under caseless matching. */
    ck_literals("Straße", 1, "^stra");
    ck_literals("Straße", 0, "^straße");
    ck_literals("(?i)Ärger", 0, "rger");
    /* Quotes have no case. */
    ck_literals("“", 1, "^“");
}
END_TEST

/* ---- the automaton ----------------------------------------------------- */

static void collect(void *arg, uint32_t keyword, size_t end)
{
    strbuf *sb = arg;
    sb_printf(sb, "%u@%zu ", keyword, end);
}

START_TEST(test_automaton_finds_every_keyword)
{
    const char *keywords[] = {"he", "she", "his", "hers", "00"};
    automaton a;
    automaton_build(&a, keywords, 5);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    const char *text = "USHERS in 1999";
    automaton_scan(&a, text, strlen(text), collect, &sb);
    ck_assert_str_eq(sb.data, "1@4 0@4 3@6 4@12 4@13 4@14 ");
    sb_free(&sb);
    automaton_free(&a);
}
END_TEST

static void count_ends(void *arg, uint32_t keyword, size_t end)
{
    size_t *ends = arg; /* per keyword: the sum of its ends, then their count */
    ends[2 * keyword] += end;
    ends[2 * keyword + 1]++;
}

/* A long text is walked as two halves, a short one whole: what straddles
 * the middle is found once, as is everything else. */
START_TEST(test_automaton_long_texts)
{
    const char *keywords[] = {"abcd", "cd", "x"};
    automaton a;
    automaton_build(&a, keywords, 3);
    for (size_t len = 1; len < 140; len++) {
        char *text = xmalloc(len + 1);
        memset(text, 'q', len);
        text[len] = '\0';
        for (size_t at = 0; at + 4 <= len; at += 7)
            memcpy(text + at, at % 2 ? "abcd" : "xcdx", 4);
        size_t got[6] = {0}, want[6] = {0};
        automaton_scan(&a, text, len, count_ends, got);
        for (size_t k = 0; k < 3; k++)
            for (const char *p = strstr(text, keywords[k]); p; p = strstr(p + 1, keywords[k])) {
                want[2 * k] += (size_t)(p - text) + strlen(keywords[k]);
                want[2 * k + 1]++;
            }
        for (size_t k = 0; k < 6; k++)
            ck_assert_uint_eq(got[k], want[k]);
        free(text);
    }
    automaton_free(&a);
}
END_TEST

/* ---- packs ------------------------------------------------------------- */

static registry reg;
static char pack_path[64];

static void setup(void)
{
    registry_init(&reg);
    const char *dir = getenv("TMPDIR");
    snprintf(pack_path, sizeof pack_path, "%s/pack-XXXXXX", dir && strlen(dir) < 40 ? dir : "/tmp");
    int fd = mkstemp(pack_path);
    ck_assert_int_ge(fd, 0);
    close(fd);
}

static void teardown(void)
{
    registry_free(&reg);
    unlink(pack_path);
}

static void write_pack(const char *json)
{
    FILE *f = fopen(pack_path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(json, f);
    fclose(f);
}

/* Loads a pack of one rule (its JSON members given) into the registry. */
static int load_rule(const char *members, char *err, size_t n)
{
    char *json = xasprintf("{\"name\": \"t\", \"version\": \"1\", \"rules\": [{\"id\": \"r\", %s}]}", members);
    write_pack(json);
    free(json);
    return pack_load(&reg, pack_path, err, n);
}

static void must_load(const char *members)
{
    char err[1024] = "";
    ck_assert_msg(load_rule(members, err, sizeof err) == 0, "refused: %s", err);
}

/* The reason a pack of one rule is refused, after the file's name. */
static char refusal[1024];

static const char *refused(const char *members)
{
    char err[1024] = "";
    ck_assert_int_ne(load_rule(members, err, sizeof err), 0);
    size_t n = strlen(pack_path);
    ck_assert_msg(strncmp(err, pack_path, n) == 0, "no file name in: %s", err);
    snprintf(refusal, sizeof refusal, "%s", err + n);
    return refusal;
}

/* The findings of every rule over a Markdown text, as
 * "rule@offset+length: message => fix;" in order.  With a tail, each
 * block's text is first moved to a copy the tail follows: a text is its
 * text_length bytes, and what comes after it must change nothing. */
static char *lint_before(const char *src, const char *tail)
{
    char err[256];
    clerk_doc *doc = doc_parse("t.md", xstrdup(src), strlen(src), DOC_FORMAT_MARKDOWN, err, sizeof err);
    ck_assert_ptr_nonnull(doc);
    for (size_t i = 0; tail && i < doc->blocks.len; i++) {
        clerk_block *b = vec_at(&doc->blocks, i);
        char *t = arena_alloc(&doc->arena, b->text_length + strlen(tail) + 1);
        memcpy(t, b->text, b->text_length);
        strcpy(t + b->text_length, tail);
        b->text = t;
    }
    rule_state *states = config_resolve(NULL, &reg, NULL, 0);
    vec findings = VEC_INIT(finding);
    lint_document(&reg, states, doc, &findings);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "");
    for (size_t i = 0; i < findings.len; i++) {
        const finding *f = vec_at(&findings, i);
        sb_printf(&sb, "%s@%zu+%zu: %s", f->rule, f->offset, f->length, f->message);
        if (f->replacement)
            sb_printf(&sb, " => %s", f->replacement);
        sb_puts(&sb, ";");
    }
    findings_free(&findings);
    free(states);
    doc_free(doc);
    return sb.data;
}

#define ck_lint_before(src, tail, expected)                             \
    do {                                                                \
        char *got = lint_before(src, tail);                             \
        ck_assert_str_eq(got, expected);                                \
        free(got);                                                      \
    } while (0)

#define ck_lint(src, expected) ck_lint_before(src, NULL, expected)

START_TEST(test_pack_rules_are_registered)
{
    write_pack("{\"name\": \"house\", \"version\": \"2.1\", \"summary\": \"House style\", \"rules\": ["
               "{\"id\": \"no-todo\", \"type\": \"existence\", \"message\": \"m\", \"summary\": \"No TODO\","
               " \"severity\": \"error\", \"patterns\": [\"TODO\"],"
               " \"examples\": {\"good\": [\"Done.\"], \"bad\": [\"TODO: this.\"]}},"
               "{\"id\": \"twice\", \"type\": \"repetition\", \"message\": \"twice\"}]}");
    char err[1024] = "";
    ck_assert_msg(pack_load(&reg, pack_path, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(reg.rules.len, 2);
    const rule_info *ri = registry_rule(&reg, 0);
    ck_assert_str_eq(ri->id, "house/no-todo");
    ck_assert_str_eq(ri->rule.summary, "No TODO");
    ck_assert_int_eq(ri->rule.severity, CLERK_ERROR);
    ck_assert_str_eq(ri->rule.good[0], "Done.");
    ck_assert_ptr_null(ri->rule.good[1]);
    ck_assert_str_eq(ri->rule.bad[0], "TODO: this.");
    /* No summary: the message stands in; no severity: a warning. */
    ck_assert_str_eq(registry_rule(&reg, 1)->rule.summary, "twice");
    ck_assert_int_eq(registry_rule(&reg, 1)->rule.severity, CLERK_WARNING);
    const clerk_plugin *d = registry_plugin(&reg, 0)->desc;
    ck_assert_str_eq(d->name, "house");
    ck_assert_str_eq(d->version, "2.1");
    ck_assert_str_eq(d->summary, "House style");
    /* The same file again is loaded once; another file of that name is refused. */
    ck_assert_int_eq(pack_load(&reg, pack_path, err, sizeof err), 0);
    ck_assert_uint_eq(reg.plugins.len, 1);
}
END_TEST

START_TEST(test_existence_with_captures)
{
    must_load("\"type\": \"existence\", \"message\": \"no \\\"$0\\\" (year $1)\","
              " \"patterns\": [\"\\\\bFY ?([0-9]{4})\\\\b\"]");
    ck_lint("Budget for FY2010 and FY 2011.\n",
            "t/r@11+6: no \"FY2010\" (year 2010);t/r@22+7: no \"FY 2011\" (year 2011);");
    ck_lint("Budget for 2010.\n", "");
}
END_TEST

START_TEST(test_substitution_gives_a_fix)
{
    must_load("\"type\": \"substitution\", \"message\": \"write \\\"${expected}\\\", not \\\"$0\\\"\","
              " \"ignorecase\": true,"
              " \"swap\": {\"\\\\borganis(e|es|ed|ing|ation|ations)\\\\b\": \"organiz$1\","
              "           \"([0-9])\\\\s?%\": \"$1 per cent\"}");
    ck_lint("We organised 5% of it.\n",
            "t/r@3+9: write \"organized\", not \"organised\" => organized;"
            "t/r@13+2: write \"5 per cent\", not \"5%\" => 5 per cent;");
    /* The right form takes the case of the match. */
    ck_lint("Organisation; ORGANISATION.\n",
            "t/r@0+12: write \"Organization\", not \"Organisation\" => Organization;"
            "t/r@14+12: write \"ORGANIZATION\", not \"ORGANISATION\" => ORGANIZATION;");
}
END_TEST

START_TEST(test_substitution_silent_on_the_right_form)
{
    must_load("\"type\": \"substitution\", \"message\": \"m\", \"ignorecase\": true,"
              " \"swap\": {\"\\\\bprogramm?e?\\\\b\": \"programme\"}");
    ck_lint("The programme and the Programme.\n", "");
    ck_lint("The program.\n", "t/r@4+7: m => programme;");
}
END_TEST

START_TEST(test_capitalization)
{
    must_load("\"type\": \"capitalization\", \"message\": \"write \\\"${expected}\\\"\","
              " \"terms\": [\"Member States\", \"member States\", \"Secretary-General\"],"
              " \"exceptions\": [\"[Ff]ederal member states\"]");
    ck_lint("The Member States and the Secretary-General.\n", "");
    /* Spaces between the words do not matter; a space for the hyphen does. */
    ck_lint("The Member\nStates.\n", "");
    ck_lint("The Member\u00a0States.\n", "");
    /* Of two accepted forms, the writer chooses: no fix. */
    ck_lint("All member states and the Secretary General.\n",
            "t/r@4+13: write \"Member States\";"
            "t/r@26+17: write \"Secretary-General\" => Secretary-General;");
    /* A term written right is passed over without its pattern; at word
     * boundaries only, as the pattern would have it. */
    ck_lint("Member States, member states, -member states, member states2, Member States-based.\n",
            "t/r@15+13: write \"Member States\";");
    /* Any of the terms is right; capitals throughout are a heading's. */
    ck_lint("The member States of the Union.\n\n# THE SECRETARY-GENERAL\n", "");
    ck_lint("The MEMBER States.\n", "t/r@4+13: write \"Member States\";");
    /* An exception is matched with its own case. */
    ck_lint("The federal member states.\n", "");
    ck_lint("The Federal member states.\n", "");
    ck_lint("The FEDERAL member states.\n", "t/r@12+13: write \"Member States\";");
    ck_lint("The secretary-general.\n", "t/r@4+17: write \"Secretary-General\" => Secretary-General;");
    /* Whole words only: part of a longer title is not the term. */
    ck_lint("The Under-Secretary-General; non-member states.\n", "");
}
END_TEST

START_TEST(test_consistency_keeps_the_most_used_form)
{
    must_load("\"type\": \"consistency\", \"message\": \"$0: the document uses ${expected} quotes\","
              " \"forms\": {\"curly\": \"[“”]\", \"straight\": \"\\\"\"}");
    ck_lint("He said “yes”.\n\nShe said “no”.\n\nThey said \"maybe\".\n",
            "t/r@50+1: \": the document uses curly quotes;t/r@56+1: \": the document uses curly quotes;");
    ck_lint("He said \"yes\" and \"no\", and “maybe”.\n",
            "t/r@28+3: “: the document uses straight quotes;t/r@36+3: ”: the document uses straight quotes;");
    /* One form alone is consistent. */
    ck_lint("He said \"yes\".\n", "");
    /* Between equals, the first used wins. */
    ck_lint("He said \"yes\".\n\nShe said “no”.\n",
            "t/r@25+3: “: the document uses straight quotes;t/r@30+3: ”: the document uses straight quotes;");
}
END_TEST

START_TEST(test_occurrence_per_block)
{
    must_load("\"type\": \"occurrence\", \"message\": \"\\\"$0\\\" number ${count}, more than ${limit}\","
              " \"max\": 1, \"patterns\": [\"\\\\binter alia\\\\b\"]");
    ck_lint("It noted, inter alia, the reports.\n\nIt welcomed, inter alia, the plan.\n", "");
    ck_lint("It noted, inter alia, the reports and, inter alia, the plan.\n",
            "t/r@39+10: \"inter alia\" number 2, more than 1;");
}
END_TEST

START_TEST(test_occurrence_minimum_and_document)
{
    must_load("\"type\": \"occurrence\", \"message\": \"${count} of at least ${limit}\","
              " \"min\": 2, \"per\": \"document\", \"scope\": \"heading\", \"patterns\": [\"Annex\"]");
    ck_lint("# Annex I\n\nText.\n\n# Annex II\n", "");
    ck_lint("# Report\n\nAnnex I is attached.\n\n# Annex I\n", "t/r@2+6: 1 of at least 2;");
}
END_TEST

START_TEST(test_repetition)
{
    must_load("\"type\": \"repetition\", \"message\": \"\\\"${expected}\\\" twice: $0\", \"ignorecase\": true,"
              " \"exceptions\": [\"\\\\bhad had\\\\b\"]");
    ck_lint("The the report of of the Committee.\n",
            "t/r@0+7: \"The\" twice: The the => The;t/r@15+5: \"of\" twice: of of => of;");
    ck_lint("It had had no effect; the end. The end; 10 10; the, the.\n", "");
    ck_lint("État état.\n", "");
    ck_lint("État État.\n", "t/r@0+11: \"État\" twice: État État => État;");
    /* The last word ends with the text, whatever letters follow it. */
    ck_lint_before("Of the the\n", "m", "t/r@3+7: \"the\" twice: the the => the;");
    ck_lint_before("Of the the\n", " the", "t/r@3+7: \"the\" twice: the the => the;");
}
END_TEST

START_TEST(test_scopes)
{
    write_pack("{\"name\": \"t\", \"version\": \"1\", \"rules\": ["
               "{\"id\": \"h\", \"type\": \"existence\", \"message\": \"h\", \"scope\": \"heading\", \"patterns\": [\"X\"]},"
               "{\"id\": \"p\", \"type\": \"existence\", \"message\": \"p\", \"scope\": \"paragraph\", \"patterns\": [\"X\"]},"
               "{\"id\": \"f\", \"type\": \"existence\", \"message\": \"f\", \"scope\": \"footnote\", \"patterns\": [\"X\"]},"
               "{\"id\": \"t\", \"type\": \"existence\", \"message\": \"t\", \"scope\": [\"table\"], \"patterns\": [\"X\"]},"
               "{\"id\": \"pre\", \"type\": \"existence\", \"message\": \"pre\", \"scope\": \"preambular\", \"patterns\": [\"X\"]},"
               "{\"id\": \"op\", \"type\": \"existence\", \"message\": \"op\", \"scope\": \"operative\", \"patterns\": [\"X\"]}]}");
    char err[1024] = "";
    ck_assert_msg(pack_load(&reg, pack_path, err, sizeof err) == 0, "%s", err);
    ck_lint("# X\n", "t/h@2+1: h;");
    ck_lint("X.\n", "t/p@0+1: p;");
    ck_lint("Text.[^1]\n\n[^1]: X.\n", "t/f@17+1: f;");
    ck_lint("| a |\n|---|\n| X |\n", "t/t@14+1: t;");
    ck_lint("The General Assembly,\n\n*Recalling* X,\n\n1. *Decides* X;\n",
            "t/p@35+1: p;t/pre@35+1: pre;t/op@52+1: op;t/p@52+1: p;");
}
END_TEST

START_TEST(test_exceptions_and_prefilter_agree)
{
    /* One pattern with a literal, one without: both are found, and a
     * document without the literal after one with it reports nothing. */
    write_pack("{\"name\": \"t\", \"version\": \"1\", \"rules\": ["
               "{\"id\": \"a\", \"type\": \"existence\", \"message\": \"a\", \"ignorecase\": true,"
               " \"patterns\": [\"\\\\bcenter\\\\b\", \"\\\\b[0-9]{3}\\\\s+[0-9]{3}\\\\b\"],"
               " \"exceptions\": [\"Carter Center\"]},"
               "{\"id\": \"b\", \"type\": \"existence\", \"message\": \"b\", \"patterns\": [\"zzz\"]}]}");
    char err[1024] = "";
    ck_assert_msg(pack_load(&reg, pack_path, err, sizeof err) == 0, "%s", err);
    ck_lint("The Center and 100 000 people; zzz.\n", "t/a@4+6: a;t/a@15+7: a;t/b@31+3: b;");
    ck_lint("The Carter Center; the centre.\n", "");
    ck_lint("Nothing here.\n", "");
}
END_TEST

START_TEST(test_anchored_pattern_tries_its_first_bytes)
{
    /* "^[0-9]" has no literal: a block is passed over when its first byte
     * cannot start a match, and searched when it can. */
    must_load("\"type\": \"existence\", \"message\": \"$0\", \"patterns\": [\"^(?:[0-9]+|Q) (?=x)\"]");
    ck_lint("12 x.\n\nQ x.\n\nA 12 x.\n\n12 y.\n", "t/r@0+3: 12 ;t/r@7+2: Q ;");
}
END_TEST

START_TEST(test_exception_runs_where_its_literal_is)
{
    /* The pattern has no literal, the exception has one: the exception is
     * matched in the blocks that hold its literal, and only there. */
    must_load("\"type\": \"existence\", \"message\": \"$0\","
              " \"patterns\": [\"\\\\b\\\\p{Lu}{4,}\\\\b\"], \"exceptions\": [\"\\\\bNATO\\\\b\"]");
    ck_lint("NATO and UNDP.\n\nNATO.\n\nUNEP.\n", "t/r@9+4: UNDP;t/r@23+4: UNEP;");
    ck_lint("The nato of UNDP.\n", "t/r@12+4: UNDP;");
}
END_TEST

/* A pattern that backtracks for ages stops at PCRE2's limits: the rule
 * says so once, and the other rules go on. */
START_TEST(test_runaway_pattern_stops_its_rule)
{
    write_pack("{\"name\": \"t\", \"version\": \"1\", \"rules\": ["
               "{\"id\": \"slow\", \"type\": \"existence\", \"message\": \"m\", \"patterns\": [\"(a|aa)+$\"]},"
               "{\"id\": \"todo\", \"type\": \"existence\", \"message\": \"$0\", \"patterns\": [\"TODO\"]}]}");
    char err[1024] = "";
    ck_assert_msg(pack_load(&reg, pack_path, err, sizeof err) == 0, "%s", err);
    strbuf doc = STRBUF_INIT;
    sb_puts(&doc, "x ");
    for (int i = 0; i < 200; i++)
        sb_puts(&doc, "aaaaaaaaaa");
    sb_puts(&doc, "b TODO\n\nA TODO.\n");
    ck_lint(doc.data, "clerk/pattern-limit@0+0: rule t/slow stopped here: a pattern reached PCRE2's limit "
                      "(match limit exceeded); the rest of the document was not checked by it;"
                      "t/todo@2004+4: TODO;t/todo@2012+4: TODO;");
    sb_free(&doc);
    ck_lint("A TODO.\n", "t/todo@2+4: TODO;");
}
END_TEST

START_TEST(test_bad_pattern_is_refused_with_its_offset)
{
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"m\", \"patterns\": [\"(unclosed\"]"),
                     ": rule 'r': pattern \"(unclosed\" does not compile: at offset 9: "
                     "missing closing parenthesis");
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"m\", \"patterns\": [\"a\"],"
                             " \"exceptions\": [\"x{2,1}\"]"),
                     ": rule 'r': pattern \"x{2,1}\" does not compile: at offset 5: "
                     "numbers out of order in {} quantifier");
    ck_assert_uint_eq(reg.plugins.len, 0);
}
END_TEST

START_TEST(test_bad_json_is_refused_with_its_position)
{
    write_pack("{\n  \"name\": \"t\",\n  \"rules\": [,]\n}\n");
    char err[1024] = "";
    ck_assert_int_ne(pack_load(&reg, pack_path, err, sizeof err), 0);
    char *expected = xasprintf("%s:3:13: ", pack_path);
    ck_assert_msg(strncmp(err, expected, strlen(expected)) == 0, "got: %s", err);
    free(expected);
    write_pack("{\"name\": \"t\", \"name\": \"u\"}");
    ck_assert_int_ne(pack_load(&reg, pack_path, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr(err, "duplicate object key"));
}
END_TEST

START_TEST(test_message_references_are_checked)
{
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"$2\", \"patterns\": [\"(a)\"]"),
                     ": rule 'r': \"message\": \"$2\" refers to a group the pattern does not have (it has 1)");
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"${expected}\", \"patterns\": [\"a\"]"),
                     ": rule 'r': \"message\": unknown reference \"${expected}\" (this rule type allows $0 to $9, $$)");
    ck_assert_str_eq(refused("\"type\": \"substitution\", \"message\": \"m\", \"swap\": {\"a\": \"$1\"}"),
                     ": rule 'r': the replacement of \"a\": \"$1\" refers to a group the pattern does not have (it has 0)");
    must_load("\"type\": \"existence\", \"message\": \"costs $$5: $0\", \"patterns\": [\"fee\"]");
    ck_lint("A fee.\n", "t/r@2+3: costs $5: fee;");
}
END_TEST

START_TEST(test_rule_keys_are_checked)
{
    ck_assert_str_eq(refused("\"type\": \"existance\", \"message\": \"m\""),
                     ": rule 'r': \"type\" must be existence, substitution, capitalization, "
                     "consistency, occurrence or repetition");
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"m\", \"patterns\": [\"a\"], \"ignorcase\": true"),
                     ": rule 'r': unknown key \"ignorcase\" in a rule");
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"m\", \"swap\": {\"a\": \"b\"}"),
                     ": rule 'r': \"swap\" is not a key of existence rule");
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"m\", \"patterns\": [\"a\"], \"scope\": \"body\""),
                     ": rule 'r': unknown scope \"body\" (masthead, heading, paragraph, preambular, "
                     "operative, footnote, table or any)");
    ck_assert_str_eq(refused("\"type\": \"occurrence\", \"message\": \"m\", \"patterns\": [\"a\"]"),
                     ": rule 'r': an occurrence rule needs \"max\", \"min\" or both");
    ck_assert_str_eq(refused("\"type\": \"consistency\", \"message\": \"m\", \"forms\": {\"a\": \"a\"}"),
                     ": rule 'r': \"forms\" must be an object of at least 2 strings");
    ck_assert_str_eq(refused("\"type\": \"existence\", \"message\": \"m\", \"patterns\": [\"a\"], \"severity\": \"fatal\""),
                     ": rule 'r': \"severity\" must be \"error\", \"warning\" or \"info\"");
}
END_TEST

START_TEST(test_pack_folders)
{
    char *dir = xasprintf("%s.d-XXXXXX", pack_path);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *a = xasprintf("%s/b.json", dir), *b = xasprintf("%s/a.json", dir);
    char *other = xasprintf("%s/notes.txt", dir);
    FILE *f = fopen(a, "w");
    fputs("{\"name\": \"bee\", \"version\": \"1\", \"rules\": [{\"id\": \"x\", \"type\": \"repetition\", \"message\": \"m\"}]}", f);
    fclose(f);
    f = fopen(b, "w");
    fputs("{\"name\": \"ay\", \"version\": \"1\", \"rules\": [{\"id\": \"x\", \"type\": \"repetition\", \"message\": \"m\"}]}", f);
    fclose(f);
    f = fopen(other, "w");
    fputs("not a pack", f);
    fclose(f);
    char err[1024] = "";
    ck_assert_msg(pack_load_dir(&reg, dir, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(reg.rules.len, 2);
    ck_assert_str_eq(registry_rule(&reg, 0)->id, "ay/x"); /* in name order */
    ck_assert_str_eq(registry_rule(&reg, 1)->id, "bee/x");
    unlink(a);
    unlink(b);
    unlink(other);
    rmdir(dir);
    free(a);
    free(b);
    free(other);
    free(dir);
    ck_assert_int_ne(pack_load(&reg, "no/such/pack.json", err, sizeof err), 0);
    ck_assert_str_eq(err, "no/such/pack.json: cannot read the pack (No such file or directory)");
}
END_TEST

static char *write_in(const char *dir, const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

/* A folder read ahead (while plugins initialise) is registered in name
 * order up to a pack that fails, and a pack registered already is not
 * registered twice. */
START_TEST(test_pack_folder_read_ahead)
{
    char *dir = xasprintf("%s.d-XXXXXX", pack_path);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *a = write_in(dir, "a.json", "{\"name\": \"ay\", \"version\": \"1\", \"rules\": "
                                      "[{\"id\": \"x\", \"type\": \"repetition\", \"message\": \"m\"}]}");
    char *b = write_in(dir, "b.json", "{\"name\": ");
    pack_folder f = {.dir = dir};
    pack_folder_read(&f);
    pack_folder_read(&f); /* once only */
    ck_assert_int_eq(f.failed, 1);
    ck_assert_uint_eq(f.packs.len, 1);
    char err[1024] = "";
    ck_assert_int_eq(pack_folder_register(&reg, &f, err, sizeof err), -1);
    ck_assert_msg(strncmp(err, b, strlen(b)) == 0 && err[strlen(b)] == ':', "%s", err);
    ck_assert_uint_eq(reg.rules.len, 1);
    ck_assert_str_eq(registry_rule(&reg, 0)->id, "ay/x");

    unlink(b);
    pack_folder again = {.dir = dir}; /* read by the registration */
    ck_assert_int_eq(pack_folder_register(&reg, &again, err, sizeof err), 0);
    ck_assert_uint_eq(reg.rules.len, 1); /* a.json is in already */

    pack_folder unused = {.dir = dir}, none = {.dir = NULL};
    pack_folder_read(&unused);
    pack_folder_free(&unused); /* read, never registered */
    pack_folder_free(&none);
    ck_assert_int_eq(pack_folder_register(&reg, &none, err, sizeof err), 0);
    unlink(a);
    rmdir(dir);
    free(a);
    free(b);
    free(dir);
}
END_TEST

static Suite *packs_suite(void)
{
    Suite *s = suite_create("packs");
    TCase *tc = tcase_create("literals");
    tcase_add_test(tc, test_literal_runs);
    tcase_add_test(tc, test_literal_alternations);
    tcase_add_test(tc, test_literal_refusals);
    tcase_add_test(tc, test_automaton_finds_every_keyword);
    tcase_add_test(tc, test_automaton_long_texts);
    suite_add_tcase(s, tc);
    tc = tcase_create("packs");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_pack_rules_are_registered);
    tcase_add_test(tc, test_existence_with_captures);
    tcase_add_test(tc, test_substitution_gives_a_fix);
    tcase_add_test(tc, test_substitution_silent_on_the_right_form);
    tcase_add_test(tc, test_capitalization);
    tcase_add_test(tc, test_consistency_keeps_the_most_used_form);
    tcase_add_test(tc, test_occurrence_per_block);
    tcase_add_test(tc, test_occurrence_minimum_and_document);
    tcase_add_test(tc, test_repetition);
    tcase_add_test(tc, test_scopes);
    tcase_add_test(tc, test_exceptions_and_prefilter_agree);
    tcase_add_test(tc, test_exception_runs_where_its_literal_is);
    tcase_add_test(tc, test_anchored_pattern_tries_its_first_bytes);
    tcase_add_test(tc, test_runaway_pattern_stops_its_rule);
    tcase_add_test(tc, test_bad_pattern_is_refused_with_its_offset);
    tcase_add_test(tc, test_bad_json_is_refused_with_its_position);
    tcase_add_test(tc, test_message_references_are_checked);
    tcase_add_test(tc, test_rule_keys_are_checked);
    tcase_add_test(tc, test_pack_folders);
    tcase_add_test(tc, test_pack_folder_read_ahead);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(packs_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
