/* docbao-gtk: what every file of the GTK front end shares. */
#ifndef DBG_H
#define DBG_H

#include <errno.h>
#include <libintl.h>

/* Messages come from the library's "docbao" gettext domain (docbao_i18n_init() binds it). */
#define _(s)  dgettext("docbao", s)
#define N_(s) (s)

#endif
