"""Checks the comparison's workbook with openpyxl, and its charts' XML with zipfile.

usage: check_compare_xlsx.py DIR LANG   (DIR holds comparison.json and the XLSX)
- every numeric column holds numbers equal to comparison.json (medians, Δ, Δ%,
  probabilities, the reference's P10 and P90), percentages formatted as such, medians with
  a fixed number of decimals;
- frozen bold header, autofilter, A4 print setup fitted to the width on every data sheet;
- a native chart per indicator plus one of probabilities; each indicator's chart is a
  P10–P90 band (stacked area over an unfilled base) with a median line per scenario, all
  drawn from the workbook's cells.
Prints `N passed, M failed`; exits 1 on any failure.
"""
import json
import math
import sys

from checks import C, charts, check, finish, is_band, shown

import openpyxl

directory, lang = sys.argv[1], sys.argv[2]
path = f"{directory}/{'comparison' if lang == 'zh' else 'comparison-en'}.xlsx"
comparison = json.load(open(f"{directory}/comparison.json", encoding="utf-8"))
scenarios, n = comparison["scenarios"], len(comparison["scenarios"])
book = openpyxl.load_workbook(path)


def close(a, b):
    if b is None:
        return a is None
    return isinstance(a, (int, float)) and math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)



check(book.worksheets[0].title == ("简报" if "简报" in book.sheetnames else "Summary"), "the workbook opens on page one (简报)")
for sheet in book.worksheets[1:4]:
    check(sheet.freeze_panes == "A2", f"{sheet.title}: header row frozen")
    check(sheet["A1"].font.bold, f"{sheet.title}: header bold")
    check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), f"{sheet.title}: autofilter")
    check(sheet.page_setup.paperSize in (9, "9") and sheet.sheet_properties.pageSetUpPr.fitToPage, f"{sheet.title}: A4, fitted to the width")

medians = book.worksheets[1]
rows = list(medians.iter_rows(min_row=2))
check(len(rows) == len(comparison["rows"]), f"a row per indicator and year ({len(rows)} vs {len(comparison['rows'])})")
for cells, expected in zip(rows, comparison["rows"]):
    where = f"{expected['indicator']} {expected['year']}"
    check(cells[2].value == expected["year"], f"year of {where} is a number")
    for k in range(n):
        check(shown(cells[3 + k], expected["p50"][k]), f"median of {where} in {scenarios[k]}")
        check(cells[3 + k].number_format in ("0", "0.0", "0.00", "0.000"), f"median of {where} has fixed decimals")
    for k in range(n - 1):
        # Δ is the difference of the printed medians: within one unit of the exact difference.
        check(shown(cells[3 + n + 2 * k], expected["diff"][k], units=1), f"Δ of {where} for {scenarios[k + 1]}")
        check(shown(cells[4 + n + 2 * k], expected["pct_diff"][k]), f"Δ% of {where} for {scenarios[k + 1]}")
        check("%" in cells[4 + n + 2 * k].number_format, f"Δ% of {where} formatted as a percentage")

odds = book.worksheets[2]
# A target on the plan's path in any scenario reads 约50% (0.5) in every column, with no
# change: its odds are by construction (docs/briefings.md, ComparisonReport.onPlanPath).
plan = {t["indicator"] for r in comparison.get("results", []) for t in r.get("targets", []) if t.get("evidence") == "plan"}
for cells, expected in zip(odds.iter_rows(min_row=2), comparison["probabilities"]):
    check(cells[1].value == expected["target_year"], f"target year of {expected['indicator']} is a number")
    for k in range(n):
        want = 0.5 if expected["indicator"] in plan else expected["probability"][k]
        check(shown(cells[2 + k], want), f"P({expected['indicator']}) in {scenarios[k]}")
        check("%" in cells[2 + k].number_format, f"P({expected['indicator']}) formatted as a percentage")

band = book.worksheets[3]
years = [(i["indicator"], y) for i in comparison["results"][0]["indicators"] for y in i["years"]]
cells = list(band.iter_rows(min_row=2))
check(len(cells) == len(years), "the band sheet has a row per indicator and year")
check(all(shown(c[2], y["p10"]) and shown(c[3], y["p90"]) for c, (_, y) in zip(cells, years)), "the band sheet's P10 and P90 equal the reference's")

parts = charts(path, "xl/charts")
indicators = comparison["results"][0]["indicators"]
check(len(parts) == 1 + len(indicators), f"a native chart per indicator and one of probabilities ({len(parts)})")
bars = parts[0].findall(f".//{C}barChart/{C}ser") if parts else []
check(len(bars) == n, "probability bars: a series per scenario")
check(all(is_band(c, medians=n) for c in parts[1:]), "every indicator's chart is a P10–P90 band with a median per scenario")
check(all(f.text and "!" in f.text for c in parts for f in c.iter(f"{C}f")), "every chart series refers to the workbook's cells")
finish()
