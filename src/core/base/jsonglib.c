/* json-glib, loaded on first use (see jsonglib.h). */
#include "base/jsonglib.h"

dbi_json_api dbi_json;

#define SYM(fn) DBI_DYNSYM(dbi_json_api, fn)
static const dbi_dynsym json_symbols[] = {
    SYM(json_parser_new),
    SYM(json_parser_load_from_data),
    SYM(json_parser_get_root),
    SYM(json_node_get_node_type),
    SYM(json_node_get_value_type),
    SYM(json_node_get_string),
    SYM(json_node_get_object),
    SYM(json_node_get_array),
    SYM(json_node_unref),
    SYM(json_object_get_member),
    SYM(json_object_has_member),
    SYM(json_array_get_length),
    SYM(json_array_get_element),
    SYM(json_builder_new),
    SYM(json_builder_begin_object),
    SYM(json_builder_end_object),
    SYM(json_builder_begin_array),
    SYM(json_builder_end_array),
    SYM(json_builder_set_member_name),
    SYM(json_builder_add_string_value),
    SYM(json_builder_add_int_value),
    SYM(json_builder_add_null_value),
    SYM(json_builder_get_root),
    SYM(json_generator_new),
    SYM(json_generator_set_root),
    SYM(json_generator_set_pretty),
    SYM(json_generator_set_indent),
    SYM(json_generator_to_data),
    SYM(g_object_unref),
    {NULL, 0},
};
#undef SYM

static dbi_dynlib json_lib = {"json-glib", {"libjson-glib-1.0.so.0"}, json_symbols, &dbi_json, 0,
                              ""};

gboolean dbi_json_load(docbao_error *err)
{
    return dbi_dynlib_load(&json_lib, DOCBAO_ERR_PARSE, err);
}
