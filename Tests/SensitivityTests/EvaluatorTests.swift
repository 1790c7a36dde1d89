import Foundation
import PlanData
import ScenarioDSL
import Testing

@testable import Sensitivity
@testable import Simulation

/// A sweep simulates only what its measures read (issue 14): the same outputs, bit for
/// bit, as the whole model, with fewer years and indicators.
@Suite struct EvaluatorTests {
    static func plan(_ body: String, paths: Int = 1) throws -> SweepPlan {
        let text = "scenario t {\n" + body + "\n}\n"
        let program = ScenarioProgram(text: text, path: "/tmp/evaluator/t.scn", dataset: HaibinPlan.dataset())
        return try SweepPlan.make(
            program: program, scenario: "t", sweep: nil, dataset: program.dataset, seed: nil, roundUp: false,
            pathsPerSample: paths, version: "test", dataFile: nil)
    }

    static let benchmark = """
        assume retail_sales growth 3% over 2021..2025
        sweep s {
            vary prior linked capital_elasticity uniform(0.25, 0.45)
            vary prior linked tfp_growth_now uniform(1%, 5%)
            vary prior linked investment_growth_long_run uniform(2%, 6%)
            vary assume retail_sales growth uniform(1%, 5%)
            method sobol
            samples 16
            second_order yes
            measure probability industrial_output
        }
        """
    /// Two measures, one of them on an indicator that grows as another.
    static let growsAs = """
        assume commodity_sales growth 8% over 2021..2025
        assume retail_sales grows_as commodity_sales elasticity 0.5 over 2022..2030
        sweep s {
            vary assume commodity_sales growth uniform(4%, 12%)
            vary prior linked tfp_growth_now uniform(1%, 5%)
            method sobol
            samples 16
            measure mean retail_sales
            measure p50 commodity_sales
        }
        """

    static func outputs(_ evaluator: SampleEvaluator, _ plan: SweepPlan) -> [UInt64] {
        let rows = plan.design.flatRows(0..<plan.rowCount)
        return rows.withUnsafeBufferPointer {
            evaluator.evaluate(rows: $0, count: plan.rowCount, order: Array(0..<evaluator.width))
        }.map(\.bitPattern)
    }

    @Test(arguments: [(benchmark, 1), (growsAs, 1), (benchmark, 8), (growsAs, 4)])
    func reducedModelGivesTheWholeModelsBits(body: String, paths: Int) throws {
        let plan = try Self.plan(body, paths: paths)
        let whole = SampleEvaluator(
            plan.model, inputs: plan.targets, measures: plan.measures, pathsPerSample: paths, seed: plan.seed,
            jackknifeGroups: plan.jackknifeGroups, reduce: false)
        let reduced = Self.outputs(plan.evaluator, plan)
        #expect(reduced == Self.outputs(whole, plan))
        #expect(reduced.contains { Double(bitPattern: $0).isFinite && $0 != 0 })
    }

    /// What is left: the benchmark's measure reads 2025 output, so the model stops in
    /// 2025, deterministically without the univariate indicators (the retail-sales
    /// assumption is still set, on no process that runs); with paths every process stays.
    @Test func theBenchmarkSimulatesOnlyTheLinkedCoreTo2025() throws {
        let plan = try Self.plan(Self.benchmark)
        let reduced = plan.evaluator.sweepModel
        #expect(reduced.model.horizon == 2025 && plan.model.horizon == 2035)
        #expect(reduced.model.univariate.isEmpty && reduced.model.linked != nil)
        #expect(reduced.inputs.map(\.column) == [0, 1, 2, 3])
        #expect(reduced.model.targets.map(\.indicator) == ["industrial_output"])
        let stochastic = try Self.plan(Self.benchmark, paths: 4).evaluator.sweepModel
        #expect(stochastic.model.univariate.count == plan.model.univariate.count && stochastic.model.horizon == 2025)
        let grows = try Self.plan(Self.growsAs).evaluator.sweepModel
        #expect(
            Set(grows.model.univariate.map(\.indicator)) == ["retail_sales", "commodity_sales"]
                && grows.model.linked == nil)
    }

    /// `flatRows` is `rows` laid end to end, for every design.
    @Test(arguments: [
        SweepDesign.Method.sobol(n: 16, secondOrder: true), .sobol(n: 8, secondOrder: false), .lhs(n: 20, seed: 3),
    ])
    func flatRowsAreTheRows(method: SweepDesign.Method) {
        let design = SweepDesign(inputs: StreamingTests.inputs, method: method)
        for range in [0..<design.rowCount, 3..<17] {
            #expect(design.flatRows(range).map(\.bitPattern) == design.rows(range).flatMap { $0 }.map(\.bitPattern))
        }
    }
}
