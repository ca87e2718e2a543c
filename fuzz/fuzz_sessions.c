/* extract_sessions over one block's text, and ordinal_parse at every byte
 * of it ("sixty-fourth" and the like). */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *text = fuzz_extractor(data, size, extract_sessions, sizeof(clerk_session_ref), &len);
    if (!text)
        return 0;
    for (size_t pos = 0; pos < len; pos++) {
        size_t used = 0;
        int n = ordinal_parse(text + pos, len - pos, &used);
        FUZZ_CHECK(n >= 0 && used <= len - pos);
    }
    free(text);
    return 0;
}
