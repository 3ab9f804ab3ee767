/* cerchi-file-writer.c: every file Cerchi writes, whole or not at all
 *
 * The content goes into a hidden temporary file beside the target (so
 * the rename stays on one file system), which is synced and then renamed
 * over the target: a failure at any step removes the temporary file and
 * leaves the old target as it was, and a crash leaves the old file or
 * the new one, never half of either. Failures are told in plain words,
 * one set of messages for every export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE  /* RTLD_NEXT */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cerchi-file-writer.h"

/* Bytes of the target's name kept in the temporary one, so that
 * ".name.XXXXXX" stays within the 255 a file system allows. */
#define MAX_TEMP_BASE 200

G_DEFINE_QUARK (cerchi-file-error-quark, cerchi_file_error)

/**
 * cerchi_file_error_from_errno:
 *
 * The error code for a system call that failed with @err_no.
 */
CerchiFileError
cerchi_file_error_from_errno (int err_no)
{
  switch (err_no)
    {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
      return CERCHI_FILE_ERROR_FULL;
    case EACCES:
    case EPERM:
    case EROFS:
      return CERCHI_FILE_ERROR_PERMISSION;
    case ENOENT:
    case ENOTDIR:
      return CERCHI_FILE_ERROR_NO_FOLDER;
    case EISDIR:
      return CERCHI_FILE_ERROR_IS_DIRECTORY;
    default:
      return CERCHI_FILE_ERROR_FAILED;
    }
}

/* Messages ---------------------------------------------------------------- */

/* The message for @code, naming the file @path; @detail says why when
 * nothing plainer can. */
static void
set_error (GError          **error,
           CerchiFileError   code,
           const char       *path,
           const char       *detail)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *reason = NULL;

  switch (code)
    {
    case CERCHI_FILE_ERROR_FULL:
      g_set_error (error, CERCHI_FILE_ERROR, code,
                   _("The disk is full: “%s” was not saved. Free some space and try again."), name);
      break;
    case CERCHI_FILE_ERROR_PERMISSION:
      g_set_error (error, CERCHI_FILE_ERROR, code,
                   _("Cerchi may not write in this folder: “%s” was not saved. Choose another folder."), name);
      break;
    case CERCHI_FILE_ERROR_NO_FOLDER:
      g_set_error (error, CERCHI_FILE_ERROR, code,
                   _("The folder for “%s” no longer exists. Choose another folder."), name);
      break;
    case CERCHI_FILE_ERROR_IS_DIRECTORY:
      g_set_error (error, CERCHI_FILE_ERROR, code, _("“%s” is a folder. Choose a file name."), name);
      break;
    case CERCHI_FILE_ERROR_OPEN_ELSEWHERE:
      g_set_error (error, CERCHI_FILE_ERROR, code,
                   _("“%s” is open in another program (LibreOffice or Excel). Close it there and try again."),
                   name);
      break;
    case CERCHI_FILE_ERROR_FAILED:
    default:
      reason = g_strchomp (g_strdup (detail != NULL ? detail : g_strerror (EIO)));
      if (g_str_has_suffix (reason, "."))
        reason[strlen (reason) - 1] = '\0';
      g_set_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED,
                   /* Translators: %s is a file name, then the reason */
                   _("Could not save “%s”: %s."), name, reason);
      break;
    }
}

static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  set_error (error, cerchi_file_error_from_errno (saved_errno), path, g_strerror (saved_errno));
}

/* @func_error, from the function that wrote the content, into @error: a
 * failure of the disk worded for @path, anything else as it is. */
static void
propagate_func_error (GError     **error,
                      GError      *func_error,
                      const char  *path)
{
  if (func_error == NULL)
    {
      g_critical ("The function writing “%s” failed without saying why", path);
      set_error (error, CERCHI_FILE_ERROR_FAILED, path, NULL);
    }
  else if (func_error->domain == CERCHI_FILE_ERROR)
    {
      set_error (error, func_error->code, path, func_error->message);
      g_error_free (func_error);
    }
  else
    g_propagate_error (error, func_error);
}

