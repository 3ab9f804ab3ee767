#!/usr/bin/env python3
# check-member-export.py: the member export, read back as spreadsheets
# read it.
#
#   check-member-export.py CERCHI-BINARY TEST-MEMBER-EXPORT-BINARY
#
# Writes the demo network with the command line, exports its members as
# CSV and as a workbook (the format chosen by the file name), and checks
# them against the network file itself, read with sqlite3: the workbook
# with openpyxl (text cells stay text, numbers are numbers, the header row
# is bold, frozen and filtered); then both files, and every phone number
# of the network as the CSV writes it (from /member-export/phones-file of
# the C test), through LibreOffice's CSV import in one soffice call: every
# partita IVA and phone number must come back as text, as Cerchi shows it.
#
# Exit 0: all good; 77: skipped (openpyxl missing, or LibreOffice missing
# outside CI); 1: a check failed.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import os
import re
import shutil
import sqlite3
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

N_COLUMNS = 16
VAT, EMPLOYEES, YEAR_JOINED, PHONE = 1, 5, 11, 15

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def run(command, env_extra=None, timeout=60):
    env = dict(os.environ, **(env_extra or {}))
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        sys.exit("failed: %s" % " ".join(command))
    return result


def italian_locale():
    try:
        locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    except OSError:
        return None
    return "it_IT.UTF-8" if "it_it.utf8" in locales or "it_it.utf-8" in locales else None


def is_italian_vat(vat):
    return len(vat) == 11 and vat.isdigit()


