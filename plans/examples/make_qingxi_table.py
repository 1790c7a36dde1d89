#!/usr/bin/env python3
"""Writes the 青溪镇 专栏 table (an invented town, not Haibin) as printed, in two files:
qingxi-14th-table.csv (as Excel exports a sheet with merged cells: the text in each
merge's first cell, the rest blank) and qingxi-14th-table.xlsx (a two-row header and the
category column as merged cells). Both must import to the same plan
(Tests/PlanDataTests/QingxiTableTests.swift). Run: python3 make_qingxi_table.py"""
import csv, os
from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "青溪镇“十四五”时期经济社会发展主要指标"
HEADER1 = ["类别", "序号", "指标", "单位", "基期", "目标", "", "属性"]
HEADER2 = ["", "", "", "", "2020年", "2025年", "年均增长（%）", ""]
# (category, name, unit, 2020, 2025, yearly growth, attribute): cells exactly as printed.
ROWS = [
    ("经济发展", "地区生产总值", "亿元", "48.6*", "70", "7.5左右", "预期性"),
    ("经济发展", "规上工业总产值", "亿元", "36.2", "55", "8.7", "预期性"),
    ("经济发展", "一般公共预算收入", "万元", "21500", "28000", "5.4", "预期性"),
    ("经济发展", "固定资产投资（五年累计）", "亿元", "12.4", "〔75〕", "", "预期性"),
    ("经济发展", "社会消费品零售总额", "亿元", "15.8", "", "6%左右", "预期性"),
    ("创新驱动", "研发经费投入占地区生产总值比重", "％", "1.8", "〔0.7〕", "", "预期性"),
    ("创新驱动", "高新技术企业数", "家", "12", "不低于20", "", "预期性"),
    ("创新驱动", "市场主体数量", "个", "5230", "7000以上", "", "预期性"),
    ("创新驱动", "科技型中小企业数", "家", "18", "30", "10.8", "预期性"),
    ("民生福祉", "常住人口", "万人", "6.42", "6.8左右", "", "预期性"),
    ("民生福祉", "城镇调查失业率", "%", "4.1", "5.5以内", "", "预期性"),
    ("民生福祉", "居民人均可支配收入", "元", "38600", "", "与经济增长基本同步", "预期性"),
    ("民生福祉", "每千人口托位数", "个", "1.9", "4.5", "", "预期性"),
    ("民生福祉", "城镇新增就业人数", "人", "820", "〔4500〕", "", "预期性"),
    ("绿色生态", "单位地区生产总值能耗降低", "%", "", "", "〔14〕", "约束性"),
    ("绿色生态", "森林覆盖率", "%", "28.4", "不低于28.4", "", "约束性"),
    ("绿色生态", "新增绿地面积", "平方米", "", "〔120000〕", "", "预期性"),
    ("绿色生态", "化肥施用量", "吨", "2860", "2800以下", "", "约束性"),
    ("安全保障", "粮食播种面积", "万亩", "5.06", "不低于5.06", "", "约束性"),
    ("安全保障", "高标准农田面积", "亩", "18000", "26000", "", "约束性"),
]
NOTES = ["注：1．带*的为2020年预计数。2．〔〕内为五年累计数。3．居民人均可支配收入增长与经济增长基本同步。"]


def body():
    """The rows as Excel exports them to CSV: a merged cell's text only in its first cell."""
    out, last = [], None
    for k, (cat, name, unit, base, target, growth, attr) in enumerate(ROWS):
        out.append([cat if cat != last else "", str(k + 1), name, unit, base, target, growth, attr])
        last = cat
    return out


def write_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([TITLE] + [""] * 7)
        w.writerow(HEADER1)
        w.writerow(HEADER2)
        w.writerows(body())
        for n in NOTES:
            w.writerow([n] + [""] * 7)


def write_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "专栏1"
    ws.append([TITLE])
    ws.merge_cells("A1:H1")
    ws.append(HEADER1)
    ws.append(HEADER2)
    for col in "ABCDH":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:G2")
    ws.merge_cells("E2:E2")
    for r in body():
        ws.append(r)
    start = 4
    for k in range(1, len(ROWS) + 1):  # one merged cell per category
        if k == len(ROWS) or ROWS[k][0] != ROWS[k - 1][0]:
            end = 3 + k
            if end > start:
                ws.merge_cells(f"A{start}:A{end}")
            start = end + 1
    note_row = 4 + len(ROWS)
    for n in NOTES:
        ws.cell(row=note_row, column=1, value=n)
        ws.merge_cells(f"A{note_row}:H{note_row}")
        note_row += 1
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(vertical="center", wrap_text=True)
    wb.properties.creator = "plansim"
    wb.save(path)


if __name__ == "__main__":
    write_csv(os.path.join(HERE, "qingxi-14th-table.csv"))
    write_xlsx(os.path.join(HERE, "qingxi-14th-table.xlsx"))
