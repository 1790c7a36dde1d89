import Artifacts
import Foundation
import PlanData
import Testing

/// `indices.json` is written and read by one type: what is written reads back equal, and
/// what plansim did not write is refused at its field, never defaulted.
struct SweepIndicesTests {
    static let sobol = SweepIndices(
        method: .sobol, n: 64, seed: 9_007_199_254_740_993, secondOrder: true, measure: "probability_industrial_output",
        pathsPerSample: 8,
        outputs: ["level_industrial_output_2025", "probability_industrial_output"], mcNoise: "delete-a-group jackknife",
        inputs: [
            .init(
                name: "a", s1: 0.25, s1Conf: 0.05, st: 0.5, stConf: 0.0625, firstMCError: 0.01, mainMCError: 0.02,
                withinNoise: false),
            .init(
                name: "b", s1: .nan, s1Conf: .nan, st: .nan, stConf: .nan, firstMCError: 0.5, mainMCError: 0.5,
                withinNoise: true),
        ],
        s2: [[nil, 0.125], [nil, nil]])

    static func read(_ text: String) throws(InputIssue) -> SweepIndices {
        try SweepIndices.read(Data(text.utf8), file: "indices.json")
    }

    @Test func whatIsWrittenReadsBackEqual() throws {
        let morris = SweepIndices(
            method: .morris, n: 10, seed: 1, secondOrder: false, measure: "m", pathsPerSample: 1, outputs: ["m"],
            inputs: [.init(name: "x", muStar: 0.75, mu: -0.5, sigma: 0.25)])
        for indices in [Self.sobol, morris] {
            // Exact: numbers print in their shortest round-trip form; the 64-bit seed as an integer.
            #expect(try Self.read(indices.json.rendered()) == indices)
        }
        #expect(Self.sobol.inputs[1].st == nil)  // NaN is `null`, and reads back as nil
    }

    @Test func theFormatVersionComesFirst() {
        #expect(Self.sobol.json.rendered().hasPrefix("{\n  \"format_version\": \"1.1\",\n  \"method\": \"sobol\""))
    }

    @Test func aFileOfPlansim010WithoutAVersionIsRead() throws {
        let old =
            #"{"method": "sobol", "n": 64, "seed": 1, "inputs": [{"name": "a", "s1": 0.1, "s1_conf": 0.1, "st": 0.2, "st_conf": 0.1}]}"#
        let indices = try Self.read(old)
        #expect(indices.formatVersion == nil && indices.inputs.map(\.st) == [0.2])
    }

    @Test(arguments: [
        (
            #"{"format_version": "2.0", "method": "sobol", "inputs": [{"name": "a", "s1": 0, "s1_conf": 0, "st": 0, "st_conf": 0}]}"#,
            "format_version"
        ),
        (#"{"method": "bayesian", "inputs": [{"name": "a"}]}"#, "method"),
        (
            #"{"method": "sobol", "inputs": [{"name": "a", "s1": 0.1, "s1_conf": 0.1, "st": "high", "st_conf": 0.1}]}"#,
            "inputs[0].st"
        ),
        (#"{"method": "sobol", "inputs": [{"s1": 0.1, "s1_conf": 0.1, "st": 0.2, "st_conf": 0.1}]}"#, "inputs[0].name"),
        (#"{"method": "morris", "inputs": [{"name": "a", "mu": 0.1}]}"#, "inputs[0].mu_star"),
        (#"{"inputs": [{"name": "a"}]}"#, "method"),
        (#"{"method": "sobol", "inputs": []}"#, "inputs"),
    ])
    func whatPlansimDidNotWriteIsRefusedAtItsField(text: String, field: String) {
        let issue = #expect(throws: InputIssue.self) { try Self.read(text) }
        #expect(issue?.field == field, "\(String(describing: issue))")
    }

    @Test func textThatIsNoObjectIsRefused() {
        let issue = #expect(throws: InputIssue.self) { try Self.read("[1, 2") }
        #expect(issue?.message.contains("not the indices of a finished sweep") == true)
    }
}
