/* extract_symbols over one block's text: Document symbols. */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    free(fuzz_extractor(data, size, extract_symbols, sizeof(clerk_symbol), &len));
    return 0;
}
