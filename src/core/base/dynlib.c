/* Loading back-end libraries on first use (see dynlib.h). */
#include <gmodule.h>

#include "base/dynlib.h"
#include "base/internal.h"

enum { LOADED = 1, FAILED = 2 };

static gsize load(dbi_dynlib *lib)
{
    GModule *module = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(lib->sonames) && lib->sonames[i] != NULL; i++) {
        /* Local: the library's symbols do not join the program's global scope. */
        module = g_module_open(lib->sonames[i], G_MODULE_BIND_LOCAL | G_MODULE_BIND_LAZY);
        if (module != NULL) {
            break;
        }
        dbi_strlcpy(lib->failure, g_module_error(), sizeof lib->failure);
    }
    if (module == NULL) {
        return FAILED;
    }
    for (const dbi_dynsym *s = lib->symbols; s->symbol != NULL; s++) {
        gpointer fn = NULL;
        if (!g_module_symbol(module, s->symbol, &fn) || fn == NULL) {
            g_snprintf(lib->failure, sizeof lib->failure, "%s: no %s", lib->sonames[0], s->symbol);
            g_module_close(module);
            return FAILED;
        }
        *(gpointer *)((char *)lib->table + s->offset) = fn;
    }
    /* The functions stay reachable for the life of the process. */
    g_module_make_resident(module);
    return LOADED;
}

gboolean dbi_dynlib_load(dbi_dynlib *lib, docbao_status status, docbao_error *err)
{
    if (g_once_init_enter(&lib->once)) {
        g_once_init_leave(&lib->once, load(lib));
    }
    if (lib->once == LOADED) {
        return TRUE;
    }
    dbi_fail(err, status, _("%s could not be loaded (%s); is it installed?"), lib->what,
             lib->failure);
    return FALSE;
}
