import PlanData

/// The section headings, the table's note and the annex's lines of the evaluation report,
/// shared by every format.
struct EvaluationReportHeadings {
    let w: EvaluationWords
    let l: Language
    var zh: Bool { l == .zh }

    init(_ w: EvaluationWords, _ l: Language) {
        self.w = w
        self.l = l
    }

    var overall: String { zh ? "一、总体评价" : "1. Overall assessment" }
    var table: String { zh ? "二、主要指标完成情况" : "2. The main indicators" }
    /// The charts' annex, after the analysis (附件1), and the technical annex after it.
    var charts: String {
        zh
            ? "附件1：各指标实际值与规划目标路径、基期预测区间"
            : "Annex 1: each indicator's actuals against the target path and the base-year forecast band"
    }
    var reasons: String { zh ? "三、未完成指标原因分析" : "3. Why targets were missed" }
    var problems: String { zh ? "四、存在问题" : "4. Problems" }
    func suggestions(_ w: EvaluationWords) -> String {
        zh ? "五、对\(w.nextPlan)规划的建议" : "5. Suggestions for the \(w.nextPlan)"
    }
    /// 附件2：技术附录 after the charts' annex, 附件：技术附录 without charts.
    func annex(charts: Bool) -> String {
        zh ? (charts ? "附件2：技术附录" : "附件：技术附录") : (charts ? "Annex 2: technical notes" : "Annex: technical notes")
    }

    /// The note under the main table: how completion is computed and the 基本完成 convention.
    func tableNote(_ d: EvaluationDocument) -> String {
        tableNote(d.convention) + markNotes(d)
    }

    /// The plan's own notes that explain a mark printed in the table (带*的为2020年预计数), so
    /// the note is on the page where the star is.
    func markNotes(_ d: EvaluationDocument) -> String {
        let ids = Set(d.rows.compactMap { $0.goal?.baseNote?.note ?? $0.target.baseNote?.note })
        let texts = d.notes.filter { ids.contains($0.id) }.map { $0.text(l) }
        return texts.map { " " + (zh ? "规划表" + $0 : $0) }.joined()
    }

    func tableNote(_ c: EvaluationConvention) -> String {
        let band = NumberFormat.fixed(c.largelyAchievedFrom * 100, decimals: 0)
        return zh
            ? "注：完成度＝实际值÷目标值（上限类指标为目标值÷实际值）；百分比指标按实际提高的百分点÷规划提高的百分点计；〔〕内为规划期内累计数。基期已达到并保持的下限、上限指标评为完成。约束性指标只评完成或未完成；预期性指标完成度不低于\(band)%评为基本完成（本报告采用的惯例，国家未规定统一标准）。"
            : "Note: completion = actual ÷ target (ceilings: target ÷ actual); percentages by points achieved ÷ points planned; Σ marks a total over the period. A floor or ceiling held from the base year on is achieved. Binding targets are achieved or not; an indicative target at \(band) % or more is largely achieved (this report's convention; no national standard exists)."
    }

    /// The annex's lines after its table: method, convention, data notes, provenance.
    func annexLines(_ d: EvaluationDocument) -> [String] {
        var out = [
            zh
                ? "基期预测：以规划基期及以前的数据拟合基准模型，模拟至目标年，给出各年P10（第10百分位）、中位数、P90（第90百分位），即有八成把握落在P10至P90之间。"
                : "Base-year forecast: the baseline model fitted on the data up to the plan's base year and simulated to the target year; P10, median and P90 of each year (an 80 % band)."
        ]
        out.append(
            zh
                ? "评估规则见 docs/methods.md“Evaluating targets”；基本完成下限由 --largely-achieved-from 调整（本报告为\(NumberFormat.fixed(d.convention.largelyAchievedFrom * 100, decimals: 0))%）。"
                : "Rules: docs/methods.md, \"Evaluating targets\"; the \"largely achieved\" threshold is set with --largely-achieved-from (here \(NumberFormat.fixed(d.convention.largelyAchievedFrom * 100, decimals: 0)) %)."
        )
        out += d.notes.map { $0.text(l) }
        out += d.provenance.map(provenanceLine)
        return out
    }

    /// A provenance line with its label in the report's language: `规划文件：town.plan sha256 …`.
    func provenanceLine(_ line: String) -> String {
        guard zh else { return line }
        var text = line
        for (en, cn) in [
            ("plan: embedded ", "规划：内置 "), ("plan: ", "规划文件："), ("actuals: ", "实际数据文件："), ("forecast: ", "基期预测："),
            ("plansim ", "程序版本：plansim "),
        ]
        where text.hasPrefix(en) {
            text = cn + text.dropFirst(en.count)
            break
        }
        return text.replacingOccurrences(
            of: "the baseline model on the plan's own data (no actuals), ", with: "基准模型（仅用规划自身数据，不含实际值），"
        )
        .replacingOccurrences(of: " paths, seed ", with: "条模拟路径，随机种子")
    }
}
