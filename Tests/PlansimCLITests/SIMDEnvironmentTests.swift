import Foundation
import PlansimTestSupport
import Testing

/// `PLANSIM_SIMD` chooses the engine's kernel version; every version prints the same
/// numbers, and a value that names none warns and runs with the default.
@Suite struct SIMDEnvironmentTests {
    /// The JSON of a run without its creation time (the only field that may differ).
    static func numbers(_ simd: String?, environment: [String: String] = [:]) throws -> (CommandResult, String) {
        let dir = try Plansim.scratchDirectory()
        let result = try Plansim.run(
            ["run", "--paths", "3000", "--no-inversion", "--json", "--out", dir.path],
            environment: environment.merging(simd.map { ["PLANSIM_SIMD": $0] } ?? [:]) { $1 })
        let lines = result.stdout.split(separator: "\n").filter { !$0.contains("\"created\"") }
        return (result, lines.joined(separator: "\n"))
    }

    @Test func everyVersionPrintsTheSameNumbers() throws {
        let (auto, reference) = try Self.numbers(nil)
        #expect(auto.status == 0, "\(auto.stderr)")
        for simd in ["portable", "avx2", "avx512", "auto"] {
            let (result, text) = try Self.numbers(simd)
            #expect(result.status == 0, "\(simd): \(result.stderr)")
            #expect(text == reference, "PLANSIM_SIMD=\(simd) changed the numbers")
        }
    }

    @Test func unknownValueWarnsAndRunsTheDefault() throws {
        let (reference, expected) = try Self.numbers(nil)
        let (result, text) = try Self.numbers("sse9", environment: Plansim.english)
        #expect(result.status == 0 && reference.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("PLANSIM_SIMD=sse9 is not one of auto, portable, avx2, avx512"), "\(result.stderr)")
        #expect(text == expected)
    }
}
