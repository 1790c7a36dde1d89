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
        out.append(zh ? "主要指标建议（\(s.plan.firstYear)—\(s.plan.lastYear)年）" : "Proposed targets, \(s.plan.firstYear)–\(s.plan.lastYear)")
        let first = s.proposals.first
        var table = TextTable(headers: zh ? ["指标", "属性", "\(first?.baseYear ?? 0)年实际", "上期年均增长", "建议目标", "实现把握", "提示"]
                                           : ["Indicator", "Type", "\(first?.baseYear ?? 0) actual", "Last period", "Proposal", "Odds", "Note"],
                              alignments: [.left, .left, .right, .right, .left, .right, .left])
        for p in s.proposals {
            let precision = "%.\(p.decimals)f"
            table.add([zh ? "\(p.nameZH)（\(p.unitZH)）" : "\(p.nameEN) (\(p.unitEN))",
                       zh ? (p.binding ? "约束性" : "预期性") : (p.binding ? "binding" : "indicative"),
                       String(format: precision, p.base),
                       p.lastGrowth.map(ProposalWords.percent) ?? "—",
                       zh ? p.wordingZH : p.wordingEN,
                       ProposalWords.odds(p.odds),
                       p.flags.map { ProposalWords.flag($0, language: l) }.joined(separator: zh ? "；" : "; ")])
        }
        out.append(table.rendered())
        out.append(ProposalWords.convention(s.convention, language: l))
        for k in s.skipped { out.append((zh ? "未提出：\(k.indicator)（\(k.reasonZH)）" : "not proposed: \(k.indicator) (\(k.reasonEN))")) }
        return out.joined(separator: "\n")
    }
}

/// Words the proposal outputs share.
public enum ProposalWords {
    /// `5.8%`, with a true minus sign.
    public static func percent(_ g: Double) -> String { ProposalSuggestion.percent(g) }

    /// Odds in whole percent: `62%`.
    public static func odds(_ p: Double) -> String { "\(Int((p * 100).rounded()))%" }

    public static func flag(_ f: ProposedTarget.Flag, language l: Language) -> String {
        let zh = l == .zh
        switch f {
        case .slowerThanLastPeriod: return zh ? "低于上期实际增速" : "slower than achieved"
        case .heldAtLastActual: return zh ? "按不低于上期实际确定" : "held at the last actual"
        case .relaxedBinding: return zh ? "弱于上期实际，须报审定" : "weaker than the last actual: needs approval"
        case .beyondSimulatedRange: return zh ? "超出模拟范围" : "beyond the simulated range"
        }
    }

    /// The convention in one sentence.
    public static func convention(_ c: ProposalConvention, language l: Language) -> String {
        let (a, b) = (odds(c.indicativeOdds), odds(c.bindingOdds))
        if l == .zh {
            return "取值口径：预期性指标按约\(a)的实现把握取值（介于中位数与七成之间，积极而可及），增速取至0.5个百分点；"
                + "约束性指标按约\(b)的把握取值" + (c.allowsRelaxingBinding ? "，允许弱于上期实际水平（已逐项标明）。" : "，且不弱于上期实际水平。")
        }
        return "Convention: indicative targets at about \(a) odds (between the median and 70 %: ambitious yet reachable), growth to half a point; "
            + "binding targets at about \(b)" + (c.allowsRelaxingBinding ? ", allowed weaker than the last actual (flagged)." : ", never weaker than the last actual.")
    }
}
