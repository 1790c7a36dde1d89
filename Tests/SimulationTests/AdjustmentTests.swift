import Foundation
import LinearAlgebra
import PlanData
import Testing

@testable import Simulation

/// Scenario adjustments on a deterministic one- or two-indicator model (constant 2 %
/// log growth from 100, no shocks): each against its closed form, to 1e-12 relative.
@Suite struct AdjustmentTests {
    static func model(indicators: [String] = ["x"]) -> SimulationModel {
        let processes = indicators.map {
            UnivariateProcess(
                indicator: $0, rule: .constant, mean: [0.02], cholesky: Matrix(rows: 1, columns: 1, columnMajor: [0]),
                shockSD: 0, anchorYear: 2020, anchorValue: 100)
        }
        var m = SimulationModel(
            indicators: indicators, units: indicators.map { _ in "u" }, univariate: processes, linked: nil,
            shockCorrelation: .identity(indicators.count),
            targets: [
                PlanTarget(
                    indicator: indicators[0], baseYear: 2020, base: 100, targetYear: 2025, target: 120, kind: .level)
            ],
            actuals: Dictionary(uniqueKeysWithValues: indicators.map { ($0, [2020: 100.0]) }),
            firstYear: 2021, horizon: 2030, usesReconstructedHistory: false)
        m.adjustments = indicators.map { _ in [] }
        return m
    }

    static func path(
        _ adjustments: [String: [Adjustment]], indicators: [String] = ["x"], paths: Int = 1, series: String = "x"
    ) throws -> [Int: YearSummary] {
        let m = try model(indicators: indicators).adjusted(by: adjustments)
        let r = MonteCarlo.run(m, options: RunOptions(paths: paths, seed: 1, threads: 1))
        return Dictionary(
            uniqueKeysWithValues: r.indicators.first { $0.indicator == series }!.years.map { ($0.year, $0) })
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * abs(b) }
    static func base(_ year: Int) -> Double { 100 * exp(0.02 * Double(year - 2020)) }

    @Test func growthOverrideReplacesModelGrowth() throws {
        let p = try Self.path(["x": [.growth(years: 2021...2025, rate: .constant(0.10))]])
        #expect(Self.close(p[2025]!.deterministic, 100 * pow(1.1, 5)))
        #expect(Self.close(p[2026]!.deterministic, 100 * pow(1.1, 5) * exp(0.02)))
    }

    @Test func levelIsReachedWithConstantGrowth() throws {
        let p = try Self.path(["x": [.level(year: 2025, value: .constant(150))]])
        #expect(Self.close(p[2025]!.deterministic, 150))
        #expect(Self.close(p[2023]!.deterministic, 100 * pow(1.5, 3.0 / 5)))
    }

    @Test func stepIsPermanent() throws {
        let p = try Self.path(["x": [.step(year: 2023, amount: .constant(0.10), relative: true)]])
        #expect(Self.close(p[2022]!.deterministic, Self.base(2022)))
        #expect(Self.close(p[2023]!.deterministic, Self.base(2023) * 1.1))
        #expect(Self.close(p[2030]!.deterministic, Self.base(2030) * 1.1))
    }

    @Test func oneOffShockReturnsToThePath() throws {
        let p = try Self.path([
            "x": [.shock(years: 2022...2023, amount: .constant(-0.2), relative: true, permanent: false)]
        ])
        #expect(Self.close(p[2022]!.deterministic, Self.base(2022) * 0.8))
        #expect(Self.close(p[2023]!.deterministic, Self.base(2023) * 0.64))
        #expect(Self.close(p[2024]!.deterministic, Self.base(2024)))
    }

    @Test func permanentAbsoluteShock() throws {
        let p = try Self.path([
            "x": [.shock(years: 2022...2030, amount: .constant(-10), relative: false, permanent: true)]
        ])
        #expect(Self.close(p[2022]!.deterministic, Self.base(2022) - 10))
        #expect(Self.close(p[2024]!.deterministic, (Self.base(2022) - 10) * exp(0.04)))
    }

    @Test func growsAsFollowsTheDriverWithElasticity() throws {
        let p = try Self.path(
            [
                "y": [.growsAs(driver: "x", elasticity: .constant(0.5), years: 2021...2030)],
                "x": [.growth(years: 2021...2030, rate: .constant(0.10))],
            ],
            indicators: ["y", "x"], series: "y")
        #expect(Self.close(p[2030]!.deterministic, 100 * exp(0.5 * 10 * log(1.1))))
    }

    @Test func fixedLevelsAndAddFactor() throws {
        let p = try Self.path(["x": [.levels([2024: 123]), .addFactor(years: 2021...2022, rate: .constant(0.01))]])
        #expect(Self.close(p[2022]!.deterministic, 100 * exp(0.04 + 2 * log(1.01))))
        #expect(Self.close(p[2024]!.deterministic, 123))
        #expect(Self.close(p[2025]!.deterministic, 123 * exp(0.02)))
    }

    /// A uniform(0 %, 10 %) growth over five years: the median level is at growth 5 %
    /// (the median of the draw), within Monte Carlo error at 20,000 paths.
    @Test func uncertainNumbersAreDrawnPerPath() throws {
        let p = try Self.path(["x": [.growth(years: 2021...2025, rate: .uniform(lower: 0, upper: 0.1))]], paths: 20_000)
        #expect(abs(p[2025]!.p50 / (100 * pow(1.05, 5)) - 1) < 0.01)
        #expect(p[2025]!.p5 > 100 * pow(1.0, 5) && p[2025]!.p95 < 100 * pow(1.1, 5))
    }

    @Test func growsAsCycleIsRefused() {
        #expect(throws: ScenarioError.self) {
            try Self.model(indicators: ["x", "y"]).adjusted(by: [
                "x": [.growsAs(driver: "y", elasticity: .constant(1), years: 2021...2025)],
                "y": [.growsAs(driver: "x", elasticity: .constant(1), years: 2021...2025)],
            ])
        }
    }
}
