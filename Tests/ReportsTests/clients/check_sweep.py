"""Checks a sweep's briefing files with the clients people open them with.

usage: check_sweep.py DIR LANG   (LANG: zh or en; DIR is a finished sweep's folder)
- openpyxl: the indices sheet holds S1, ST and their half-widths as numbers equal to
  indices.json (to 1e-12), with fixed decimals, a frozen bold header, an autofilter and
  A4 fit-to-width printing; the notes wrap; a native chart part;
- python-docx: the summary opens the document, the indices are a real table with a row
  per input and names whole, a native DrawingML chart part, CJK fonts named;
- the words are in one language: no CJK in English documents, no English words in
  Chinese ones outside identifiers, file names and the method's proper names.
Prints `N passed, M failed`; exits 1 on any failure.
"""
import json
import math
import re
import sys
import zipfile

from checks import check, finish

import docx
import openpyxl

directory, lang = sys.argv[1], sys.argv[2]
suffix = "" if lang == "zh" else "-en"
indices = json.load(open(f"{directory}/indices.json", encoding="utf-8"))
by_name = {i["name"]: i for i in indices["inputs"]}
manifest = json.load(open(f"{directory}/manifest.json", encoding="utf-8"))


def close(a, b):
    return isinstance(a, (int, float)) and b is not None and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15)


book = openpyxl.load_workbook(f"{directory}/summary{suffix}.xlsx")
check(book.worksheets[0].title == ("简报" if lang == "zh" else "Summary"), "the workbook opens on page one (简报)")
sheet = book.worksheets[1]
header = [c.value for c in sheet[1]]
rows = list(sheet.iter_rows(min_row=2, values_only=True))
check(len(rows) == len(indices["inputs"]), f"a row per input ({len(rows)})")
for row in rows:
    name = row[-1]
    i = by_name.get(name)
    check(i is not None, f"identifier `{name}` is an input of indices.json")
    if i is None:
        continue
    check(isinstance(row[0], int), f"serial number of {name} is a number")
    for column, key in [(2, "st"), (3, "st_conf"), (4, "s1"), (5, "s1_conf")]:
        # Stored as displayed, three decimals (docs/briefings.md): within half a unit of the third.
        check(isinstance(row[column], (int, float)) and i[key] is not None and abs(row[column] - i[key]) <= 0.0005 + 1e-9,
              f"{key} of {name} is the number in indices.json at three decimals ({row[column]!r} vs {i[key]!r})")
check(sheet.cell(2, 3).number_format == "0.000", "indices with three fixed decimals")
check(sheet.freeze_panes == "A2" and sheet["A1"].font.bold, "frozen bold header")
check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), "autofilter")
check(sheet.page_setup.paperSize in (9, "9") and sheet.sheet_properties.pageSetUpPr.fitToPage, "A4, fitted to the width")
check(book.worksheets[2].cell(2, 1).alignment.wrap_text, "notes wrap")
parts = zipfile.ZipFile(f"{directory}/summary{suffix}.xlsx").namelist()
check(sum(p.startswith("xl/charts/chart") for p in parts) == 1, "a native chart in the workbook")
chart = zipfile.ZipFile(f"{directory}/summary{suffix}.xlsx").read("xl/charts/chart1.xml").decode("utf-8")
check("<c:barChart>" in chart and "$B$2:$B$" in chart, "the chart's bars are drawn from the chart-data sheet (signed by direction)")

document = docx.Document(f"{directory}/summary{suffix}.docx")
texts = [p.text for p in document.paragraphs if p.text.strip()]
check(("一、总体判断" if lang == "zh" else "1. Overall judgement") in texts[:6], "page one for a leader comes first")
# Body headings are numbered on from page one (三、分析详情).
detail = next(i for i, t in enumerate(texts) if t.endswith("分析详情" if lang == "zh" else "The analysis in detail"))
check(texts[detail + 1].startswith("结论" if lang == "zh" else "Bottom line"), "the bottom line opens the detail")
check(len(document.tables) == 1, "the indices are a real table")
table = document.tables[0]
check(len(table.rows) == 1 + len(indices["inputs"]), f"a header and a row per input, has {len(table.rows)}")
names = [row.cells[1].text for row in table.rows[1:]]
check(all(n and "\n" not in n and n not in by_name for n in names), f"input names whole and readable: {names}")
parts = zipfile.ZipFile(f"{directory}/summary{suffix}.docx").namelist()
check(sum(p.startswith("word/charts/chart") for p in parts) == 1, "a native chart part in the document")
styles = zipfile.ZipFile(f"{directory}/summary{suffix}.docx").read("word/styles.xml").decode("utf-8")
check('w:eastAsia="宋体"' in styles and "黑体" in styles, "CJK fonts named")

# File names, options and code names belong in the technical annex that closes the document.
annex = "技术附录" if lang == "zh" else "Technical annex"
ends = [i for i, t in enumerate(texts) if t.endswith(annex)]
body = texts[:ends[0]] if ends else texts
words = "\n".join(body + [c.text for row in table.rows for c in row.cells])
if lang == "zh":
    plain = re.sub(r"「[^」]*」", "", words)
    for known in sorted(list(by_name) + [manifest["scenario"], manifest["sweep"], "Sobol", "Spearman"], key=len, reverse=True):
        plain = plain.replace(known, "")
    latin = sorted(set(re.findall(r"[A-Za-z]{2,}", plain)))
    check(not latin, f"no English words in the Chinese document: {latin}")
else:
    cjk = sorted(set(re.findall(r"[\u4e00-\u9fff]+", words)))
    check(not cjk, f"no Chinese in the English document: {cjk}")
finish()
