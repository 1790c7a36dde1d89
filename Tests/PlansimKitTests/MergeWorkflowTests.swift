import Artifacts
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import ScenarioDSL
import Sensitivity
import Testing

/// `plansim merge` in process: two shards of a small sweep checked, gathered in part,
/// refused when incomplete, and joined into the indices of the same sweep run in one piece.
struct MergeWorkflowTests {
    /// A small Sobol sweep (160 rows) planned in a scratch folder, and its recipe.
    static func planned() throws -> (folder: URL, plan: SweepPlan, recipe: SweepManifest.Recipe) {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.copyItem(
            at: TestPaths.repository.appendingPathComponent("scenarios/baseline.scn"),
            to: dir.appendingPathComponent("baseline.scn"))
        let file = dir.appendingPathComponent("small.scn").path
        try Data(SmallSweep.scenario.utf8).write(to: URL(fileURLWithPath: file))
        let plan = try SweepWorkflow.plan(
            file: file, plan: PlanFiles.embedded, planSetting: true, scenario: nil, sweep: nil, seed: 5,
            roundN: false, pathsPerSample: 1)
        let recipe = SweepManifest.Recipe(
            file: file, scenarioName: plan.scenario, data: nil, pathsPerSample: 1, roundN: false)
        return (dir, plan, recipe)
    }

    /// Runs shard `k` of `n` into `folder`.
    static func shard(_ k: Int, of n: Int, _ s: (folder: URL, plan: SweepPlan, recipe: SweepManifest.Recipe)) throws
        -> URL
    {
        let out = s.folder.appendingPathComponent(n == 1 ? "whole" : "shard\(k)")
        _ = try SweepRunner.run(
            s.plan, into: out, shard: .init(k: k, n: n), existing: .refuse, threads: 2, recipe: s.recipe)
        return out
    }

    @Test func twoShardsJoinIntoTheIndicesOfTheWholeSweep() throws {
        let s = try Self.planned()
        defer { try? FileManager.default.removeItem(at: s.folder) }
        let (one, two) = (try Self.shard(1, of: 2, s), try Self.shard(2, of: 2, s))
        let manifest = try MergeWorkflow.manifest(of: one)
        #expect(manifest.recipe.file == s.recipe.file)
        let out = s.folder.appendingPathComponent("merged")
        let result = try MergeWorkflow.merge(
            MergeRequest(directories: [one, two], out: out), plan: s.plan, recipe: s.recipe)
        guard case .finished(let merged, let into) = result else {
            Issue.record("expected a finished merge, got \(result)")
            return
        }
        #expect(into == out)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("indices.json").path))
        // Every row is simulated on its own stream, so the shards' outputs are the whole
        // sweep's bit for bit: the indices are equal, not merely close.
        let whole = try SweepWorkflow.complete(s.plan, directory: Self.shard(1, of: 1, s), csv: false, extra: [])
        #expect(merged.result.indices(s.plan) == whole.result.indices(s.plan))
    }

    @Test func oneShardIsCheckedRefusedOrGatheredInPart() throws {
        let s = try Self.planned()
        defer { try? FileManager.default.removeItem(at: s.folder) }
        let one = try Self.shard(1, of: 2, s)
        let checked = try MergeWorkflow.merge(
            MergeRequest(directories: [one], check: true), plan: s.plan, recipe: s.recipe)
        guard case .checked(let check) = checked else {
            Issue.record("expected a check, got \(checked)")
            return
        }
        #expect(!check.isComplete && check.slices.map(\.slice) == ["1/2"])
        #expect(check.slices[0].blocks == (s.plan.blockCount + 1) / 2)  // shard 1/2 runs the even blocks
        #expect(check.missing.en.contains("(shard 2/2)"), "\(check.missing.en)")
        #expect(throws: InputIssue.self) {
            try MergeWorkflow.merge(MergeRequest(directories: [one]), plan: s.plan, recipe: s.recipe)
        }
        let out = s.folder.appendingPathComponent("part")
        let gathered = try MergeWorkflow.merge(
            MergeRequest(directories: [one], out: out, partial: true), plan: s.plan, recipe: s.recipe)
        guard case .gathered(let found, let total, _, let into) = gathered else {
            Issue.record("expected a partial gather, got \(gathered)")
            return
        }
        #expect(found == check.slices[0].blocks && total == s.plan.blockCount && into == out)
        #expect(try SweepManifest.read(out)?.fingerprint == s.plan.fingerprint)
    }

    @Test func aFolderWithoutAManifestIsRefused() throws {
        let s = try Self.planned()
        defer { try? FileManager.default.removeItem(at: s.folder) }
        #expect(throws: InputIssue.self) { try MergeWorkflow.manifest(of: s.folder) }
    }
}
