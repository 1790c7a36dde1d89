import Foundation
import PlanData
import ScenarioDSL
import Testing

/// Plan figures and years within the ranges a run can simulate (attack findings 5 and 6):
/// `base 2020 1e308` and `period 2021..99999` passed `check`, then crashed or exhausted
/// `run`; now both are located diagnostics (E049, E050).
@Suite struct PlanLimitTests {
    @Test(arguments: [
        ("base 2020 250000 万元", "base 2020 1e308 亿元", "E049", "base value 1e+308 is out of range"),
        ("base 2020 250000 万元", "base 2020 1e12 亿元", "E049", "base value 1e+12 is out of range"),
        ("target 2035 50 亿元", "target 2035 5e14 亿元", "E049", "target value 5e+14 is out of range"),
        ("target 2025 growth 6% about", "target 2025 growth 99999999% about", "E049", "target value"),
        ("target sum 2021..2025 4500 人", "target sum 2021..2025 1e300 人", "E049", "target value 1e+300"),
        ("period 2021..2025", "period 2021..99999", "E050", "years 2021..99999 are outside 1949–2100"),
        ("period 2021..2025", "period 2021..2090", "E050", "2020 to 2090 spans 70 years, more than 65"),
        ("target 2035 50 亿元", "target 2090 50 亿元", "E050", "spans 70 years"),
        ("target sum 2021..2025 4500 人", "target sum 1800..2025 4500 人", "E050", "outside 1949–2100"),
    ])
    func outOfRangeIsLocated(_ find: String, _ replace: String, _ id: String, _ message: String) throws {
        let text = PlanFileTests.town.replacingOccurrences(of: find, with: replace)
        #expect(text != PlanFileTests.town)
        guard case .failure(let problems) = PlanFileTests.compile(text) else {
            Issue.record("accepted: \(replace)")
            return
        }
        let d = try #require(problems.diagnostics.first { $0.id == id }, "\(problems.rendered)")
        #expect(d.message.contains(message), "\(d.message)")
        #expect(d.help != nil && d.helpZH != nil)
        #expect(
            !problems.diagnostics.contains { $0.id == "E046" },
            "a refused base is not also a missing one: \(problems.rendered)")
        let line = problems.source.location(d.range.start).line
        #expect(
            problems.source.line(line).contains(replace.split(separator: "\n")[0].split(separator: " ")[0]),
            "line \(line)")
    }

    /// The limits leave room for real plans: a 2035 vision, a 2050 goal, figures in the billions.
    @Test func ordinaryPlansStillCompile() throws {
        let text = PlanFileTests.town.replacingOccurrences(of: "target 2035 50 亿元", with: "target 2050 999999999999 亿元")
        #expect(throws: Never.self) { try PlanFileTests.compile(text).get() }
    }
}
