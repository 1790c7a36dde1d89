import Artifacts
import Foundation
import PlanData
import Simulation

/// A chart per proposed indicator, drawn by the shared 预测区间图 (``FanChart`` in HTML/PDF,
/// the same series natively in Word), so it reads like every other chart (``ChartSpec``):
/// the record from 2016 through the base year, the simulated P10–P90 band and median to the
/// target year, the proposed target path (dashed) ending at the target's diamond. A total
/// over the period is drawn as yearly amounts, its path the yearly amounts the total implies
/// (no diamond); a cumulative decline is not simulated and has no chart.
enum ProposalChart {
    /// Whether `p` has a chart (it was read from the simulation).
    static func charted(_ p: ProposedTarget) -> Bool { !p.band.isEmpty }

    /// Whether the proposal is a limit (控制在5.5%以内, 不低于28.8%) rather than a level to reach.
    static func isLimit(_ p: ProposedTarget) -> Bool { p.limit != .none }

    /// The proposed path from the base year to the target year: compound growth for a growth
    /// target and for a total's yearly amounts, a straight line for a level or points; a limit
    /// is a flat line at the limit (a cap of 5.5% drawn as a path from 4.2% would read as a plan
    /// for unemployment to rise: the official's fifth reading).
    static func path(_ p: ProposedTarget) -> [Int: Double] {
        let n = Double(p.targetYear - p.baseYear)
        var out: [Int: Double] = [:]
        for y in p.baseYear...p.targetYear {
            let t = Double(y - p.baseYear)
            if isLimit(p) && p.form != .periodSum {
                out[y] = p.value
                continue
            }
            switch p.form {
            case .growth, .periodSum: out[y] = p.base * pow(1 + p.growth, t)
            case .level, .points: out[y] = p.base + (p.value - p.base) * t / n
            case .decline: break
            }
        }
        return out
    }

    static func pathLabel(_ p: ProposedTarget, _ l: Language) -> String {
        if isLimit(p) && p.form != .periodSum {
            return p.ceiling ? (l == .zh ? "控制上限" : "cap") : (l == .zh ? "下限" : "floor")
        }
        return p.form == .periodSum
            ? (l == .zh ? "建议目标隐含的当年值" : "yearly amounts the proposed total implies")
            : (l == .zh ? "建议目标路径" : "proposed target path")
    }

    /// The proposal as the shared chart reads an indicator: record and band.
    /// `number` heads the title (图1　…) when the charts are numbered.
    static func indicator(_ p: ProposedTarget, number: Int? = nil) -> ReportDocument.Indicator {
        ReportDocument.Indicator(
            id: p.indicator, nameZH: figure(number, .zh) + p.nameZH + (p.form == .periodSum ? "（当年值）" : ""),
            nameEN: figure(number, .en) + p.nameEN + (p.form == .periodSum ? " (yearly amounts)" : ""),
            unitZH: p.unitZH, unitEN: p.unitEN, attribute: p.binding ? "约束性" : "预期性",
            years: p.band.map { b in
                YearSummary(
                    year: b.year, p5: b.p10, p10: b.p10, p25: b.median, p50: b.median, p75: b.median, p90: b.p90,
                    p95: b.p90, deterministic: b.median)
            },
            history: p.record.map { (year: $0.year, value: $0.value, origin: $0.origin) })
    }

    /// The target's diamond (none for a total, whose target is not a level).
    static func target(_ p: ProposedTarget) -> ReportDocument.Target? {
        guard p.form != .periodSum, p.form != .decline, let last = p.band.last else { return nil }
        return ReportDocument.Target(
            indicator: p.indicator, baseYear: p.baseYear, base: p.base, targetYear: p.targetYear, target: p.value,
            kind: "level",
            probability: p.odds ?? .nan, medianShortfall: nil, requiredGrowth: p.growth,
            simulatedGrowth: p.medianGrowth ?? .nan,
            median: last.median, p10: last.p10, p90: last.p90, status: nil)
    }

    /// `图1　` / `Figure 1. `, or nothing without a number.
    static func figure(_ number: Int?, _ l: Language) -> String { EvaluationChart.figure(number, l) }

    static func svg(_ p: ProposedTarget, language l: Language, number: Int? = nil) -> String {
        FanChart.svg(
            indicator(p, number: number), target: target(p), language: l, baseline: path(p),
            baselineLabel: pathLabel(p, l),
            targetLabel: l == .zh ? "建议目标值" : "proposed target")
    }

