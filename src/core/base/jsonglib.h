/*
 * json-glib, loaded on first use (base/dynlib.h): the JSON-LD of pages (extraction) and the
 * JSON output of feeds. It brings GObject and GIO, which a run that needs no JSON never loads.
 */
#ifndef DOCBAO_JSONGLIB_H
#define DOCBAO_JSONGLIB_H

#include <json-glib/json-glib.h>

#include "base/dynlib.h"

typedef struct {
    DBI_DYNFN(json_parser_new);
    DBI_DYNFN(json_parser_load_from_data);
    DBI_DYNFN(json_parser_get_root);
    DBI_DYNFN(json_node_get_node_type);
    DBI_DYNFN(json_node_get_value_type);
    DBI_DYNFN(json_node_get_string);
    DBI_DYNFN(json_node_get_object);
    DBI_DYNFN(json_node_get_array);
    DBI_DYNFN(json_node_unref);
    DBI_DYNFN(json_object_get_member);
    DBI_DYNFN(json_object_has_member);
    DBI_DYNFN(json_array_get_length);
    DBI_DYNFN(json_array_get_element);
    DBI_DYNFN(json_builder_new);
    DBI_DYNFN(json_builder_begin_object);
    DBI_DYNFN(json_builder_end_object);
    DBI_DYNFN(json_builder_begin_array);
    DBI_DYNFN(json_builder_end_array);
    DBI_DYNFN(json_builder_set_member_name);
    DBI_DYNFN(json_builder_add_string_value);
    DBI_DYNFN(json_builder_add_int_value);
    DBI_DYNFN(json_builder_add_null_value);
    DBI_DYNFN(json_builder_get_root);
    DBI_DYNFN(json_generator_new);
    DBI_DYNFN(json_generator_set_root);
    DBI_DYNFN(json_generator_set_pretty);
    DBI_DYNFN(json_generator_set_indent);
    DBI_DYNFN(json_generator_to_data);
    DBI_DYNFN(g_object_unref);
} dbi_json_api;

/* json-glib's functions, once dbi_json_load() has succeeded. */
extern dbi_json_api dbi_json;

/*
 * Loads json-glib the first time (any thread). On failure returns FALSE with err filled
 * (DOCBAO_ERR_PARSE, naming the library); err may be NULL.
 */
gboolean dbi_json_load(docbao_error *err);

#endif
