import Forecasting
public import PlanData

/// The briefing table in the layout of 专栏1, as cells: the one table every format
/// (terminal, Markdown, HTML, XLSX, CSV, notebook) renders. Every numeric column holds
/// numbers (a period-sum target too; its basis is a column of its own); each row keeps
/// one number of decimals, chosen from the indicator's size.
public struct BriefingTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double?)
        /// A number shown with exactly `decimals` decimals.
        case fixed(Double?, decimals: Int)
        case integer(Int)
        /// A fraction shown as a percentage.
        case percent(Double?)
        /// A probability, shown at the precision it has (whole per cent).
        case probability(Double?)
        /// A difference shown signed with exactly `decimals` decimals (+29, −0.02, 0).
        case signed(Double?, decimals: Int)
        /// A fraction shown as a signed percentage at two decimals (+0.35%, −1.20%).
        case signedPercent(Double?)
    }

    /// Column positions, shared by the renderers that pick columns.
    public enum Column {
        public static let number = 0, name = 1, unit = 2, base = 3, target = 4, basis = 5, median = 6, p10 = 7, p90 = 8
        public static let probability = 9, evidence = 10, growthNeeded = 11, growthForecast = 12, horizon = 13,
            attribute = 14, status = 15
    }

    public let headers: [String]
    public let rows: [[Cell]]
    /// The evidence grade of each row (`data`, `prior`, `plan`).
    public let grades: [String]
    /// Whether each row's target is a period sum.
    public let sums: [Bool]
    let zh: Bool

    public init(_ d: ReportDocument, language l: Language) {
        let zh = l == .zh
        let horizon = d.indicators.first?.years.last?.year ?? 2035
        let baseYear = d.targets.first?.baseYear ?? 2020
        // The plan's targets are all for 2025; a scenario may set others, and then the
        // target year shows in the basis column.
        let all2025 = d.targets.allSatisfy { $0.targetYear == 2025 }
        let targetHeader = all2025 ? (zh ? "2025目标" : "2025 target") : (zh ? "目标" : "Target")
        let forecastHeader =
            all2025
            ? (zh ? "2025预测（中位数）" : "2025 forecast (median)") : (zh ? "目标年预测（中位数）" : "Forecast in target year (median)")
        headers =
            zh
            ? [
                "序号", "指标名称", "单位", "\(baseYear)", targetHeader, "目标口径", forecastHeader, "区间下限", "区间上限", "达标概率", "依据",
                "所需年均增速", "预测年均增速", "\(horizon)预测（中位数，当年值）", "属性", "状态",
            ]
            : [
                "#", "Indicator", "Unit", "\(baseYear)", targetHeader, "Target basis", forecastHeader, "Range low",
                "Range high", "P(meet target)", "Evidence",
                "Growth needed", "Growth forecast", "\(horizon) forecast (median, that year)", "Attribute", "Status",
            ]
        let grades = d.targets.map { d.evidence(of: $0) }
        self.grades = grades
        sums = d.targets.map { $0.kind == "period_sum" }
        self.zh = zh
        rows = d.targets.enumerated().map { k, t in
            let ind = d.indicator(t.indicator)
            let digits = Self.decimals(t, in: d)
            let basis =
                t.kind == "period_sum"
                ? (zh
                    ? "\(OfficialForm.years(t.baseYear + 1, t.targetYear, language: l))累计"
                    : "\(t.baseYear + 1)–\(t.targetYear) sum")
                : (zh ? "\(t.targetYear)年当年值" : "level in \(t.targetYear)")
            // A doubtful unit (粮食 “0.510 吨”) carries the mark, explained under the table.
            let unit =
                (ind?.unit(l) ?? "") + (UnitCaution.caution(t, in: d, language: l) == nil ? "" : UnitCaution.mark)
            return [
                .integer(k + 1), .text(ind?.name(l) ?? t.indicator), .text(unit), .fixed(t.base, decimals: digits),
                .fixed(t.target, decimals: digits), .text(basis),
                .fixed(t.median, decimals: digits), .fixed(t.p10, decimals: digits), .fixed(t.p90, decimals: digits),
                // Ended: the outcome is known; the cell says so instead of a probability.
                // On the plan's own path: about 50 % by construction, in words, not a figure.
                t.hasEnded
                    ? .text(zh ? "已结束" : "ended")
                    : grades[k] == "plan" ? .text(Self.planProbability(l)) : .probability(t.probability),
                .text(Self.gradeWord(grades[k], zh: zh)),
                .percent(t.requiredGrowth), .percent(t.simulatedGrowth),
                .fixed(ind?.years.last?.p50, decimals: digits),
                .text(zh ? (ind?.attribute ?? "") : ((ind?.attribute == "约束性") ? "binding" : "indicative")),
                .text(Self.statusText(t, language: l)),
            ]
        }
    }

    /// The decimals of every figure of `t`'s indicator, in every table and sheet: counts
    /// (firms, people) whole — 28 个, never 27.63 个 —, others from the plan's size
    /// (a period sum's yearly size).
    /// A rate per head in a unit of things (每千人口托位数 4.6 → 9.5 个) keeps the plan's own
    /// decimals, at least one, as propose and evaluate print it.
    public static func decimals(_ t: ReportDocument.Target, in d: ReportDocument) -> Int {
        if let ind = d.indicator(t.indicator), UnitCaution.isCount(ind) { return 0 }
        if let ind = d.indicator(t.indicator), UnitCaution.isPerHead(ind),
            UnitCaution.countUnitsZH.contains(ind.unitZH)
        {
            return max(1, [t.base, t.target].filter(\.isFinite).map(EvaluationRow.printedDecimals).max() ?? 1)
        }
        return NumberFormat.decimals(
            forMagnitude: max(abs(t.base.isFinite ? t.base : 0), abs(t.target.isFinite ? t.target : 0))
                / (t.kind == "period_sum" ? 5 : 1))
    }

    /// The decimals of an indicator's figures: its target's (``decimals(_:in:)``), else from
    /// the size of its last history value.
    public static func decimals(of ind: ReportDocument.Indicator, in d: ReportDocument) -> Int {
        if let t = d.targets.first(where: { $0.indicator == ind.id }) { return decimals(t, in: d) }
        if UnitCaution.isCount(ind) { return 0 }
        return NumberFormat.decimals(forMagnitude: ind.history.last?.value ?? ind.years.first?.p50 ?? 1)
    }

    /// The status word, with the completion once ended (基本完成 96.0%) and the missing years.
    static func statusText(_ t: ReportDocument.Target, language l: Language) -> String {
        guard let status = t.status else { return "—" }
        var text = l == .zh ? status : ReportDocument.statusEnglish(status)
        // One decimal, so that 99.6 % never reads as a round 100 %; rounded as every printed
        // figure is (NumberFormat.fixed: an exact half away from zero, as the workbook does).
        if t.hasEnded, let c = t.completion { text += " " + NumberFormat.fixed(c * 100, decimals: 1) + "%" }
        if !t.missingYears.isEmpty {
            let years = t.missingYears.map(String.init).joined(separator: ",")
            text += l == .zh ? "（缺\(years)年）" : " (no \(years))"
        }
        return text
    }

    /// The probability cell of a target on the plan's own path: `约50%`, never a figure
    /// that reads as a forecast (the same words in every format).
    public static func planProbability(_ l: Language) -> String { l == .zh ? "约50%" : "about 50%" }

    /// The word for an evidence grade in a table, in plain words (实测走势 / 同类经验 /
    /// 规划路径), never the model's terms (数据/先验/规划).
    public static func gradeWord(_ grade: String, zh: Bool) -> String {
        switch (grade, zh) {
        case ("data", true): return "实测走势"
        case ("prior", true): return "同类经验"
        case ("plan", true): return "规划路径"
        case ("data", false): return "measured trend"
        case ("prior", false): return "comparable places"
        case ("plan", false): return "plan's path"
        default: return Evidence(rawValue: grade)?.text(zh ? .zh : .en) ?? grade
        }
    }

    /// What the evidence words mean, in words.
    static func gradeMeaning(_ grade: String, zh: Bool) -> String {
        switch (grade, zh) {
        case ("data", true): return "按本地历年实际数据的走势测算"
        case ("prior", true): return "本地历史数据不足，按同类地区、同类指标的经验增速测算"
        case ("plan", true): return "缺少可用的历史数据，假定按规划目标实现，其“约50%”是测算方法所致，不是预测"
        case ("data", false): return "forecast from the local measured trend"
        case ("prior", false):
            return "too little local history, so the growth of comparable places and indicators is used"
        default:
            return
                "no usable history, so the plan's own path is assumed; its “about 50%” comes from the method, it is not a forecast"
        }
    }

    /// The key under 专栏1 (PDF and Word alike): what 达标概率 means and, where the table
    /// marks it (`marks`: the PDF's bold and orange), how.
    public static func probabilityKey(zh: Bool, marks: Bool = true) -> String {
        let mark = marks ? (zh ? "（粗体为80%及以上，橙色为不到20%）" : " (bold ≥ 80%, orange < 20%)") : ""
        return zh
            ? "达标概率：按现有走势和假设测算达到目标的可能性\(mark)；累计目标按五年累计值判断；所需年均增速按指标口径计算。"
            : "P(meet target): share of simulated paths at or above the target\(mark); sum targets are judged on simulated sums; growth needed follows each target's kind."
    }

    /// The legend of the table: the range columns, then the evidence column, in words.
    public static func evidenceLegend(zh: Bool) -> String {
        bandKey(zh: zh) + (zh ? "依据：" : "Evidence: ")
            + ["data", "prior", "plan"].map { "\(gradeWord($0, zh: zh))\(zh ? "＝" : " = ")\(gradeMeaning($0, zh: zh))" }
            .joined(separator: zh ? "；" : "; ")
            + (zh ? "。" : ".")
    }

    /// What the range columns mean: 有八成把握落在此范围.
    public static func bandKey(zh: Bool) -> String {
        zh
            ? "区间下限至上限：有八成把握落在此范围，低于下限、高于上限的可能各约一成。"
            : "Range low to high: an 80% chance that the outcome falls within it, about one in ten below and one in ten above. "
    }

    /// The note on the period-sum row: which columns are sums and which are yearly amounts.
    /// `horizonColumn` says whether the table shows the horizon year's column (every
    /// briefing's does; the terminal may not), so the note names only the columns printed.
    public static func periodSumNote(_ d: ReportDocument, language l: Language, horizonColumn: Bool = true) -> String? {
        guard let t = d.targets.first(where: { $0.kind == "period_sum" }) else { return nil }
        let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
        let horizon = d.indicators.first?.years.last?.year ?? 2035
        let columnsZH = horizonColumn ? "\(t.baseYear)与\(horizon)列" : "\(t.baseYear)列"
        let columnsEN = horizonColumn ? "the \(t.baseYear) and \(horizon) columns" : "the \(t.baseYear) column"
        return l == .zh
            ? "\(name)：目标、预测、区间上下限与达标概率均为\(OfficialForm.years(t.baseYear + 1, t.targetYear, language: l))年累计值；\(columnsZH)及预测区间图为当年投资额。"
            : "\(name): target, forecast, P10/P90 and probability are \(t.baseYear + 1)–\(t.targetYear) sums; \(columnsEN) and the fan chart are yearly amounts."
    }

    /// A cell as text for people: numbers with fixed decimals, rates as percentages.
    public static func display(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return s
        case .number(let x): return NumberFormat.value(x, digits: 4)
        case .fixed(let x, let decimals): return NumberFormat.fixed(x, decimals: decimals)
        case .integer(let n): return String(n)
        case .percent(let x): return NumberFormat.rate(x)
        case .probability(let p): return NumberFormat.probability(p)
        case .signed(let x, let decimals): return NumberFormat.signed(x, decimals: decimals)
        case .signedPercent(let x): return NumberFormat.signedPercent(x, decimals: 2)
        }
    }

    /// Row `k`'s cell as text (a period sum's target and forecast marked 累计).
    public func display(row k: Int, column j: Int) -> String {
        let text = Self.display(rows[k][j])
        if sums[k] && (j == Column.target || j == Column.median) { return text + (zh ? "（累计）" : " (sum)") }
        return text
    }
}
