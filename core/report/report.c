#include "report/report.h"
#include "engine/finding.h"

#include <string.h>

static const reporter_ops *const reporters[] = {&report_text, &report_json, &report_sarif,
                                                &report_github, &report_gitlab};

const reporter_ops *reporter_find(const char *name)
{
    for (size_t i = 0; i < sizeof reporters / sizeof *reporters; i++)
        if (strcmp(reporters[i]->name, name) == 0)
            return reporters[i];
    return NULL;
}

report_span report_span_of(const report_file *file, size_t i)
{
    if (file->spans)
        return file->spans[i];
    const finding *f = vec_at(file->findings, i);
    report_span s;
    doc_line_col(file->doc, f->offset, &s.line, &s.column);
    doc_line_col(file->doc, f->offset + f->length, &s.end_line, &s.end_column);
    return s;
}
