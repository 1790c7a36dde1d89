public import Artifacts
import Foundation
import PlanData
import Reports
import ScenarioDSL
import Simulation

/// `propose`: targets for the next plan that a planner would sign, from one Monte Carlo run.
///
/// The model is the baseline fitted to the data the draft itself will carry (its bases and
/// the actuals; no target shapes its own odds), so that `run --plan DRAFT --data ACTUALS`
/// gives each target the odds reported here. Each indicator's value is read from the
/// simulated distribution at the convention's odds (``ProposalConvention``), then set as
/// a plan prints it (``ProposalRules``), and its odds are those of the value as printed.
public enum ProposeWorkflow {
    /// The proposals and the draft plan file.
    ///
    /// - Throws: ``InputIssue`` when the years are not a plan period or no indicator has an
    ///   actual for the base year.
    public static func run(_ request: ProposeRequest) throws -> ProposeResult {
        let (baseYear, targetYear) = (request.baseYear, request.targetYear)
        guard targetYear > baseYear else {
            throw InputIssue(file: "--target-year", field: "\(targetYear)",
                             message: Phrase(zh: "目标年 \(targetYear) 不晚于基年 \(baseYear)", en: "the target year \(targetYear) is not after the base year \(baseYear)"),
                             help: Phrase(zh: "例如 `--base-year 2025 --target-year 2030`", en: "e.g. `--base-year 2025 --target-year 2030`"))
        }
        let plan = request.plan, data = plan.applying(request.actuals)
        var bases: [String: Double] = [:]
        var skipped: [SkippedIndicator] = []
        for i in plan.indicators {
            // A target in words or a cumulative decline is not a level to read from the
            // simulation: said, with what the planner needs to set it by hand.
            if plan.targets(of: i.id).isEmpty, let goal = plan.goals(of: i.id).first(where: { if case .sum = $0.form { false } else { true } }) {
                skipped.append(Self.handSet(goal, indicator: i, data: data, baseYear: baseYear))
                continue
            }
            guard let point = data.series(i.id).point(in: baseYear), point.origin != .reconstructed, point.value > 0 else {
                skipped.append(SkippedIndicator(indicator: i.id, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "缺少\(baseYear)年实际值", reasonEN: "no actual for \(baseYear)"))
                continue
            }
            bases[i.id] = point.value
        }
        let indicators = plan.indicators.filter { bases[$0.id] != nil }
        guard !indicators.isEmpty else {
            let example = "\(plan.indicators.first?.id ?? "id"),\(baseYear),VALUE"
            throw InputIssue(file: request.actuals.file, message: Phrase(zh: "没有基年 \(baseYear) 的实际值", en: "no actuals for \(baseYear), the base year"),
                             help: Phrase(zh: "请为每个指标加一行 \(baseYear) 年的数据，如 `\(example)`；本规划的指标为 ",
                                          en: "add a row per indicator for \(baseYear), e.g. `\(example)`; the plan's indicators are ") + .codes(plan.indicators.map(\.id)))
        }
        let next = NextPlanNaming.next(after: plan.plan, period: (baseYear + 1)...targetYear)
        // The data the draft carries: its bases and the actuals, without targets.
        let skeleton = ProposalDraft.text(request, next: next, bases: bases, proposals: nil)
        let fitted: Dataset
        switch PlanFiles.compile(SourceFile(path: next.id + ".plan", text: skeleton), origin: "plan") {
        case .success(let d): fitted = d.applying(request.actuals)
        case .failure(let problems): preconditionFailure("the draft skeleton does not compile:\n\(problems.rendered)")
        }
        let rules = indicators.map { ProposalRules(indicator: $0, plan: plan, data: data, base: bases[$0.id]!, baseYear: baseYear, targetYear: targetYear) }
        var model = SimulationModel.baseline(fitted, horizon: targetYear).0
        model.targets = rules.map(\.placeholder)
        let result = MonteCarlo.run(model, options: RunOptions(paths: request.paths, seed: request.seed, threads: request.threads))
        guard let distribution = result.distribution else { preconditionFailure("a full run keeps its distribution") }
        let proposals = rules.enumerated().map { k, rule in
            rule.propose(convention: request.convention, quantile: { distribution.quantile($0, target: k) ?? .nan },
                         atMost: { distribution.fractionAtMost($0, target: k) ?? .nan })
        }
        let provenance = provenance(request, fittedOn: fitted)
        let set = ProposalSet(plan: next, convention: request.convention, proposals: proposals, skipped: skipped,
                              illustrative: request.illustrative, provenance: provenance)
        return ProposeResult(proposals: set, draft: ProposalDraft.text(request, next: next, bases: bases, proposals: set))
    }

