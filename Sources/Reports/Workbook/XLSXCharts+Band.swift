import PlanData
import Simulation

extension XLSXCharts {
    /// The figures of one indicator's 预测区间图 (``ChartSpec``), year by year from the first
    /// history year drawn (2016 where measured; rebuilt years are not drawn) to the horizon: the P10 base and the P90 − P10 width of the
    /// band and the median (opening from the base year's value), the history through the base year, the target in its year, and —
    /// for a what-if — the baseline's median. NaN where a series has no value that year.
    struct BandFigures {
        let years: [Int]
        let p10: [Double], width: [Double], median: [Double], history: [Double], target: [Double]
        let baseline: [Double]?

        init(_ ind: ReportDocument.Indicator, in d: ReportDocument) {
            let first = ind.years.first?.year ?? 2021
            let past = ChartSpec.chartHistory(ind, before: first)
            // From the first year anything is drawn: rebuilt years (left off every chart) would
            // leave a zero-width band there, which Word and LibreOffice draw as a faint line.
            let ys = Array(min(past.first?.year ?? first, first)...(ind.years.last?.year ?? first))
            years = ys
            // The band and the median open from the last history point (width 0 there), as
            // the PDF's do: a stacked area reads a blank as 0 and would rise from the axis.
            let anchor = past.last.flatMap { $0.year == first - 1 ? $0 : nil }
            let forecast = { (f: (YearSummary) -> Double, atAnchor: Double?) -> [Double] in
                ys.map { y in ind.years.first { $0.year == y }.map(f) ?? (y == anchor?.year ? atAnchor ?? .nan : .nan) }
            }
            median = forecast({ $0.p50 }, anchor?.value)
            history = ys.map { y in past.first { $0.year == y }?.value ?? .nan }
            // Before the forecast the band's invisible base runs along the history with no
            // width, hidden under the history line: a stacked area reads a blank as 0, and its
            // edge would draw a faint diagonal from the axis to the band's start.
            // (Years before the first value drawn, rebuilt years left off, take that first value.)
            var lastHistory = past.first?.value ?? anchor?.value ?? .nan
            let along = history.map { h -> Double in
                if h.isFinite { lastHistory = h }
                return lastHistory
            }
            let base = forecast({ $0.p10 }, anchor?.value), span = forecast({ $0.p90 - $0.p10 }, 0)
            p10 = zip(base, along).map { $0.isFinite ? $0 : $1 }
            width = zip(span, along).map { $0.isFinite ? $0 : ($1.isFinite ? 0 : .nan) }
            let goal = d.targets.first { $0.indicator == ind.id && $0.kind != "period_sum" }
            target = ys.map { y in goal.map { $0.targetYear == y ? $0.target : .nan } ?? .nan }
            baseline = d.baseline?.medians[ind.id].map { m in ys.map { m[$0] ?? .nan } }
        }

        /// The value axis over everything drawn (``ChartSpec/Axis``), as the PDF's chart has it.
        var axis: ChartSpec.Axis {
            let all = (p10 + zip(p10, width).map(+) + median + history + target + (baseline ?? [])).filter(\.isFinite)
            return ChartSpec.Axis(low: all.min() ?? 0, high: all.max() ?? 1)
        }

        /// The columns in chart order: P10, width, median, history, target, baseline.
        var columns: [[Double]] { [p10, width, median, history, target] + (baseline.map { [$0] } ?? []) }

        /// The column headers, as the chart's series are named.
        static func headers(_ l: Language, baseline: Bool) -> [String] {
            [
                l == .zh ? "区间下限" : "range low", ChartSpec.bandLabel(l), ChartSpec.medianLabel(l),
                l == .zh ? "历史" : "history", ChartSpec.targetLabel(l),
            ]
                + (baseline ? [baselineLabel(l)] : [])
        }
    }

    /// A what-if's baseline median in legends and headers.
    static func baselineLabel(_ l: Language) -> String { l == .zh ? "基准情景最可能值" : "baseline central forecast" }

    /// The 预测区间图 of `ind` as DrawingML, for the workbook and the Word document alike:
    /// history from 2016 (black, with points), the P10–P90 band and the median, the target
    /// as a diamond, and for a what-if the baseline's median as a grey dashed line. The
    /// series refer to `sheet` (quoted as a formula needs it) rows `firstRow…`, the year in
    /// column `firstColumn` and the figures in the columns after it (``BandFigures/columns``),
    /// and carry their numbers, so a reader that does not calculate still draws them.
    static func band(
        _ ind: ReportDocument.Indicator, in d: ReportDocument, language l: Language,
        sheet: String, firstRow: Int, firstColumn: Int
    ) -> String {
        let zh = l == .zh
        let f = BandFigures(ind, in: d)
        let last = firstRow + f.years.count - 1
        func ref(_ k: Int) -> String {
            let c = XLSXWriter.column(firstColumn + k)
            return "\(sheet)!$\(c)$\(firstRow):$\(c)$\(last)"
        }
        let labels = f.years.map(String.init)
        let names = BandFigures.headers(l, baseline: f.baseline != nil)
        let solid = { (s: String) in s.replacingOccurrences(of: "<a:prstDash val=\"dash\"/>", with: "") }
        func marker(_ symbol: String, size: Int, colour: String) -> String {
            "<c:marker><c:symbol val=\"\(symbol)\"/><c:size val=\"\(size)\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></c:spPr></c:marker>"
        }
        let none = "<c:marker><c:symbol val=\"none\"/></c:marker>"
        let base = areaSeries(0, name: names[0], fill: nil, categories: ref(0), values: ref(1), cache: (labels, f.p10))
        let shade = areaSeries(
            1, name: names[1], fill: "A9C8E3", categories: ref(0), values: ref(2), cache: (labels, f.width))
        var lines = solid(
            series(
                2, name: names[2], colour: ChartSpec.Risk.likely.colour, categories: ref(0), numeric: false,
                values: ref(3), line: true, cache: (labels, f.median)))
        lines += solid(
            series(
                3, name: names[3], colour: "222222", categories: ref(0), numeric: false, values: ref(4), line: true,
                cache: (labels, f.history))
        )
        .replacingOccurrences(of: none, with: marker("circle", size: 5, colour: "222222"))
        if f.target.contains(where: \.isFinite) {
            lines += diamondSeries(
                4, name: names[4], categories: ref(0), numeric: false, values: ref(5), cache: (labels, f.target))
        }
        if let b = f.baseline {
            lines += series(
                5, name: names[5], colour: "777777", categories: ref(0), numeric: false, values: ref(6), line: true,
                cache: (labels, b))
        }
        let title = d.chartTitle(ind, l) + (zh ? "：" : ": ") + ChartSpec.chartKind(l)
        return chart(
            title: title,
            body:
                "<c:areaChart><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" + base + shade
                + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:areaChart>"
                + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + lines
                + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
                // Every fifth year labelled (2016, 2021, …) so the years never run together.
                + yearAxes(valueTitle: (zh ? "单位：" : "Unit: ") + ind.unit(l), axis: f.axis),
            hiddenLegendEntries: [0])
    }
}
