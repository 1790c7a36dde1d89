"""Checks plansim's report files with the clients people open them with.

usage: check_reports.py DIR LANG   (LANG: zh or en; DIR holds results.json and the reports)
- openpyxl reads every briefing cell back equal to results.json (numbers as numbers,
  percentages with a percent format, frozen header row; the fan charts P10–P90 bands);
- nbformat validates the notebook (nbformat 4);
- the CSV files, read with a BOM-aware reader, equal results.json.
Prints `N passed, M failed` last; exits 1 on any failure.
"""
import csv
import json
import math
import sys

from checks import charts, check, finish, is_band, shown

import nbformat
import openpyxl

directory, lang = sys.argv[1], sys.argv[2]
stem = "briefing" if lang == "zh" else "briefing-en"
results = json.load(open(f"{directory}/results.json", encoding="utf-8"))


def close(a, b):
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-15)



book = openpyxl.load_workbook(f"{directory}/{stem}.xlsx")
check(book.worksheets[0].title == ("简报" if lang == "zh" else "Summary"), "the workbook opens on page one")
sheet = book.worksheets[1]
check(sheet.freeze_panes == "A2", "briefing header row is frozen")
check(sheet["A1"].font.bold, "header is bold")
for row, target in enumerate(results["targets"], start=2):
    check(sheet.cell(row, 1).value == row - 1, f"serial number of {target['indicator']} is a number")
    check(shown(sheet.cell(row, 4), target["base"]), f"base of {target['indicator']}")
    check(shown(sheet.cell(row, 5), target["target"]), f"target of {target['indicator']} is a number (period sums too)")
    check(shown(sheet.cell(row, 7), target["median"]), f"median of {target['indicator']}")
    if target.get("evidence") == "plan":
        # On the plan's own path the odds read 约50% as in the PDF and Word (the 目标 sheet keeps the number).
        check(sheet.cell(row, 10).value in ("约50%", "about 50%"), f"probability of {target['indicator']} on the plan's path in words")
    else:
        check(shown(sheet.cell(row, 10), target["probability"]), f"probability of {target['indicator']}")
        check("%" in sheet.cell(row, 10).number_format, f"probability of {target['indicator']} formatted as a percentage")
    check(shown(sheet.cell(row, 12), target["required_growth"]), f"required growth of {target['indicator']}")
check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), "briefing sheet has an autofilter")
check(sheet.page_setup.paperSize in (9, "9") and sheet.sheet_properties.pageSetUpPr.fitToPage, "briefing sheet prints on A4 fitted to the width")
check(sheet.cell(2, 7).number_format in ("0", "0.0", "0.00", "0.000"), "medians have a fixed number of decimals")
import zipfile
parts = zipfile.ZipFile(f"{directory}/{stem}.xlsx").namelist()
check(len([p for p in parts if p.startswith("xl/charts/chart")]) == 1 + len(results["indicators"]), "a native chart per indicator and one of probabilities")
check(all(is_band(c) for c in charts(f"{directory}/{stem}.xlsx", "xl/charts")[1:]), "every fan chart is a P10–P90 band (stacked area over an unfilled base) with the median")
notes = book.worksheets[5]
check(notes.cell(2, 1).alignment.wrap_text, "notes wrap")
forecast = book.worksheets[2]
rows = list(forecast.iter_rows(min_row=2))
expected = [(y["year"], y["p50"]) for i in results["indicators"] for y in i["years"]]
check(len(rows) == len(expected), "forecast sheet has a row per indicator and year")
check(all(r[2].value == e[0] and shown(r[7], e[1]) for r, e in zip(rows, expected)), "forecast sheet medians equal results.json as displayed")

notebook = nbformat.read(f"{directory}/{stem}.ipynb", as_version=4)
try:
    nbformat.validate(notebook)
    check(True, "")
except nbformat.ValidationError as error:
    check(False, f"notebook invalid: {error}")
check(any("pd.read_csv" in "".join(c.source) for c in notebook.cells if c.cell_type == "code"), "notebook reloads the CSV with pandas")
check(any(o.get("data", {}).get("image/svg+xml") for c in notebook.cells if c.cell_type == "code" for o in c.outputs), "notebook shows charts")

with open(f"{directory}/targets.csv", encoding="utf-8-sig", newline="") as f:
    table = list(csv.DictReader(f))
check([r["indicator"] for r in table] == [t["indicator"] for t in results["targets"]], "targets.csv lists the targets in order")
check(all(close(r["probability"], t["probability"]) for r, t in zip(table, results["targets"])), "targets.csv probabilities equal results.json")
with open(f"{directory}/indicators.csv", encoding="utf-8-sig", newline="") as f:
    table = list(csv.DictReader(f))
check(all(close(r["p95"], y["p95"]) for r, y in zip(table, (y for i in results["indicators"] for y in i["years"]))), "indicators.csv equals results.json")
with open(f"{directory}/{stem}.csv", "rb") as f:
    check(f.read(3) == b"\xef\xbb\xbf", "briefing CSV starts with a UTF-8 BOM for Excel")

finish()
