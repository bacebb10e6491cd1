/*
 * Page metadata for the extractor: <title>, <meta> (OpenGraph, article:*, Dublin Core,
 * itemprop), <link rel=canonical>, and JSON-LD (schema.org NewsArticle and kin), plus the
 * date parsing shared by metadata and visible dates. Page kinds (og:type, JSON-LD types) are
 * not read: list pages declare themselves articles too often to be believed. Internal.
 */
#ifndef DOCBAO_HTML_META_H
#define DOCBAO_HTML_META_H

#include <glib.h>

#include "extract/html_dom.h"

/* Reference values; every string is cleaned (dbi_text_clean) or NULL when absent. */
typedef struct {
    char *doc_title;   /* <title> with the site name removed */
    char *og_title;
    char *ld_headline;
    char *ld_date;     /* as written (ISO 8601) */
    char *ld_author;
    char *ld_body;     /* JSON-LD articleBody as written (not cleaned), when the page gives it */
    char *meta_date;   /* article:published_time and kin, as written */
    char *meta_author;
    char *description; /* og:description or description */
    char *site_name;
    char *canonical;
    char *language;    /* as declared: <html lang>, Content-Language, og:locale (first found) */
} html_meta;

/* Text cleaned for the article model; NULL when it cleans to "" (new string otherwise). */
char *html_clean_text(const char *s);

/* Reads the metadata of an indexed page. Never fails; absent values stay NULL. */
void html_meta_read(const dom_page *page, html_meta *meta);

/* Frees the strings of a html_meta and clears it. */
void html_meta_clear(html_meta *meta);

/*
 * Removes a site-name suffix or prefix from a title ("Giá vàng giảm - Báo Dân trí" -> "Giá
 * vàng giảm"), using site_name (may be NULL) and words that name sites. Returns a new string.
 */
char *html_meta_strip_site_name(const char *title, const char *site_name);

/*
 * Parses an ISO 8601 date or date-time ("2024-01-28", "2024-01-28T08:30:00+07:00",
 * "2024-01-28 08:30") into "YYYY-MM-DD" in Vietnam's time (UTC+7; a time without a zone is
 * taken as local). Returns a new string or NULL.
 */
char *html_meta_iso_date(const char *s);

/*
 * Finds a date written as pages show it in text: day/month/year ("28/01/2024", "5-3-2024",
 * "28.01.2024"), Vietnamese ("ngày 28 tháng 1 năm 2024"), English ("January 28, 2024",
 * "28 Jan 2024") or ISO ("2024-01-28"). Returns "YYYY-MM-DD" (new string) or NULL.
 */
char *html_meta_find_date(const char *text);

#endif
