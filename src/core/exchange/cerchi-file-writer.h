/* cerchi-file-writer.h: every file Cerchi writes, whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

#define CERCHI_FILE_ERROR (cerchi_file_error_quark ())

typedef enum
{
  CERCHI_FILE_ERROR_FAILED,
  CERCHI_FILE_ERROR_FULL,            /* no space left (ENOSPC, EDQUOT, EFBIG) */
  CERCHI_FILE_ERROR_PERMISSION,      /* EACCES, EPERM, EROFS */
  CERCHI_FILE_ERROR_NO_FOLDER,       /* the folder is missing (ENOENT, ENOTDIR) */
  CERCHI_FILE_ERROR_IS_DIRECTORY,    /* the target is a folder */
  CERCHI_FILE_ERROR_OPEN_ELSEWHERE,  /* open in another program */
} CerchiFileError;

typedef enum
{
  CERCHI_FILE_WRITE_DEFAULT   = 0,
  CERCHI_FILE_WRITE_C_NUMERIC = 1 << 0,  /* printf writes "2.5" meanwhile */
} CerchiFileWriteFlags;

/* Both write the content and return TRUE, or set @error and return
 * FALSE. A failure of the disk is best reported as CERCHI_FILE_ERROR
 * with cerchi_file_error_from_errno(): the writer then words it for the
 * file being saved. Any other error is passed on as it is. */
typedef gboolean (*CerchiFilePathFunc)   (const char     *temp_path,
                                          gpointer        user_data,
                                          GError        **error);
typedef gboolean (*CerchiFileStreamFunc) (GOutputStream  *stream,
                                          gpointer        user_data,
                                          GError        **error);

GQuark           cerchi_file_error_quark      (void);
CerchiFileError  cerchi_file_error_from_errno (int                    err_no);

gboolean         cerchi_file_write_path       (const char            *path,
                                               CerchiFileWriteFlags   flags,
                                               CerchiFilePathFunc     func,
                                               gpointer               user_data,
                                               GError               **error);
gboolean         cerchi_file_write_stream     (const char            *path,
                                               CerchiFileStreamFunc   func,
                                               gpointer               user_data,
                                               GError               **error);
gboolean         cerchi_file_write_bytes      (const char            *path,
                                               const void            *data,
                                               gsize                  length,
                                               GError               **error);

char            *cerchi_file_dup_local_path   (GFile                 *file,
                                               GError               **error);

/* Fills a workbook libxlsxwriter has opened: its first error, or none. */
typedef lxw_error (*CerchiWorkbookFunc)       (lxw_workbook          *workbook,
                                               gpointer               user_data);

gboolean         cerchi_file_write_workbook   (const char            *path,
                                               gboolean               constant_memory,
                                               CerchiWorkbookFunc     func,
                                               gpointer               user_data,
                                               GError               **error);

G_END_DECLS