    /// The same chart as a native Word chart, its numbers cached and editable (编辑数据).
    static func word(_ p: ProposedTarget, language l: Language, number: Int? = nil) -> String {
        let zh = l == .zh, c = XLSXCharts.self
        let start = p.record.map(\.year).filter { $0 >= ChartSpec.historyStart }.min() ?? p.baseYear
        let years = Array(start...p.targetYear)
        let labels = years.map(String.init)
        let m = years.count + 1
        func ref(_ col: String) -> String { "Sheet1!$\(col)$2:$\(col)$\(m)" }
        // The band opens from the base year's actual (as in the HTML chart), never from 0.
        let opening = ProposedTarget.YearBand(year: p.baseYear, p10: p.base, median: p.base, p90: p.base)
        func band(_ f: (ProposedTarget.YearBand) -> Double) -> [Double] {
            years.map { y in y == p.baseYear ? f(opening) : p.band.first { $0.year == y }.map(f) ?? .nan }
        }
        let history = years.map { y in p.record.first { $0.year == y }?.value ?? .nan }
        // Before the base year the band's invisible base runs along the history with no width
        // (as the run briefings' charts do): a stacked area reads a blank as 0, and its edge
        // drew a faint line from the axis to the band's start.
        var lastHistory = history.first { $0.isFinite } ?? p.base
        let along = history.map { h -> Double in
            if h.isFinite { lastHistory = h }
            return lastHistory
        }
        let low = zip(band(\.p10), along).map { $0.isFinite ? $0 : $1 }
        let width = zip(band { $0.p90 - $0.p10 }, along).map { $0.isFinite ? $0 : ($1.isFinite ? 0 : .nan) }
        let route = path(p), goal = years.map { y in y == p.targetYear && target(p) != nil ? p.value : .nan }
        let solid = "<a:prstDash val=\"dash\"/>"
        // The PDF chart's value axis (``ChartSpec/Axis``) over everything drawn, never from 0
        // for data far from it.
        let drawn = low + zip(low, width).map(+) + band(\.median) + history + years.map { route[$0] ?? .nan } + goal
        let finite = drawn.filter(\.isFinite)
        let axis = ChartSpec.Axis(low: finite.min() ?? 0, high: finite.max() ?? 1)
        let body =
            "<c:areaChart><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>"
            + c.areaSeries(
                0, name: "P10", fill: nil, categories: ref("A"), values: ref("B"), cache: (labels, low))
            + c.areaSeries(
                1, name: ChartSpec.bandLabel(l), fill: "A9C8E3", categories: ref("A"), values: ref("C"),
                cache: (labels, width))
            + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:areaChart>"
            + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
            + c.series(
                2, name: ChartSpec.medianLabel(l), colour: ChartSpec.Risk.likely.colour, categories: ref("A"),
                numeric: false, values: ref("D"),
                line: true, cache: (labels, band(\.median))
            ).replacingOccurrences(of: solid, with: "")
            + c.series(
                3, name: zh ? "实际值" : "record", colour: "222222", categories: ref("A"), numeric: false,
                values: ref("E"), line: true,
                cache: (labels, history)
            ).replacingOccurrences(of: solid, with: "")
            + c.series(
                4, name: pathLabel(p, l), colour: ChartSpec.Risk.difficult.colour, categories: ref("A"), numeric: false,
                values: ref("F"),
                line: true, cache: (labels, years.map { route[$0] ?? .nan }))
            + (goal.contains { $0.isFinite }
                ? c.diamondSeries(
                    5, name: zh ? "建议目标值" : "proposed target", categories: ref("A"), numeric: false,
                    values: ref("G"), cache: (labels, goal))
                : "")
            + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
            + c.yearAxes(valueTitle: (zh ? "单位：" : "Unit: ") + (zh ? p.unitZH : p.unitEN), axis: axis)
        let name =
            figure(number, l) + (zh ? p.nameZH : p.nameEN) + (p.form == .periodSum ? ChartSpec.yearlySuffix(l) : "")
        return c.chart(title: name + (zh ? "：" : ": ") + ChartSpec.chartKind(l), body: body, hiddenLegendEntries: [0])
    }
}
