import PlanData
import Testing

@testable import ScenarioDSL

/// `shock IND -400 kg in 2022`: a word between the amount and `in`/`from` is a unit
/// plansim does not know (E023, pointing at the unit), not a misspelled timing.
@Suite struct ShockUnitTests {
    @Test func anUnknownUnitIsCalledAUnit() {
        let text = "scenario k {\n    shock new_employment -400 kg in 2022\n}\n"
        let found = ScenarioProgram(text: text, path: "/tmp/k/k.scn", dataset: HaibinPlan.dataset()).allDiagnostics()
        #expect(found.map(\.id) == ["E023"], "\(found.map(\.message))")
        #expect(found.first?.message == "unit `kg` does not match `new_employment`, measured in `人`")
        #expect(found.first?.range.start == text.utf8.count - "kg in 2022\n}\n".utf8.count)
    }
}
