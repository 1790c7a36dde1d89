import Foundation
import PlansimTestSupport
import Testing

/// `plansim help rnu` is a typo like `plansim rnu`: a suggestion and exit 1, not the
/// root help with exit 0.
@Suite struct HelpTypoTests {
    @Test func helpOfAMistypedCommandSuggestsTheCommand() throws {
        let en = try Plansim.run(["help", "rnu"], environment: Plansim.english)
        #expect(
            en.status == 1 && en.stdout.isEmpty && en.stderr.contains("unknown command `rnu`; did you mean `run`?"),
            "\(en.stderr)")
        let zh = try Plansim.run(["help", "rnu", "--lang", "zh"])
        #expect(zh.status == 1 && zh.stderr.contains("未知命令 `rnu`；是否想用 `run`？"), "\(zh.stderr)")
        #expect(try Plansim.run(["help", "run"], environment: Plansim.english).status == 0)
    }
}
