import PlanData
import Testing

@testable import ScenarioDSL

/// `title "中文标题" "English title"`: a scenario's name in words, shown by reports.
@Suite struct TitleStatementTests {
    static func program(_ body: String) -> ScenarioProgram {
        ScenarioProgram(text: "scenario s {\n\(body)\n}\n", path: "/tmp/title/s.scn", dataset: HaibinPlan.dataset())
    }

    @Test func aTitleIsAStatementThatExplainShows() {
        let p = Self.program("    title \"疫情冲击情景\" \"Epidemic shock\"")
        #expect(p.allDiagnostics().isEmpty, "\(p.allDiagnostics().map(\.message))")
        #expect(p.explain("s").map(\.text) == ["title \"疫情冲击情景\" \"Epidemic shock\""])
        #expect(Self.program("    title \"基准情景\"").allDiagnostics().isEmpty)
    }

    @Test func aTitleWithoutQuotesIsRefusedAtTheElement() {
        let p = Self.program("    title epidemic")
        #expect(p.allDiagnostics().count == 1)
        #expect(Self.program("    title").allDiagnostics().count == 1)
    }
}
