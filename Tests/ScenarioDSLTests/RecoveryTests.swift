import Foundation
import PlanData
import ScenarioDSL
import Testing

/// Issue 25: the scenario language reports each mistake where it is, and one mistake
/// hides no other.
@Suite struct RecoveryTests {
    static func diagnostics(_ text: String) -> [(id: String, line: Int, message: String)] {
        let program = ScenarioProgram(text: text, path: "/tmp/recovery/a.scn", dataset: HaibinPlan.dataset())
        let source = SourceFile(path: "/tmp/recovery/a.scn", bytes: Array(text.utf8))
        return program.allDiagnostics().map { ($0.id, source.location($0.range.start).line, $0.message) }
    }

    /// A sweep whose `}` is missing: the scenario's `}` closes the sweep, and the error is
    /// reported at the sweep's own line (3), not at the scenario (line 1).
    @Test func anUnclosedSweepIsReportedAtItsOwnLine() {
        let found = Self.diagnostics("scenario a {\n    paths 100\n    sweep s {\n        samples 64\n}\n")
        let unclosed = found.filter { $0.id == "E010" }
        #expect(
            unclosed.count == 1 && unclosed.first?.line == 3 && unclosed.first?.message == "sweep `s` is not closed",
            "\(found)")
    }

    /// A sweep closed at its own indentation, inside a scenario that is not closed: the
    /// scenario is blamed, as before.
    @Test func anUnclosedScenarioAroundAClosedSweepIsTheScenarios() {
        let found = Self.diagnostics("scenario a {\n    sweep s {\n        samples 64\n    }\n")
        let unclosed = found.filter { $0.id == "E010" }
        #expect(
            unclosed.count == 1 && unclosed.first?.line == 1 && unclosed.first?.message == "scenario `a` is not closed",
            "\(found)")
    }

    /// `extends basline` (a typo) used to hide every compile error of the scenario: now
    /// the missing parent and the year beyond the horizon are both reported.
    @Test func aMissingParentHidesNoOtherError() {
        let found = Self.diagnostics(
            "scenario b extends basline {\n    assume retail_sales growth 5% over 2021..2099\n}\nscenario c {\n    paths 100\n}\n"
        )
        #expect(found.map(\.id) == ["E017", "E014"], "\(found)")
        #expect(found.map(\.line) == [1, 2])
    }
}
