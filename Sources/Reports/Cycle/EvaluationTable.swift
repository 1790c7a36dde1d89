public import PlanData

/// 二、主要指标完成情况: the table every format prints, at the plan's precision —
/// 序号, 类别, 指标, 单位, 属性, 基期, 目标, 实际, 完成度, 评估结论 — and the annex's forecast
/// columns.
public enum EvaluationTable {
    public static func headers(_ l: Language) -> [String] {
        l == .zh
            ? ["序号", "类别", "指标", "单位", "属性", "基期", "目标", "实际", "完成度", "评估结论"]
            : [
                "No.", "Category", "Indicator", "Unit", "Attribute", "Base", "Target", "Actual", "% of target",
                "Assessment",
            ]
    }

    /// The target as a plan prints it: `≥39.4`, `≤4.0`, a sum `〔50〕` (2021–2025 累计).
    public static func targetText(_ r: EvaluationRow, _ l: Language) -> String {
        let t = r.target, zh = l == .zh
        let v = t.stated == nil ? r.asPrinted(t.target, l) : r.value(t.target, l)
        switch r.goal?.form {
        case .decline(let d)?:
            return (zh ? "累计下降" : "cumulative decline ") + percent(d) + (t.approximate ? (zh ? "左右" : " (about)") : "")
        case .qualitative(let words)?: return PlanGlossary.qualitative(words, l)
        default: break
        }
        let about = t.approximate ? (zh ? "左右" : " (about)") : ""
        switch t.stated {
        case .growth(let g)?: return (zh ? "年均增长" : "growth ") + printedPercent(g) + about + (zh ? "（\(v)）" : " (\(v))")
        case .change(let c)?:
            return (zh ? (c < 0 ? "累计下降" : "累计增长") : (c < 0 ? "cumulative decline " : "cumulative growth "))
                + printedPercent(abs(c)) + about + (zh ? "（\(v)）" : " (\(v))")
        case .points(let p)?:
            return (zh ? "提高\(NumberFormat.value(p))个百分点" : "+\(NumberFormat.value(p)) points") + about
                + (zh ? "（\(v)）" : " (\(v))")
        case .decline(let d)?:
            return (zh ? "累计下降" : "cumulative decline ") + printedPercent(d) + about + (zh ? "（≤\(v)）" : " (≤ \(v))")
        default: break
        }
        if t.kind == .periodSum { return l == .zh ? "〔\(v)〕" : "Σ \(v)" }
        return (t.direction == .ceiling ? "≤" : "") + v + (t.approximate ? (l == .zh ? "左右" : " (about)") : "")
    }

    /// The base as printed, with its year: `30.02（2020年）`; a sum's base is its base-year amount.
    public static func baseText(_ r: EvaluationRow, _ l: Language) -> String {
        guard let goal = r.goal else { return r.value(r.target.base, l) + (r.target.baseNote?.mark ?? "") }
        return goal.base.map { r.value($0, l) + (goal.baseNote.map { $0.mark } ?? "") } ?? "—"
    }

    /// The actual: a level, a total, or a decline (下降12.0%); a level or total with the
    /// decimals it was reported with when the plan prints fewer (``EvaluationRow/actualDecimals``).
    public static func actualText(_ r: EvaluationRow, _ l: Language) -> String {
        guard let e = r.evaluation else { return "—" }
        return r.isDecline
            ? (l == .zh ? "下降" : "down ") + percent(e.actual) : r.value(e.actual, decimals: r.actualDecimals, l)
    }

    /// A printed rate as the plan prints it: 0.06 → `6%`, 0.075 → `7.5%`.
    static func printedPercent(_ x: Double) -> String { NumberFormat.value(x * 100) + "%" }

    /// A fraction as a percentage with one decimal: 0.14 → `14.0%`.
    static func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, decimals: 1) + "%" }

    /// The assessment: the status, the year of early completion, the years missing.
    public static func assessment(_ r: EvaluationRow, _ l: Language) -> String {
        let zh = l == .zh
        guard let e = r.evaluation, let s = e.status else { return zh ? "无实际数据" : "no actuals" }
        var text = s.text(l)
        if s == .achievedEarly, let y = e.metInYear { text += zh ? "（\(y)年）" : " (\(y))" }
        if e.heldThroughout && e.phase == .ended { text += zh ? "（基期已达到）" : " (held from the base)" }
        if !e.missingYears.isEmpty {
            text +=
                zh
                ? "（缺\(e.missingYears.map(String.init).joined(separator: "、"))年数据）"
                : " (missing \(e.missingYears.map(String.init).joined(separator: ", ")))"
        }
        return text
    }

    /// Completion as a percentage with one decimal: `96.7%`.
    public static func completionText(_ r: EvaluationRow, _ l: Language = .zh) -> String {
        if let held = withinCap(r, l) { return held }
        return r.evaluation.flatMap { $0.completion.isFinite ? percent($0.completion) : nil } ?? "—"
    }

    /// A ceiling met reads 控制在目标内 (a ratio above 100 % says nothing of a cap).
    public static func withinCap(_ r: EvaluationRow, _ l: Language) -> String? {
        guard r.target.direction == .ceiling, r.goal == nil, let s = r.evaluation?.status,
            s == .achieved || s == .achievedEarly
        else { return nil }
        return l == .zh ? "控制在目标内" : "within the cap"
    }

    /// The row's cells, in the order of ``headers(_:)``.
    public static func cells(_ r: EvaluationRow, number: Int, _ l: Language) -> [String] {
        [
            String(number), r.category.map { PlanGlossary.category($0, l) } ?? "—", r.indicator.name(l),
            r.unitText(l),
            l == .zh ? r.indicator.attribute.rawValue : r.indicator.attribute.english,
            baseText(r, l), targetText(r, l), actualText(r, l), completionText(r, l), assessment(r, l),
        ]
    }

    /// The annex's forecast columns.
    public static func annexHeaders(_ l: Language) -> [String] {
        l == .zh
            ? ["指标", "评估年份", "实际", "基期预测P10", "中位数", "P90", "实际超出区间"]
            : ["Indicator", "Year", "Actual", "Base-year forecast P10", "Median", "P90", "Actual outside P10–P90"]
    }

    /// The year judged: the period of a total (2021–2025), else the latest year.
    public static func yearText(_ r: EvaluationRow) -> String {
        r.evaluation.map {
            r.target.kind == .periodSum || r.goal != nil
                ? "\(r.target.baseYear + 1)–\($0.latestYear)" : "\($0.latestYear)"
        } ?? "—"
    }

    public static func annexCells(_ r: EvaluationRow, _ l: Language) -> [String] {
        let zh = l == .zh
        return [
            r.indicator.name(l), yearText(r),
            actualText(r, l), r.value(r.forecast?.p10, l), r.value(r.forecast?.median, l), r.value(r.forecast?.p90, l),
            r.outsideInterval.map { $0 ? (zh ? "是" : "yes") : (zh ? "否" : "no") } ?? "—",
        ]
    }
}
