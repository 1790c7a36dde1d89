import Foundation
import PlanData
import PlansimKit
import ScenarioDSL
import Testing

/// `CompareWorkflow.run` in process: scenarios on common random numbers, the first the reference.
struct CompareWorkflowTests {
    static let shock = """
        scenario shock extends baseline {
            shock retail_sales -5% in 2022
        }
        """

    @Test func scenariosShareTheFirstOnesPathsAndSeed() throws {
        let baseline = BuiltInScenarios.baseline(for: PlanFiles.embedded)
        let request = CompareRequest(
            entries: [
                .init(source: .builtInBaseline),
                .init(source: .text(baseline + "\n" + Self.shock, path: "shock.scn"), scenario: "shock"),
            ],
            plan: PlanFiles.embedded, paths: 400, threads: 1)
        let outcome = try CompareWorkflow.run(request)
        #expect(outcome.documents.map(\.scenario) == ["baseline", "shock"])
        // The seed is the first scenario's (the baseline's 20210929), shared by both.
        #expect(outcome.documents.map(\.provenance.seed) == [20_210_929, 20_210_929])
        #expect(outcome.documents.map(\.provenance.paths) == [400, 400])
        #expect(outcome.defaultDirectory == "notebooks-out/compare-baseline-shock")
        // Common random numbers: indicators the shock does not touch have the same medians exactly.
        let output = { (i: Int) in outcome.documents[i].indicator("grain_capacity")?.years.map(\.p50) }
        #expect(output(0) != nil && output(0) == output(1))
        let retail = { (i: Int) in
            outcome.documents[i].indicator("retail_sales")?.years.first { $0.year == 2022 }?.p50 ?? .nan
        }
        #expect(retail(1) < retail(0))
    }

    @Test func aRefusedScenarioStopsTheComparison() {
        let request = CompareRequest(
            entries: [.init(source: .builtInBaseline), .init(source: .file("/nonexistent/b.scn"))],
            plan: PlanFiles.embedded, paths: 100, threads: 1)
        let issue = #expect(throws: InputIssue.self) { try CompareWorkflow.run(request) }
        #expect(issue?.file == "/nonexistent/b.scn")
    }
}
