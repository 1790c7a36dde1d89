import Foundation
import PlanData

@testable import Reports
@testable import Simulation

/// A fixed briefing document built by hand — no Monte Carlo — so page-one and format
/// tests render the same value every time: four targets (one likely, one uncertain,
/// one hard, one on the plan's path), history 2016–2020, forecasts 2021–2035.
enum LeaderFixture {
    static func years(_ base: Double, growth: Double, spread: Double) -> [YearSummary] {
        (2021...2035).map { y in
            let k = Double(y - 2020), m = base * pow(1 + growth, k), s = spread * sqrt(k)
            return YearSummary(
                year: y, p5: m * (1 - 1.6 * s), p10: m * (1 - 1.28 * s), p25: m * (1 - 0.67 * s), p50: m,
                p75: m * (1 + 0.67 * s), p90: m * (1 + 1.28 * s), p95: m * (1 + 1.6 * s), deterministic: m)
        }
    }

    static func indicator(
        _ id: String, _ zh: String, _ en: String, _ unitZH: String, _ unitEN: String, base: Double, growth: Double,
        evidence: String
    ) -> ReportDocument.Indicator {
        var i = ReportDocument.Indicator(
            id: id, nameZH: zh, nameEN: en, unitZH: unitZH, unitEN: unitEN, attribute: "预期性",
            years: years(base, growth: growth, spread: 0.04),
            history: (2014...2020).map {
                ($0, base * pow(1 + growth, Double($0 - 2020)), $0 == 2020 ? "printed" : "reconstructed")
            })
        i.evidence = evidence
        return i
    }

    static func target(
        _ id: String, base: Double, target: Double, p: Double, needed: Double, simulated: Double, evidence: String,
        kind: String = "level"
    ) -> ReportDocument.Target {
        var t = ReportDocument.Target(
            indicator: id, baseYear: 2020, base: base, targetYear: 2025, target: target, kind: kind, probability: p,
            medianShortfall: nil, requiredGrowth: needed, simulatedGrowth: simulated,
            median: base * pow(1 + simulated, 5), p10: base * pow(1 + simulated, 5) * 0.8,
            p90: base * pow(1 + simulated, 5) * 1.2,
            status: nil)
        t.evidence = evidence
        return t
    }

    static let provenance = RunProvenance(
        version: "test", scenario: "baseline", scenarioSHA256: String(repeating: "0", count: 64), seed: 2021,
        paths: 100_000, data: "embedded plan (2021-09-29)", created: "2026-12-07T01:47:00Z")

    /// `created`: when the run was made (the report's date); by default 7 December 2026,
    /// after the plan period (2021–2025) has ended.
    static func document(scenario: String = "baseline", created: String? = nil) -> ReportDocument {
        let provenance =
            created.map {
                RunProvenance(
                    version: "test", scenario: "baseline", scenarioSHA256: String(repeating: "0", count: 64),
                    seed: 2021,
                    paths: 100_000, data: "embedded plan (2021-09-29)", created: $0)
            } ?? Self.provenance
        var d = ReportDocument(
            scenario: scenario,
            indicators: [
                indicator(
                    "industrial_output", "工业总产值", "Industrial output", "亿元", "100m yuan", base: 30.02, growth: 0.05,
                    evidence: "data"),
                indicator(
                    "retail_sales", "社会消费品零售总额", "Retail sales", "亿元", "100m yuan", base: 20.0, growth: 0.09,
                    evidence: "data"),
                indicator(
                    "grain_capacity", "粮食综合生产能力", "Grain production capacity", "吨", "t (as printed)", base: 0.51,
                    growth: 0.0, evidence: "prior"),
                indicator(
                    "market_entities", "市场主体数量", "Market entities", "万", "10k entities", base: 0.65, growth: 0.05,
                    evidence: "plan"),
            ],
            planTitleZH: nil, planTitleEN: nil,
            targets: [
                target(
                    "industrial_output", base: 30.02, target: 44.1, p: 0.1549, needed: 0.08, simulated: 0.05,
                    evidence: "data"),
                target(
                    "retail_sales", base: 20.0, target: 28.0, p: 0.84, needed: 0.0696, simulated: 0.09, evidence: "data"
                ),
                target(
                    "grain_capacity", base: 0.51, target: 0.51, p: 0.5551, needed: 0, simulated: 0, evidence: "prior"),
                target(
                    "market_entities", base: 0.65, target: 0.83, p: 0.51, needed: 0.05, simulated: 0.05,
                    evidence: "plan"),
            ],
            inversions: [], notesZH: ["规划原文。"], notesEN: ["As printed."], provenance: provenance)
        d.assumptions = [.init(text: "title \"基准情景\" \"Baseline\"", origin: "baseline (baseline.scn:5)")]
        return d
    }

    /// A what-if on the same random numbers: one-off shocks, retail's odds 84 % → 69 %.
    static func whatIf() -> ReportDocument {
        let base = document()
        var d = ReportDocument(
            scenario: "epidemic_shock", indicators: base.indicators, planTitleZH: nil, planTitleEN: nil,
            targets: base.targets.map { t in
                t.indicator == "retail_sales"
                    ? target(
                        "retail_sales", base: 20.0, target: 28.0, p: 0.6851, needed: 0.0696, simulated: 0.08,
                        evidence: "data") : t
            },
            inversions: [], notesZH: [], notesEN: [], provenance: provenance)
        d.baseline = .init(base)
        d.assumptions = [
            .init(text: "title \"疫情冲击情景\" \"Epidemic shock\"", origin: "epidemic_shock (epidemic_shock.scn:6)"),
            .init(text: "title \"基准情景\" \"Baseline\"", origin: "baseline (baseline.scn:5)"),
            .init(text: "shock retail_sales -15% in 2022", origin: "epidemic_shock (epidemic_shock.scn:7)"),
        ]
        return d
    }
}
