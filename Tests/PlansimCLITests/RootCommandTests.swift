import Foundation
import PlansimTestSupport
import Testing

@Suite struct RootCommandTests {
    @Test func helpListsSubcommands() throws {
        let result = try Plansim.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("regress"))
    }

    @Test func versionPrints() throws {
        let result = try Plansim.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func unknownOptionIsInputRefused() throws {
        let result = try Plansim.run(["regress", "--bogus"], environment: Plansim.english)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error:"))
    }
}
