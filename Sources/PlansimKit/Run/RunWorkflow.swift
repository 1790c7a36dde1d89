import Forecasting
import Foundation
public import PlanData
public import Reports
import ScenarioDSL
public import Simulation

/// `plansim run` as a function: a scenario on a plan → the briefing document, its checks,
/// and the files to write. The command line and the live page both call ``run(_:)``.
public enum RunWorkflow {
    /// Compiles the scenario, runs the Monte Carlo, solves the target inversions, tracks
    /// the forecast against actuals and, for a what-if, runs the baseline on the same
    /// random numbers — the same numbers, bit for bit, on any thread count.
    ///
    /// Nothing is written: ``RunOutcome/write(to:index:)`` does that.
    ///
    /// - Throws: ``ScenarioRejection`` with every diagnostic when the scenario has errors;
    ///   ``InputErrors`` with every problem of the reference panel, at file:line:column;
    ///   ``InputIssue`` (file, field, what, what to do) when a file is missing, the
    ///   scenario does not fit the data, or its results are numbers `report` would refuse
    ///   (``checkReadable(_:file:scenario:)``; not with `allowNonfinite`).
    public static func run(_ request: RunRequest) throws -> RunOutcome {
        let prepared = try PreparedScenario(
            request.source, plan: request.plan, planSetting: request.planSetting,
            scenario: request.scenario, dataFile: request.dataFile, cache: request.cache)
        let (name, spec, dataset, model) = (prepared.name, prepared.spec, prepared.dataset, prepared.model)
        let panel = try request.referencePanel.map { path throws(InputErrors) in
            try ReferencePanel.load(path: path, for: dataset)
        }
        let reference = try panel.map { p throws(InputErrors) in try ReferencePrior.fit(p) } ?? [:]
        let paths = request.paths ?? spec.paths
        let seed = request.seed ?? spec.seed
        var options = RunOptions(paths: paths, seed: seed, threads: request.threads)
        options.progress = request.progress
        options.stream = request.stream
        let result = MonteCarlo.run(model, options: options)
        let nonfinite = try nonfiniteWarning(
            result, allowed: request.allowNonfinite, file: request.source.path, scenario: name)
        let inversions =
            request.invert
            ? invert(model, spec: spec, paths: paths, seed: seed, threads: request.threads, stream: request.stream) : []
        let checks = CheckOutcome.evaluate(spec.checks, on: result)
        var provenance = prepared.provenance(
            paths: paths, seed: seed, reference: panel.map { .init(path: $0.file, sha256: $0.sha256) })
        provenance.stream = request.stream.rawValue
        var document = ReportDocument(result: result, dataset: dataset, inversions: inversions, provenance: provenance)
        document.tracking = try track(
            dataset, spec: spec, paths: paths, seed: seed, threads: request.threads, file: request.source.path)
        document.assumptions = ReportDocument.assumptions(from: prepared.program.explain(name))
        document.checks = checks.map {
            ReportDocument.CheckResult(text: $0.check.text, passed: $0.passed, value: $0.value, year: $0.year)
        }
        if request.priorSets {
            PriorSetRuns.annotate(
                &document, main: result, spec: spec, dataset: dataset, paths: paths, seed: seed,
                threads: request.threads, reference: reference)
        }
        if name != "baseline" {
            var baselineOptions = RunOptions(paths: paths, seed: seed, threads: request.threads)
            baselineOptions.stream = request.stream
            document.baseline = baselineFigures(
                dataset: dataset, embedded: prepared.plan,
                options: baselineOptions, provenance: provenance,
                cache: request.cache)
        }
        let language = request.language ?? (spec.language == "en" ? .en : .zh)
        var outcome = RunOutcome(
            scenario: name, document: document, checks: checks, language: language,
            formats: formats(scenario: spec.outputs, extra: request.extraFormats))
        outcome.nonfiniteWarning = nonfinite
        if !request.allowNonfinite {
            outcome.renderedJSON = try checkReadable(outcome, file: request.source.path, scenario: name)
        }
        return outcome
    }

    /// Simulated values that are NaN or ±∞ sit in no quantile and never count as meeting a
    /// target: a run with any is refused unless `allowed`, and then carries the warning.
    ///
    /// - Throws: ``InputIssue`` naming the scenario when there are such values and they are not allowed.
    static func nonfiniteWarning(_ result: MonteCarloResult, allowed: Bool, file: String, scenario: String) throws
        -> Phrase?
    {
        guard result.nonfiniteValues > 0 else { return nil }
        let count = NumberFormat.grouped(result.nonfiniteValues)
        let message = Phrase(
            zh: "有 \(count) 个模拟值不是有限数（NaN 或 ±∞）：这些值不计入任何分位数，也不算达标",
            en:
                "\(count) simulated values are not finite (NaN or ±∞): they are in no quantile and never count as meeting a target"
        )
        guard allowed else {
            throw InputIssue(
                file: file, field: scenario, message: message,
                help: Phrase(
                    zh: "请检查情景中的冲击和增速是否过大；`--allow-nonfinite` 可照常写出结果",
                    en:
                        "check the scenario's shocks and growth rates for extreme values; `--allow-nonfinite` writes the results anyway"
                ))
        }
        return message
    }

    /// What a run writes: the scenario's `output` list (md, html, csv, json when it has
    /// none), then the extras not already in it — the union of the two.
    public static func formats(scenario outputs: [String], extra: [ReportFormat]) -> [ReportFormat] {
        let own = outputs.compactMap { ReportFormat(rawValue: $0) }
        let base = own.isEmpty ? ReportFormat.runDefaults : own
        return base + extra.filter { !base.contains($0) }
    }

    /// `plan` with the user's yearly values from `userFile` applied, when there is one.
    ///
    /// - Throws: ``InputIssue`` when the file cannot be read or does not fit the plan.
    public static func dataset(_ plan: Dataset, userFile: String?) throws -> Dataset {
        guard let userFile else { return plan }
        return plan.applying(try UserData.load(path: userFile, for: plan))
    }

    /// The simulation model of `spec` on `dataset`; a scenario that does not fit the data
    /// is refused at the scenario, in `file`. With `cache`, the fit is taken from it (same bits).
    public static func model(_ dataset: Dataset, spec: ScenarioSpec, file: String, cache: RunCache? = nil)
        throws(InputIssue) -> SimulationModel
    {
        do throws(ScenarioError) {
            if let cache { return try cache.model(dataset, spec: spec) }
            return try SimulationModel.build(dataset, scenario: spec).0
        } catch {
            throw InputIssue(
                file: file, field: spec.name, message: error.phrase,
                help: Phrase(zh: "请修改情景，使之与数据相符", en: "change the scenario so it fits the data"))
        }
    }
}
