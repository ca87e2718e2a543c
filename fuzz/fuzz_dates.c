/* extract_dates over one block's text, and date_parse_at at every byte of
 * it (the masthead calls it where a date may start). */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *text = fuzz_extractor(data, size, extract_dates, sizeof(clerk_date), &len);
    if (!text)
        return 0;
    for (size_t pos = 0; pos < len; pos++) {
        clerk_date d;
        size_t used = date_parse_at(text, len, pos, &d);
        FUZZ_CHECK(used <= len - pos);
        FUZZ_CHECK(used == 0 || (d.ymd.month >= 0 && d.ymd.month <= 12));
    }
    free(text);
    return 0;
}
