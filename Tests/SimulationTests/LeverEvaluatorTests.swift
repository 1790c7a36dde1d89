import Forecasting
import Foundation
import PlanData
import Testing

@testable import Simulation

/// Replaying kept draws gives exactly what a fresh run at the lever gives, so inversions
/// answer as if `MonteCarlo.run` were called at every point the bisection visits.
@Suite struct LeverEvaluatorTests {
    static let levers = [-0.3, -0.05, 0.0, 0.081_234, 0.25, 0.6]

    /// A what-if with scenario draws, a one-off shock (its carry), a driver (`grows_as`)
    /// and a replaced growth on the linked core's own indicators.
    static func whatIf() throws -> SimulationModel {
        var spec = ScenarioSpec(name: "what_if")
        spec.adjustments = [
            "industrial_output": [
                .shock(years: 2022...2022, amount: .normal(mean: -0.08, sd: 0.02), relative: true, permanent: false),
                .addFactor(years: 2023...2027, rate: .uniform(lower: 0.0, upper: 0.02)),
            ],
            "retail_sales": [
                .growsAs(
                    driver: "industrial_output", elasticity: .triangular(lower: 0.3, mode: 0.5, upper: 0.8),
                    years: 2022...2030)
            ],
            "new_employment": [.shock(years: 2022...2022, amount: .constant(-400), relative: false, permanent: false)],
        ]
        return try SimulationModel.build(HaibinPlan.dataset(), scenario: spec).0
    }

    /// Every target up to 2025 at six levers, exact: the counts are integers and the
    /// replayed arithmetic is the run's. 2,900 paths: five full blocks and a partial one.
    @Test(arguments: [false, true]) func probabilitiesEqualFreshRuns(scenario: Bool) throws {
        let model = scenario ? try Self.whatIf() : SimulationModel.baseline(HaibinPlan.dataset()).0
        let asked = model.targets.indices.filter { model.targets[$0].targetYear <= 2025 }
        let evaluator = LeverEvaluator(model, paths: 2_900, seed: 11, threads: 2, targets: asked)
        #expect(evaluator.lastYear == 2025)
        // Output alone: only the linked core's indicators are replayed.
        let output = try #require(model.targets.firstIndex { $0.indicator == "industrial_output" })
        let alone = LeverEvaluator(model, paths: 2_900, seed: 11, threads: 2, targets: [output])
        for lever in Self.levers {
            var options = RunOptions(paths: 2_900, seed: 11, threads: 2)
            options.lever = lever
            options.probabilitiesOnly = true
            let fresh = MonteCarlo.run(model, options: options)
            let replayed = evaluator.probabilities(at: lever)
            #expect(alone.probabilities(at: lever)[output] == fresh.targets[output].probability)
            for t in asked {
                #expect(replayed[t] == fresh.targets[t].probability, "\(model.targets[t].indicator) at lever \(lever)")
            }
            let i = try #require(model.index(of: "fixed_investment"))
            let path = evaluator.deterministicPath(indicator: i, at: lever)
            #expect(path.map(\.value) == fresh.indicators[i].years.map(\.deterministic))
        }
    }

    /// The linked core's targets need its three indicators only; a driver followed by
    /// `grows_as` is needed too, and its own target then replays exactly.
    @Test func replaysOnlyWhatTargetsDependOn() throws {
        let baseline = SimulationModel.baseline(HaibinPlan.dataset()).0
        let output = try #require(baseline.targets.firstIndex { $0.indicator == "industrial_output" })
        let mask = LeverEvaluator.dependencies(baseline, of: [output])
        #expect(
            baseline.indicators.indices.filter { mask[$0] }.map { baseline.indicators[$0] }.sorted()
                == ["fixed_investment", "industrial_output", "new_employment"])
        let model = try Self.whatIf()
        let retail = try #require(model.targets.firstIndex { $0.indicator == "retail_sales" })
        #expect(LeverEvaluator.dependencies(model, of: [retail])[model.index(of: "retail_sales")!])
    }

    /// A growth draw at its clamp cannot be replayed; the evaluator then runs afresh at the
    /// lever, and still agrees exactly.
    @Test func clampedDrawsFallBackToFreshRuns() throws {
        var model = SimulationModel.baseline(HaibinPlan.dataset()).0
        model.linked?.sd[LinkedCoreFit.index(of: "investment_growth_plan")] = 3
        let evaluator = LeverEvaluator(model, paths: 700, seed: 3, threads: 2, targets: Array(model.targets.indices))
        var options = RunOptions(paths: 700, seed: 3, threads: 1)
        options.lever = 0.1
        options.probabilitiesOnly = true
        #expect(evaluator.probabilities(at: 0.1) == MonteCarlo.run(model, options: options).targets.map(\.probability))
    }

    /// The old method, brute force: the same search with a fresh run at every lever it
    /// visits. Every answer, probability and total is identical.
    @Test func inversionsEqualBruteForce() throws {
        for model in [SimulationModel.baseline(HaibinPlan.dataset()).0, try Self.whatIf()] {
            let ids = ["fixed_investment", "industrial_output", "new_employment"]
            let new = TargetInversion.solve(
                model, requests: ids.map { ($0, [0.5, 0.8]) }, paths: 1_000, seed: 5, threads: 2)
            let old = ids.flatMap { id in
                let t = model.targets.firstIndex { $0.indicator == id }!
                return TargetInversion.search(model, target: id, levels: [0.5, 0.8], paths: 1_000) { lever in
                    var options = RunOptions(paths: 1_000, seed: 5, threads: 2)
                    options.lever = lever
                    options.probabilitiesOnly = true
                    let result = MonteCarlo.run(model, options: options)
                    let i = model.index(of: "fixed_investment")!
                    let path = result.indicators[i].years.map { (year: $0.year, value: $0.deterministic) }
                    return (result.targets[t].probability, { TargetInversion.investmentTotal(model, path) })
                }
            }
            #expect(new.count == old.count)
            for (a, b) in zip(new, old) {
                #expect(a.indicator == b.indicator && a.level == b.level && a.outcome == b.outcome)
                #expect(
                    a.value == b.value && a.achieved == b.achieved && a.impliedTotal == b.impliedTotal,
                    "\(a.indicator) at \(a.level)")
            }
            #expect(new.contains { $0.outcome == .solved })
        }
    }

    /// The same answers, to the bit, on one, two or three threads.
    @Test func threadsDoNotChangeAnswers() throws {
        let model = SimulationModel.baseline(HaibinPlan.dataset()).0
        let requests = [("industrial_output", [0.5, 0.8]), ("new_employment", [0.5])].map {
            (indicator: $0.0, levels: $0.1)
        }
        let runs = [1, 2, 3].map {
            TargetInversion.solve(model, requests: requests, paths: 2_000, seed: 9, threads: $0)
        }
        for run in runs.dropFirst() {
            #expect(run.map(\.value) == runs[0].map(\.value))
            #expect(run.map(\.achieved) == runs[0].map(\.achieved))
            #expect(run.map(\.impliedTotal) == runs[0].map(\.impliedTotal))
        }
    }
}
