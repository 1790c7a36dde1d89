import Forecasting
import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Simulation
import Testing

/// A plan of any period simulates its own years: a 2026–2030 plan (base 2025) from 2026,
/// with every year check, message and horizon bound derived from it; Haibin's 14th plan
/// (2021–2025) keeps 2021 and 2025–2060.
@Suite struct PlanPeriodTests {
    static func nextPlan() throws -> Dataset {
        try PlanFiles.compile(SourceFile(path: "/tmp/period/county.plan", text: NextPlanFixture.text), origin: "plan")
            .get()
    }

    static func program(_ statements: [String]) throws -> (ScenarioProgram, SourceFile) {
        let text = "scenario a {\n" + statements.map { "    \($0)\n" }.joined() + "}\n"
        let source = SourceFile(path: "/tmp/period/a.scn", text: text)
        return (ScenarioProgram(text: text, path: source.path, dataset: try nextPlan()), source)
    }

    @Test func yearsFollowThePlanPeriod() throws {
        let next = try Self.nextPlan()
        #expect(next.firstSimulatedYear == 2026 && next.horizons == 2030...2065 && next.defaultHorizon == 2035)
        let haibin = HaibinPlan.dataset()
        #expect(haibin.firstSimulatedYear == 2021 && haibin.horizons == 2025...2060 && haibin.defaultHorizon == 2035)
    }

    /// The run starts in 2026 and the linked core starts from the 2025 output:
    /// K₀ = κ·Y₂₀₂₅ on the deterministic path, so 2026 output is
    /// Y₂₀₂₅·e^{g_TFP}·(K₂₀₂₆/K₀)^α with K₂₀₂₆ = (1−δ)K₀ + I₂₀₂₆, to 1e-12 relative (a
    /// handful of roundings; the same identity Haibin's 2021 output meets).
    @Test func simulationStartsTheYearAfterTheBase() throws {
        let plan = try Self.nextPlan()
        let model = try SimulationModel.build(plan, scenario: ScenarioSpec(name: "baseline")).0
        #expect(model.firstYear == 2026 && model.years == 2026...2035)
        let result = MonteCarlo.run(model, options: RunOptions(paths: 256, seed: 1, threads: 1))
        #expect(result.indicators.allSatisfy { $0.years.first?.year == 2026 })
        let core = try #require(model.linked)
        let m = { (name: String) in core.mean[LinkedCoreFit.index(of: name)] }
        let k0 = m("capital_output_ratio") * 40
        let k1 = (1 - m("depreciation")) * k0 + 10 * exp(m("investment_growth_plan"))
        let expected = 40 * exp(m("tfp_growth_now")) * pow(k1 / k0, m("capital_elasticity"))
        let output = try #require(result.indicators.first { $0.indicator == "output" }?.year(2026))
        #expect(abs(output.deterministic - expected) <= 1e-12 * expected, "\(output.deterministic) vs \(expected)")
        // Output growth from priors alone stays near TFP plus α times capital growth, a few per cent a year
        // (the defect, a start in 2021 with no 2021–2024 figures, gave about 12 % a year).
        let growth = log(output.deterministic / 40)
        #expect(growth > 0.02 && growth < 0.07, "\(growth)")
    }

