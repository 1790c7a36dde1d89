import PlanData
import Reports
import Simulation

/// The live page's run (`POST /api/live`, docs/serve.md "Latency"): the figures the page
/// draws and nothing else, so that a lever's move costs little more than its Monte Carlo.
///
/// It runs what ``RunWorkflow/run(_:)`` runs for these figures — the same preparation
/// (fit from ``RunRequest/cache``), the same Monte Carlo on the same paths and seed, the
/// same baseline on common random numbers — so each number it sends has the bits of the
/// same field in `plansim run --json` (`LiveRunTests`). It leaves out what the page does
/// not show: inversions, forecast tracking, assumption sentences, checks, notes, history
/// (the page has it from `GET /api/plan`), provenance; and instead of rendering and
/// re-reading the whole document (``RunWorkflow/checkReadable(_:file:scenario:)``) it
/// checks the quantiles it summarised directly (``checkBounds(_:file:scenario:)``).
public enum LiveRun {
    /// The page's path count when `plansim serve` is given none (its full pass).
    public static let defaultPaths = 2_000

    /// The quick pass's path count on a page whose full pass has `paths`: 300, or fewer when the full pass has fewer.
    public static func quickPaths(_ paths: Int) -> Int { min(paths, 300) }

    /// The live document of `request` (``json(_:baseline:)`` rendered compact), or nil when
    /// `isCancelled` turned true at a checkpoint (before the Monte Carlo, before the
    /// baseline, before the document is built): a superseded run stops there.
    ///
    /// - Throws: as ``RunWorkflow/run(_:)``: ``ScenarioRejection`` when the text does not
    ///   check, ``InputIssue`` when it does not fit the data or gives numbers `plansim run`
    ///   refuses (not finite, or 10¹⁵ and beyond in size).
    public static func run(_ request: RunRequest, isCancelled: () -> Bool = { false }) throws -> String? {
        var times = PhaseTimes()
        return try run(request, isCancelled: isCancelled, times: &times)
    }

    /// ``run(_:isCancelled:)``, its phases' wall times added to `times`: `parse` (read,
    /// check and compile the text; the model from the cached fit), `mc` (the what-if's
    /// Monte Carlo and its checks), `baseline` (the baseline's figures, cached after the
    /// first run), `build` (the document and its JSON value), `encode` (the JSON text).
    public static func run(_ request: RunRequest, isCancelled: () -> Bool = { false }, times: inout PhaseTimes)
        throws -> String?
    {
        let prepared = try times.measure("parse") {
            try PreparedScenario(
                request.source, plan: request.plan, planSetting: request.planSetting,
                scenario: request.scenario, dataFile: request.dataFile, cache: request.cache)
        }
        let paths = request.paths ?? prepared.spec.paths
        let seed = request.seed ?? prepared.spec.seed
        let options = RunOptions(paths: paths, seed: seed, threads: request.threads)
        guard !isCancelled() else { return nil }
        let result = try times.measure("mc") {
            let result = MonteCarlo.run(prepared.model, options: options)
            _ = try RunWorkflow.nonfiniteWarning(
                result, allowed: false, file: request.source.path, scenario: prepared.name)
            try checkBounds(result, file: request.source.path, scenario: prepared.name)
            return result
        }
        guard !isCancelled() else { return nil }
        // Provenance is not sent; the document needs one, and the baseline's figures do not read it.
        let provenance = RunProvenance(
            version: PlansimKit.version, scenario: prepared.name, scenarioSHA256: "", seed: seed, paths: paths,
            data: "", created: "")
        let baseline = times.measure("baseline") {
            prepared.name == "baseline"
                ? nil
                : RunWorkflow.baselineFigures(
                    dataset: prepared.dataset, embedded: prepared.plan, options: options, provenance: provenance,
                    cache: request.cache)
        }
        guard !isCancelled() else { return nil }
        let value = times.measure("build") {
            json(
                ReportDocument(result: result, dataset: prepared.dataset, inversions: [], provenance: provenance),
                baseline: baseline)
        }
        return times.measure("encode") { value.rendered(compact: true) }
    }

