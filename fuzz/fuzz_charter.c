/* extract_charter over one block's text: Charter Article and Chapter citations. */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    free(fuzz_extractor(data, size, extract_charter, sizeof(clerk_charter_cite), &len));
    return 0;
}
