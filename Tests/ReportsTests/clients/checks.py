"""What the client check scripts share: the tally (check(condition, message), then
finish()), and reading the native chart parts of XLSX and DOCX files."""
import math
import sys

counts = {"passed": 0, "failed": 0}


def check(condition, message):
    if condition:
        counts["passed"] += 1
    else:
        counts["failed"] += 1
        print("FAIL:", message)


def finish():
    print(f"{counts['passed']} passed, {counts['failed']} failed")
    sys.exit(1 if counts["failed"] else 0)


C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def charts(path, folder):
    """The chart parts of an Office file (`folder`: "xl/charts" or "word/charts"), parsed,
    in their number's order; openpyxl and python-docx do not load charts, so zipfile does."""
    import re
    import zipfile
    import xml.etree.ElementTree as ET
    package = zipfile.ZipFile(path)
    names = [n for n in package.namelist() if re.fullmatch(folder + r"/chart\d+\.xml", n)]
    names.sort(key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1)))
    return [ET.fromstring(package.read(n)) for n in names]


def is_band(chart, medians=1):
    """A P10–P90 fan band: a stacked area chart whose first series (the P10 base) has no
    fill and whose second (P90 − P10) is filled, and at least `medians` line series over
    it (a run's chart adds history, the target and a what-if's baseline)."""
    area = chart.find(f".//{C}areaChart")
    line = chart.find(f".//{C}lineChart")
    if area is None or line is None or area.find(f"{C}grouping").get("val") != "stacked":
        return False
    series = area.findall(f"{C}ser")
    if len(series) != 2:
        return False
    base, band = (s.find(f"{C}spPr") for s in series)
    return (base is not None and base.find(f"{A}noFill") is not None and band is not None
            and band.find(f"{A}solidFill") is not None and len(line.findall(f"{C}ser")) >= medians)


def series_values(series):
    """A series' cached values (Word charts carry them), by point index."""
    return {int(p.get("idx")): float(p.find(f"{C}v").text) for p in series.findall(f"{C}val//{C}numCache/{C}pt")}


def shown(cell, b, units=0.5):
    """A workbook cell stores its figure as displayed (docs/briefings.md): within half a unit
    of its number format's last decimal of the exact value (0.0% → 0.0005 as a fraction);
    a difference of two displayed figures within one unit (`units=1`). A signed format
    ("+"0.00%;"−"0.00%;0.00%) counts the decimals of its first section."""
    a, fmt = cell.value, (cell.number_format or "General").split(";")[0].replace('"+"', "")
    if a is None or b is None or not isinstance(a, (int, float)):
        return a is None and b is None
    digits = len(fmt.split(".")[1].rstrip("%")) if "." in fmt else 0
    if fmt == "General":
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-15)
    if "%" in fmt:
        digits += 2
    return abs(float(a) - float(b)) <= units * 10 ** -digits + 1e-9