/* A stream on a file descriptor ------------------------------------------- */

/* Like GUnixOutputStream, but its errors keep errno's meaning, which
 * GIOErrorEnum loses for EFBIG and EDQUOT. The writer closes the fd. */
#define CERCHI_TYPE_FILE_STREAM (cerchi_file_stream_get_type ())
G_DECLARE_FINAL_TYPE (CerchiFileStream, cerchi_file_stream, CERCHI, FILE_STREAM, GOutputStream)

struct _CerchiFileStream
{
  GOutputStream parent_instance;
  int           fd;
};

G_DEFINE_FINAL_TYPE (CerchiFileStream, cerchi_file_stream, G_TYPE_OUTPUT_STREAM)

static gssize
cerchi_file_stream_write (GOutputStream  *stream,
                          const void     *buffer,
                          gsize           count,
                          GCancellable   *cancellable,
                          GError        **error)
{
  CerchiFileStream *self = CERCHI_FILE_STREAM (stream);
  gssize written;
  int saved_errno;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  do
    written = write (self->fd, buffer, MIN (count, G_MAXSSIZE));
  while (written < 0 && errno == EINTR);

  if (written < 0)
    {
      saved_errno = errno;
      g_set_error_literal (error, CERCHI_FILE_ERROR, cerchi_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
    }
  return written;
}

static void
cerchi_file_stream_class_init (CerchiFileStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = cerchi_file_stream_write;
}

static void
cerchi_file_stream_init (CerchiFileStream *self)
{
  self->fd = -1;
}

/* The steps --------------------------------------------------------------- */

/* Refuses a folder, and anything but a plain file (a rename over
 * /dev/null would replace it); @mode is the old file's, kept by the new
 * one, or 0 when there is none. */
static gboolean
check_target (const char  *path,
              mode_t      *mode,
              GError     **error)
{
  struct stat st;
  g_autofree char *name = NULL;

  *mode = 0;
  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;  /* a new file; a missing folder shows at once below */
      set_errno_error (error, errno, path);
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      set_error (error, CERCHI_FILE_ERROR_IS_DIRECTORY, path, NULL);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      name = g_filename_display_basename (path);
      g_set_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED,
                   _("“%s” is not an ordinary file. Choose another name."), name);
      return FALSE;
    }

  *mode = st.st_mode & 0777;
  return TRUE;
}

/* Linux has no mandatory locks: a spreadsheet that has the file open
 * would keep the old one and later save it over ours. LibreOffice marks
 * the files it has open with ".~lock.NAME#" beside them, Microsoft Office
 * (on shared folders) with "~$NAME". */
static gboolean
check_not_open (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *libreoffice = g_strdup_printf ("%s/.~lock.%s#", dir, base);
  g_autofree char *office = g_strdup_printf ("%s/~$%s", dir, base);
  GStatBuf st;

  if (g_lstat (libreoffice, &st) == 0 || g_lstat (office, &st) == 0)
    {
      set_error (error, CERCHI_FILE_ERROR_OPEN_ELSEWHERE, path, NULL);
      return FALSE;
    }
  return TRUE;
}

/* "dir/.name.XXXXXX", cutting a long name at a character's start. */
static char *
temporary_template (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  gsize length = strlen (base);

  if (length > MAX_TEMP_BASE)
    {
      length = MAX_TEMP_BASE;
      while (length > 0 && ((guchar) base[length] & 0xc0) == 0x80)
        length--;
      base[length] = '\0';
    }
  return g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
}

/* An empty file beside @path, with the mode a new file gets: 0666 less
 * the umask (mkstemp's 0600 would make the export private). */
static int
create_temporary (const char  *path,
                  char       **temp_path,
                  GError     **error)
{
  g_autofree char *template = temporary_template (path);
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0666);

  if (fd < 0)
    {
      set_errno_error (error, errno, path);
      return -1;
    }

  *temp_path = g_steal_pointer (&template);
  return fd;
}

