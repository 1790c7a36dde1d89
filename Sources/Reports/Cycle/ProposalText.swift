public import Artifacts
import Foundation
public import PlanData

/// The proposals on the terminal: the next plan's title, one row per target as a plan
/// prints it (属性, the last period's growth, the proposal, its odds, what to watch), then
/// what was left out.
public enum ProposalText {
    public static func render(_ s: ProposalSet, language l: Language) -> String {
        let zh = l == .zh
        var out = s.illustrative ? [EvaluationDocument.illustrativeBanner(l), ""] : []
        out.append(zh ? s.plan.titleZH : s.plan.titleEN)
        out.append(
            zh
                ? "主要指标建议（\(s.plan.firstYear)—\(s.plan.lastYear)年）"
                : "Proposed targets, \(s.plan.firstYear)–\(s.plan.lastYear)")
        let first = s.proposals.first
        var table = TextTable(
            headers: zh
                ? ["指标", "属性", "\(first?.baseYear ?? 0)年实际", "上期实际", "建议目标", "实现把握", "提示"]
                : ["Indicator", "Type", "\(first?.baseYear ?? 0) actual", "Last period", "Proposal", "Odds", "Note"],
            alignments: [.left, .left, .right, .right, .left, .right, .left])
        for p in s.proposals {
            table.add([
                zh ? "\(p.nameZH)（\(p.unitZH)）" : "\(p.nameEN) (\(p.unitEN))",
                zh ? (p.binding ? "约束性" : "预期性") : (p.binding ? "binding" : "indicative"),
                NumberFormat.fixed(p.base, decimals: p.decimals),
                ProposalWords.lastPeriod(p, language: l),
                zh ? p.wordingZH : p.wordingEN,
                ProposalWords.odds(p.odds),
                ProposalWords.note(p, language: l),
            ])
        }
        out.append(table.rendered())
        out.append(ProposalWords.convention(s.convention, language: l))
        for k in s.skipped { out.append(ProposalWords.skipped(k, language: l)) }
        return out.joined(separator: "\n")
    }
}

/// Words the proposal outputs share.
public enum ProposalWords {
    /// The caution on a proposal's printed unit (粮食综合生产能力 “0.58吨” is surely 万吨; a
    /// 0.74万 count said as about 7400), by the one rule every document uses (``UnitCaution``):
    /// nil for a decline, or a unit that reads as the plan means it.
    public static func unitCaution(_ p: ProposedTarget, language l: Language) -> String? {
        guard p.form != .decline else { return nil }
        return UnitCaution.caution(
            nameZH: p.nameZH, nameEN: p.nameEN, unitZH: p.unitZH, unitEN: p.unitEN, base: p.base, target: p.value,
            baseYear: p.baseYear, language: l)
    }

    /// The unit as the proposal's tables print it, marked ※ when ``unitCaution(_:language:)`` has one.
    public static func unit(_ p: ProposedTarget, language l: Language) -> String {
        (l == .zh ? p.unitZH : p.unitEN) + (unitCaution(p, language: l) == nil ? "" : UnitCaution.mark)
    }

    /// What the targets rest on, each clause said once for the targets that share it (s8
    /// P3-4: eighteen copies of one sentence): `地区生产总值、固定资产投资2项均依据实测数据：
    /// 2021—2025年共5年。`, `GDP, Investment each rest on data: …`; a clause of one target
    /// as before (`工业总产值依据明示假设：…`). Targets without a basis (declines) are left out.
    public static func basisLines(_ ps: [ProposedTarget], language l: Language) -> [String] {
        let zh = l == .zh
        var clauses: [String] = [], names: [String: [String]] = [:]
        for p in ps {
            guard let clause = p.basis?.summary(l) else { continue }
            if names[clause] == nil { clauses.append(clause) }
            names[clause, default: []].append(zh ? p.nameZH : p.nameEN)
        }
        return clauses.map { clause in
            let group = names[clause] ?? []
            if group.count == 1 { return group[0] + (zh ? "" : " ") + clause + (zh ? "。" : ".") }
            return zh
                ? group.joined(separator: "、") + "\(group.count)项均" + clause + "。"
                : group.joined(separator: ", ") + " each "
                    + clause.replacingOccurrences(of: "rests on", with: "rest on")
                    + "."
        }
    }

    /// `5.8%`, with a true minus sign.
    public static func percent(_ g: Double) -> String { ProposalSuggestion.percent(g) }

