/*
 * libxml2 parsing as the core needs it, quiet. libxml2 reports some problems (character
 * conversion, input errors) outside any parser context, on the calling thread's generic error
 * channel, which prints to standard error whatever the parser options say. The core never
 * prints, so these calls silence that channel for the length of a parse and then give the
 * caller's own handler back. Internal.
 */
#ifndef DOCBAO_XML_PARSE_H
#define DOCBAO_XML_PARSE_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stddef.h>

/* Parses UTF-8 HTML leniently, without the network; extra_flags are added to RECOVER,
 * NOERROR, NOWARNING and NONET. NULL when the text is too large for libxml2 or unreadable. */
htmlDocPtr dbi_html_parse(const char *utf8, size_t len, const char *url, int extra_flags);

/* xmlCtxtReadMemory with the generic error channel silenced; NULL when len is too large. */
xmlDocPtr dbi_xml_parse(xmlParserCtxtPtr ctxt, const char *data, size_t len, int flags);

#endif
