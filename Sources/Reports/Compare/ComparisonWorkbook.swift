import Foundation
import PlanData

/// The comparison as a workbook an analyst keeps: every year's medians, Δ and Δ% (差值 and 差值% in Chinese; numbers
/// with the indicator's decimals, percentages formatted), each target's probability per
/// scenario, the reference's P10–P90 band, page one (简报, the sheet it opens on) and the summary and provenance; and a chart sheet of
/// native charts drawn from those cells — probability bars side by side, and per indicator
/// the reference's band (stacked area over an unfilled P10 base) with every scenario's median.
enum ComparisonWorkbook {
    static func xlsx(_ docs: [ReportDocument], language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh
        let ref = docs[0], names = docs.map { $0.scenarioName(l) }
        let rows = ComparisonReport.rows(docs, allYears: true)
        func name(_ id: String) -> String { ref.indicator(id)?.name(l) ?? id }
        func unit(_ id: String) -> String {
            (ref.indicator(id)?.unit(l) ?? "")
                + (ref.targets.first { $0.indicator == id }?.kind == "period_sum" ? (zh ? "，当年值" : ", yearly") : "")
        }
        // The plan's precision, as 专栏1 prints it: counts whole.
        func decimals(_ id: String) -> Int {
            ref.indicator(id).map { BriefingTable.decimals(of: $0, in: ref) } ?? 2
        }
        let medians = XLSXWriter.Sheet(
            name: zh ? "比较" : "Comparison",
            header: [zh ? "指标" : "Indicator", zh ? "单位" : "Unit", zh ? "年份" : "Year"]
                + names.map { zh ? "\($0) 中位数" : "\($0) median" }
                + names.dropFirst().flatMap { zh ? ["差值 \($0)", "差值% \($0)"] : ["Δ \($0)", "Δ% \($0)"] },
            rows: rows.map { r in
                // As the PDF and Word print them: the difference of the printed medians, Δ% at two decimals.
                let k = decimals(r.indicator)
                return [.text(name(r.indicator)), .text(unit(r.indicator)), .integer(r.year)]
                    + r.medians.map { .fixed($0, decimals: k) }
                    + zip(r.shownDifferences(decimals: k), r.percentDifferences).flatMap {
                        [BriefingTable.Cell.signed($0, decimals: k), .signedPercent($1)]
                    }
            })
        let probabilities = XLSXWriter.Sheet(
            name: zh ? "达标概率" : "Probabilities",
            header: [zh ? "目标" : "Target", zh ? "目标年份" : "Target year"] + names
                + names.dropFirst().map { zh ? "变化（百分点）\($0)" : "Change (points) \($0)" },
            rows: ref.targets.map { t in
                // On the plan's path: 0.5 in every column (the bars read 约50%) and no change.
                let plan = ComparisonReport.onPlanPath(t.indicator, docs)
                let p = docs.map { d in
                    plan ? 0.5 : d.targets.first { $0.indicator == t.indicator }?.probability
                }
                return [.text(ChartSpec.comparisonLabel(t, in: ref, language: l)), .integer(t.targetYear)]
                    + p.map { .probability($0) }
                    // Points from the displayed whole per cents, as the text says them.
                    + p.dropFirst().map { q in
                        plan
                            ? .text("—")
                            : q.flatMap { ChartSpec.pointChange(from: t.probability, to: $0) }.map { .integer($0) }
                                ?? .text("—")
                    }
            })
        let bandRows = ref.indicators.flatMap { ind in ind.years.map { (ind, $0) } }
        let band = XLSXWriter.Sheet(
            name: zh ? "参照区间" : "Reference band",
            header: [
                zh ? "指标" : "Indicator", zh ? "年份" : "Year", "P10", "P90", zh ? "P10–P90 区间宽度" : "P10–P90 width",
                ChartSpec.targetLabel(l),
            ],
            rows: bandRows.map { ind, y in
                let k = decimals(ind.id)
                // The plan's level target in its year: the charts' diamond.
                let target = ComparisonOfficeCharts.targetColumn(ref, ind, years: [y.year])?.first
                return [
                    .text(ind.name(l)), .integer(y.year), .fixed(y.p10, decimals: k), .fixed(y.p90, decimals: k),
                    .fixed(y.p90 - y.p10, decimals: k), .fixed(target, decimals: k),
                ]
            }, formulas: [4: "D{r}-C{r}"])
        let notesText =
            ComparisonSummary.paragraphs(docs, language: l) + [
                ComparisonSummary.subtitle(docs, language: l), ComparisonSummary.tableNote(l),
            ]
        let notes = XLSXWriter.Sheet(
            name: zh ? "说明" : "Notes", header: [zh ? "简报与来源" : "Summary and provenance"],
            rows: notesText.map { [.text($0)] }, wrap: [0], filter: false)
        // The workbook opens on page one (简报); the charts' row arithmetic reads the sheets by name.
        return try XLSXWriter.workbook(
            sheets: [
                XLSXWriter.summarySheet(LeaderPage(compare: docs, language: l)), medians, probabilities, band, notes,
            ],
            chartSheet: zh ? "图表" : "Charts",
            charts: charts(docs, language: l, sheets: (medians.name, probabilities.name, band.name)))
    }

    /// The charts, referring to the sheets' cells (rows in the order the sheets write them).
    static func charts(
        _ docs: [ReportDocument], language l: Language, sheets: (medians: String, probabilities: String, band: String)
    ) -> [String] {
        let q = { (sheet: String) in "'\(sheet.replacingOccurrences(of: "'", with: "''"))'" }
        let range = { (sheet: String, col: Int, first: Int, last: Int) in
            "\(q(sheet))!$\(XLSXWriter.column(col))$\(first):$\(XLSXWriter.column(col))$\(last)"
        }
        var out: [String] = []
        let n = docs[0].targets.count
        if n > 0 {
            out.append(
                ComparisonOfficeCharts.probabilities(
                    docs, language: l, labels: (range(sheets.probabilities, 0, 2, n + 1), nil),
                    values: docs.indices.map { (range(sheets.probabilities, $0 + 2, 2, n + 1), nil) }))
        }
        var row = 2
        for ind in docs[0].indicators {
            let first = row, last = row + ind.years.count - 1
            row = last + 1
            guard !ind.years.isEmpty else { continue }
            out.append(
                ComparisonOfficeCharts.fan(
                    docs, indicator: ind, language: l, years: (range(sheets.medians, 2, first, last), nil),
                    p10: (range(sheets.band, 2, first, last), nil), width: (range(sheets.band, 4, first, last), nil),
                    medians: docs.indices.map { (range(sheets.medians, $0 + 3, first, last), nil) },
                    target: ComparisonOfficeCharts.targetColumn(docs[0], ind, years: ind.years.map(\.year)).map { _ in
                        (range(sheets.band, 5, first, last), nil)
                    }))
        }
        return out
    }
}
