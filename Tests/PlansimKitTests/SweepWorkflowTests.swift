import Artifacts
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import ScenarioDSL
import Sensitivity
import Testing

/// A sweep in process: plan, run the blocks, finish — the indices and the summary
/// `plansim sweep` prints and writes, without the binary.
struct SweepWorkflowTests {
    @Test func aSmallSweepFinishesWithIndicesWrittenAndReadByOneType() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.copyItem(
            at: TestPaths.repository.appendingPathComponent("scenarios/baseline.scn"),
            to: dir.appendingPathComponent("baseline.scn"))
        let file = dir.appendingPathComponent("small.scn").path
        try Data(SmallSweep.scenario.utf8).write(to: URL(fileURLWithPath: file))
        let plan = try SweepWorkflow.plan(
            file: file, plan: PlanFiles.embedded, planSetting: true, scenario: nil, sweep: nil, seed: 5,
            roundN: false, pathsPerSample: 1)
        #expect(plan.rowCount == 160)  // Saltelli without second order: N·(k + 2) = 32·5
        let out = dir.appendingPathComponent("out")
        let recipe = SweepManifest.Recipe(
            file: file, scenarioName: plan.scenario, data: nil, pathsPerSample: 1, roundN: false)
        _ = try SweepRunner.run(
            plan, into: out, shard: .init(k: 1, n: 1), existing: .refuse, threads: 2, recipe: recipe)
        let outcome = try SweepWorkflow.finish(
            plan, inventory: try SweepWorkflow.inventory(plan, [out]), directory: out)
        #expect(outcome.summary.rows.count == 3 && outcome.summary.seed == 5)
        // What is written reads back as the same value (numbers in shortest round-trip form).
        let indices = outcome.result.indices(plan)
        #expect(try SweepIndices.read(Data(outcome.indicesJSON.rendered().utf8), file: "indices.json") == indices)
        #expect(indices.method == .sobol && indices.inputs.map(\.name).count == 3)
        try outcome.write(into: out, csv: false, extra: [])
        for name in ["indices.json", "summary.md", "summary-en.md", "tornado.svg", "summary.xlsx"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "missing \(name)")
        }
    }

    @Test func aScenarioWithErrorsIsRejectedBeforeAnythingRuns() throws {
        let dir = try Plansim.scratchDirectory()
        let file = dir.appendingPathComponent("broken.scn").path
        try Data("scenario s {\n    sweep x { vary nothing }\n}\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ScenarioRejection.self) {
            try SweepWorkflow.plan(
                file: file, plan: PlanFiles.embedded, planSetting: true, scenario: nil, sweep: nil, seed: nil,
                roundN: false, pathsPerSample: 1)
        }
    }
}