    static func provenance(_ r: ProposeRequest, fittedOn d: Dataset) -> [String] {
        let source = r.plan.provenance.first
        let planLine = source?.source == "plan" ? "plan: \(source?.file ?? "") sha256 \(source?.fileSHA256 ?? "")"
                                                : "plan: embedded \(r.plan.plan?.name ?? "") (\(source?.vintage ?? ""))"
        let c = r.convention
        return [planLine, "actuals: \(r.actuals.file) sha256 \(r.actuals.sha256)" + (r.illustrative ? " (ILLUSTRATIVE)" : ""),
                "model: the baseline fitted to the draft's bases and the actuals, one Monte Carlo run of \(r.paths) paths, seed \(r.seed)",
                "convention: indicative targets at \(Int((c.indicativeOdds * 100).rounded())) % odds, binding at \(Int((c.bindingOdds * 100).rounded())) % "
                    + (c.allowsRelaxingBinding ? "(binding targets may be weaker than the last actual)" : "and never weaker than the last actual")]
    }
}

extension ProposeWorkflow {
    /// Why a goal is left to the planner: words are set by hand; a cumulative decline is to
    /// be at least the last period's (the achieved decline given when the levels are known).
    static func handSet(_ goal: PlanGoal, indicator i: Indicator, data: Dataset, baseYear: Int) -> SkippedIndicator {
        switch goal.form {
        case .qualitative(let words):
            return SkippedIndicator(indicator: goal.indicator, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "以文字表述的目标（\(words)），请人工拟定",
                                    reasonEN: "a target in words (\(words)): set it by hand")
        case .decline(let d):
            let planned = ProposalWords.percent(d)
            var zh = "累计下降目标（上期目标下降\(planned)", en = "a cumulative decline (last target \(planned)"
            if let v0 = data.series(goal.indicator).value(in: goal.baseYear), let v1 = data.series(goal.indicator).value(in: baseYear), v0 > 0 {
                let achieved = ProposalWords.percent(1 - v1 / v0)
                zh += "，实际下降\(achieved)"
                en += ", achieved \(achieved)"
            }
            return SkippedIndicator(indicator: goal.indicator, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: zh + "）：新目标请按不低于上期降幅拟定",
                                    reasonEN: en + "): set the new one by hand, at least the last period's pace")
        case .sum:
            return SkippedIndicator(indicator: goal.indicator, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "缺少\(baseYear)年实际值", reasonEN: "no actual for \(baseYear)")
        }
    }

    /// The suggestions for the next plan (the 总结评估's 五、对“十五五”规划的建议): one per
    /// proposed target, 约束性 first, in the plan's order otherwise.
    public static func suggestions(_ request: ProposeRequest) throws -> [ProposalSuggestion] {
        suggestions(from: try run(request).proposals)
    }

    /// The suggestions of proposals already made.
    public static func suggestions(from set: ProposalSet) -> [ProposalSuggestion] {
        (set.proposals.filter(\.binding) + set.proposals.filter { !$0.binding }).map(ProposalSuggestion.init)
    }
}