    /// `{"live": true, "scenario", "seed", "paths", "indicators": [{"indicator", "years":
    /// [{"year", "p10", "p50", "p90"}]}], "targets": [{"indicator", "target_year", "target",
    /// "kind", "probability", "required_growth", "simulated_growth", "median", "status"}],
    /// "baseline": {"scenario", "medians": [{"indicator", "year", "p50"}]} | null}` — each
    /// field as `plansim run --json` writes it (docs/json-formats.md).
    static func json(_ d: ReportDocument, baseline: ReportDocument.BaselineFigures?) -> JSONValue {
        .object([
            ("live", .bool(true)), ("scenario", .string(d.scenario)), ("seed", .unsigned(d.provenance.seed)),
            ("paths", .integer(d.provenance.paths)),
            (
                "indicators",
                .array(
                    d.indicators.map { ind in
                        .object([
                            ("indicator", .string(ind.id)),
                            (
                                "years",
                                .array(
                                    ind.years.map {
                                        .object([
                                            ("year", .integer($0.year)), ("p10", .finite($0.p10)),
                                            ("p50", .finite($0.p50)),
                                            ("p90", .finite($0.p90)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "targets",
                .array(
                    d.targets.map { t in
                        .object([
                            ("indicator", .string(t.indicator)), ("target_year", .integer(t.targetYear)),
                            ("target", .number(t.target)),
                            ("kind", .string(t.kind)), ("probability", .finite(t.probability)),
                            ("required_growth", .finite(t.requiredGrowth)),
                            ("simulated_growth", .finite(t.simulatedGrowth)), ("median", .finite(t.median)),
                            ("status", t.status.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
            (
                "baseline",
                baseline.map { b in
                    .object([
                        ("scenario", .string(b.scenario)),
                        (
                            "medians",
                            .array(
                                b.medians.keys.sorted().flatMap { id in
                                    (b.medians[id] ?? [:]).keys.sorted().map { year in
                                        JSONValue.object([
                                            ("indicator", .string(id)), ("year", .integer(year)),
                                            ("p50", .finite(b.medians[id]?[year])),
                                        ])
                                    }
                                })
                        ),
                    ])
                } ?? .null
            ),
        ])
    }

    /// Refuses, as `plansim run` does, a forecast `report` could not read back: a quantile
    /// of an indicator's year, or a target's probability, median, P10 or P90, that is not
    /// finite or (as every number written) is 10¹⁵ or more in size; likewise a finite
    /// truncated mean or deterministic value of 10¹⁵ or more.
    ///
    /// - Throws: ``InputIssue`` at `file` and the scenario, naming the indicator.
    static func checkBounds(_ result: MonteCarloResult, file: String, scenario: String) throws(InputIssue) {
        func refuse(_ indicator: String, _ zh: String, _ en: String) -> InputIssue {
            RunWorkflow.unreadable(file: file, scenario: scenario, indicator: indicator, reason: Phrase(zh: zh, en: en))
        }
        func bad(_ v: Double, required: Bool) -> Bool { v.isFinite ? abs(v) >= 1e15 : required }
        for outcome in result.indicators {
            for y in outcome.years {
                for v in [y.p5, y.p10, y.p25, y.p50, y.p75, y.p90, y.p95] where bad(v, required: true) {
                    throw refuse(outcome.indicator, "\(y.year)年的分位数为 \(v)", "a quantile of \(y.year) is \(v)")
                }
                for v in [y.truncatedMean, y.deterministic] where bad(v, required: false) {
                    throw refuse(outcome.indicator, "\(y.year)年的数值为 \(v)", "a value of \(y.year) is \(v)")
                }
            }
        }
        for t in result.targets
        where bad(t.probability, required: true)
            || [t.median, t.p10, t.p90].contains(where: { bad($0, required: true) })
        {
            throw refuse(
                t.target.indicator, "\(t.target.targetYear)年目标的概率或分位数不是有效数值",
                "the \(t.target.targetYear) target's probability or quantiles are not valid numbers")
        }
    }
}
