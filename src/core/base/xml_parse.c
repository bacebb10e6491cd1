#include "base/xml_parse.h"

#include <limits.h>

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
    q->func = xmlGenericError;
    q->ctx = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, ignore);
}

static void quiet_end(const quiet_state *q)
{
    xmlSetGenericErrorFunc(q->ctx, q->func);
}

htmlDocPtr dbi_html_parse(const char *utf8, size_t len, const char *url, int extra_flags)
{
    quiet_state q;
    htmlDocPtr doc;
    if (len > INT_MAX) {
        return NULL;
    }
    quiet_begin(&q);
    doc = htmlReadMemory(utf8, (int)len, url, "UTF-8",
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
    doc = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL, flags);
    quiet_end(&q);
    return doc;
}
