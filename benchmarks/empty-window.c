/* empty-window.c: the baseline Cerchi's start-up is measured against
 *
 * The smallest libadwaita application that shows a window: the same
 * toolkit start-up, style sheets and first frame as Cerchi, with nothing
 * of Cerchi's own. The window has Cerchi's default size, so that both
 * first frames paint as many pixels. With CERCHI_EXIT_AFTER_FIRST_FRAME=1
 * it quits right after that frame, as Cerchi does.
 *
 * With --header-bar the window has what any usable one has, a header bar
 * with a title and the window buttons, and nothing else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_application_quit (app);
}

static void
on_window_mapped (GtkWidget    *window,
                  GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), app);
}

static gboolean header_bar;

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  if (header_bar)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      gtk_window_set_title (GTK_WINDOW (window), "Empty");
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
    }
  if (g_strcmp0 (g_getenv ("CERCHI_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  if (argc > 1 && g_str_equal (argv[1], "--header-bar"))
    {
      header_bar = TRUE;
      argv[1] = argv[0];
      argv++;
      argc--;
    }

  app = adw_application_new ("io.github.cerchi.EmptyWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
