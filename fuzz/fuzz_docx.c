/* The Word reader: an archive parsed whole, structure and entities included. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_document(data, size, DOC_FORMAT_DOCX);
    return 0;
}
