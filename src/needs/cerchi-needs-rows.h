/* cerchi-needs-rows.h: rows the needs panes share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A group a pane adds, kept in @groups so that the pane can drop it. */
AdwPreferencesGroup *cerchi_needs_group_add  (AdwPreferencesPage *page,
                                              GPtrArray          *groups,
                                              const char         *title,
                                              const char         *description);
void                 cerchi_needs_groups_clear (AdwPreferencesPage *page,
                                                GPtrArray          *groups);
/* A row that opens a record through win.show when activated. */
GtkWidget           *cerchi_needs_link_row   (const char         *title,
                                              const char         *subtitle,
                                              const char         *kind,
                                              const char         *id);
/* A button that opens the inbox of the needs of @kind @id
 * (CERCHI_NEEDS_OF_ORGANISATION, CERCHI_NEEDS_OF_SESSION). */
GtkWidget           *cerchi_needs_inbox_button (const char     *kind,
                                                const char     *id);
/* A row of text, saved through @on_apply when Enter is pressed. */
GtkWidget           *cerchi_needs_entry_row  (const char         *title,
                                              const char         *text,
                                              GCallback           on_apply,
                                              gpointer            user_data);

G_END_DECLS