/* Some file systems (FUSE, some network ones) cannot sync at all. */
static gboolean
sync_unsupported (int err_no)
{
  return err_no == EINVAL || err_no == ENOSYS || err_no == ENOTSUP;
}

/* The bytes on the disk before the rename makes them the file. Opened
 * again by name: a function given the path may have replaced it. */
static gboolean
sync_file (const char  *temp_path,
           const char  *path,
           GError     **error)
{
  int fd = g_open (temp_path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0)
    saved_errno = errno;
  else if (fsync (fd) != 0 && !sync_unsupported (errno))
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      set_errno_error (error, saved_errno, path);
      return FALSE;
    }
  return TRUE;
}

/* Makes the rename itself durable. Only at best: the file is already in
 * place, and a crash before the folder reaches the disk brings back the
 * old file whole, never half of one. */
static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      (void) fsync (fd);
      close (fd);
    }
}

/* Writes the content of the temporary file @temp_path, open as @fd. */
typedef gboolean (*Produce) (int          fd,
                             const char  *temp_path,
                             gpointer     data,
                             GError     **error);

static gboolean
write_file (const char  *path,
            Produce      produce,
            gpointer     data,
            GError     **error)
{
  g_autofree char *temp_path = NULL;
  GError *func_error = NULL;
  mode_t mode;
  int fd;

  if (!check_target (path, &mode, error) || !check_not_open (path, error))
    return FALSE;
  fd = create_temporary (path, &temp_path, error);
  if (fd < 0)
    return FALSE;

  if (!produce (fd, temp_path, data, &func_error))
    {
      close (fd);
      g_unlink (temp_path);
      propagate_func_error (error, func_error, path);
      return FALSE;
    }

  /* A network file system may report a failed write only here. */
  if (close (fd) != 0 && errno != EINTR)
    {
      set_errno_error (error, errno, path);
      g_unlink (temp_path);
      return FALSE;
    }
  if (!sync_file (temp_path, path, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }
  /* The old file's mode, once written and synced (a read-only one would
   * refuse a function that opens the file by name); at worst the usual. */
  if (mode != 0)
    (void) g_chmod (temp_path, mode);
  if (g_rename (temp_path, path) != 0)
    {
      set_errno_error (error, errno, path);
      g_unlink (temp_path);
      return FALSE;
    }

  sync_folder (path);
  return TRUE;
}

/* Content by name --------------------------------------------------------- */

typedef struct
{
  CerchiFileWriteFlags flags;
  CerchiFilePathFunc   func;
  gpointer             user_data;
} PathCall;

/* A copy of this thread's locale with C's numbers. */
static locale_t
new_c_numeric_locale (void)
{
  locale_t base = duplocale (uselocale ((locale_t) 0));
  locale_t c_numeric = base != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t) 0;

  if (c_numeric == (locale_t) 0 && base != (locale_t) 0)
    freelocale (base);  /* newlocale leaves it on failure */
  return c_numeric;
}

static gboolean
produce_by_path (int          fd,
                 const char  *temp_path,
                 gpointer     data,
                 GError     **error)
{
  PathCall *call = data;
  locale_t c_numeric = (locale_t) 0;
  locale_t previous = (locale_t) 0;
  gboolean ok;

  /* libxlsxwriter prints numbers (widths, heights, margins) with printf,
   * which writes "25,5" in an Italian locale, and Excel then calls the
   * file damaged. So this thread formats numbers the C way meanwhile,
   * keeping the user's language for the words. */
  if (call->flags & CERCHI_FILE_WRITE_C_NUMERIC)
    {
      c_numeric = new_c_numeric_locale ();
      if (c_numeric == (locale_t) 0)
        {
          g_set_error_literal (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED, g_strerror (errno));
          return FALSE;
        }
      previous = uselocale (c_numeric);
    }

  ok = call->func (temp_path, call->user_data, error);

  if (c_numeric != (locale_t) 0)
    {
      uselocale (previous);
      freelocale (c_numeric);
    }
  return ok;
}

