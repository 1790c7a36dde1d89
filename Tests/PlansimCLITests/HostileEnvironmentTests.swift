import Foundation
import PlansimTestSupport
import Testing

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

    /// A `PLANSIM_LANG` that names neither language is ignored with a warning; a locale
    /// that names no language (`garbage!!`, a path) falls to Chinese like `C`.
    @Test func oddLanguageSettingsAreSaidOrIgnored() throws {
        let fr = try Plansim.run(["targets"], environment: ["PLANSIM_LANG": "fr", "LC_ALL": "en_US.UTF-8"])
        #expect(
            fr.status == 0 && fr.stderr == "warning: PLANSIM_LANG=fr is neither zh nor en; ignored\n", "\(fr.stderr)")
        let garbage = try Plansim.run(["targets"], environment: ["PLANSIM_LANG": "", "LC_ALL": "/etc/passwd"])
        #expect(garbage.status == 0 && garbage.stdout.hasPrefix("规划目标所需增速"), "\(garbage.stdout.prefix(80))")
        let french = try Plansim.run(["targets"], environment: ["PLANSIM_LANG": "", "LC_ALL": "fr_FR.UTF-8"])
        #expect(french.stdout.hasPrefix("Growth needed"))
    }
}
