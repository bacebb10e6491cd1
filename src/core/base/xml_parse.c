#include "base/xml_parse.h"

#include <limits.h>

dbi_xml_api dbi_xml;

#define SYM(fn) DBI_DYNSYM(dbi_xml_api, fn)
static const dbi_dynsym xml_symbols[] = {
    SYM(htmlReadMemory),
    SYM(htmlEntityLookup),
    SYM(xmlNewParserCtxt),
    SYM(xmlFreeParserCtxt),
    SYM(xmlCtxtReadMemory),
    SYM(xmlCtxtGetLastError),
    SYM(xmlFreeDoc),
    SYM(xmlDocGetRootElement),
    SYM(xmlGetProp),
    SYM(xmlNodeGetBase),
    SYM(xmlNodeGetContent),
    SYM(xmlNodeSetContent),
    SYM(xmlUnlinkNode),
    SYM(xmlAddPrevSibling),
    SYM(xmlFreeNode),
    SYM(xmlUnsetProp),
    SYM(htmlTagLookup),
    SYM(xmlSetGenericErrorFunc),
    SYM(__xmlGenericError),
    SYM(__xmlGenericErrorContext),
    SYM(xmlFree),
    {NULL, 0},
};
#undef SYM

static dbi_dynlib xml_lib = {"libxml2", {"libxml2.so.2"}, xml_symbols, &dbi_xml, 0, ""};

gboolean dbi_xml_load(docbao_error *err)
{
    return dbi_dynlib_load(&xml_lib, DOCBAO_ERR_PARSE, err);
}

typedef struct {
    xmlGenericErrorFunc func;
    void *ctx;
} quiet_state;

static void ignore(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void quiet_begin(quiet_state *q)
{
    q->func = *dbi_xml.__xmlGenericError();
    q->ctx = *dbi_xml.__xmlGenericErrorContext();
    dbi_xml.xmlSetGenericErrorFunc(NULL, ignore);
}

static void quiet_end(const quiet_state *q)
{
    dbi_xml.xmlSetGenericErrorFunc(q->ctx, q->func);
}

htmlDocPtr dbi_html_parse(const char *utf8, size_t len, const char *url, int extra_flags)
{
    quiet_state q;
    htmlDocPtr doc;
    if (len > INT_MAX || !dbi_xml_load(NULL)) {
        return NULL;
    }
    quiet_begin(&q);
    doc = dbi_xml.htmlReadMemory(utf8, (int)len, url, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET | extra_flags);
    quiet_end(&q);
    return doc;
}

xmlDocPtr dbi_xml_parse(xmlParserCtxtPtr ctxt, const char *data, size_t len, int flags)
{
    quiet_state q;
    xmlDocPtr doc;
    if (len > INT_MAX) {
        return NULL;
    }
    quiet_begin(&q);
    doc = dbi_xml.xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL, flags);
    quiet_end(&q);
    return doc;
}