/**
 * cerchi_file_write_path:
 * @func: writes the content into the file named by its first argument
 *   (which exists, empty), for libraries that write files by name
 *
 * Writes @path whole or not at all: the old file stays until the new one
 * is complete and on the disk.
 */
gboolean
cerchi_file_write_path (const char            *path,
                        CerchiFileWriteFlags   flags,
                        CerchiFilePathFunc     func,
                        gpointer               user_data,
                        GError               **error)
{
  PathCall call = { flags, func, user_data };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_file (path, produce_by_path, &call, error);
}

/* Content as a stream ----------------------------------------------------- */

typedef struct
{
  CerchiFileStreamFunc func;
  gpointer             user_data;
} StreamCall;

static gboolean
produce_by_stream (int          fd,
                   const char  *temp_path,
                   gpointer     data,
                   GError     **error)
{
  StreamCall *call = data;
  g_autoptr(CerchiFileStream) stream = g_object_new (CERCHI_TYPE_FILE_STREAM, NULL);

  stream->fd = fd;
  return call->func (G_OUTPUT_STREAM (stream), call->user_data, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/**
 * cerchi_file_write_stream:
 * @func: writes the content to the stream it is given (unbuffered: what
 *   it buffers itself it must flush before returning)
 *
 * Writes @path whole or not at all, like cerchi_file_write_path().
 */
gboolean
cerchi_file_write_stream (const char            *path,
                          CerchiFileStreamFunc   func,
                          gpointer               user_data,
                          GError               **error)
{
  StreamCall call = { func, user_data };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_file (path, produce_by_stream, &call, error);
}

typedef struct
{
  const void *data;
  gsize       length;
} Bytes;

static gboolean
write_all (GOutputStream  *stream,
           gpointer        user_data,
           GError        **error)
{
  Bytes *bytes = user_data;

  return g_output_stream_write_all (stream, bytes->data, bytes->length, NULL, NULL, error);
}

/**
 * cerchi_file_write_bytes:
 *
 * Writes @length bytes of @data as the file @path, whole or not at all.
 */
gboolean
cerchi_file_write_bytes (const char  *path,
                         const void  *data,
                         gsize        length,
                         GError     **error)
{
  Bytes bytes = { data, length };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  return cerchi_file_write_stream (path, write_all, &bytes, error);
}

/**
 * cerchi_file_dup_local_path:
 *
 * The path of @file, for the writer; an error when it has none (a
 * remote location that no file system shows).
 *
 * Returns: (transfer full) (nullable): the path, or %NULL with @error set
 */
char *
cerchi_file_dup_local_path (GFile   *file,
                            GError **error)
{
  char *path;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      base = g_file_get_basename (file);
      name = base != NULL ? g_filename_display_name (base) : g_file_get_parse_name (file);
      g_set_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED,
                   _("“%s” was not saved: Cerchi can only save in folders on this computer. "
                     "Choose another folder."), name);
    }
  return path;
}

/* Workbooks ------------------------------------------------------------- */

/* How hard a workbook's parts are deflated.
 *
 * libxlsxwriter 1.1.4 deflates every part at zlib's default level, 6,
 * and has no option for another. For the grant workbook of a large
 * network, 70 MB of sheet XML, that is 0.6 s, half of the export; level 1
 * takes a quarter of it for a file a fifth larger (10 MB rather than 8),
 * which every reader opens the same.
 *
 * Its packager calls minizip's zipOpenNewFileInZip4_64() through the
 * dynamic linker, as Debian's package and a build from the release
 * archive both do, and a program's own definition of a symbol comes
 * before a library's: the one here passes each call on to minizip's
 * (the next definition, RTLD_NEXT), the level changed. minizip records
 * the level in each entry's flags, which is how check-report.py sees
 * that it took. */
#define WORKBOOK_DEFLATE_LEVEL 1

typedef int ZipOpenEntry (void *file, const char *filename, const void *zipfi,
                          const void *extrafield_local, unsigned size_extrafield_local,
                          const void *extrafield_global, unsigned size_extrafield_global,
                          const char *comment, int method, int level, int raw,
                          int window_bits, int mem_level, int strategy,
                          const char *password, unsigned long crc_for_crypting,
                          unsigned long version_made_by, unsigned long flag_base, int zip64);

