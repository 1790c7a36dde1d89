import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

@testable import Sensitivity

/// Shards come from other machines (issue 25): their manifests, block files and folders
/// are untrusted input.
@Suite struct ShardHardeningTests {
    static let sweep = """
        assume retail_sales growth 3% over 2021..2025
        sweep s {
            vary assume retail_sales growth uniform(1%, 5%)
            method lhs
            samples 16
            measure mean retail_sales
        }
        """

    /// A scenario folder with `t.scn` naming `plan "p.plan"`, the plan's text given.
    static func planned(_ planText: String) throws -> SweepPlan {
        let dir = try Plansim.scratchDirectory()
        try planText.write(to: dir.appendingPathComponent("p.plan"), atomically: true, encoding: .utf8)
        let text = "scenario t {\n  plan \"p.plan\"\n" + sweep + "\n}\n"
        let path = dir.appendingPathComponent("t.scn").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let program = ScenarioProgram(text: text, path: path, dataset: HaibinPlan.dataset())
        #expect(
            program.allDiagnostics().filter { $0.severity == .error }.isEmpty,
            "\(program.allDiagnostics().map(\.message))")
        return try SweepPlan.make(
            program: program, scenario: "t", sweep: nil, dataset: program.dataset, seed: nil, roundUp: false,
            pathsPerSample: 1, version: "test", dataFile: nil)
    }

    /// Shards run against different plan contents do not share a fingerprint (they were
    /// merged silently: 640 of 1,280 rows from the other plan).
    @Test func thePlanFileIsInTheFingerprint() throws {
        let plan = EmbeddedPlanText.haibin14th
        let a = try Self.planned(plan)
        let b = try Self.planned(plan + "\n# another plan\n")
        #expect(a.fingerprint != b.fingerprint)
        #expect(a.provenance.contains { $0.part == "plan file p.plan" })
        #expect(b.differences(from: a.provenance) == ["plan file p.plan has changed"])
    }

    /// A block copied from another sweep fails its check (it changed a total index from
    /// 0.919 to 0.777 and passed `merge --check`).
    @Test func aBlockOfAnotherSweepIsRefused() throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent(BlockFile.name(0))
        try BlockFile.write(BlockFile.encode([1, 2, 3], fingerprint: "other sweep"), to: url)
        #expect(
            BlockFile.read(url, count: 3, fingerprint: "this sweep")
                == .corrupt(
                    "its checksum does not match its contents and this sweep (altered, or copied from another sweep)"))
        #expect(BlockFile.read(url, count: 3, fingerprint: "other sweep") == .valid([1, 2, 3]))
    }

    /// A 2 GB (sparse) block is refused by its size, not read (4.2 GB in `merge --check`).
    @Test func aHugeBlockIsNotRead() throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent(BlockFile.name(0))
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        #expect(
            BlockFile.read(url, count: 3, fingerprint: "f")
                == .corrupt("2147483648 bytes instead of 104 (truncated or from another layout)"))
    }

    /// A block file or a `blocks` folder that is a symbolic link is neither read nor
    /// written through (`merge` wrote block files into the link's target).
    @Test func linksAreRefused() throws {
        let dir = try Plansim.scratchDirectory(), elsewhere = try Plansim.scratchDirectory()
        let real = elsewhere.appendingPathComponent(BlockFile.name(0))
        try BlockFile.write(BlockFile.encode([1, 2, 3], fingerprint: "f"), to: real)
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent(BlockFile.name(0)), withDestinationURL: real)
        guard case .corrupt = BlockFile.read(dir.appendingPathComponent(BlockFile.name(0)), count: 3, fingerprint: "f")
        else {
            Issue.record("a linked block was read")
            return
        }
        let plan = try EvaluatorTests.plan(Self.sweep)
        let out = try Plansim.scratchDirectory()
        try FileManager.default.createSymbolicLink(
            at: out.appendingPathComponent("blocks"), withDestinationURL: elsewhere)
        let recipe = SweepManifest.Recipe(file: "t.scn", scenarioName: "t", data: nil, pathsPerSample: 1, roundN: false)
        #expect(throws: SweepError.self) {
            try SweepMerge.gather(plan, SweepMerge.Inventory(), into: out, recipe: recipe)
        }
        #expect(throws: SweepError.self) {
            _ = try SweepRunner.run(
                plan, into: out, shard: .init(k: 1, n: 1), existing: .resume, threads: 1, recipe: recipe)
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == [BlockFile.name(0)],
            "nothing written through the link")
    }

    /// `sweep --force` removes the block files it wrote, not a user's file in `blocks/`.
    @Test func forceKeepsAUsersFile() throws {
        let dir = try Plansim.scratchDirectory(), blocks = dir.appendingPathComponent("blocks")
        try FileManager.default.createDirectory(at: blocks, withIntermediateDirectories: true)
        try BlockFile.write(
            BlockFile.encode([1], fingerprint: "f"), to: blocks.appendingPathComponent(BlockFile.name(3)))
        try Data("mine".utf8).write(to: blocks.appendingPathComponent("notes.txt"))
        try SweepRunner.removeResults(in: dir)
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocks.path) == ["notes.txt"])
    }

    /// A manifest naming a file the sweep did not read (`plan` set to `/etc/passwd`) is
    /// refused before the file is read as a plan or scenario.
    @Test func aManifestCannotNameOtherFiles() throws {
        let dir = try Plansim.scratchDirectory()
        let scenario = dir.appendingPathComponent("t.scn")
        try Data("scenario t {}\n".utf8).write(to: scenario)
        var recipe = SweepManifest.Recipe(
            file: scenario.path, scenarioName: "t", data: nil, pathsPerSample: 1, roundN: false)
        let covers = [(part: "scenario file t.scn", sha256: SHA256.hex(Array("scenario t {}\n".utf8)))]
        let honest = SweepManifest(
            fingerprint: "f", provenance: covers, sweep: "s", seed: 1, slice: "1/2", recipe: recipe)
        try honest.checkRecipeFiles(in: dir)
        recipe.plan = "/etc/passwd"
        let hostile = SweepManifest(
            fingerprint: "f", provenance: covers, sweep: "s", seed: 1, slice: "1/2", recipe: recipe)
        do {
            try hostile.checkRecipeFiles(in: dir)
            Issue.record("a manifest naming /etc/passwd was trusted")
        } catch {
            #expect(
                error.message.contains("names `/etc/passwd`, whose content is not what the sweep read"),
                "\(error.message)")
        }
    }
}
