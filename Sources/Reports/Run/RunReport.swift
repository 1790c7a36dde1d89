import Artifacts
public import Foundation
public import PlanData
import Simulation

/// Where a run's inputs came from, stamped into every file it writes.
public struct RunProvenance: Sendable {
    public let version: String
    public let scenario: String
    public let scenarioSHA256: String
    public let seed: UInt64
    public let paths: Int
    /// `embedded plan (…)`, with the reconstructed history and any user file and its SHA-256.
    public let data: String
    public let created: String
    /// The random stream the run drew from (1 or 2, ``RandomStream``): results reproduce
    /// only on the same stream. 1 when read from a file that did not record it.
    public var stream = 1

    public init(
        version: String, scenario: String, scenarioSHA256: String, seed: UInt64, paths: Int, data: String,
        created: String
    ) {
        self.version = version
        self.scenario = scenario
        self.scenarioSHA256 = scenarioSHA256
        self.seed = seed
        self.paths = paths
        self.data = data
        self.created = created
    }
}

/// `plansim run`'s machine-readable outputs: the JSON document and the CSV tables.
public enum RunReport {
    /// The JSON document of docs/json-formats.md (`plansim run --json`, `results.json`).
    public static func json(_ d: ReportDocument) -> JSONValue {
        let p = d.provenance
        return .object([
            ("format_version", .string(ReportDocument.formatVersion)),
            (
                "plan_title",
                d.planTitleZH.map { zh in .object([("zh", .string(zh)), ("en", .string(d.planTitleEN ?? zh))]) }
                    ?? .null
            ),
            ("scenario", .string(d.scenario)),
            // The scenario's title (its `title` statement), so `plansim report` names it as the run did.
            (
                "scenario_title",
                d.scenarioTitle.map { .object([("zh", .string($0.zh)), ("en", .string($0.en))]) } ?? .null
            ),
            ("seed", .unsigned(p.seed)), ("paths", .integer(p.paths)),
            (
                "indicators",
                .array(
                    d.indicators.map { ind in
                        .object([
                            ("indicator", .string(ind.id)), ("unit", .string(ind.unitZH)),
                            ("evidence", .string(ind.evidence)),
                            (
                                "years",
                                .array(
                                    ind.years.map { y in
                                        .object([
                                            ("year", .integer(y.year)), ("mean_p1_p99", .finite(y.truncatedMean)),
                                            ("p5", .finite(y.p5)), ("p10", .finite(y.p10)),
                                            ("p25", .finite(y.p25)), ("p50", .finite(y.p50)), ("p75", .finite(y.p75)),
                                            ("p90", .finite(y.p90)),
                                            ("p95", .finite(y.p95)), ("deterministic", .finite(y.deterministic)),
                                        ])
                                    })
                            ),
                            (
                                "history",
                                .array(
                                    ind.history.map {
                                        .object([
                                            ("year", .integer($0.year)), ("value", .number($0.value)),
                                            ("origin", .string($0.origin)),
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
                            ("evidence", .string(t.evidence)), ("median_shortfall", .finite(t.medianShortfall)),
                            ("required_growth", .finite(t.requiredGrowth)),
                            ("simulated_growth", .finite(t.simulatedGrowth)),
                            ("median", .finite(t.median)), ("p10", .finite(t.p10)), ("p90", .finite(t.p90)),
                            ("base_year", .integer(t.baseYear)), ("base", .number(t.base)),
                            ("status", t.status.map(JSONValue.string) ?? .null),
                            ("phase", t.phase.map(JSONValue.string) ?? .null), ("completion", .finite(t.completion)),
                            ("missing_years", .array(t.missingYears.map(JSONValue.integer))),
                            ("probability_by_prior_set", PriorSetRange.setsJSON(t)),
                            ("probability_range", PriorSetRange.rangeJSON(t)),
                            ("probability_unconditional_investment", .finite(t.probabilityUnconditionalInvestment)),
                        ])
                    })
            ),
            (
                "inversions",
                .array(
                    d.inversions.map { v in
                        .object([
                            ("indicator", .string(v.indicator)), ("lever", .string("investment_growth_plan")),
                            ("lever_indicator", v.leverIndicator.map(JSONValue.string) ?? .null),
                            ("probability", .number(v.probability)),
                            ("value", .finite(v.value)), ("achieved", .finite(v.achieved)),
                            ("outcome", .string(v.outcome)),
                            ("bracket", .array([.number(v.range.lowerBound), .number(v.range.upperBound)])),
                            ("implied_total", .finite(v.impliedTotal)), ("plan_total", .finite(v.planTotal)),
                            (
                                "total_years",
                                v.totalYears.map { .array([.integer($0.lowerBound), .integer($0.upperBound)]) } ?? .null
                            ),
                            (
                                "lever_years",
                                v.leverYears.map { .array([.integer($0.lowerBound), .integer($0.upperBound)]) } ?? .null
                            ),
                        ])
                    })
            ),
            (
                "forecast_tracking",
                d.tracking.map { tracking in
                    .object([
                        ("origin", .integer(tracking.origin)), ("coverage80", .finite(tracking.coverage80)),
                        (
                            "rows",
                            .array(
                                tracking.rows.map { r in
                                    .object([
                                        ("indicator", .string(r.indicator)), ("year", .integer(r.year)),
                                        ("actual", .number(r.actual)),
                                        ("p5", .finite(r.p5)), ("p10", .finite(r.p10)), ("p50", .finite(r.p50)),
                                        ("p90", .finite(r.p90)),
                                        ("p95", .finite(r.p95)), ("outside_p10_p90", .bool(r.outside80)),
                                        ("outside_p5_p95", .bool(r.outside90)),
                                    ])
                                })
                        ),
                    ])
                } ?? .null
            ),
            (
                "notes",
                .object([
                    ("zh", .array(d.notesZH.map(JSONValue.string))), ("en", .array(d.notesEN.map(JSONValue.string))),
                ])
            ),
            (
                "assumptions",
                .array(
                    d.assumptions.map { .object([("statement", .string($0.text)), ("origin", .string($0.origin))]) })
            ),
            (
                "checks",
                .array(
                    d.checks.map {
                        .object([
                            ("check", .string($0.text)), ("passed", .bool($0.passed)), ("value", .finite($0.value)),
                            ("year", .integer($0.year)),
                        ])
                    })
            ),
            ("baseline", d.baseline.map(baselineJSON) ?? .null),
            (
                "provenance",
                .object([
                    ("version", .string(p.version)), ("seed", .unsigned(p.seed)), ("paths", .integer(p.paths)),
                    ("stream", .integer(p.stream)),
                    ("data", .string(p.data)), ("scenario_sha256", .string(p.scenarioSHA256)),
                    ("created", .string(p.created)),
                ])
            ),
        ])
    }

    /// The baseline's medians and probabilities, as a what-if's results.json keeps them.
    static func baselineJSON(_ b: ReportDocument.BaselineFigures) -> JSONValue {
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
            (
                "probabilities",
                .array(
                    b.probabilities.keys.sorted {
                        ($0.indicator, $0.targetYear, $0.kind) < ($1.indicator, $1.targetYear, $1.kind)
                    }.map {
                        .object([
                            ("indicator", .string($0.indicator)), ("target_year", .integer($0.targetYear)),
                            ("kind", .string($0.kind)), ("probability", .finite(b.probabilities[$0])),
                        ])
                    })
            ),
        ])
    }

    /// `indicators.csv`: one row per indicator and year.
    public static func indicatorsCSV(_ d: ReportDocument) -> Data {
        CSVWriter.document(
            header: [
                "indicator", "unit", "year", "mean_p1_p99", "p5", "p10", "p25", "p50", "p75", "p90", "p95",
                "deterministic",
            ],
            rows: d.indicators.flatMap { ind in
                ind.years.map { y in
                    [ind.id, ind.unitZH, "\(y.year)"]
                        + [y.truncatedMean, y.p5, y.p10, y.p25, y.p50, y.p75, y.p90, y.p95, y.deterministic].map(
                            CSVWriter.number)
                }
            })
    }

    /// `targets.csv`: one row per target.
    public static func targetsCSV(_ d: ReportDocument) -> Data {
        CSVWriter.document(
            header: [
                "indicator", "target_year", "target", "kind", "probability", "median_shortfall", "required_growth",
                "simulated_growth", "median", "p10", "p90",
            ],
            rows: d.targets.map { t in
                [t.indicator, "\(t.targetYear)", CSVWriter.number(t.target), t.kind]
                    + [t.probability, t.medianShortfall, t.requiredGrowth, t.simulatedGrowth, t.median, t.p10, t.p90]
                    .map(CSVWriter.number)
            })
    }

    /// The data description in Chinese, said from its parts (``DataOrigin``); a line that
    /// is not one (written by hand) is shown as written.
    static func chinese(_ data: String) -> String { DataOrigin(parsing: data)?.phrase.zh ?? data }
}
