public import Artifacts
import Foundation
public import PlanData
public import Reports
import Simulation

/// The result of `evaluate`: the report's document and the `evaluation.json` artifact,
/// made from the same rows.
public struct EvaluateResult: Sendable {
    public let document: EvaluationDocument
    public let artifact: EvaluationArtifact
}

/// `evaluate`: the shared rules (``TargetEvaluation``) on the actuals; the forecast the
/// plan's own data gave at its base year beside each; in-progress targets without
/// `asOf` judged by the probability of a forecast conditioned on the actuals.
public enum EvaluateWorkflow {
    /// - Throws: ``InputErrors`` with every refusal of ``EvaluateRequest/refusals()``; nothing is computed then.
    public static func run(_ request: EvaluateRequest) throws(InputErrors) -> EvaluateResult {
        let refusals = request.refusals()
        guard refusals.isEmpty else { throw InputErrors(refusals) }
        let plan = request.plan, data = plan.applying(request.actuals)
        let lastTargetYear = plan.targets.map(\.targetYear).max() ?? 2025
        // The period judged ends with the plan's period: a 2035 远景 target is a vision, listed
        // apart and tracked later, never judged (nor counted) in the 14th plan's evaluation.
        let lastYear = plan.plan?.period.upperBound ?? lastTargetYear
        let horizon = max(2025, lastTargetYear)
        let options = RunOptions(paths: request.paths, seed: request.seed, threads: request.threads)
        let before = MonteCarlo.run(SimulationModel.baseline(plan, horizon: horizon).0, options: options)
        func evaluate(_ t: PlanTarget, probability: Double?) -> TargetEvaluation? {
            guard t.targetYear <= lastYear, let indicator = plan.indicator(t.indicator) else { return nil }
            return TargetEvaluation.evaluate(
                t, of: indicator, series: data.series(t.indicator), convention: request.convention,
                asOf: request.asOf, probability: probability)
        }
        var evaluations = plan.targets.map { evaluate($0, probability: nil) }
        if request.asOf == nil, evaluations.contains(where: { $0?.phase == .inProgress }) {
            let now = MonteCarlo.run(SimulationModel.baseline(data, horizon: horizon).0, options: options)
            evaluations = plan.targets.enumerated().map { k, t in evaluate(t, probability: now.targets[k].probability) }
        }
        let rows = plan.targets.enumerated().compactMap { k, t -> EvaluationRow? in
            guard t.targetYear <= lastYear, let indicator = plan.indicator(t.indicator) else { return nil }
            let e = evaluations[k]
            // A target the model only followed along the plan's path has no forecast to judge by.
            let onPlanPath = before.targets[k].evidence == .plan
            let outcome = onPlanPath ? nil : before.indicators.first { $0.indicator == t.indicator }
            let band: ForecastBand?
            if onPlanPath {
                band = nil
            } else if t.kind == .periodSum {
                let o = before.targets[k]
                band = e?.phase == .ended ? ForecastBand(p10: o.p10, median: o.median, p90: o.p90) : nil
            } else if let y = outcome?.year(e?.latestYear ?? t.targetYear) {
                band = ForecastBand(p10: y.p10, median: y.p50, p90: y.p90)
            } else {
                band = nil
            }
            let last = min(t.targetYear, request.asOf ?? t.targetYear)
            let actuals = data.series(t.indicator).points.filter {
                (t.baseYear...last).contains($0.year) && ($0.origin == .user || $0.year == t.baseYear)
            }
            let path = (outcome?.years ?? []).filter { ((t.baseYear + 1)...t.targetYear).contains($0.year) }
                .map { (year: $0.year, band: ForecastBand(p10: $0.p10, median: $0.p50, p90: $0.p90)) }
            return EvaluationRow(
                indicator: indicator, target: t, category: category(indicator), evaluation: e, forecast: band,
                actuals: actuals.map { (year: $0.year, value: $0.value) }, path: path, forecastOnPlanPath: onPlanPath)
        }
        var goalSkips: [EvaluationSkip] = []
        var allRows = rows
        for goal in plan.goals {
            guard let indicator = plan.indicator(goal.indicator) else { continue }
            let (e, reason) = GoalEvaluation.evaluate(
                goal, of: indicator, series: data.series(goal.indicator), convention: request.convention,
                asOf: request.asOf)
            if let reason {
                goalSkips.append(EvaluationSkip(indicator: indicator, reason: reason))
                continue
            }
            allRows.append(
                EvaluationRow(
                    indicator: indicator,
                    target: e?.target
                        ?? PlanTarget(
                            indicator: goal.indicator, baseYear: goal.baseYear, base: goal.base ?? .nan,
                            targetYear: goal.targetYear, target: .nan, kind: .level),
                    category: category(indicator), evaluation: e, forecast: nil, goal: goal))
        }
        // The plan's own order, as its 专栏 prints it (序号): a goal's row (a decline, a sum
        // without a base, words) sits where its indicator is printed, not after the targets.
        let order = Dictionary(plan.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        allRows = allRows.enumerated().sorted {
            (order[$0.element.indicator.id] ?? .max, $0.offset) < (order[$1.element.indicator.id] ?? .max, $1.offset)
        }.map(\.element)
        let visions = plan.targets.filter { $0.targetYear > lastYear }.compactMap { t in
            plan.indicator(t.indicator).map {
                EvaluationRow(indicator: $0, target: t, category: category($0), evaluation: nil, forecast: nil)
            }
        }
        let skips =
            goalSkips
            + skipped(request, rows: allRows + visions).filter { s in
                // An indicator with only a vision is listed with the visions, not as skipped.
                !goalSkips.contains { $0.indicator.id == s.indicator.id }
                    && !(visions.contains { $0.indicator.id == s.indicator.id }
                        && !allRows.contains { $0.indicator.id == s.indicator.id })
            }
        var document = EvaluationDocument(
            plan: plan.plan, rows: allRows, skipped: skips, asOf: request.asOf ?? lastYear,
            midTerm: (request.asOf ?? lastYear) < lastYear, convention: request.convention,
            illustrative: request.illustrative,
            date: request.date, provenance: provenance(request), notes: plan.notes)
        document.visions = visions
        if !document.midTerm, request.actuals.points.contains(where: { $0.year == lastYear }) {
            // 五、建议 carries the next plan's targets as `propose` drafts them from the same
            // actuals, with propose's own paths and seed, so 五、 and the proposal print the same
            // figures and odds (they differed by a point when 五、 used the evaluation's 100,000
            // paths); an evaluation is still written when no draft can be made.
            let next = ProposeRequest(
                plan: plan, actuals: request.actuals, illustrative: request.illustrative, baseYear: lastYear,
                targetYear: lastYear + 5, threads: request.threads)
            document.nextPlanTargets = ((try? ProposeWorkflow.suggestions(next)) ?? []).map {
                Phrase(zh: $0.textZH, en: $0.textEN)
            }
        }
        return EvaluateResult(document: document, artifact: artifact(document))
    }

    /// The 类别 of an indicator, from where the table prints it (`经济发展 第1项` → 经济发展);
    /// nil for a 专栏 reference, which names no category.
    static func category(_ indicator: Indicator) -> String? {
        guard let range = indicator.location.range(of: " 第") else { return nil }
        let head = String(indicator.location[..<range.lowerBound])
        return head.isEmpty || head.hasPrefix("专栏") ? nil : head
    }

    /// Indicators with actuals in the period that no row judges, with the reason.
    static func skipped(_ request: EvaluateRequest, rows: [EvaluationRow]) -> [EvaluationSkip] {
        var seen = Set<String>(), out: [EvaluationSkip] = []
        for point in request.actuals.points where seen.insert(point.indicator).inserted {
            guard let indicator = request.plan.indicator(point.indicator) else { continue }
            let targeted = rows.filter { $0.indicator.id == point.indicator }
            if targeted.isEmpty {
                out.append(
                    EvaluationSkip(
                        indicator: indicator, reason: Phrase(zh: "规划未对该指标设定目标", en: "the plan sets no target for it")))
            } else if targeted.allSatisfy({ $0.evaluation == nil }) {
                let years = request.actuals.points.filter { $0.indicator == point.indicator }.map(\.year)
                out.append(
                    EvaluationSkip(
                        indicator: indicator,
                        reason: Phrase(
                            zh: "仅有\(years.map { "\($0)年" }.joined(separator: "、"))数据，不在评估年份之内",
                            en: "only \(years.map(String.init).joined(separator: ", ")), outside the years judged")))
            }
        }
        return out
    }

    /// The annex's provenance: file names (no directories), checksums, the forecast's settings.
    static func provenance(_ request: EvaluateRequest) -> [String] {
        let source = request.plan.provenance.first
        let planLine =
            source?.source == "plan"
            ? "plan: \(URL(fileURLWithPath: source?.file ?? "").lastPathComponent) sha256 \(source?.fileSHA256 ?? "")"
            : "plan: embedded \(request.plan.plan?.name ?? "") (\(source?.vintage ?? ""))"
        return [
            planLine,
            "actuals: \(URL(fileURLWithPath: request.actuals.file).lastPathComponent) sha256 \(request.actuals.sha256)"
                + (request.illustrative ? " (ILLUSTRATIVE)" : ""),
            "forecast: the baseline model on the plan's own data (no actuals), \(request.paths) paths, seed \(request.seed)",
            "plansim \(request.version)",
        ]
    }

    /// The artifact's name of a goal's form.
    static func formName(_ goal: PlanGoal) -> String {
        switch goal.form {
        case .decline: "decline"
        case .sum: "sum"
        case .qualitative: "words"
        }
    }

    /// The artifact of `document`.
    public static func artifact(_ d: EvaluationDocument) -> EvaluationArtifact {
        EvaluationArtifact(
            illustrative: d.illustrative, plan: d.plan?.name ?? "", planTitleZH: d.plan?.titleZH,
            planTitleEN: d.plan?.titleEN,
            asOf: d.asOf, midTerm: d.midTerm, convention: d.convention, summaryZH: d.summary(.zh),
            summaryEN: d.summary(.en),
            evaluation: d.rows.map { r in
                EvaluationArtifactRow(
                    indicator: r.indicator.id, nameZH: r.indicator.nameZH, nameEN: r.indicator.nameEN,
                    unitZH: r.indicator.unitZH,
                    attribute: r.indicator.attribute, kind: r.target.kind, direction: r.target.direction,
                    baseYear: r.target.baseYear, base: r.target.base.isFinite ? r.target.base : nil,
                    targetYear: r.target.targetYear, target: r.target.target.isFinite ? r.target.target : nil,
                    form: r.goal.map(Self.formName),
                    words: { if case .qualitative(let w)? = r.goal?.form { w } else { nil } }(),
                    evaluation: r.evaluation, missingYears: r.missingYears,
                    actuals: r.actuals.map { EvaluationArtifactPoint(year: $0.year, value: $0.value) },
                    forecast: r.forecast.map { EvaluationArtifactBand(p10: $0.p10, median: $0.median, p90: $0.p90) },
                    outsideInterval: r.outsideInterval)
            },
            unevaluated: d.skipped.map { EvaluationArtifactSkip(indicator: $0.indicator.id, reason: $0.reason) },
            notes: d.notes.map(\.textEN), provenance: d.provenance)
    }
}
