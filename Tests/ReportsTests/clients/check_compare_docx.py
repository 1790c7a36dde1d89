"""Checks the comparison's Word document (`plansim compare --format docx`) with python-docx.

usage: check_compare_docx.py DIR LANG   (DIR holds comparison.json and the DOCX)
- the summary opens the document (title, subtitle, a heading, then the bottom line);
- the probabilities are a real table, a row per target; the medians are a real table, a
  group of rows per indicator (the name merged down its years), names whole, every median
  as printed equal to comparison.json at its decimals;
- A4 portrait; CJK fonts named;
- a native chart per indicator plus one of probabilities; each indicator's chart is a
  P10–P90 band (stacked area over an unfilled base) with a median line per scenario.
Prints `N passed, M failed`; exits 1 on any failure.
"""
import json
import sys

from checks import C, charts, check, finish, is_band, series_values
import zipfile

import docx

directory, lang = sys.argv[1], sys.argv[2]
path = f"{directory}/{'comparison' if lang == 'zh' else 'comparison-en'}.docx"
comparison = json.load(open(f"{directory}/comparison.json", encoding="utf-8"))
scenarios = comparison["scenarios"]
document = docx.Document(path)

texts = [p.text for p in document.paragraphs if p.text.strip()]
check(("一、总体判断" if lang == "zh" else "1. Overall judgement") in texts[:6], "page one for a leader comes first")
# Body headings are numbered on from page one (六、比较详情).
detail = next(i for i, t in enumerate(texts) if t.endswith("比较详情" if lang == "zh" else "The comparison in detail"))
check(texts[detail + 1].startswith("结论" if lang == "zh" else "Bottom line"), "the bottom line opens the detail")
check(not any(s in t for s in scenarios if s != "baseline" for t in texts[:detail]), "page one names scenarios by title, not code name")

section = document.sections[0]
check(abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1, "A4 portrait")

odds, medians = document.tables[0], document.tables[1]
targets = comparison["probabilities"]
check(len(odds.rows) == 1 + len(targets), f"probability table has a header and a row per target, has {len(odds.rows)}")
target_names = [row.cells[0].text for row in odds.rows[1:]]
check(all(n and "\n" not in n for n in target_names), "target names are whole")
for row, t in zip(odds.rows[1:], targets):
    for k, p in enumerate(t["probability"]):
        text = row.cells[2 + k].text
        if text in ("约50%", "about 50%"):
            # A target on the plan's own path reads about 50% (its odds are by construction).
            check(abs(p - 0.5) <= 0.2, f"P({t['indicator']}) in {scenarios[k]} on the plan's path: {text} vs {p}")
            continue
        check(text.endswith("%") and abs(float(text[:-1]) - p * 100) <= 0.5 + 1e-9, f"P({t['indicator']}) in {scenarios[k]}: {text} vs {p}")

indicators = comparison["results"][0]["indicators"]
shown = len(medians.rows) - 1
check(shown % len(indicators) == 0, f"medians table has the same years for each of {len(indicators)} indicators ({shown} rows)")
years = shown // len(indicators)
firsts = [row.cells[0].text.split("\n")[0] for row in medians.rows[1:]]
groups = [firsts[k * years:(k + 1) * years] for k in range(len(indicators))]
check(all(len(set(g)) == 1 and g[0] for g in groups), "each indicator's name spans its years (merged cell)")
check(set(g[0] for g in groups) >= set(target_names), "every target's indicator has a group in the medians table")
rows = {(r["indicator"], r["year"]): r for r in comparison["rows"]}


def number(text):
    return float(text.replace("−", "-").replace(",", "").replace("+", ""))


for k, ind in enumerate(indicators):
    for row in medians.rows[1 + k * years:1 + (k + 1) * years]:
        year = int(row.cells[1].text)
        expected = rows[(ind["indicator"], year)]["p50"]
        for s, value in enumerate(expected):
            text = row.cells[2 + s].text
            decimals = len(text.split(".")[1]) if "." in text else 0
            check(abs(number(text) - value) <= 0.5 * 10 ** -decimals + 1e-9, f"median of {ind['indicator']} {year} in {scenarios[s]}: {text} vs {value}")

styles = zipfile.ZipFile(path).read("word/styles.xml").decode("utf-8")
check('w:eastAsia="宋体"' in styles and "黑体" in styles, "CJK fonts named")
parts = charts(path, "word/charts")
check(len(parts) == 1 + len(indicators), f"a native chart per indicator and one of probabilities ({len(parts)})")
check(all(is_band(c, medians=len(scenarios)) for c in parts[1:]), "every indicator's chart is a P10–P90 band with a median per scenario")
for chart, ind in zip(parts[1:], indicators):
    base, band = chart.find(f".//{C}areaChart").findall(f"{C}ser")
    p10 = series_values(base)
    width = series_values(band)
    check(all(abs(p10[i] - y["p10"]) < 1e-9 and abs(width[i] - (y["p90"] - y["p10"])) < 1e-9 for i, y in enumerate(ind["years"])),
          f"the band of {ind['indicator']} spans the reference's P10–P90")
finish()
