public import Foundation
public import PlanData
public import Simulation

/// Where a run's inputs came from, stamped into every file it writes.
public struct RunProvenance: Sendable {
    public let version: String
    public let scenario: String
    public let scenarioSHA256: String
    public let seed: UInt64
    public let paths: Int
    /// `embedded plan (reconstructed history)` or the user's file with its SHA-256.
    public let data: String
    public let created: String

    public init(version: String, scenario: String, scenarioSHA256: String, seed: UInt64, paths: Int, data: String, created: String) {
        self.version = version
        self.scenario = scenario
        self.scenarioSHA256 = scenarioSHA256
        self.seed = seed
        self.paths = paths
        self.data = data
        self.created = created
    }
}

/// `plansim run`'s outputs: JSON, CSV and the briefing table.
public enum RunReport {
    /// The JSON document of docs/json-formats.md (`plansim run --json`).
    public static func json(_ r: MonteCarloResult, inversions: [InversionResult], provenance p: RunProvenance) -> JSONValue {
        .object([
            ("scenario", .string(p.scenario)), ("seed", .number(Double(p.seed))), ("paths", .integer(r.paths)),
            ("indicators", .array(r.indicators.map { ind in
                .object([("indicator", .string(ind.indicator)), ("unit", .string(ind.unit)),
                         ("years", .array(ind.years.map { y in
                             .object([("year", .integer(y.year)), ("mean", .finite(y.mean)), ("p5", .finite(y.p5)), ("p10", .finite(y.p10)),
                                      ("p25", .finite(y.p25)), ("p50", .finite(y.p50)), ("p75", .finite(y.p75)), ("p90", .finite(y.p90)),
                                      ("p95", .finite(y.p95)), ("deterministic", .finite(y.deterministic))])
                         }))])
            })),
            ("targets", .array(r.targets.map { t in
                .object([("indicator", .string(t.target.indicator)), ("target_year", .integer(t.target.targetYear)),
                         ("target", .number(t.target.target)), ("kind", .string(t.target.kind.rawValue)),
                         ("probability", .finite(t.probability)), ("median_shortfall", .finite(t.medianShortfall)),
                         ("required_growth", .finite(t.requiredGrowth)), ("simulated_growth", .finite(t.simulatedGrowth)),
                         ("median", .finite(t.median)), ("p10", .finite(t.p10)), ("p90", .finite(t.p90))])
            })),
            ("inversions", .array(inversions.map { v in
                .object([("indicator", .string(v.indicator)), ("lever", .string(v.lever)), ("probability", .number(v.level)),
                         ("value", .finite(v.value)), ("achieved", .finite(v.achieved)),
                         ("bracket", .array([.number(v.bracket.lowerBound), .number(v.bracket.upperBound)]))])
            })),
            ("provenance", .object([("version", .string(p.version)), ("seed", .number(Double(p.seed))), ("paths", .integer(p.paths)),
                                    ("data", .string(p.data)), ("scenario_sha256", .string(p.scenarioSHA256)), ("created", .string(p.created))])),
        ])
    }

    /// `indicators.csv`: one row per indicator and year.
    public static func indicatorsCSV(_ r: MonteCarloResult) -> Data {
        CSVWriter.document(header: ["indicator", "unit", "year", "mean", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "deterministic"],
                           rows: r.indicators.flatMap { ind in ind.years.map { y in
                               [ind.indicator, ind.unit, "\(y.year)"] + [y.mean, y.p5, y.p10, y.p25, y.p50, y.p75, y.p90, y.p95, y.deterministic].map(CSVWriter.number)
                           } })
    }

    /// `targets.csv`: one row per target.
    public static func targetsCSV(_ r: MonteCarloResult) -> Data {
        CSVWriter.document(header: ["indicator", "target_year", "target", "kind", "probability", "median_shortfall", "required_growth", "simulated_growth", "median", "p10", "p90"],
                           rows: r.targets.map { t in
                               [t.target.indicator, "\(t.target.targetYear)", CSVWriter.number(t.target.target), t.target.kind.rawValue]
                                   + [t.probability, t.medianShortfall, t.requiredGrowth, t.simulatedGrowth, t.median, t.p10, t.p90].map(CSVWriter.number)
                           })
    }

    /// The briefing table in the layout of 专栏1.
    public static func briefing(_ r: MonteCarloResult, _ data: Dataset, inversions: [InversionResult], provenance p: RunProvenance,
                                language: Language) -> String {
        let zh = language == .zh
        var table = TextTable(
            headers: zh ? ["序号", "指标", "单位", "2020", "2025目标", "2025预测中位数 (P10–P90)", "达标概率", "所需增速", "预测增速", "2035预测中位数"]
                        : ["#", "indicator", "unit", "2020", "2025 target", "2025 median (P10–P90)", "P(meet)", "growth needed", "growth forecast", "2035 median"],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .right, .right, .right])
        for (k, t) in r.targets.enumerated() {
            let indicator = data.indicator(t.target.indicator)!
            let outcome = r.indicators.first { $0.indicator == t.target.indicator }
            let sum = t.target.kind == .periodSum
            table.add([
                "\(k + 1)", indicator.name(language), indicator.unit(language), NumberFormat.value(t.target.base),
                NumberFormat.value(t.target.target) + (sum ? (zh ? " (累计)" : " (sum)") : ""),
                "\(NumberFormat.value(t.median, digits: 4)) (\(NumberFormat.value(t.p10, digits: 3))–\(NumberFormat.value(t.p90, digits: 3)))",
                NumberFormat.percent(t.probability).replacingOccurrences(of: ".00%", with: "%"),
                NumberFormat.percent(t.requiredGrowth), NumberFormat.percent(t.simulatedGrowth),
                NumberFormat.value(outcome?.year(r.indicators.first?.years.last?.year ?? 2035)?.p50, digits: 4),
            ])
        }
        var lines = [zh ? "情景 \(p.scenario)：\(NumberFormat.value(Double(p.paths)))条路径，种子 \(p.seed)" : "Scenario \(p.scenario): \(p.paths) paths, seed \(p.seed)",
                     "", table.rendered(), ""]
        if !inversions.isEmpty {
            lines.append(zh ? "达到目标所需的2021–2025年投资年均增速：" : "Plan-period investment growth at which a target reaches the stated probability:")
            for v in inversions {
                let name = data.indicator(v.indicator)?.name(language) ?? v.indicator
                let value = v.value.map(NumberFormat.percent) ?? (zh ? "区间内无法达到（上限时概率 \(NumberFormat.percent(v.achieved))）" : "out of reach (at most \(NumberFormat.percent(v.achieved)) within the bracket)")
                lines.append("  \(name) P=\(Int(v.level * 100))%: \(value)")
            }
            lines.append("")
        }
        lines.append(zh ? "数据：\(chinese(p.data))。所需增速按指标口径计算；累计目标按模拟累计值计算概率。"
                        : "Data: \(p.data). Growth needed follows each target's kind; sum targets are judged on simulated sums.")
        return lines.joined(separator: "\n")
    }

    /// The data description in Chinese (its parts are fixed phrases and file names).
    static func chinese(_ data: String) -> String {
        data.replacingOccurrences(of: "embedded plan", with: "规划内置数据")
            .replacingOccurrences(of: "reconstructed 2016–2020 history", with: "2016–2020年历史为重建值")
            .replacingOccurrences(of: "user file", with: "用户文件")
    }
}
