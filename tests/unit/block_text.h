/* Block texts are text_length bytes with no NUL after them (plugin ABI 1.2). */
#ifndef CLERK_TEST_BLOCK_TEXT_H
#define CLERK_TEST_BLOCK_TEXT_H

#include <string.h>

#define ck_assert_text_eq(b, want)                                                           \
    ck_assert_msg((b)->text_length == strlen(want) && memcmp((b)->text, want, strlen(want)) == 0, \
                  "text \"%.*s\" is not \"%s\"", (int)(b)->text_length, (b)->text, want)

#endif