ZipOpenEntry zipOpenNewFileInZip4_64;

int
zipOpenNewFileInZip4_64 (void *file, const char *filename, const void *zipfi,
                         const void *extrafield_local, unsigned size_extrafield_local,
                         const void *extrafield_global, unsigned size_extrafield_global,
                         const char *comment, int method, int level, int raw,
                         int window_bits, int mem_level, int strategy,
                         const char *password, unsigned long crc_for_crypting,
                         unsigned long version_made_by, unsigned long flag_base, int zip64)
{
  static ZipOpenEntry *minizip_open_entry;
  ZipOpenEntry *open_entry = g_atomic_pointer_get (&minizip_open_entry);

  if (open_entry == NULL)
    {
      /* The cast between an object and a function pointer is POSIX's. */
      open_entry = (ZipOpenEntry *) dlsym (RTLD_NEXT, "zipOpenNewFileInZip4_64");
      /* No other definition can be: ours would not have linked. -104 is
       * minizip's ZIP_INTERNALERROR, and the workbook is not written. */
      if (open_entry == NULL)
        return -104;
      g_atomic_pointer_set (&minizip_open_entry, open_entry);
    }
  if (level == -1 /* Z_DEFAULT_COMPRESSION */)
    level = WORKBOOK_DEFLATE_LEVEL;
  return open_entry (file, filename, zipfi, extrafield_local, size_extrafield_local,
                     extrafield_global, size_extrafield_global, comment, method, level, raw,
                     window_bits, mem_level, strategy, password, crc_for_crypting,
                     version_made_by, flag_base, zip64);
}

typedef struct
{
  gboolean            constant_memory;
  CerchiWorkbookFunc  func;
  gpointer            user_data;
} Workbook;

/* libxlsxwriter says which step failed, errno why. */
static gboolean
write_workbook_file (const char  *temp_path,
                     gpointer     user_data,
                     GError     **error)
{
  Workbook *data = user_data;
  lxw_workbook_options options = { .constant_memory = data->constant_memory ? LXW_TRUE : LXW_FALSE };
  lxw_workbook *workbook = workbook_new_opt (temp_path, &options);
  lxw_error result, close_result;
  int saved_errno;

  if (workbook == NULL)
    {
      g_set_error_literal (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED, g_strerror (ENOMEM));
      return FALSE;
    }

  result = data->func (workbook, data->user_data);
  errno = 0;
  close_result = workbook_close (workbook);  /* frees the workbook in any case */
  saved_errno = result == LXW_NO_ERROR ? errno : 0;  /* 0: not the disk's fault */
  if (result == LXW_NO_ERROR)
    result = close_result;
  if (result == LXW_NO_ERROR)
    return TRUE;

  g_set_error_literal (error, CERCHI_FILE_ERROR,
                       saved_errno != 0 ? cerchi_file_error_from_errno (saved_errno) : CERCHI_FILE_ERROR_FAILED,
                       saved_errno != 0 ? g_strerror (saved_errno) : lxw_strerror (result));
  return FALSE;
}

/**
 * cerchi_file_write_workbook:
 * @constant_memory: libxlsxwriter's mode that keeps one row in memory
 *   (rows must then be written in order, and tables are refused)
 * @func: fills the workbook
 *
 * An Excel workbook written whole or not at all, under the C numeric
 * locale: libxlsxwriter prints numbers with printf, and would write
 * "25,85" in an Italian locale, which Excel reads as damage.
 */
gboolean
cerchi_file_write_workbook (const char          *path,
                            gboolean             constant_memory,
                            CerchiWorkbookFunc   func,
                            gpointer             user_data,
                            GError             **error)
{
  Workbook data = { constant_memory, func, user_data };

  return cerchi_file_write_path (path, CERCHI_FILE_WRITE_C_NUMERIC, write_workbook_file, &data, error);
}
