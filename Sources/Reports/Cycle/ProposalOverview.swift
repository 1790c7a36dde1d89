import Artifacts
import Foundation
import PlanData

/// Page one of the proposal report (一、总体考虑) and the method it moves to the annex.
///
/// Page one is for a leader, in 公文 form: （一）基本情况, （二）预期性指标 and （三）约束性指标
/// with the proposed figures themselves, （四）说明 in one line. How the figures were set (the
/// odds, the rounding, declines, why rows are slower than achieved) is said once, in the annex.
enum ProposalOverview {
    /// The paragraphs of 一、总体考虑. A report dated once the new plan has begun (December
    /// 2026 for 2026–2030) is for comparing with the adopted targets and the mid-term review,
    /// not for drafting the 纲要, and says so.
    static func pageOne(_ s: ProposalSet, language l: Language, reportYear: Int? = nil) -> [String] {
        let zh = l == .zh, ps = s.proposals
        let base = ps.first?.baseYear ?? s.plan.firstYear - 1,
            span = "\(s.plan.firstYear)\(zh ? "—" : "–")\(s.plan.lastYear)"
        let tag = "“\(NextPlanWords.chinese(s.plan.ordinal))五”"
        let binding = ps.filter(\.binding), indicative = ps.filter { !$0.binding }
        let held = ps.filter { $0.flags.contains(.heldAtLastActual) }, slower = ps.filter(\.showsSlower)
        // A held target's value is the last actual, so its odds say on which side the model's
        // median lies: below one half the trend itself weakens; at or above it the trend is
        // better and only the binding odds' value falls short (review s7 P1-1).
        let weaker = held.filter { ($0.odds ?? 0) < 0.5 }, uncertain = held.filter { ($0.odds ?? 0) >= 0.5 }
        let name = { (p: ProposedTarget) in zh ? p.nameZH : p.nameEN }
        let list = { (xs: [ProposedTarget]) in xs.map(name).joined(separator: zh ? "、" : ", ") }
        // "地区生产总值年均增长6%左右" / "GDP: about 6% a year".
        let figures = { (xs: [ProposedTarget]) in
            xs.map {
                zh
                    ? ProposalWords.name($0.nameZH, before: $0.wordingZH) + $0.wordingZH
                    : "\($0.nameEN): \($0.wordingEN)"
            }.joined(separator: zh ? "，" : "; ")
        }
        let odds = { (xs: [ProposedTarget]) in xs.map { ProposalWords.odds($0.odds) }.joined(separator: zh ? "、" : ", ")
        }
        let inForce = (reportYear ?? 0) >= s.plan.firstYear
        var out: [String] = []
        if zh {
            out.append(
                "（一）基本情况。本建议以\(base)年实际数为基期，对\(ps.count)项主要指标提出\(span)年目标建议（约束性\(binding.count)项、预期性\(indicative.count)项），"
                    + (inForce ? "供\(tag)规划实施中与已确定目标对照和中期评估参考。" : "供编制\(tag)规划纲要参考。")
                    + (inForce
                        ? "（提示：\(tag)规划已于\(s.plan.firstYear)年开始实施，本建议以\(base)年实际为基期测算，仅作对照和调整参考。）"
                        : "")
            )
            if !indicative.isEmpty { out.append("（二）预期性指标。" + figures(indicative) + "。") }
            if !binding.isEmpty {
                out.append(
                    "（\(indicative.isEmpty ? "二" : "三")）约束性指标。" + figures(binding) + "。"
                        + (held.isEmpty ? "各项约束性指标均不弱于期末实际水平。" : "")
                        + (weaker.isEmpty
                            ? ""
                            : "其中\(list(weaker))\(weaker.count)项按趋势推算将弱于期末实际水平，按不弱于期末实际确定（下限不低于、上限不高于期末实际），模型把握分别约为\(odds(weaker))，须配套措施确保完成。")
                        + (uncertain.isEmpty
                            ? ""
                            : "\(weaker.isEmpty ? "其中" : "")\(list(uncertain))\(uncertain.count)项，按约束性指标约\(ProposalWords.odds(s.convention.bindingOdds))的把握取值将弱于期末实际，故按不弱于期末实际确定（下限不低于、上限不高于期末实际）；模型测算的中间走势好于期末实际，但不确定性较大，达到的把握分别约为\(odds(uncertain))，须配套措施确保完成。")
                )
            }
            out.append(
                "（\(ChineseNumber.ordinal(out.count + 1))）说明。"
                    + (slower.isEmpty ? "" : "\(slower.count)项建议值低于上一时期实际增速，逐项原因见第三部分；")
                    + "“实现把握”为按近年实际走势推算的可能性，不是承诺；取值方法见附件。")
        } else {
            out.append(
                "(1) Taking the \(base) actuals as the base, this note proposes \(span) targets for \(ps.count) main indicators (\(binding.count) binding, \(indicative.count) indicative)"
                    + (inForce
                        ? ", for comparison with the targets already adopted and for the mid-term review (the plan has been in force since \(s.plan.firstYear))."
                        : ".")
            )
            if !indicative.isEmpty { out.append("(2) Indicative: " + figures(indicative) + ".") }
            if !binding.isEmpty {
                out.append(
                    "(\(out.count + 1)) Binding: " + figures(binding) + ". "
                        + (held.isEmpty ? "None is weaker than the last actual." : "")
                        + (weaker.isEmpty
                            ? ""
                            : "\(list(weaker)) would be weaker than the last actual on trend; they are held at it, at odds of about \(odds(weaker)): measures are needed to meet them.")
                        + (uncertain.isEmpty
                            ? ""
                            : (weaker.isEmpty ? "" : " ")
                                + "\(list(uncertain)): at the about \(ProposalWords.odds(s.convention.bindingOdds)) odds a binding target takes, they would fall below the last actual, so they are held at it; the model's central trend is better than the last actual, but uncertain: odds about \(odds(uncertain)); measures are needed to meet them.")
                )
            }
            out.append(
                "(\(out.count + 1)) "
                    + (slower.isEmpty
                        ? "" : "\(slower.count) proposals are slower than achieved; section 3 says why for each. ")
                    + "Odds are the model's chance on recent trends, not a commitment; the method is in the annex.")
        }
        // A doubtful printed unit (粮食综合生产能力 0.58吨), flagged as the evaluation and the run flag it.
        let cautions = ps.compactMap { ProposalWords.unitCaution($0, language: l) }
        if !cautions.isEmpty {
            out.append(UnitCaution.mark + (zh ? "提请注意：" : "Please note: ") + cautions.joined(separator: zh ? "" : " "))
        }
        return out
    }

