#include "report/report.h"

#include <string.h>

static const reporter_ops *const reporters[] = {&report_text, &report_json, &report_sarif,
                                                &report_github};

const reporter_ops *reporter_find(const char *name)
{
    for (size_t i = 0; i < sizeof reporters / sizeof *reporters; i++)
        if (strcmp(reporters[i]->name, name) == 0)
            return reporters[i];
    return NULL;
}
