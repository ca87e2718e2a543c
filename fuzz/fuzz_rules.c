/* extract_rules over one block's text: Rules of procedure citations. */
#include "harness.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    free(fuzz_extractor(data, size, extract_rules, sizeof(clerk_rule_cite), &len));
    return 0;
}
