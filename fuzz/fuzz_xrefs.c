/* extract_xrefs over one block's text: References to annexes, paragraphs, enclosures and appendices. */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    free(fuzz_extractor(data, size, extract_xrefs, sizeof(clerk_xref), &len));
    return 0;
}
