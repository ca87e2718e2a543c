/*
 * Opening libxml2 and libzip on first use (see libs.h).  Their sonames come
 * from the build (CLERK_LIBXML2_SONAME, CLERK_LIBZIP_SONAME), so the
 * version opened is the one compiled against.
 */
#include "doc/libs.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

xml_library xml_lib;
zip_library zip_lib;

typedef struct symbol {
    const char *name;
    void **slot;
} symbol;

typedef struct library {
    const char *soname;
    const char *purpose;            /* "reading XML" */
    const symbol *symbols;
    size_t count;
    void (*ready)(void);            /* called once every symbol is found, or NULL */
    pthread_once_t once;
    char why[256];                  /* empty once opened */
} library;

#define SYMBOL(table, name) {#name, (void **)&table.name}

static const symbol xml_symbols[] = {
    SYMBOL(xml_lib, xmlInitParser),        SYMBOL(xml_lib, xmlNewParserCtxt),
    SYMBOL(xml_lib, xmlFreeParserCtxt),    SYMBOL(xml_lib, xmlCtxtReadMemory),
    SYMBOL(xml_lib, xmlCtxtGetLastError),  SYMBOL(xml_lib, xmlFreeDoc),
    SYMBOL(xml_lib, xmlDocGetRootElement), SYMBOL(xml_lib, xmlGetProp),
    SYMBOL(xml_lib, xmlNodeGetContent),    SYMBOL(xml_lib, xmlFree),
};

static const symbol zip_symbols[] = {
    SYMBOL(zip_lib, zip_source_buffer_create), SYMBOL(zip_lib, zip_source_free),
    SYMBOL(zip_lib, zip_open_from_source),     SYMBOL(zip_lib, zip_close),
    SYMBOL(zip_lib, zip_fopen),                SYMBOL(zip_lib, zip_fread),
    SYMBOL(zip_lib, zip_fclose),               SYMBOL(zip_lib, zip_get_error),
    SYMBOL(zip_lib, zip_error_init),           SYMBOL(zip_lib, zip_error_fini),
    SYMBOL(zip_lib, zip_error_code_zip),       SYMBOL(zip_lib, zip_error_strerror),
    SYMBOL(zip_lib, zip_strerror),             SYMBOL(zip_lib, zip_file_strerror),
};

static void xml_ready(void) { xml_lib.xmlInitParser(); }

static library libxml2 = {CLERK_LIBXML2_SONAME, "reading XML", xml_symbols,
                          sizeof xml_symbols / sizeof *xml_symbols, xml_ready, PTHREAD_ONCE_INIT, ""};
static library libzip = {CLERK_LIBZIP_SONAME, "reading a .docx", zip_symbols,
                         sizeof zip_symbols / sizeof *zip_symbols, NULL, PTHREAD_ONCE_INIT, ""};

/* Opens lib and fills its table, or leaves the cause in lib->why.  The
 * handle is kept for the life of the process. */
static void open_library(library *lib)
{
    void *dl = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (!dl) {
        const char *cause = dlerror();
        snprintf(lib->why, sizeof lib->why, "%s", cause ? cause : lib->soname);
        return;
    }
    for (size_t i = 0; i < lib->count; i++) {
        *lib->symbols[i].slot = dlsym(dl, lib->symbols[i].name);
        if (!*lib->symbols[i].slot) {
            snprintf(lib->why, sizeof lib->why, "%s has no %s", lib->soname, lib->symbols[i].name);
            return;
        }
    }
    if (lib->ready)
        lib->ready();
}

static void open_libxml2(void) { open_library(&libxml2); }
static void open_libzip(void) { open_library(&libzip); }

static int opened(const library *lib, char *err, size_t err_size)
{
    if (!lib->why[0])
        return 0;
    snprintf(err, err_size, "%s: %s", lib->purpose, lib->why);
    return -1;
}

int xml_library_open(char *err, size_t err_size)
{
    pthread_once(&libxml2.once, open_libxml2);
    return opened(&libxml2, err, err_size);
}

int zip_library_open(char *err, size_t err_size)
{
    pthread_once(&libzip.once, open_libzip);
    return opened(&libzip, err, err_size);
}
