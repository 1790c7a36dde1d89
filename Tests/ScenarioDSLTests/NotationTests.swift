import PlanData
import ScenarioDSL
import Testing

/// Notations a planner may type that used to be silently misread (issue 12): each is
/// refused with the exact fix, never reinterpreted.
@Suite struct NotationTests {
    static func diagnostics(_ body: String) -> [Diagnostic] {
        ScenarioProgram(
            text: "scenario a {\n    \(body)\n}\n", path: "/tmp/notation/a.scn", dataset: HaibinPlan.dataset()
        ).allDiagnostics()
    }

    @Test(arguments: [
        ("paths 1,000", "write `1000`"),
        ("paths 1,000,000", "write `1000000`"),
        ("assume retail_sales growth 5% over 2021–2025", "write `2021..2025`"),
        ("assume retail_sales growth 5% over 2021-2025", "write `2021..2025`"),
        ("shock retail_sales -5% in 2021—2025", "write `2021..2025`"),
        ("assume retail_sales growth ５％ over 2021..2025", "half-width `5`"),
        ("assume retail_sales growth 5％ over 2021..2025", "half-width `%`"),
    ])
    func refusedWithTheExactFix(body: String, help: String) {
        let found = Self.diagnostics(body)
        #expect(
            found.contains { ($0.help ?? "").contains(help) },
            "\(body): \(found.map { "\($0.message) / \($0.help ?? "")" })")
    }

    @Test(arguments: [
        "horizon 2030\n    horizon 2035", "paths 10\n    paths 20", "seed 1\n    seed 2",
        "language zh\n    language en",
    ])
    func aSettingStatedTwiceIsAnError(body: String) {
        let found = Self.diagnostics(body)
        #expect(found.contains { $0.message.contains("is set twice") && $0.range.start > 0 })
    }

    @Test func aChildMayStillOverrideItsParentsSettings() {
        let p = ScenarioProgram(
            text: "scenario a {\n    paths 10\n}\nscenario b extends a {\n    paths 20\n}\n",
            path: "/tmp/notation/a.scn",
            dataset: HaibinPlan.dataset())
        #expect(p.allDiagnostics().isEmpty)
    }

    /// docs/cli.md promises a `help:` line for every diagnostic: every file of the malformed
    /// corpus and a soup of broken statements yield only diagnostics with help.
    @Test(arguments: [
        "assume", "assume retail_sales", "assume retail_sales growth", "assume retail_sales growth 5%", "shock",
        "target x",
        "check retail_sales", "check retail_sales p50", "prior", "invert", "model", "data", "output", "sweep", "seed",
        "assume retail_sales growth normal(1%", "{", "scenario b {", "include", "horizon", "language",
    ])
    func everyDiagnosticHasHelp(body: String) {
        for d in Self.diagnostics(body) { #expect(d.help != nil, "\(body): \(d.id) \(d.message)") }
    }
}
