import PlanData

extension XLSXWriter {
    /// The run workbook's 图表数据 sheet, the cells its charts are drawn from (the same
    /// figures the Word charts embed): per indicator a block of rows, one a year from 2016
    /// to the horizon — name, year, P10, the band's width, the median, history, target and a
    /// what-if's baseline median (``XLSXCharts/BandFigures``); beside them, two columns on,
    /// each target's bar label and probability (empty for an ended target).
    static func chartData(_ d: ReportDocument, language l: Language, decimals: [String: Int]) -> Sheet {
        let zh = l == .zh
        let width = 2 + XLSXCharts.BandFigures.headers(l, baseline: d.baseline != nil).count
        var rows: [[BriefingTable.Cell]] = []
        for ind in d.indicators where !ind.years.isEmpty {
            let f = XLSXCharts.BandFigures(ind, in: d)
            let k = decimals[ind.id] ?? 2
            rows += f.years.indices.map { i in
                [.text(ind.name(l)), .integer(f.years[i])] + f.columns.map { .fixed($0[i], decimals: k) }
            }
        }
        let bars = d.targets.map { t in
            [
                BriefingTable.Cell.text(ChartSpec.barLabel(t, in: d, language: l)),
                .probability(ChartSpec.barValue(t, in: d)),
            ]
        }
        let blank = Array(repeating: BriefingTable.Cell.text(""), count: width)
        let body = (0..<max(rows.count, bars.count)).map { i in
            (i < rows.count ? rows[i] : blank) + [.text("")] + (i < bars.count ? bars[i] : [.text(""), .text("")])
        }
        return Sheet(
            name: zh ? "图表数据" : "Chart data",
            header: [zh ? "指标" : "Indicator", zh ? "年份" : "Year"]
                + XLSXCharts.BandFigures.headers(l, baseline: d.baseline != nil)
                + ["", zh ? "目标" : "Target", zh ? "达标概率" : "P(meet)"],
            // The bars' labels wrap in a column of 24, so the sheet prints at a readable size.
            rows: body, wrap: [width + 1], filter: false, widths: [width + 1: 24])
    }
}
