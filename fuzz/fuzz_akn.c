/* The Akoma Ntoso reader: a whole document parsed, structure and entities included. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_document(data, size, DOC_FORMAT_AKN);
    return 0;
}
