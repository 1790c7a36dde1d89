import Foundation
import PlansimTestSupport
import Testing

/// `plansim sweep` and `plansim merge` end to end: shards, resumption, refusals.
@Suite(.serialized) struct SweepCommandTests {
    static func workspace() throws -> URL {
        let dir = try Plansim.scratchDirectory()
        let scenarios = TestPaths.repository.appendingPathComponent("scenarios")
        for name in ["baseline.scn", "sensitivity_sweep.scn"] {
            try FileManager.default.copyItem(
                at: scenarios.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    static func read(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }
    static func bytes(_ dir: URL, _ name: String) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent(name))
    }

    @Test func threeShardsMergedEqualTheSingleRun() throws {
        let dir = try Self.workspace()
        let single = try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "single", "--quiet"], in: dir)
        #expect(single.status == 0, "\(single.stderr)")
        for k in 1...3 {
            let r = try Plansim.run(
                ["sweep", "sensitivity_sweep.scn", "--shard", "\(k)/3", "--out", "s\(k)", "--quiet"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let merged = try Plansim.run(["merge", "s1", "s2", "s3", "--out", "merged"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        for name in ["outputs.npy", "samples.npy", "indices.json"] {
            #expect(
                try Self.bytes(dir.appendingPathComponent("single"), name)
                    == Self.bytes(dir.appendingPathComponent("merged"), name), "\(name) differs")
        }
        // The CSV on request: the same from the single run and from the merge.
        #expect(
            try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "single-csv", "--quiet", "--csv"], in: dir)
                .status == 0)
        #expect(try Plansim.run(["merge", "s1", "s2", "s3", "--out", "merged-csv", "--csv"], in: dir).status == 0)
        for name in ["outputs.csv", "samples.csv"] {
            #expect(
                try Self.read(dir.appendingPathComponent("single-csv"), name)
                    == Self.read(dir.appendingPathComponent("merged-csv"), name), "\(name) differs")
        }
        for name in ["summary.md", "summary-en.md", "tornado.svg", "tornado-en.svg"] {
            #expect(
                FileManager.default.fileExists(atPath: dir.appendingPathComponent("single/\(name)").path),
                "missing \(name)")
        }
        let summary = try Self.read(dir.appendingPathComponent("single"), "summary-en.md")
        #expect(summary.contains("| `linked.tfp_growth_now` |") && summary.contains("±"))
        let partial = try Plansim.run(["merge", "s1", "s2", "--out", "partial"], in: dir, environment: Plansim.english)
        #expect(partial.status == 1 && partial.stderr.contains("blocks are missing"))
    }

    /// An interrupted sweep (blocks lost, as after kill -9) resumes to exactly the result
    /// of the uninterrupted run.
    @Test func anInterruptedSweepResumesToTheSameResult() throws {
        let dir = try Self.workspace()
        #expect(try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "a", "--quiet"], in: dir).status == 0)
        let whole = try Self.read(dir.appendingPathComponent("a"), "indices.json")
        // Half of blocks.bin lost, cut mid-record (as a kill -9 while appending leaves it).
        let log = try FileHandle(forWritingTo: dir.appendingPathComponent("a/blocks.bin"))
        try log.truncate(atOffset: try log.seekToEnd() / 2 + 3)
        try log.close()
        let again = try Plansim.run(
            ["sweep", "sensitivity_sweep.scn", "--out", "a", "--quiet"], in: dir, environment: Plansim.english)
        #expect(again.status == 1 && again.stderr.contains("--resume"))
        #expect(
            try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "a", "--resume", "--quiet"], in: dir).status
                == 0)
        #expect(try Self.read(dir.appendingPathComponent("a"), "indices.json") == whole)
    }

    @Test func refusesAnotherSweepsDirectoryAndMismatchedSlices() throws {
        let dir = try Self.workspace()
        #expect(try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "a", "--quiet"], in: dir).status == 0)
        let other = try Plansim.run(
            ["sweep", "sensitivity_sweep.scn", "--out", "a", "--seed", "5", "--resume", "--quiet"], in: dir,
            environment: Plansim.english)
        #expect(other.status == 1 && other.stderr.contains("holds a different sweep"))
        #expect(
            try Plansim.run(
                ["sweep", "sensitivity_sweep.scn", "--shard", "1/2", "--seed", "5", "--out", "b", "--quiet"], in: dir
            ).status == 0)
        let merge = try Plansim.run(["merge", "a", "b"], in: dir, environment: Plansim.english)
        #expect(merge.status == 1 && merge.stderr.contains("slice of a different sweep"))
    }

    @Test(
        arguments: [
            (["--shard", "4/3"], "--shard must be k/n"),
            (["--shard", "0/3"], "--shard must be k/n"),
            (["--sweep", "nope"], "no sweep `nope`"),
        ] as [([String], String)])
    func refusesBadArguments(arguments: [String], message: String) throws {
        let dir = try Self.workspace()
        let r = try Plansim.run(
            ["sweep", "sensitivity_sweep.scn", "--quiet"] + arguments, in: dir, environment: Plansim.english)
        #expect(r.status == 1, "\(arguments)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    /// SALib (installed into a venv under .build; reported skipped when it cannot be)
    /// reads plansim's samples and outputs and must find the same S1 and ST to 1e-6.
    @Test(.enabled(if: Clients.runs(Self.salibPython != nil), "SALib could not be installed (no network to PyPI?)"))
    func salibAgreesOnTheSameSamplesAndOutputs() throws {
        let python = try #require(Self.salibPython, "SALib could not be installed")
        let dir = try Self.workspace()
        #expect(
            try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "a", "--quiet", "--csv"], in: dir).status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [
            TestPaths.repository.appendingPathComponent("Tests/SensitivityTests/clients/check_salib.py").path,
            dir.appendingPathComponent("a").path,
        ]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
    }

    /// The report clients' Python with SALib installed, or nil when it cannot be.
    static let salibPython: String? = ReportCommandTests.python.flatMap { ensureSALib($0) ? $0 : nil }

    static func ensureSALib(_ python: String) -> Bool {
        for args in [["-c", "import SALib"], ["-m", "pip", "install", "-q", "SALib"]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: python)
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return false }
            p.waitUntilExit()
            if p.terminationStatus == 0 && args[0] == "-c" { return true }
            if args[0] == "-m" { return p.terminationStatus == 0 }
        }
        return false
    }

    /// With M Monte Carlo paths per sample the primary measure is a real probability:
    /// a share of M paths, so a multiple of 1/M in [0, 1].
    @Test func pathsPerSampleMeasureProbabilities() throws {
        let dir = try Self.workspace()
        let text = try Self.read(dir, "sensitivity_sweep.scn").replacingOccurrences(
            of: "samples 1024", with: "samples 64")
        try Plansim.write(text, to: "small.scn", in: dir)
        let r = try Plansim.run(
            ["sweep", "small.scn", "--paths-per-sample", "20", "--quiet", "--out", "m", "--csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try Self.read(dir.appendingPathComponent("m"), "outputs.csv").split(separator: "\n").dropFirst()
        let values = rows.compactMap { $0.split(separator: ",").last.flatMap { Double(String($0)) } }
        #expect(values.count == 64 * 7)  // Saltelli without second order: N·(k + 2), k = 5 inputs
        #expect(values.allSatisfy { (0...1).contains($0) && abs($0 * 20 - ($0 * 20).rounded()) < 1e-9 })
        #expect(values.contains { $0 > 0 } || values.allSatisfy { $0 == 0 })
    }

    @Test func refusesAnNThatSobolCannotUseUnlessAsked() throws {
        let dir = try Self.workspace()
        let text = try Self.read(dir, "sensitivity_sweep.scn").replacingOccurrences(
            of: "samples 1024", with: "samples 1000")
        try Plansim.write(text, to: "odd.scn", in: dir)
        let r = try Plansim.run(["sweep", "odd.scn", "--quiet", "--out", "o"], in: dir, environment: Plansim.english)
        #expect(
            r.status == 1 && r.stderr.contains("needs N to be a power of two; 1000 is not")
                && r.stderr.contains("--round-n"))
        #expect(try Plansim.run(["sweep", "odd.scn", "--quiet", "--round-n", "--out", "o"], in: dir).status == 0)
    }
}