    /// A name set right before its wording, without a closing parenthetical the wording
    /// repeats: 固定资产投资（五年累计） before 五年累计91.5亿元 is 固定资产投资.
    public static func name(_ name: String, before wording: String) -> String {
        for (open, close) in [("（", "）"), ("(", ")")] where name.hasSuffix(close) {
            guard let start = name.range(of: open, options: .backwards) else { continue }
            let inner = name[start.upperBound..<name.index(before: name.endIndex)]
            if !inner.isEmpty && wording.hasPrefix(inner) { return String(name[..<start.lowerBound]) }
        }
        return name
    }

    /// An indicator left out, for the technical annex: its name first, the code after it
    /// (未提出：居民人均可支配收入（代码 disposable_income；理由）).
    public static func skipped(_ k: SkippedIndicator, language l: Language) -> String {
        l == .zh
            ? "未提出：\(k.nameZH)（代码 \(k.indicator)；\(k.reasonZH)）"
            : "Not proposed: \(k.nameEN) (code \(k.indicator); \(k.reasonEN))"
    }

    /// Odds in whole percent: `62%`; `—` for a target not read from the simulation.
    public static func odds(_ p: Double?) -> String { p.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// What the last period achieved, in the row's own terms: yearly growth (`5.8%`), points
    /// (`提高0.5个百分点`) or a cumulative decline (`累计下降13.6%`); `—` when unknown.
    public static func lastPeriod(_ p: ProposedTarget, language l: Language) -> String {
        let zh = l == .zh
        if let d = p.lastDecline { return zh ? "累计下降\(percent(d))" : "down \(percent(d)) in total" }
        if let pts = p.lastPointsChange { return ProposedTarget.pointsText(pts, zh: zh) }
        // A fall is said in words (年均下降0.5%), never as a negative growth rate.
        guard let g = p.lastGrowth else { return "—" }
        return g < 0 && percent(-g) != "0.0%" ? (zh ? "年均下降" + percent(-g) : "−" + percent(-g) + " a year") : percent(g)
    }

    /// The row's note: its flags in words, the reason beside "slower than achieved" in short
    /// (the full sentence is in the report's 三、).
    public static func note(_ p: ProposedTarget, language l: Language) -> String {
        let zh = l == .zh
        // A row held at the last actual says so with its odds, in one sentence; it is not
        // also called slower than achieved (its value is the last actual).
        return p.flags.filter { $0 != .slowerThanLastPeriod || p.showsSlower }.map { f in
            if f == .heldAtLastActual {
                return zh
                    ? "按\(p.ceiling ? "不高于" : "不低于")期末实际确定，模型把握约\(odds(p.odds))，须配套措施"
                    : "held at the last actual; odds about \(odds(p.odds)); needs measures"
            }
            let word = flag(f, language: l)
            guard f == .slowerThanLastPeriod, let why = p.slowerReasonShort(zh: zh) else { return word }
            return word + (zh ? "：" : ": ") + why
        }.joined(separator: zh ? "；" : "; ")
    }

    public static func flag(_ f: ProposedTarget.Flag, language l: Language) -> String {
        let zh = l == .zh
        switch f {
        case .slowerThanLastPeriod: return zh ? "低于上期实际" : "slower than achieved"
        case .heldAtLastActual: return zh ? "按不低于期末实际确定" : "held at the last actual"
        case .relaxedBinding: return zh ? "弱于上期实际，须报审定" : "weaker than the last actual: needs approval"
        case .beyondSimulatedRange: return zh ? "超出模拟范围" : "beyond the simulated range"
        case .higherLevelAllocates: return zh ? "以上级下达指标为准" : "the higher level's allocation governs"
        case .fromLastTarget: return zh ? "缺少上期实际降幅，按不低于上期目标" : "no achieved decline: at least the old target"
        case .keptPreviousCap:
            return zh
                ? "沿用上期规划控制目标，不严于期末实际；上级另有要求的从其要求"
                : "the last plan's cap kept, no tighter than the last actual; a higher level's cap governs"
        case .capAtLastActual: return zh ? "控制目标不严于期末实际" : "a cap no tighter than the last actual"
        }
    }

    /// The convention in one sentence.
    public static func convention(_ c: ProposalConvention, language l: Language) -> String {
        let (a, b) = (odds(c.indicativeOdds), odds(c.bindingOdds))
        if l == .zh {
            return "取值口径：预期性指标按约\(a)的实现把握取值（接近模型中位数，略偏稳妥），增速取至0.5个百分点；"
                + "约束性指标按约\(b)的把握取值" + (c.allowsRelaxingBinding ? "，允许弱于上期实际水平（已逐项标明）。" : "，且不弱于上期实际水平。")
        }
        return
            "Convention: indicative targets at about \(a) odds (near the model's median, a little on the safe side), growth to half a point; "
            + "binding targets at about \(b)"
            + (c.allowsRelaxingBinding
                ? ", allowed weaker than the last actual (flagged)." : ", never weaker than the last actual.")
    }
}
