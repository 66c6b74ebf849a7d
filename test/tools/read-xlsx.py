"""Dumps an xlsx as JSON with openpyxl, an independent reader, for the workbook tests.

Usage: /usr/bin/python3 test/tools/read-xlsx.py FILE [--rows N]
Prints {"warnings": [...], "formulas": n, "sheets": [...]}: per sheet its layout (frozen panes, auto filter,
widths, header/footer, conditional formatting) and the first N rows (all by default) as cells
{"v": value, "py": Python type, "t": data_type, "fmt": number_format, "quote": quotePrefix, "bold": bool}.
"formulas" counts cells of data_type 'f' in every row of every sheet, dumped or not.
"""
import datetime
import json
import sys
import warnings

import openpyxl
from openpyxl.utils import get_column_letter


def cell_json(cell):
    if cell.value is None:
        return None
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        value = value.isoformat()
    elif not isinstance(value, (str, int, float, bool)):
        value = str(value)
    return {
        "v": value,
        "py": type(cell.value).__name__,
        "t": cell.data_type,
        "fmt": cell.number_format,
        "quote": bool(cell.quotePrefix),
        "bold": bool(cell.font and cell.font.b),
    }


def conditional_json(sheet):
    out = []
    for cf in sheet.conditional_formatting:
        for rule in cf.rules:
            fill = rule.dxf.fill if rule.dxf is not None else None
            colour = None
            if fill is not None:
                colour = (fill.bgColor and fill.bgColor.rgb) or (fill.fgColor and fill.fgColor.rgb)
            out.append({
                "range": str(cf.sqref),
                "type": rule.type,
                "operator": rule.operator,
                "formula": list(rule.formula or []),
                "fill": colour if isinstance(colour, str) else None,
            })
    return out


def sheet_json(sheet, max_rows):
    rows = []
    formulas = 0
    for index, row in enumerate(sheet.iter_rows()):
        formulas += sum(1 for cell in row if cell.data_type == "f")
        if max_rows is None or index < max_rows:
            rows.append([cell_json(cell) for cell in row])
    # A <col> element may span several columns of the same width: list each column.
    widths = {}
    for dim in sheet.column_dimensions.values():
        if dim.width and dim.min and dim.max:
            for index in range(dim.min, dim.max + 1):
                widths[get_column_letter(index)] = dim.width
    return {
        "name": sheet.title,
        "max_row": sheet.max_row,
        "max_column": sheet.max_column,
        "freeze_panes": sheet.freeze_panes,
        "auto_filter": sheet.auto_filter.ref,
        "widths": widths,
        "header_center": sheet.oddHeader.center.text,
        "footer_left": sheet.oddFooter.left.text,
        "footer_right": sheet.oddFooter.right.text,
        "conditional": conditional_json(sheet),
        "rows": rows,
    }, formulas


def main():
    path = sys.argv[1]
    max_rows = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        book = openpyxl.load_workbook(path)
        sheets = []
        formulas = 0
        for sheet in book.worksheets:
            dumped, count = sheet_json(sheet, max_rows)
            sheets.append(dumped)
            formulas += count
    json.dump({"warnings": [str(w.message) for w in caught], "formulas": formulas, "sheets": sheets}, sys.stdout, ensure_ascii=False)


main()
