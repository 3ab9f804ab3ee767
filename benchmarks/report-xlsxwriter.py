#!/usr/bin/env python3
# report-xlsxwriter.py: python3-xlsxwriter writing the very cells Cerchi's
# grant report writes, for the benchmark's comparison.
#
#   report-xlsxwriter.py TRACE OUT.xlsx
#
# TRACE is what cerchi_report_workbook_set_trace() recorded: a line a
# cell, "sheet<TAB>row<TAB>column<TAB>type<TAB>value<TAB>stored value",
# type h (a header, bold), s (text), n (a number), d (a date, YYYY-MM-DD)
# or f (a formula and its value). The trace is read first; only writing
# the workbook is timed, in constant-memory mode and deflated at zlib's
# fastest level, as Cerchi writes it (cerchi-file-writer.c).
# Prints "python_xlsxwriter_ms: N".
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import functools
import sys
import time

import xlsxwriter
import xlsxwriter.workbook

# xlsxwriter opens its zip with zipfile's default level, 6.
xlsxwriter.workbook.ZipFile = functools.partial(xlsxwriter.workbook.ZipFile, compresslevel=1)

sheets = {}
order = []
with open(sys.argv[1], encoding="utf-8") as trace:
    for line in trace:
        name, row, column, kind, value, extra = line.rstrip("\n").split("\t")
        if name not in sheets:
            sheets[name] = []
            order.append(name)
        if kind == "n":
            value = float(value)
        elif kind == "d":
            value = datetime.date.fromisoformat(value)
        elif kind == "f":
            extra = float(extra)
        sheets[name].append((int(row), int(column), kind, value, extra))

start = time.monotonic()
workbook = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
header = workbook.add_format({"bold": True, "bottom": 1, "text_wrap": True})
date = workbook.add_format({"num_format": 14})
for name in order:
    worksheet = workbook.add_worksheet(name)
    for row, column, kind, value, extra in sheets[name]:
        if kind == "h":
            worksheet.write_string(row, column, value, header)
        elif kind == "s":
            worksheet.write_string(row, column, value)
        elif kind == "n":
            worksheet.write_number(row, column, value)
        elif kind == "d":
            worksheet.write_datetime(row, column, value, date)
        else:
            worksheet.write_formula(row, column, value, None, extra)
    worksheet.freeze_panes(1, 0)
workbook.close()
print(f"python_xlsxwriter_ms: {(time.monotonic() - start) * 1000:.1f}")
