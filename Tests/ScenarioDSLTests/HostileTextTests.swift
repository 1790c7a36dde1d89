import Foundation
import PlanData
import ScenarioDSL
import Testing

/// Text that deceives a reader (issue 25): `check` warns (W001, W002), and the file
/// still checks, runs and formats (warnings are not errors).
@Suite struct HostileTextTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        ScenarioProgram(text: text, path: "/tmp/hostile/t.scn", dataset: HaibinPlan.dataset(), planSetting: false)
            .allDiagnostics()
    }

    /// ESC, BEL, an OSC title sequence, a screen clear and a right-to-left override in a
    /// string: W001 at the string, nothing else.
    @Test(arguments: ["\u{1B}]0;owned\u{07}", "\u{1B}[2J", "\u{202E}txt.exe", "\u{1B}[31mred"])
    func controlCharactersInAStringAreWarnedAbout(_ payload: String) {
        let found = Self.diagnostics("scenario a {\n    data \"x\(payload).csv\"\n}\n").filter { $0.id != "E026" }
        #expect(found.map(\.id) == ["W001"], "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    /// `bаseline` with a Cyrillic а beside `baseline`: W002 at each use, and `extends
    /// bаseline` is not silently another scenario's parent without a word.
    @Test func confusableNamesAreWarnedAbout() {
        let text =
            "scenario baseline {\n}\nscenario b\u{0430}seline {\n    shock retail_sales -15% in 2022\n}\nscenario x extends b\u{0430}seline {\n}\n"
        let found = Self.diagnostics(text)
        #expect(found.map(\.id) == ["W002", "W002"], "\(found.map(\.message))")
        #expect(
            found.first?.message
                == "the name `b\u{0430}seline` mixes Latin letters with Cyrillic or Greek ones, and looks like another name"
        )
        // Names wholly in one script are not confusable.
        #expect(Self.diagnostics("scenario 基线 {\n}\nscenario baseline {\n}\n").isEmpty)
    }
}
