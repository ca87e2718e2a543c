/*
 * structure/headings-run-together: two bold headings glued into one line,
 * as conversions of a printed masthead leave them:
 * "**Sixty-fourth session****Request for the inclusion ...**".  The four
 * asterisks close one bold run and open the next with nothing between.
 * The reader may have made two heading blocks of the line already, or kept
 * the asterisks as text of one heading; both are found.  The fix puts each
 * heading on its own line.
 */
#include "structure.h"

#include <ctype.h>
#include <string.h>

static const char message[] = "two headings run together: each belongs on its own line";

static int is_heading(const clerk_block *b)
{
    return b->kind == CLERK_BLOCK_HEADING || b->role == CLERK_ROLE_TITLE ||
           b->role == CLERK_ROLE_MASTHEAD;
}

static int is_text_byte(unsigned char c)
{
    return c != '*' && !isspace(c);
}

/* "**A****B**" kept whole: the asterisks are in the heading's text. */
static void check_inside(const clerk_api *api, clerk_ctx *ctx, const char *src, size_t len,
                         const clerk_block *b)
{
    size_t end = b->offset + b->length < len ? b->offset + b->length : len;
    int bold_opened = 0; /* a "**" came before: the asterisks are markup */
    for (size_t p = b->offset; p + 1 < end; p++) {
        if (src[p] != '*' || src[p + 1] != '*')
            continue;
        size_t run = 2;
        while (p + run < end && src[p + run] == '*')
            run++;
        if (run == 4 && bold_opened && p > b->offset && p + 4 < end &&
            is_text_byte((unsigned char)src[p - 1]) && is_text_byte((unsigned char)src[p + 4]))
            api->report(ctx, p, 4, "**\n\n**", message);
        bold_opened = 1;
        p += run - 1;
    }
}

/* Two heading blocks on one source line: report the join between them. */
static void check_between(const clerk_api *api, clerk_ctx *ctx, const char *src, size_t len,
                          const clerk_block *a, const clerk_block *b)
{
    size_t a_end = a->offset + a->length;
    if (b->offset < a_end || b->offset > len || memchr(src + a_end, '\n', b->offset - a_end))
        return;
    if (a_end >= 2 && b->offset + 2 <= len && b->offset == a_end &&
        memcmp(src + a_end - 2, "**", 2) == 0 && memcmp(src + b->offset, "**", 2) == 0)
        api->report(ctx, a_end - 2, 4, "**\n\n**", message);
    else
        api->report(ctx, a_end, b->offset - a_end, "\n\n", message);
}

void check_headings_run_together(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t len;
    const char *src = api->source(doc, &len);
    const clerk_block *prev = NULL;

    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        if (!is_heading(b)) {
            prev = NULL;
            continue;
        }
        check_inside(api, ctx, src, len, b);
        if (prev)
            check_between(api, ctx, src, len, prev, b);
        prev = b;
    }
}
