#!/usr/bin/env python3
# check-attendance-sheet.py: the attendance sheet's Excel file, read back
# as a spreadsheet program reads it.
#
#   check-attendance-sheet.py TEST-ATTENDANCE-SHEET-BINARY
#
# Runs /attendance-sheet/xlsx of the C test, which leaves its workbook where
# CERCHI_ATTENDANCE_SHEET_XLSX says, then opens it with openpyxl and checks
# the cells, the layout and the print setup. When LibreOffice is installed
# it also converts the workbook to PDF. Exit 0: all good; 77: skipped.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

try:
    import openpyxl
except ImportError:
    # A python3 of its own (pyenv, a venv) first on the PATH does not see
    # the distribution's packages: try the distribution's python3.
    system = "/usr/bin/python3"
    if os.path.exists(system) and os.path.realpath(sys.executable) != os.path.realpath(system):
        os.execv(system, [system] + sys.argv)
    print("python3-openpyxl is missing (build-aux/setup installs it)")
    sys.exit(77)

TITLE = "Mobilità casa–lavoro: chi fa cosa"
HEADER_ROW = 9
PEOPLE = [
    ("anna Verdi", "Alfa Spa", "HR"),
    ("Marco Bianchi", "Alfa Spa", "CEO"),
    ("Luca Neri", "comune di Bologna", "Mobility manager"),
    ("—", "Delta Coop", None),
    ("Elena Blu", "Ètica Servizi", None),
    ("Paolo Gialli", "Zeta Srl", "Sustainability manager"),
]
BLANK_ROWS = 10

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def write_sheet(binary, path, **env_extra):
    env = dict(os.environ, CERCHI_ATTENDANCE_SHEET_XLSX=path, **env_extra)
    result = subprocess.run([binary, "-p", "/attendance-sheet/xlsx"], env=env,
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or not os.path.exists(path):
        print(result.stdout, result.stderr)
        sys.exit("the C test did not write the workbook")


def check_cells(ws):
    check(ws.title == "Attendance", "worksheet name: %r" % ws.title)
    check(ws["A1"].value == "ClubPRO & Città metropolitana", "network: %r" % ws["A1"].value)
    check(ws["A2"].value == "ATTENDANCE SHEET", "heading: %r" % ws["A2"].value)
    check(ws["A3"].value == TITLE, "title: %r" % ws["A3"].value)
    check(ws["A5"].value == "Date: Thursday 14 March 2024", "date: %r" % ws["A5"].value)
    check(ws["D5"].value == "Time: 09:30–12:30", "time: %r" % ws["D5"].value)
    check(ws["A6"].value == "Place: Zeta Srl, Via Emilia 12, Bologna (BO)", "place: %r" % ws["A6"].value)
    check(ws["A7"].value == "Type: Company visit", "kind: %r" % ws["A7"].value)
    check(ws["D7"].value == "Facilitator: Giulia Ferri", "facilitator: %r" % ws["D7"].value)

    merged = {str(r) for r in ws.merged_cells.ranges}
    for expected in ("A1:E1", "A2:E2", "A3:E3", "A5:C5", "D5:E5", "A6:E6"):
        check(expected in merged, "merged %s (have %s)" % (expected, sorted(merged)))

    header = [ws.cell(HEADER_ROW, c).value for c in range(1, 6)]
    check(header == ["No.", "Name", "Organisation", "Role", "Signature"], "header: %r" % header)
    check(ws.cell(HEADER_ROW, 1).font.b, "header in bold")

    for i in range(len(PEOPLE) + BLANK_ROWS):
        row = HEADER_ROW + 1 + i
        number = ws.cell(row, 1).value
        check(type(number) is int and number == i + 1, "row %d number: %r" % (row, number))
        got = tuple(ws.cell(row, c).value for c in (2, 3, 4))
        want = PEOPLE[i] if i < len(PEOPLE) else (None, None, None)
        check(got == want, "row %d: %r, expected %r" % (row, got, want))
        for c in range(1, 6):
            border = ws.cell(row, c).border
            check(border.left.style == "thin" and border.bottom.style == "thin",
                  "row %d column %d has borders" % (row, c))
        height = ws.row_dimensions[row].height
        check(height is not None and height >= 28, "row %d tall enough to sign in: %r" % (row, height))

    closing = HEADER_ROW + len(PEOPLE) + BLANK_ROWS + 2
    check(ws.cell(closing, 3).value == "Facilitator’s signature:", "closing: %r" % ws.cell(closing, 3).value)


def check_layout(ws):
    widths = {c: ws.column_dimensions[c].width for c in "ABCDE"}
    check(widths["E"] >= 30 and widths["E"] == max(widths.values()), "signature column widest: %r" % widths)
    check(widths["A"] <= 8, "number column narrow: %r" % widths)
    check(ws.freeze_panes == "A%d" % (HEADER_ROW + 1), "freeze panes: %r" % ws.freeze_panes)

    setup = ws.page_setup
    check(str(setup.paperSize) == "9", "A4: %r" % setup.paperSize)
    check(setup.orientation == "portrait", "portrait: %r" % setup.orientation)
    check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
          "fit to page")
    # Absent attributes take the default of the standard: 1.
    def fit(value):
        return 1 if value is None else int(value)
    check(fit(setup.fitToWidth) == 1 and fit(setup.fitToHeight) == 0,
          "one page wide: %r x %r" % (setup.fitToWidth, setup.fitToHeight))
    check(ws.print_options.horizontalCentered, "centered")
    check(ws.page_margins.left == 0.5 and ws.page_margins.bottom == 0.7, "margins")
    titles = (ws.print_title_rows or "").replace("$", "")
    check(titles == "%d:%d" % (HEADER_ROW, HEADER_ROW), "header row repeated: %r" % ws.print_title_rows)
    area = str(ws.print_area or "").replace("$", "")
    check("A1:E" in area, "print area: %r" % ws.print_area)
    footer = ws.oddFooter.right.text or ""
    check("&P" in footer and "&N" in footer, "page N of M in the footer: %r" % footer)
    check(ws.oddFooter.left.text and "casa–lavoro" in ws.oddFooter.left.text,
          "title in the footer: %r" % ws.oddFooter.left.text)