    /// How the figures were set, said once, at the head of the annex.
    static func method(_ s: ProposalSet, language l: Language) -> [String] {
        let zh = l == .zh, ps = s.proposals, c = s.convention
        let declines = ps.filter { $0.form == .decline }
        let list = declines.map { zh ? $0.nameZH : $0.nameEN }.joined(separator: zh ? "、" : ", ")
        var out: [String]
        if zh {
            out = [
                "取值原则：预期性指标是对发展的预期，按接近模型中位数、略偏稳妥的约\(ProposalWords.odds(c.indicativeOdds))实现把握取值，增速取至0.5个百分点；"
                    + "约束性指标是必须完成的承诺，原则上按约\(ProposalWords.odds(c.bindingOdds))的高把握取值，"
                    + (c.allowsRelaxingBinding ? "本次允许弱于期末实际水平，已逐项标明。" : "按此取值弱于期末实际的，一律按不弱于期末实际确定。")
                    + "带“左右”“以上”“不低于”“以内”的数值取2至3位有效数字，万以上以“万”为单位；约束性指标向从严方向取整。"
                    + "“实现把握”指按近年实际走势推算，到\(s.plan.lastYear)年实现该目标的可能性，是模型推算，不是承诺。"
            ]
            if !declines.isEmpty { out.append("累计下降类指标（\(list)）不作模型预测，按不低于上期实际降幅提出，最终以上级下达指标为准。") }
        } else {
            out = [
                "Indicative targets are expectations, set near the model's median, a little on the safe side: at about \(ProposalWords.odds(c.indicativeOdds)) odds, growth to half a point; "
                    + "binding targets in principle at about \(ProposalWords.odds(c.bindingOdds))"
                    + (c.allowsRelaxingBinding
                        ? ", allowed weaker than the last actual this time (each flagged). "
                        : "; where that is weaker than the last actual, at the last actual. ")
                    + "Figures beside 'about', 'at least' and 'at most' keep two or three significant figures; binding ones round the strict way. "
                    + "Odds are the model's chance of reaching the target by \(s.plan.lastYear) on recent trends, not a commitment."
            ]
            if !declines.isEmpty {
                out.append(
                    "Cumulative declines (\(list)) are not forecast: each is proposed at least at the last period's achieved pace; the higher level's allocation governs."
                )
            }
        }
        return out + ProposalSlowerSummary.paragraphs(ps, convention: c, language: l)
    }

    /// A provenance line in the report's language; nil for the convention, which the method
    /// paragraph already states.
    static func provenance(_ line: String, language l: Language) -> String? {
        if line.hasPrefix("convention: ") { return l == .zh ? nil : line }
        guard l == .zh else { return line }
        if line.hasPrefix("model: ") {
            let numbers = line.split(whereSeparator: { !$0.isNumber }).map(String.init)
            return "模型：以草案基期值和实际数据拟合的基准模型，一次蒙特卡洛模拟"
                + (numbers.count >= 2 ? "，\(numbers[numbers.count - 2])条路径，随机种子\(numbers[numbers.count - 1])" : "")
                + "。"
        }
        var text = line
        for (en, cn) in [
            ("plan: embedded ", "规划：内置 "), ("plan: ", "规划文件："), ("actuals: ", "实际数据文件："), ("reference: ", "参考面板文件："),
        ]
        where text.hasPrefix(en) {
            text = cn + text.dropFirst(en.count)
            break
        }
        return text.replacingOccurrences(of: " (ILLUSTRATIVE)", with: "（示意数据）")
    }
}
