import Testing
import Foundation
import PlansimTestSupport

/// Odd environments never crash plansim: `COLUMNS` of 0, negative, tiny, huge or not a
/// number gives help wrapped to 40–1000 columns (ArgumentParser traps below its indent).
@Suite struct HostileEnvironmentTests {
    @Test(arguments: ["0", "-5", "26", "abc", "999999999"])
    func helpSurvivesAnyColumns(columns: String) throws {
        for args in [["--help", "--lang", "en"], ["run", "--help", "--lang", "en"], ["help", "run", "--lang", "zh"]] {
            let r = try Plansim.run(args, environment: ["COLUMNS": columns])
            #expect(r.status == 0 && !r.stdout.isEmpty && r.stderr.isEmpty, "COLUMNS=\(columns) \(args): \(r.stderr)")
            let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= 1000)
        }
    }
}
