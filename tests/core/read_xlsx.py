#!/usr/bin/env python3
"""Prints an xlsx workbook as JSON for the core tests (packet_xlsx_test.cpp), read with openpyxl as a spreadsheet
user's tools would read it.

    python3 tests/core/read_xlsx.py WORKBOOK.xlsx

Output: {"sheets": [...]} in workbook order, each with its name, frozen pane ("A2"), filter range ("A1:N3"), column
widths by letter, data validations (type, formula1, sqref), the number of formula elements (<f>) in its XML, and
its rows: each cell as {"v": value, "t": openpyxl's type (n, s, d, b, f) or "blank", "fmt": number format, "bold"}.
Dates and times come as ISO text, durations as seconds.
"""

import datetime
import json
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter


def cell_json(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        value = value.isoformat()
    elif isinstance(value, datetime.timedelta):
        value = value.total_seconds()
    return {
        "v": value,
        "t": "blank" if cell.value is None else cell.data_type,
        "fmt": cell.number_format,
        "bold": bool(cell.font is not None and cell.font.b),
    }


def formula_counts(path):
    """Formula elements per worksheet part, read from the XML itself (openpyxl might tolerate what Excel runs)."""
    counts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                counts[name] = len(re.findall(rb"<f[ >/]", z.read(name)))
    return counts


def main():
    path = sys.argv[1]
    book = openpyxl.load_workbook(path)  # formulas kept as formulas: a formula cell would show as type "f"
    formulas = formula_counts(path)
    sheets = []
    for index, sheet in enumerate(book.worksheets, start=1):
        widths = {}
        for col in range(1, sheet.max_column + 1):
            letter = get_column_letter(col)
            if letter in sheet.column_dimensions and sheet.column_dimensions[letter].width:
                widths[letter] = sheet.column_dimensions[letter].width
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "widths": widths,
            "validations": [{"type": v.type, "formula1": v.formula1, "sqref": str(v.sqref)}
                            for v in sheet.data_validations.dataValidation],
            "formulas": formulas.get(f"xl/worksheets/sheet{index}.xml", -1),
            "rows": [[cell_json(c) for c in row] for row in sheet.iter_rows()],
        })
    json.dump({"sheets": sheets}, sys.stdout)


if __name__ == "__main__":
    main()
