public import Artifacts
import Forecasting
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
            throw InputIssue(
                file: "--target-year", field: "\(targetYear)",
                message: Phrase(
                    zh: "目标年 \(targetYear) 不晚于基年 \(baseYear)",
                    en: "the target year \(targetYear) is not after the base year \(baseYear)"),
                help: Phrase(
                    zh: "例如 `--base-year 2025 --target-year 2030`", en: "e.g. `--base-year 2025 --target-year 2030`"))
        }
        let plan = request.plan, data = plan.applying(request.actuals)
        var bases: [String: Double] = [:]
        var skipped: [SkippedIndicator] = []
        var declines: [String: ProposedTarget] = [:]
        for i in plan.indicators {
            // A cumulative decline is set from the last period's pace (``DeclineProposal``); a
            // target in words is left to the planner. Neither is a level read from the simulation.
            if plan.targets(of: i.id).isEmpty,
                let goal = plan.goals(of: i.id).first(where: { if case .sum = $0.form { false } else { true } })
            {
                if case .decline(let d) = goal.form {
                    declines[i.id] = DeclineProposal.propose(
                        goal, decline: d, indicator: i, data: data, baseYear: baseYear, targetYear: targetYear,
                        convention: request.convention)
                } else {
                    skipped.append(Self.handSet(goal, indicator: i, data: data, baseYear: baseYear))
                }
                continue
            }
            guard let point = data.series(i.id).point(in: baseYear), point.origin != .reconstructed, point.value > 0
            else {
                skipped.append(
                    SkippedIndicator(
                        indicator: i.id, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "缺少\(baseYear)年实际值",
                        reasonEN: "no actual for \(baseYear)"))
                continue
            }
            bases[i.id] = point.value
        }
        let indicators = plan.indicators.filter { bases[$0.id] != nil }
        guard !indicators.isEmpty else {
            let example = "\(plan.indicators.first?.id ?? "id"),\(baseYear),VALUE"
            throw InputIssue(
                file: request.actuals.file,
                message: Phrase(zh: "没有基年 \(baseYear) 的实际值", en: "no actuals for \(baseYear), the base year"),
                help: Phrase(
                    zh: "请为每个指标加一行 \(baseYear) 年的数据，如 `\(example)`；本规划的指标为 ",
                    en: "add a row per indicator for \(baseYear), e.g. `\(example)`; the plan's indicators are ")
                    + .codes(plan.indicators.map(\.id)))
        }
        let next = NextPlanNaming.next(after: plan.plan, period: (baseYear + 1)...targetYear)
        // The data the draft carries: its bases and the actuals, without targets.
        let skeleton = ProposalDraft.text(request, next: next, bases: bases, proposals: nil)
        let fitted: Dataset
        switch PlanFiles.compile(SourceFile(path: next.id + ".plan", text: skeleton), origin: "plan") {
        case .success(let d): fitted = d.applying(request.actuals)
        case .failure(let problems): preconditionFailure("the draft skeleton does not compile:\n\(problems.rendered)")
        }
        let rules = indicators.map {
            ProposalRules(
                indicator: $0, plan: plan, data: data, base: bases[$0.id]!, baseYear: baseYear, targetYear: targetYear)
        }
        let (baseline, fits, core) = SimulationModel.baseline(
            fitted, horizon: targetYear, priors: ReferencePrior.growthOverrides(request.reference))
        var model = baseline
        model.targets = rules.map(\.placeholder)
        let result = MonteCarlo.run(
            model, options: RunOptions(paths: request.paths, seed: request.seed, threads: request.threads))
        guard let distribution = result.distribution else { preconditionFailure("a full run keeps its distribution") }
        let simulated = rules.enumerated().map { k, rule in
            var p = rule.propose(
                convention: request.convention, quantile: { distribution.quantile($0, target: k) ?? .nan },
                atMost: { distribution.fractionAtMost($0, target: k) ?? .nan })
            // What the report's chart draws: the record from 2016 and the simulated band.
            p.record = data.series(p.indicator).points.filter { (2016...baseYear).contains($0.year) }
                .map { ProposedTarget.YearValue(year: $0.year, value: $0.value, origin: $0.origin.rawValue) }
            let outcome = result.indicators.first { $0.indicator == p.indicator }
            p.band = ((baseYear + 1)...targetYear).compactMap { y in
                outcome?.year(y).map { ProposedTarget.YearBand(year: y, p10: $0.p10, median: $0.p50, p90: $0.p90) }
            }
            p.basis = ProposalEvidence.basis(
                of: p.indicator, model: model, fits: fits, core: core, data: fitted, baseYear: baseYear,
                reference: request.reference[p.indicator] != nil)
            return p
        }
        // In the plan's order, the declines among the simulated targets.
        let byID = Dictionary(uniqueKeysWithValues: simulated.map { ($0.indicator, $0) }).merging(declines) { a, _ in a
        }
        let proposals = plan.indicators.compactMap { byID[$0.id] }
        let provenance = provenance(request, fittedOn: fitted)
        let set = ProposalSet(
            plan: next, convention: request.convention, proposals: proposals, skipped: skipped,
            illustrative: request.illustrative, provenance: provenance)
        return ProposeResult(
            proposals: set, draft: ProposalDraft.text(request, next: next, bases: bases, proposals: set))
    }

    static func provenance(_ r: ProposeRequest, fittedOn d: Dataset) -> [String] {
        let source = r.plan.provenance.first
        let planLine =
            source?.source == "plan"
            ? "plan: \(source?.file ?? "") sha256 \(source?.fileSHA256 ?? "")"
            : "plan: embedded \(r.plan.plan?.name ?? "") (\(source?.vintage ?? ""))"
        let c = r.convention
        return [
            planLine,
            "actuals: \(r.actuals.file) sha256 \(r.actuals.sha256)" + (r.illustrative ? " (ILLUSTRATIVE)" : ""),
            "model: the baseline fitted to the draft's bases and the actuals, one Monte Carlo run of \(r.paths) paths, seed \(r.seed)",
            "convention: indicative targets at \(Int((c.indicativeOdds * 100).rounded())) % odds, binding at \(Int((c.bindingOdds * 100).rounded())) % "
                + (c.allowsRelaxingBinding
                    ? "(binding targets may be weaker than the last actual)" : "and never weaker than the last actual"),
        ]
            + (r.referenceFile.map { ref in
                [
                    "reference: \(ref.file) sha256 \(ref.sha256) (\(r.reference.keys.sorted().joined(separator: ", ")))"
                ]
            } ?? [])
    }
}

extension ProposeWorkflow {
    /// Why a goal is left to the planner: words are set by hand.
    static func handSet(_ goal: PlanGoal, indicator i: Indicator, data: Dataset, baseYear: Int) -> SkippedIndicator {
        switch goal.form {
        case .qualitative(let words):
            return SkippedIndicator(
                indicator: goal.indicator, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "以文字表述的目标（\(words)），请人工拟定",
                reasonEN: "a target in words (\(PlanGlossary.qualitative(words, .en))): set it by hand")
        case .decline:
            // Proposed by ``DeclineProposal``; never reaches here.
            return SkippedIndicator(
                indicator: goal.indicator, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "累计下降目标",
                reasonEN: "a cumulative decline")
        case .sum:
            return SkippedIndicator(
                indicator: goal.indicator, nameZH: i.nameZH, nameEN: i.nameEN, reasonZH: "缺少\(baseYear)年实际值",
                reasonEN: "no actual for \(baseYear)")
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
