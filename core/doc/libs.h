/*
 * libxml2 and libzip, opened on the first Akoma Ntoso or Word document.
 * Linked, they would be loaded into every run with what they bring (ICU,
 * libcrypto): two milliseconds of a start-up of ten, for runs that mostly
 * read Markdown.  The readers call them through these tables, which
 * doc/xml.h and docx.c name after the functions, as an SQLite extension
 * calls the library through sqlite3_api.
 */
#ifndef CLERK_LIBS_H
#define CLERK_LIBS_H

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stddef.h>
#include <zip.h>

/* A macro of libxml2 in threaded builds; here the table's member. */
#undef xmlFree

typedef struct xml_library {
    void (*xmlInitParser)(void);
    xmlParserCtxtPtr (*xmlNewParserCtxt)(void);
    void (*xmlFreeParserCtxt)(xmlParserCtxtPtr ctxt);
    xmlDocPtr (*xmlCtxtReadMemory)(xmlParserCtxtPtr ctxt, const char *buffer, int size,
                                   const char *url, const char *encoding, int options);
    const xmlError *(*xmlCtxtGetLastError)(void *ctxt);
    void (*xmlFreeDoc)(xmlDocPtr doc);
    xmlNodePtr (*xmlDocGetRootElement)(const xmlDoc *doc);
    xmlChar *(*xmlGetProp)(const xmlNode *node, const xmlChar *name);
    xmlChar *(*xmlNodeGetContent)(const xmlNode *node);
    xmlFreeFunc *xmlFree;   /* the library's variable */
} xml_library;

typedef struct zip_library {
    zip_source_t *(*zip_source_buffer_create)(const void *data, zip_uint64_t len, int freep,
                                              zip_error_t *error);
    void (*zip_source_free)(zip_source_t *source);
    zip_t *(*zip_open_from_source)(zip_source_t *source, int flags, zip_error_t *error);
    int (*zip_close)(zip_t *zip);
    zip_file_t *(*zip_fopen)(zip_t *zip, const char *name, zip_flags_t flags);
    zip_int64_t (*zip_fread)(zip_file_t *file, void *buf, zip_uint64_t len);
    int (*zip_fclose)(zip_file_t *file);
    zip_error_t *(*zip_get_error)(zip_t *zip);
    void (*zip_error_init)(zip_error_t *error);
    void (*zip_error_fini)(zip_error_t *error);
    int (*zip_error_code_zip)(const zip_error_t *error);
    const char *(*zip_error_strerror)(zip_error_t *error);
    const char *(*zip_strerror)(zip_t *zip);
    const char *(*zip_file_strerror)(zip_file_t *file);
} zip_library;

/* Filled by the openers, then only read. */
extern xml_library xml_lib;
extern zip_library zip_lib;

/* Open the library once per process (libxml2's parser initialised too), on
 * any thread.  Return 0, or -1 with the cause in err ("reading XML:
 * libxml2.so.2: cannot open shared object file: ..."), each time they are
 * called after a failure. */
int xml_library_open(char *err, size_t err_size);
int zip_library_open(char *err, size_t err_size);

#endif
