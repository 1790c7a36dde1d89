"""Checks the Word briefing with python-docx, the client people's tools are built on.

usage: check_docx.py FILE.docx LANG
- the summary opens the document (a heading, then the bottom line);
- the main table is a real table: a header row and a row per target, names whole;
- charts are native DrawingML chart parts, the fan charts P10–P90 bands; CJK fonts are named.
Prints `N passed, M failed`; exits 1 on any failure.
"""
import sys

from checks import charts, check, finish, is_band
import zipfile

import docx

path, lang = sys.argv[1], sys.argv[2]
document = docx.Document(path)


texts = [p.text for p in document.paragraphs if p.text.strip()]
check(("一、总体判断" if lang == "zh" else "1. Overall judgement") in texts[:6], "page one for a leader comes first")
check(any(("主要指标" if lang == "zh" else "Main indicators") in t for t in texts), "the 专栏1 table follows page one")
table = document.tables[0]
check(len(table.rows) == 10, f"main table has a header and 9 rows, has {len(table.rows)}")
names = [row.cells[1].text for row in table.rows[1:]]
check(all(n and "\n" not in n for n in names), "indicator names are whole")
parts = zipfile.ZipFile(path).namelist()
check(sum(p.startswith("word/charts/chart") for p in parts) == 10, "ten native charts")
# Median, history and (for a level target) the target marker are the line series.
check(all(is_band(c, medians=2) or is_band(c, medians=3) for c in charts(path, "word/charts")[1:]), "every fan chart is a P10–P90 band (stacked area over an unfilled base) with the median")
styles = zipfile.ZipFile(path).read("word/styles.xml").decode("utf-8")
check('w:eastAsia="宋体"' in styles and "黑体" in styles, "CJK fonts named")
finish()
