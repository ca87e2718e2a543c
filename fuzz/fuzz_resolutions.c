/* extract_resolutions over one block's text: Resolution and decision references. */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    free(fuzz_extractor(data, size, extract_resolutions, sizeof(clerk_resolution_ref), &len));
    return 0;
}
