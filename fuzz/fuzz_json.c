/* The data tables' JSON reader (plugins/common/json.c): a table from a data
 * folder a configuration names may come from a pull request.  Every value
 * of an accepted text is walked: spans stay inside the values read, strings
 * are NUL-terminated within the allocation. */
#include "harness.h"
#include "json.h"

#include <stdlib.h>
#include <string.h>

/* Walks v and its members; returns how many values there are. */
static size_t walk(const jv *v)
{
    size_t seen = 1, i;
    const jv *m;
    if (jv_is(v, JV_STRING))
        (void)strlen(jv_string(v)); /* up to its NUL: the sanitizer checks the bytes are ours */
    jv_foreach(v, i, m) {
        FUZZ_CHECK(!jv_is(v, JV_OBJECT) || m->key != NULL);
        seen += walk(m);
    }
    FUZZ_CHECK(seen == v->span);
    return seen;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    jv *root = jv_parse((const char *)data, size, "fuzz.json", err, sizeof err);
    if (root) {
        walk(root);
        jv_get(root, "key");
        jv_at(root, 1);
    }
    free(root);
    return 0;
}
