import Artifacts
import PlanData

/// The proposal report's account of rows slower than the last period achieved
/// (``ProposedTarget/Flag/slowerThanLastPeriod``): how many, split by why
/// (``ProposedTarget/SlowerReason``), and the convention that makes a 预期性 target sit a
/// little below the model's median (docs/plan-cycle.md, "Slower than achieved").
enum ProposalSlowerSummary {
    /// The numbered reasons under 三、's "slower than achieved" concern: the rows whose model
    /// median growth is itself below the record share one line naming each with its two
    /// figures (地区生产总值（中位数年均6.6%，上期7.0%）、…), so the same sentence is not
    /// printed a dozen times; every other row keeps its own line.
    static func reasonLines(_ slower: [ProposedTarget], language l: Language) -> [String] {
        let zh = l == .zh
        let pct = ProposalSuggestion.percent
        let shared = slower.filter {
            $0.slowerBecause == .modelBelowRecord && $0.form != .points && $0.lastGrowth != nil
                && $0.medianGrowth != nil
        }
        let grouped = shared.count >= 2 ? shared : []
        let own = slower.filter { p in !grouped.contains { $0.indicator == p.indicator } }.compactMap { p in
            p.slowerReason(zh: zh).map { zh ? "\(p.nameZH)：\($0)。" : "\(p.nameEN): \($0)." }
        }
        guard !grouped.isEmpty else { return own }
        let items = grouped.compactMap { p -> String? in
            guard let median = p.medianGrowth, let last = p.lastGrowth else { return nil }
            return zh
                ? "\(p.nameZH)（中位数年均\(pct(median))，上期\(pct(last))）"
                : "\(p.nameEN) (median \(pct(median)) a year, achieved \(pct(last)))"
        }
        let line =
            zh
            ? "模型预测增速本身低于上一时期实际增速的\(grouped.count)项：" + items.joined(separator: "、") + "。"
            : "\(grouped.count) whose model median growth is itself below the last period's: "
                + items.joined(separator: "; ") + "."
        return [line] + own
    }

    static func paragraphs(_ ps: [ProposedTarget], convention c: ProposalConvention, language l: Language) -> [String] {
        let slower = ps.filter { !$0.binding && $0.showsSlower }
        let bindingSlower = ps.filter { $0.binding && $0.showsSlower }
        guard !slower.isEmpty || !bindingSlower.isEmpty else { return [] }
        let zh = l == .zh
        let count = { (r: ProposedTarget.SlowerReason) in slower.filter { $0.slowerBecause == r }.count }
        let (model, odds, rounding) = (count(.modelBelowRecord), count(.oddsBelowMedian), count(.rounding))
        let name = { (p: ProposedTarget) in zh ? p.nameZH : p.nameEN }
        let modelNames = slower.filter { $0.slowerBecause == .modelBelowRecord }.map(name).joined(
            separator: zh ? "、" : ", ")
        let pct = ProposalWords.odds(c.indicativeOdds)
        if zh {
            var parts: [String] = []
            if model > 0 {
                parts.append(
                    "\(model)项（\(modelNames)）是模型预测增速本身低于上一时期实际增速：模型以近年实际增速为起点，与同类指标的一般增速按可信程度加权，并逐年向长期增速回落，上期增长快于长期增速的指标，预测中位数因此低于上期"
                )
            }
            if odds > 0 { parts.append("\(odds)项模型中位数不低于上期，但按约\(pct)的把握取值后低于上期") }
            if rounding > 0 { parts.append("\(rounding)项因增速取至0.5个百分点而略低于上期") }
            let head =
                slower.isEmpty
                ? ""
                : "共\(ps.filter { !$0.binding }.count)项预期性指标中，\(slower.count)项建议值低于上一时期实际增速（原因见表中“提示”栏和第三部分）。其中"
                    + parts.joined(separator: "；") + "。"
            let commitments =
                bindingSlower.isEmpty
                ? ""
                : "另有\(bindingSlower.count)项约束性指标（\(bindingSlower.map(name).joined(separator: "、"))）按高把握取值，亦低于上期增速。"
            return [
                head + commitments
                    + "预期性指标是对发展的预期，按接近模型中位数取值（约\(pct)的把握，即略低于中位数）；约束性指标是必须完成的承诺，原则上按约\(ProposalWords.odds(c.bindingOdds))的高把握取值，且不弱于期末实际。"
                    + "对低于上期增速的指标，编制时宜结合发展条件研判：确有新增动力的，可适当调高并说明依据。"
            ]
        }
        var parts: [String] = []
        if model > 0 {
            parts.append(
                "\(model) (\(modelNames)) because the model's median growth itself is below the last period's: the model starts from the recent growth, weighs it against what is usual for such indicators by precision, and damps it towards the long-run rate year by year, so a period faster than the long-run rate is followed by a lower median"
            )
        }
        if odds > 0 {
            parts.append("\(odds) whose median is at or above the record, set at about \(pct) odds and so below it")
        }
        if rounding > 0 { parts.append("\(rounding) through rounding to half a point") }
        let head =
            slower.isEmpty
            ? ""
            : "Of \(ps.filter { !$0.binding }.count) indicative proposals, \(slower.count) are slower than the last period achieved (the note column and section 3 say why): "
                + parts.joined(separator: "; ") + ". "
        let commitments =
            bindingSlower.isEmpty
            ? ""
            : bindingSlower.count == 1
                ? "One binding target (\(name(bindingSlower[0]))), set at high odds, is slower too. "
                : "\(bindingSlower.count) binding targets (\(bindingSlower.map(name).joined(separator: ", "))), set at high odds, are slower too. "
        return [
            head + commitments
                + "An indicative target is an expectation, set near the model's median (about \(pct) odds, a little below it); a binding target is a commitment, set at about \(ProposalWords.odds(c.bindingOdds)) odds and never weaker than the last actual. "
                + "Where new drivers justify more, a planner may raise a target and say why."
        ]
    }
}