    /// A year before the plan's first simulated year is refused where it is written, saying
    /// what the first year is and what to do.
    @Test(arguments: [
        ("assume output growth 5% over 2024..2027", "year 2024 is before 2026, the first simulated year", 34),
        ("check output p50 >= 40 in 2025", "year 2025 is before 2026, the first simulated year", 31),
        ("target retail level 14 by 2025", "year 2025 is before 2026, the first simulated year", 31),
        ("assume retail level 13 in 2021", "year 2021 is before 2026, the first simulated year", 31),
    ])
    func yearsBeforeTheFirstSimulatedYearAreRefused(_ statement: String, _ message: String, _ column: Int) throws {
        let (program, source) = try Self.program([statement])
        let found = program.allDiagnostics()
        let d = try #require(found.first, "\(statement): no diagnostic")
        #expect(found.count == 1 && d.id == "E014" && d.message == message, "\(found.map(\.message))")
        #expect(
            d.help
                == "plansim simulates from 2026 (the year after the 2025 base) to the horizon; use a year in that span")
        let rendered = DiagnosticRenderer.render(d, in: source)
        #expect(rendered.contains("/tmp/period/a.scn:2:\(column)"), "\(rendered)")
    }

    @Test func horizonAndSumTargetsFollowThePlan() throws {
        let early = try Self.program(["horizon 2028"]).0.allDiagnostics()
        #expect(early.map(\.message) == ["horizon 2028 is outside 2030–2065"])
        #expect(early.first?.help == "plansim simulates from 2026 to a horizon from 2030 to 2065")
        #expect(try Self.program(["horizon 2065"]).0.allDiagnostics().isEmpty)
        let sum = try Self.program(["target investment sum 60 over 2027..2030"]).0.allDiagnostics()
        #expect(sum.map(\.message) == ["a sum target runs from 2026 (the year after the 2025 base)"])
        #expect(sum.first?.help == "write `over 2026..2030`")
        let late = try Self.program(["horizon 2031", "check output p50 >= 40 in 2033"]).0.allDiagnostics()
        #expect(late.map(\.message) == ["year 2033 is outside the simulated years 2026–2031"], "\(late.map(\.message))")
        // A target set in the scenario starts from the plan's base year.
        let spec = try Self.program(["target output level 52 by 2030"]).0.compile("a").get()
        #expect(spec.targets["output"]?.baseYear == 2025 && spec.targets["output"]?.base == 40)
    }

    /// The engine's own last check uses the plan's years too (a library caller that skips the language).
    @Test func theEngineRefusesYearsBeforeThePlan() throws {
        let plan = try Self.nextPlan()
        var spec = ScenarioSpec(name: "x")
        spec.adjustments = ["retail": [.growth(years: 2024...2027, rate: .constant(0.05))]]
        let early = #expect(throws: ScenarioError.self) { try SimulationModel.build(plan, scenario: spec) }
        #expect(early?.message == "`retail` growth: years 2024–2027 are outside the simulated years 2026–2035")
        spec.adjustments = [:]
        spec.horizon = 2028
        let short = #expect(throws: ScenarioError.self) { try SimulationModel.build(plan, scenario: spec) }
        #expect(short?.message == "horizon 2028 is outside 2030–2065")
    }

    /// Output last measured in 2024 for a 2026–2030 plan: the run starts in 2025, from that
    /// measured level (K₀ = κ·Y₂₀₂₄), rather than from no level at all.
    @Test func staleFiguresMoveTheStartEarlier() throws {
        let text = NextPlanFixture.text.replacingOccurrences(of: "base 2025 40 亿元", with: "base 2024 40 亿元")
        let plan = try PlanFiles.compile(SourceFile(path: "/tmp/period/stale.plan", text: text), origin: "plan").get()
        #expect(plan.firstSimulatedYear == 2025 && plan.horizons == 2030...2065)
        let model = SimulationModel.baseline(plan).0
        #expect(model.firstYear == 2025 && model.linked?.fit.outputAnchorYear == 2024)
    }

    /// A plan ending after 2035 runs to its period's end by default.
    @Test func aLaterPlanDefaultsToItsOwnHorizon() throws {
        let text = NextPlanFixture.text.replacingOccurrences(of: "2026..2030", with: "2036..2040")
            .replacingOccurrences(of: "2025", with: "2035").replacingOccurrences(of: "2030", with: "2040")
        let plan = try PlanFiles.compile(SourceFile(path: "/tmp/period/later.plan", text: text), origin: "plan").get()
        #expect(plan.firstSimulatedYear == 2036 && plan.horizons == 2040...2075 && plan.defaultHorizon == 2040)
        let spec = try ScenarioProgram(text: "scenario a {\n}\n", path: "/tmp/period/a.scn", dataset: plan).compile("a")
            .get()
        #expect(spec.horizon == 2040)
        let model = try SimulationModel.build(plan, scenario: spec).0
        #expect(model.years == 2036...2040)
    }
}
