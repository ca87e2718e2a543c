/*
 * structure/headings-run-together: two bold headings glued into one line,
 * as conversions of a printed masthead leave them:
 * "**Sixty-fourth session****Request for the inclusion ...**".  The four
 * asterisks close one bold run and open the next with nothing between;
 * the fix puts each heading on its own line.
 */
#include "structure.h"

#include <ctype.h>

static int is_text_byte(unsigned char c)
{
    return c != '*' && !isspace(c);
}

void check_headings_run_together(const clerk_api *api, const clerk_doc *doc, clerk_ctx *ctx)
{
    size_t len;
    const char *src = api->source(doc, &len);

    for (size_t i = 0, n = api->block_count(doc); i < n; i++) {
        const clerk_block *b = api->block(doc, i);
        /* In a table cell or code the join cannot become a line break. */
        if (b->kind != CLERK_BLOCK_HEADING && b->kind != CLERK_BLOCK_PARAGRAPH)
            continue;
        size_t end = b->offset + b->length;
        if (end > len)
            end = len;
        int open_bold = 0; /* a "**" opened before: the asterisks are markup */
        for (size_t p = b->offset; p + 1 < end; p++) {
            if (src[p] != '*' || src[p + 1] != '*')
                continue;
            size_t run = 2;
            while (p + run < end && src[p + run] == '*')
                run++;
            if (run == 4 && open_bold && p > b->offset && p + 4 < end &&
                is_text_byte((unsigned char)src[p - 1]) && is_text_byte((unsigned char)src[p + 4]))
                api->report(ctx, p, 4, "**\n\n**",
                            "two headings run together: each belongs on its own line");
            open_bold = 1;
            p += run - 1;
        }
    }
}
