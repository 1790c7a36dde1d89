public import Forecasting
public import PlanData

/// The briefing table in the layout of 专栏1, as cells: the one table every format
/// (terminal, Markdown, HTML, XLSX, notebook) renders.
public struct BriefingTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double?)
        /// A fraction shown as a percentage.
        case percent(Double?)
        /// A probability, shown in whole per cent; with evidence `plan` it is the plan's
        /// path assumed (≈ 50 % by construction) and shown as such, not as a forecast.
        case probability(Double?, evidence: String)
    }

    public let headers: [String]
    public let rows: [[Cell]]

    public init(_ d: ReportDocument, language l: Language) {
        let zh = l == .zh
        let horizon = d.indicators.first?.years.last?.year ?? 2035
        // The plan's targets are all for 2025; a scenario may set others, and then each
        // target shows its year.
        let all2025 = d.targets.allSatisfy { $0.targetYear == 2025 }
        let targetHeader = all2025 ? (zh ? "2025目标" : "2025 target") : (zh ? "目标（年份）" : "Target (year)")
        let forecastHeader = all2025 ? (zh ? "2025预测（中位数）" : "2025 forecast (median)") : (zh ? "目标年预测（中位数）" : "Forecast in target year (median)")
        headers = zh
            ? ["序号", "指标名称", "单位", "2020", targetHeader, forecastHeader, "P10", "P90", "达标概率", "所需年均增速", "预测年均增速", "\(horizon)预测（中位数）", "属性", "状态", "依据"]
            : ["#", "Indicator", "Unit", "2020", targetHeader, forecastHeader, "P10", "P90", "P(meet target)", "Growth needed", "Growth forecast", "\(horizon) forecast (median)", "Attribute", "Status", "Evidence"]
        rows = d.targets.enumerated().map { k, t in
            let ind = d.indicator(t.indicator)
            let sum = t.kind == "period_sum"
            let targetCell: Cell
            if sum {
                targetCell = .text(NumberFormat.value(t.target) + (zh ? "（\(t.baseYear + 1)–\(t.targetYear)累计）" : " (\(t.baseYear + 1)–\(t.targetYear) sum)"))
            } else if !all2025 {
                targetCell = .text("\(NumberFormat.value(t.target)) (\(t.targetYear))")
            } else {
                targetCell = .number(t.target)
            }
            return [.text("\(k + 1)"), .text(ind?.name(l) ?? t.indicator), .text(ind?.unit(l) ?? ""), .number(t.base),
                    targetCell,
                    .number(t.median), .number(t.p10), .number(t.p90),
                    // Ended: the outcome is known; the cell says so instead of a probability.
                    t.hasEnded ? .text(zh ? "已结束" : "ended") : .probability(t.probability, evidence: t.evidence),
                    .percent(t.requiredGrowth), .percent(t.simulatedGrowth),
                    .number(ind?.years.last?.p50),
                    .text(zh ? (ind?.attribute ?? "") : ((ind?.attribute == "约束性") ? "binding" : "indicative")),
                    .text(BriefingTable.statusText(t, language: l)),
                    .text(Evidence(rawValue: t.evidence)?.text(l) ?? t.evidence)]
        }
    }

    /// The status word, with the completion once ended (基本完成 96%) and the missing years.
    static func statusText(_ t: ReportDocument.Target, language l: Language) -> String {
        guard let status = t.status else { return "—" }
        var text = l == .zh ? status : ReportDocument.statusEnglish(status)
        if t.hasEnded, let c = t.completion { text += " \(Int((c * 100).rounded()))%" }
        if !t.missingYears.isEmpty {
            let years = t.missingYears.map(String.init).joined(separator: ",")
            text += l == .zh ? "（缺\(years)年）" : " (no \(years))"
        }
        return text
    }

    /// A cell as text for people: numbers with the plan's digits, rates as percentages.
    public static func display(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return s
        case .number(let x): return NumberFormat.value(x, digits: 4)
        case .percent(let x): return NumberFormat.percent(x)
        case .probability(let x, let evidence): return evidence == Evidence.plan.rawValue ? "(\(NumberFormat.probability(x)))" : NumberFormat.probability(x)
        }
    }
}