def load_network(path):
    """The organisations by name with their main contact's phone, as the
    export orders and picks them; and every phone number."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    members = []
    for oid, name, vat, employees, year in db.execute(
            "SELECT id, name, vat, employees, year_joined FROM organisation ORDER BY name COLLATE NOCASE"):
        contact = db.execute("SELECT phone FROM person WHERE organisation_id = ? AND erased = ''"
                             " ORDER BY main_contact DESC, name COLLATE NOCASE LIMIT 1", (oid,)).fetchone()
        members.append({"name": name, "vat": vat, "employees": employees, "year": year,
                        "phone": contact[0] if contact else ""})
    phones = [row[0] for row in db.execute("SELECT phone FROM person WHERE phone <> ''")]
    db.close()
    return members, phones


def text(value):
    """A cell as text: None (an empty cell) is ""."""
    return "" if value is None else value


def check_csv(path, separator, members):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=separator))
    check(len(rows) == len(members) + 1, "CSV rows: %d for %d organisations" % (len(rows) - 1, len(members)))
    for row, member in zip(rows[1:], members):
        vat = "IT" + member["vat"] if is_italian_vat(member["vat"]) else member["vat"]
        check(row[0] == member["name"], "CSV name %r, expected %r" % (row[0], member["name"]))
        check(row[VAT] == vat, "CSV VAT of %s: %r, expected %r" % (member["name"], row[VAT], vat))
        check(row[PHONE] == member["phone"], "CSV phone of %s: %r" % (member["name"], row[PHONE]))
    return rows[0]


def check_cells(ws, members, header, vat_of, source):
    """The cells of a workbook's rows against the network: VAT numbers and
    phones as text, head counts and years as numbers."""
    got_header = [ws.cell(1, c).value for c in range(1, N_COLUMNS + 1)]
    check(got_header == header, "%s header: %r, expected %r" % (source, got_header, header))
    check(ws.max_row == len(members) + 1, "%s rows: %d" % (source, ws.max_row - 1))
    for i, member in enumerate(members):
        row = i + 2
        name, vat, phone = (ws.cell(row, c + 1).value for c in (0, VAT, PHONE))
        employees, year = ws.cell(row, EMPLOYEES + 1).value, ws.cell(row, YEAR_JOINED + 1).value
        want_vat = vat_of(member["vat"])
        check(name == member["name"], "%s row %d name: %r" % (source, row, name))
        check(text(vat) == want_vat and (vat is None or type(vat) is str),
              "%s VAT of %s: %r, expected %r" % (source, member["name"], vat, want_vat))
        check(text(phone) == member["phone"] and (phone is None or type(phone) is str),
              "%s phone of %s: %r, expected %r" % (source, member["name"], phone, member["phone"]))
        check(employees == member["employees"] and type(employees) in (int, type(None)),
              "%s employees of %s: %r" % (source, member["name"], employees))
        check(year == member["year"] and type(year) in (int, type(None)),
              "%s year joined of %s: %r" % (source, member["name"], year))


def check_workbook(path, members, header):
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    check(len(wb.worksheets) == 1, "one worksheet: %r" % wb.sheetnames)
    check(ws.title in ("Members", "Aderenti"), "worksheet name: %r" % ws.title)
    check_cells(ws, members, header, lambda vat: vat, "workbook")
    check(any(m["vat"].startswith("0") for m in members), "the demo has partite IVA with a leading zero")

    check(all(ws.cell(1, c).font.b for c in range(1, N_COLUMNS + 1)), "header row in bold")
    check(ws.freeze_panes == "A2", "header row frozen: %r" % ws.freeze_panes)
    check(ws.auto_filter.ref == "A1:P%d" % (len(members) + 1), "autofilter: %r" % ws.auto_filter.ref)
    check(ws.cell(2, VAT + 1).number_format == "@", "VAT in text format: %r" % ws.cell(2, VAT + 1).number_format)
    for c in range(1, N_COLUMNS + 1):
        letter = openpyxl.utils.get_column_letter(c)
        width = ws.column_dimensions[letter].width
        label = header[c - 1]
        check(width is not None and len(label) + 2 <= width <= 52,
              "column %s (%s) width: %r" % (letter, label, width))
    widths = {header[c]: ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width
              for c in range(N_COLUMNS)}
    check(widths[header[0]] > widths[header[VAT]], "names wider than VAT numbers: %r" % widths)

    # Widths are fractions: printf must have written them the C way.
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    commas = re.findall(r'\w+="-?[0-9]+,[0-9]+"', xml)
    check(not commas, "numbers written with a decimal point: %r" % commas[:3])


def find_office():
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(office, tmp, separator, files):
    """Every file to .xlsx in one LibreOffice run (a start takes seconds),
    the CSV ones through its CSV import: the separator, '"' as the quote,
    UTF-8 (76), from line 1. The filter is ignored for the workbook."""
    out = os.path.join(tmp, "libreoffice")
    profile = "file://" + os.path.join(tmp, "lo-profile")
    command = [office, "-env:UserInstallation=" + profile, "--headless",
               "--infilter=CSV:%d,34,76,1" % ord(separator), "--convert-to", "xlsx", "--outdir", out] + files
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    converted = [os.path.join(out, os.path.splitext(os.path.basename(f))[0] + ".xlsx") for f in files]
    missing = [p for p in converted if not os.path.exists(p)]
    check(result.returncode == 0 and not missing,
          "LibreOffice converts %s: %s %s" % (missing, result.stdout, result.stderr))
    return None if missing else converted


def check_phones_through_libreoffice(path, converted, phones):
    """Every phone of the network comes back from LibreOffice as it is;
    the odd ones after them as they are or behind their apostrophe, and
    never as a number or a date."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    ws = openpyxl.load_workbook(converted).active
    check(sorted(r[0] for r in rows[:len(phones)]) == sorted(phones), "phones file lists every phone")
    for i, (phone, written) in enumerate(rows):
        got = ws.cell(i + 2, 2).value
        if i < len(phones):
            check(written == phone, "phone %r written %r" % (phone, written))
        check(type(got) is str and got in (phone, "'" + phone) and (written == phone) == (got == phone),
              "LibreOffice reads phone %r (written %r) as %r" % (phone, written, got))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check-member-export.py CERCHI-BINARY TEST-MEMBER-EXPORT-BINARY")
    cerchi, test_binary = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        network = os.path.join(tmp, "demo.cerchi")
        members_csv = os.path.join(tmp, "members.csv")
        workbook = os.path.join(tmp, "workbook.xlsx")
        upper = os.path.join(tmp, "SOCI.XLSX")
        phones_csv = os.path.join(tmp, "phones.csv")

        run([cerchi, "--demo", "--database", network])
        # In Italian: a ";" separator, as Italian Excel and Calc expect, and
        # printf writing "25,5" unless the workbook is written the C way.
        locale = italian_locale()
        env = {"LC_ALL": locale} if locale else {}
        if not locale:
            print("# no it_IT.UTF-8 locale: exporting in the C locale")
        result = run([cerchi, "--database", network, "--export-members", members_csv], env)
        check("Exported" in result.stdout or "Esportat" in result.stdout, "CSV export said: %r" % result.stdout)
        run([cerchi, "--database", network, "--export-members", workbook], env)
        run([cerchi, "--database", network, "--export-members", upper], env)
        run([test_binary, "-p", "/member-export/phones-file"],
            {"CERCHI_MEMBER_EXPORT_DATABASE": network, "CERCHI_MEMBER_EXPORT_PHONES": phones_csv})

        members, phones = load_network(network)
        check(len(members) >= 30 and len(phones) >= 80, "the demo network: %d, %d" % (len(members), len(phones)))
        for path in (workbook, upper):
            with open(path, "rb") as f:
                check(f.read(4) == b"PK\x03\x04", "%s is a workbook" % os.path.basename(path))
        with open(members_csv, "rb") as f:
            check(f.read(3) == b"\xef\xbb\xbf", "the CSV starts with a byte order mark")

        separator = ";" if locale else ","
        header = check_csv(members_csv, separator, members)
        check_workbook(workbook, members, header)

        office = find_office()
        if office is None:
            if os.environ.get("CI"):
                check(False, "LibreOffice is not installed (build-aux/setup installs libreoffice-calc-nogui)")
            else:
                print("# LibreOffice is not installed: not read through it")
        else:
            converted = convert(office, tmp, separator, [members_csv, phones_csv, workbook])
            if converted:
                italian = lambda vat: "IT" + vat if is_italian_vat(vat) else vat
                check_cells(openpyxl.load_workbook(converted[0]).active, members, header, italian,
                            "CSV through LibreOffice")
                check_phones_through_libreoffice(phones_csv, converted[1], phones)
                check_cells(openpyxl.load_workbook(converted[2]).active, members, header, lambda vat: vat,
                            "workbook through LibreOffice")

    if failures:
        sys.exit("%d checks failed" % len(failures))
    if office is None and not os.environ.get("CI"):
        sys.exit(77)
    print("all good")


main()