def check_italian_numbers(binary, tmp):
    """In an Italian locale printf writes "25,5": the XML must still say 25.5."""
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    if "it_it.utf8" not in locales and "it_it.utf-8" not in locales:
        print("# no it_IT.UTF-8 locale: numbers in an Italian locale not checked")
        return
    path = os.path.join(tmp, "italiano.xlsx")
    write_sheet(binary, path, LC_ALL="it_IT.UTF-8")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    commas = re.findall(r'\w+="-?[0-9]+,[0-9]+"', xml)
    check(not commas, "numbers written with a decimal point in Italian: %r" % commas[:3])
    ws = openpyxl.load_workbook(path).active
    check(ws.column_dimensions["E"].width > 30, "width read back in Italian")
    check(ws.cell(HEADER_ROW + 1, 1).value == 1, "row number read back in Italian")


def check_libreoffice(path, tmp):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("# LibreOffice is not installed: no PDF conversion")
        return
    profile = "file://" + os.path.join(tmp, "lo-profile")
    result = subprocess.run([office, "-env:UserInstallation=" + profile, "--headless",
                             "--convert-to", "pdf", "--outdir", tmp, path],
                            capture_output=True, text=True, timeout=120)
    pdf = os.path.splitext(path)[0] + ".pdf"
    check(result.returncode == 0 and os.path.exists(pdf), "LibreOffice converts it: %s" % result.stderr)
    if os.path.exists(pdf):
        with open(pdf, "rb") as f:
            check(f.read(5) == b"%PDF-", "a PDF")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check-attendance-sheet.py TEST-ATTENDANCE-SHEET-BINARY")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "presenze.xlsx")
        write_sheet(sys.argv[1], path)
        ws = openpyxl.load_workbook(path).active
        check_cells(ws)
        check_layout(ws)
        check_italian_numbers(sys.argv[1], tmp)
        check_libreoffice(path, tmp)
    if failures:
        sys.exit("%d checks failed" % len(failures))
    print("all good")


main()
