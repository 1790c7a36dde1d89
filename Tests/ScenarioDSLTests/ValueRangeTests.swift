import Foundation
import PlanData
import ScenarioDSL
import Simulation
import Testing

/// Every number that reaches the engine is finite and in its documented range, refused by
/// `check` with a located diagnostic (issue 12's crash reproductions first, then more of
/// each class), and the engine's own last check refuses what slips past the language.
@Suite struct ValueRangeTests {
    static func diagnostics(_ statement: String, horizon: Int? = nil) -> [Diagnostic] {
        let text = "scenario a {\n" + (horizon.map { "    horizon \($0)\n" } ?? "") + "    \(statement)\n}\n"
        return ScenarioProgram(text: text, path: "/tmp/range/a.scn", dataset: HaibinPlan.dataset()).allDiagnostics()
    }

    /// Issue 12's crashes (SIGILL in `check`, a segfault in `run`) and their siblings.
    @Test(arguments: [
        ("check industrial_output p50 >= 55 in 2020", "E014"),
        ("check industrial_output p50 >= 55 over 2019..2022", "E014"),
        ("assume retail_sales level 12 in 2020", "E014"),
        ("target industrial_output level 60 by 2000", "E014"),
        ("target retail_sales growth 3% over 2018..2022", "E014"),
        ("prior retail_sales growth_now normal(-150%, 1%)", "E027"),
        ("prior retail_sales growth_now normal(3%, 1e308)", "E027"),
        ("prior linked tfp_growth_now normal(-100%, 1%)", "E027"),
        ("prior linked capital_elasticity normal(1e300, 1)", "E027"),
        ("assume grain_capacity level lognormal(2020, 0.1) in 2030", "E027"),
        ("assume grain_capacity level lognormal(0, 50) in 2030", "E027"),
        ("assume retail_sales growth normal(8%, 1e308) over 2021..2025", "E027"),
        ("assume retail_sales growth -150% over 2021..2025", "E027"),
        ("assume retail_sales growth -100% over 2021..2025", "E027"),
        ("assume retail_sales growth 1e300 over 2021..2025", "E027"),
        ("assume retail_sales growth uniform(-200%, 5%) over 2021..2025", "E027"),
        ("assume retail_sales add_factor 5000% over 2021..2025", "E027"),
        ("assume retail_sales level -5 in 2025", "E027"),
        ("assume retail_sales level 0 in 2025", "E027"),
        ("assume retail_sales level 1e300 in 2025", "E027"),
        ("assume retail_sales step -150% in 2023", "E027"),
        ("assume retail_sales step +1e300 in 2023", "E027"),
        ("assume retail_sales grows_as commodity_sales elasticity 1e300 over 2022..2030", "E027"),
        ("shock retail_sales -250% in 2022", "E027"),
        ("shock retail_sales -5% from 2040", "E014"),
        ("shock retail_sales -5% from 1995", "E014"),
        ("shock retail_sales -5% in 2019..2022", "E014"),
        ("target industrial_output level -60 by 2035", "E027"),
        ("target fixed_investment sum -5 over 2021..2025", "E027"),
        ("target retail_sales growth -120% over 2021..2025", "E027"),
    ])
    func refusedWithALocatedDiagnostic(statement: String, id: String) {
        let found = Self.diagnostics(statement)
        #expect(found.contains { $0.id == id }, "\(statement): \(found.map { "\($0.id) \($0.message)" })")
        #expect(found.allSatisfy { $0.help != nil && $0.range.start > 0 })
    }

    @Test(arguments: [
        "assume retail_sales level 12.5 in 2025", "assume retail_sales growth normal(3%, 1%) over 2021..2025",
        "shock retail_sales -15% in 2022", "shock new_employment -400 人 in 2022",
        "assume grain_capacity level lognormal(-0.4, 0.1) in 2030",
        "prior linked tfp_growth_now normal(4%, 1.5%)", "target industrial_output level 60.04 亿元 by 2035",
        "check new_employment min >= 0",
        "assume retail_sales growth -99% over 2021..2025",
    ])
    func planLikeValuesStayAccepted(statement: String) {
        #expect(Self.diagnostics(statement).isEmpty, "\(statement): \(Self.diagnostics(statement).map(\.message))")
    }

    @Test func sweepDistributionsAreCheckedLikeTheStatementsTheyVary() {
        let found = Self.diagnostics(
            "assume retail_sales growth 5% over 2021..2025\n    sweep s {\n        vary assume retail_sales growth uniform(-300%, 5%)\n    }"
        )
        #expect(found.contains { $0.id == "E027" })
    }

    /// The engine's last door: a spec no scenario file could produce is refused, not run.
    @Test func theEngineRefusesNonFiniteOrOutOfSpanSpecs() {
        var spec = ScenarioSpec(name: "x")
        spec.adjustments["retail_sales"] = [.growth(years: 2021...2025, rate: .normal(mean: 0.08, sd: .infinity))]
        #expect(throws: ScenarioError.self) { try spec.validate() }
        spec.adjustments["retail_sales"] = [.level(year: 2020, value: .constant(12))]
        #expect(throws: ScenarioError.self) { try spec.validate() }
        spec.adjustments["retail_sales"] = [
            .shock(years: 2040...2100, amount: .constant(-0.05), relative: true, permanent: true)
        ]
        #expect(throws: ScenarioError.self) { try spec.validate() }
        spec.adjustments["retail_sales"] = [.levels([2022: .nan])]
        #expect(throws: ScenarioError.self) { try spec.validate() }
        spec.adjustments = ["retail_sales": [.growth(years: 2021...2025, rate: .constant(0.05))]]
        #expect(throws: Never.self) { try spec.validate() }
    }
}
