import Foundation
import PlansimTestSupport
import Testing

/// Issue 25: an over-long `PLANSIM_LANG` or `PLANSIM_SIMD` is not echoed in full: its
/// first 40 characters (escaped) and `…`.
@Suite struct LongEnvironmentTests {
    @Test(arguments: ["PLANSIM_LANG", "PLANSIM_SIMD"])
    func longValuesAreCut(variable: String) throws {
        let value = "x" + String(repeating: "\u{1B}[2J", count: 10_000)
        var environment = ["PLANSIM_LANG": "en"]
        environment[variable] = value
        let r = try Plansim.run(["data", "show"], environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        let warning = r.stderr.split(separator: "\n").first { $0.contains("\(variable)=") }.map(String.init) ?? ""
        // 40 characters of the value (escapes included) and the rest of the sentence: well
        // under 200 characters, where the whole value was 40,001.
        #expect(
            !warning.isEmpty && warning.count < 200 && warning.contains("x\\u{1B}[2J") && warning.contains("…"),
            "\(warning.prefix(300))")
        #expect(!r.stderr.contains("\u{1B}"))
    }
}
