/*
 * libxml2 as the core needs it: loaded on first use, and quiet. libxml2 (with ICU and the C++
 * runtime under it) is opened the first time a page or feed is parsed, through the table
 * dbi_xml (base/dynlib.h), so that a run that parses nothing does not pay for it; every
 * libxml2 call of the core goes through that table. libxml2 reports some problems (character
 * conversion, input errors) outside any parser context, on the calling thread's generic error
 * channel, which prints to standard error whatever the parser options say. The core never
 * prints, so the parse functions silence that channel for the length of a parse and then give
 * the caller's own handler back. Internal.
 */
#ifndef DOCBAO_XML_PARSE_H
#define DOCBAO_XML_PARSE_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stddef.h>

#include "base/dynlib.h"

typedef struct {
    DBI_DYNFN(htmlReadMemory);
    DBI_DYNFN(htmlEntityLookup);
    DBI_DYNFN(xmlNewParserCtxt);
    DBI_DYNFN(xmlFreeParserCtxt);
    DBI_DYNFN(xmlCtxtReadMemory);
    DBI_DYNFN(xmlCtxtGetLastError);
    DBI_DYNFN(xmlFreeDoc);
    DBI_DYNFN(xmlDocGetRootElement);
    DBI_DYNFN(xmlGetProp);
    DBI_DYNFN(xmlNodeGetBase);
    DBI_DYNFN(xmlNodeGetContent);
    DBI_DYNFN(xmlNodeSetContent);
    DBI_DYNFN(xmlUnlinkNode);
    DBI_DYNFN(xmlAddPrevSibling);
    DBI_DYNFN(xmlFreeNode);
    DBI_DYNFN(xmlUnsetProp);
    DBI_DYNFN(htmlTagLookup);
    DBI_DYNFN(xmlSetGenericErrorFunc);
    DBI_DYNFN(__xmlGenericError);
    DBI_DYNFN(__xmlGenericErrorContext);
    xmlFreeFunc *xmlFree; /* libxml2's variable: free what it returns with (*dbi_xml.xmlFree)(p) */
} dbi_xml_api;

/* libxml2's functions, once dbi_xml_load() has succeeded. */
extern dbi_xml_api dbi_xml;

/*
 * Loads libxml2 the first time (any thread). FALSE with err filled (DOCBAO_ERR_PARSE, naming
 * the library) when it cannot be loaded; err may be NULL. The parse functions below call it.
 */
gboolean dbi_xml_load(docbao_error *err);

/* Parses UTF-8 HTML leniently, without the network; extra_flags are added to RECOVER,
 * NOERROR, NOWARNING and NONET. NULL when the text is too large for libxml2 or unreadable, or
 * when libxml2 cannot be loaded. */
htmlDocPtr dbi_html_parse(const char *utf8, size_t len, const char *url, int extra_flags);

/* xmlCtxtReadMemory with the generic error channel silenced; NULL when len is too large. ctxt
 * comes from dbi_xml.xmlNewParserCtxt(), after dbi_xml_load(). */
xmlDocPtr dbi_xml_parse(xmlParserCtxtPtr ctxt, const char *data, size_t len, int flags);

#endif
