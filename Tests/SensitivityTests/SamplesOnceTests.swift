import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

@testable import Sensitivity

/// A fresh run of a whole sweep writes `samples.npy`'s rows as its blocks generate them
/// (issue 26: the samples generated once), with the bytes of the file written from the
/// design afterwards.
@Suite struct SamplesOnceTests {
    static func run(_ plan: SweepPlan, into dir: URL, existing: SweepRunner.Existing = .refuse) throws {
        let recipe = SweepManifest.Recipe(file: "t.scn", scenarioName: "t", data: nil, pathsPerSample: 1, roundN: false)
        try SweepRunner.run(plan, into: dir, shard: .whole, existing: existing, threads: 2, recipe: recipe)
    }

    static func outputs(_ plan: SweepPlan, in dir: URL) throws -> [Double] {
        try SweepMerge.collect(plan, SweepMerge.inventory(plan, in: [dir]))
    }

    @Test func theRunsSamplesAreTheDesignsBytes() throws {
        let plan = try ShardHardeningTests.planned(EmbeddedPlanText.haibin14th)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        let ready = dir.appendingPathComponent(SamplesFile.readyName(plan.fingerprint))
        #expect(FileManager.default.fileExists(atPath: ready.path))
        let result = SweepResult(plan, outputs: try Self.outputs(plan, in: dir))
        try result.write(plan, into: dir)
        #expect(!FileManager.default.fileExists(atPath: ready.path))
        // The same results written where no run left its rows: the samples generated from the design.
        let other = try Plansim.scratchDirectory()
        try result.write(plan, into: other)
        let adopted = try Data(contentsOf: dir.appendingPathComponent("samples.npy"))
        #expect(adopted == (try Data(contentsOf: other.appendingPathComponent("samples.npy"))))
        #expect(NPYMatrix(bytes: [UInt8](adopted))?.row(3) == plan.design.rows(3..<4)[0])
    }

    /// A resumed run has not generated every row, so it leaves no file; `--force` removes one.
    @Test func onlyAFreshWholeRunLeavesItsRows() throws {
        let plan = try ShardHardeningTests.planned(EmbeddedPlanText.haibin14th)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        let ready = dir.appendingPathComponent(SamplesFile.readyName(plan.fingerprint))
        try FileManager.default.removeItem(at: ready)
        let log = try FileHandle(forWritingTo: BlockLog.url(dir))
        try log.truncate(atOffset: try log.seekToEnd() - 1)  // the last block torn
        try log.close()
        try Self.run(plan, into: dir, existing: .resume)
        #expect(!FileManager.default.fileExists(atPath: ready.path))
        try Self.run(plan, into: dir, existing: .replace)
        #expect(FileManager.default.fileExists(atPath: ready.path))
        try SweepRunner.removeResults(in: dir)
        #expect(!FileManager.default.fileExists(atPath: ready.path))
    }

    /// With `--csv` the run's rows are not used, and nothing of them is left behind.
    @Test func csvLeavesNoRows() throws {
        let plan = try ShardHardeningTests.planned(EmbeddedPlanText.haibin14th)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        try SweepResult(plan, outputs: try Self.outputs(plan, in: dir)).write(plan, into: dir, csv: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(
            !names.contains { SamplesFile.isReadyName($0) || $0.contains(".tmp-") } && !names.contains("samples.npy"),
            "\(names)")
    }
}
