import Foundation
import PlansimTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Sweep folders: what a resume, a merge and a re-run accept and refuse, and what they
/// leave behind (issues 12 and 15).
@Suite(.serialized) struct SweepFolderTests {
    typealias T = SweepCommandTests

    static func small(_ dir: URL, samples: Int = 64) throws {
        let text = try T.read(dir, "sensitivity_sweep.scn").replacingOccurrences(
            of: "samples 1024", with: "samples \(samples)")
        try Plansim.write(text, to: "small.scn", in: dir)
    }

    static func sweep(_ args: [String], _ dir: URL) throws -> CommandResult {
        try Plansim.run(["sweep", "small.scn", "--quiet"] + args, in: dir, environment: Plansim.english)
    }

    /// A resume or merge with another data file, or after an included scenario changed,
    /// is refused and names the file; a resumed sweep with the same files is accepted.
    @Test func fingerprintCoversTheDataAndIncludedFiles() throws {
        let dir = try T.workspace()
        try Self.small(dir)
        try Plansim.write("indicator,year,value\nindustrial_output,2021,30.1\n", to: "a.csv", in: dir)
        try Plansim.write("indicator,year,value\nindustrial_output,2021,33.9\n", to: "b.csv", in: dir)
        #expect(try Self.sweep(["--data", "a.csv", "--out", "s1", "--shard", "1/2"], dir).status == 0)
        let data = try Self.sweep(["--data", "b.csv", "--out", "s1", "--shard", "1/2", "--resume"], dir)
        #expect(data.status == 1 && data.stderr.contains("data file b.csv is new"), "\(data.stderr)")
        #expect(try Self.sweep(["--data", "a.csv", "--out", "s2", "--shard", "2/2"], dir).status == 0)
        // The same data file, rewritten with other numbers, is another sweep.
        try Plansim.write("indicator,year,value\nindustrial_output,2021,31.7\n", to: "a.csv", in: dir)
        let merged = try Plansim.run(["merge", "s1", "s2", "--out", "m"], in: dir, environment: Plansim.english)
        #expect(merged.status == 1 && merged.stderr.contains("data file a.csv has changed"), "\(merged.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: dir.appendingPathComponent("m").path),
            "a refused merge writes nothing")
        // An edited included file.
        #expect(try Self.sweep(["--out", "c"], dir).status == 0)
        let base = try T.read(dir, "baseline.scn")
        try Plansim.write(base + "\n# edited\n", to: "baseline.scn", in: dir)
        let edited = try Self.sweep(["--out", "c", "--resume"], dir)
        #expect(
            edited.status == 1 && edited.stderr.contains("scenario file baseline.scn has changed"), "\(edited.stderr)")
        #expect(edited.stderr.contains("--force"))
    }

    /// Seeds are exact integers in every sweep file: 2⁶⁴ − 1 round-trips, and shards
    /// with it merge.
    @Test func largeSeedsRoundTripAndMerge() throws {
        let dir = try T.workspace()
        try Self.small(dir)
        let seed = "18446744073709551615"
        for k in 1...2 {
            #expect(try Self.sweep(["--seed", seed, "--shard", "\(k)/2", "--out", "s\(k)"], dir).status == 0)
        }
        let merged = try Plansim.run(["merge", "s1", "s2", "--out", "m", "--json"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(
            merged.stdout.contains("\"seed\":18446744073709551615")
                || merged.stdout.contains("\"seed\": 18446744073709551615"))
        for name in ["m/indices.json", "m/manifest.json", "s1/manifest.json"] {
            #expect(try T.read(dir, name).contains("\"seed\": 18446744073709551615"), "\(name)")
        }
        #expect(try Self.sweep(["--seed", "9007199254740993", "--out", "odd"], dir).status == 0)
        #expect(try T.read(dir, "odd/indices.json").contains("9007199254740993"))
    }

    /// A truncated and a corrupted block are found, logged and recomputed on resume; the
    /// result equals the uninterrupted one and no temporary file is left.
    @Test func corruptBlocksAreRecomputedAndNoTemporariesRemain() throws {
        let dir = try T.workspace()
        try Self.small(dir)
        #expect(try Self.sweep(["--out", "a"], dir).status == 0)
        let whole = try T.bytes(dir, "a/outputs.npy")
        let log = dir.appendingPathComponent("a/blocks.bin")
        var bytes = [UInt8](try Data(contentsOf: log))
        bytes[30] ^= 0x40  // the first record's values
        try Data(bytes.dropLast(20)).write(to: log)  // the last record torn
        try Data("partial".utf8).write(to: dir.appendingPathComponent("a/.blocks.bin.tmp-12345"))
        let check = try Plansim.run(["merge", "--check", "a"], in: dir, environment: Plansim.english)
        #expect(
            check.status == 1 && check.stdout.components(separatedBy: "is corrupt").count == 3, "\(check.stdout)")
        let r = try Self.sweep(["--out", "a", "--resume"], dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "found corrupt").count == 3, "\(r.stdout)")
        #expect(r.stdout.contains("skipped, already done (resumed)"))
        #expect(r.stdout.contains("runs/s"))
        #expect(try T.bytes(dir, "a/outputs.npy") == whole)
        let top = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("a").path).filter {
            $0.hasPrefix(".") || $0 == "blocks"
        }
        #expect(top.isEmpty, "left behind: \(top)")
    }

    /// Running the same sweep into its folder again says what to do; `--force` starts over.
    @Test func aRerunNeedsResumeOrForce() throws {
        let dir = try T.workspace()
        try Self.small(dir)
        #expect(try Self.sweep(["--out", "a"], dir).status == 0)
        let again = try Self.sweep(["--out", "a"], dir)
        #expect(
            again.status == 1 && again.stderr.contains("already holds this sweep") && again.stderr.contains("--force"),
            "\(again.stderr)")
        try Plansim.write("keep", to: "a/notes.txt", in: dir)
        let forced = try Self.sweep(["--out", "a", "--force"], dir)
        #expect(forced.status == 0 && forced.stdout.contains("to run: 0, 1, 2"), "\(forced.stdout)")
        #expect(try T.read(dir, "a/notes.txt") == "keep", "--force deletes only what a sweep wrote")
        #expect(try Self.sweep(["--out", "a", "--force", "--resume"], dir).status == 1)
    }

    /// Merges compose: a partial merge carries a manifest and blocks, and can be merged
    /// with the remaining shard, or resumed, to the single run's result byte for byte.
    /// `merge --check` names what is missing and the shard that runs it.
    @Test func mergedFoldersMergeAgainAndResume() throws {
        let dir = try T.workspace()
        try Self.small(dir)
        #expect(try Self.sweep(["--out", "single"], dir).status == 0)
        for k in 1...3 { #expect(try Self.sweep(["--shard", "\(k)/3", "--out", "s\(k)"], dir).status == 0) }
        let check = try Plansim.run(["merge", "--check", "s1", "s2"], in: dir, environment: Plansim.english)
        #expect(
            check.status == 1 && check.stdout.contains("(shard 3/3)") && check.stdout.contains("blocks are missing"),
            "\(check.stdout)")
        #expect(
            !FileManager.default.fileExists(atPath: dir.appendingPathComponent("s1/indices.json").path),
            "--check writes nothing")
        let partial = try Plansim.run(
            ["merge", "s1", "s2", "--partial", "--out", "p"], in: dir, environment: Plansim.english)
        #expect(partial.status == 0 && partial.stdout.contains("missing"), "\(partial.stderr)")
        #expect(try T.read(dir, "p/manifest.json").contains("\"slice\": \"merged\""))
        let twoLevel = try Plansim.run(["merge", "p", "s3", "--out", "m"], in: dir)
        #expect(twoLevel.status == 0, "\(twoLevel.stderr)")
        #expect(try Plansim.run(["merge", "--check", "m"], in: dir).status == 0)
        #expect(try Self.sweep(["--out", "p", "--resume"], dir).status == 0)
        for name in ["samples.npy", "outputs.npy", "indices.json"] {
            let single = try T.bytes(dir, "single/\(name)")
            #expect(try T.bytes(dir, "m/\(name)") == single, "two-level merge: \(name)")
            #expect(try T.bytes(dir, "p/\(name)") == single, "resumed merge: \(name)")
        }
    }

    /// Shards are balanced: a sweep has at least 64 blocks when its blocks can be 8
    /// samples or more, each of n shards runs ⌊B/n⌋ or ⌈B/n⌉ of its B blocks, and more
    /// shards than B/2 (some would run twice the blocks of others) are refused.
    @Test func shardsAreBalanced() throws {
        let dir = try T.workspace()
        try Self.small(dir)  // 64 base points: N(k + 2) samples in blocks of 8
        #expect(try Self.sweep(["--shard", "1/8", "--out", "s"], dir).status == 0)
        let blocks = try Self.manifestInteger(dir, "s", "blocks")
        let rows = try Self.manifestInteger(dir, "s", "rows")
        #expect(blocks == (rows + 7) / 8 || blocks >= 64, "\(blocks) blocks for \(rows) samples")
        var counts: [Int] = []
        for k in 1...8 {
            let r = try Self.sweep(["--shard", "\(k)/8", "--out", "t\(k)"], dir)
            counts.append(Int(r.stdout.split(separator: ":")[1].split(separator: " ")[0]) ?? -1)
        }
        #expect(
            counts.allSatisfy { $0 == blocks / 8 || $0 == (blocks + 7) / 8 } && counts.reduce(0, +) == blocks,
            "\(counts)")
        let tooMany = try Self.sweep(["--shard", "1/\(blocks / 2 + 1)", "--out", "u"], dir)
        #expect(tooMany.status == 1 && tooMany.stderr.contains("use at most \(blocks / 2) shards"), "\(tooMany.stderr)")
        #expect(try Self.sweep(["--shard", "1//2", "--out", "v"], dir).status == 1)
    }

    static func manifestInteger(_ dir: URL, _ folder: String, _ key: String) throws -> Int {
        let object =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: dir.appendingPathComponent("\(folder)/manifest.json"))) as? [String: Any]
        return try #require(object?[key] as? Int)
    }

    /// `samples 8388608` (50 million runs and more) streams its design: one shard of a
    /// few blocks runs in well under 300 MB (the materialised design took 9.2 GB).
    ///
    /// Peak memory is plansim's own maximum resident set. It cannot be read from `wait4` on a
    /// child this test process spawns: Linux spawns with the parent's address space shared
    /// until exec and then carries the old space's high-water mark into the child's
    /// `ru_maxrss`, so that figure is the test runner's own peak (353 MB once the suite grew),
    /// not plansim's. A small Python process forks plansim from its own address space and
    /// prints the child's `ru_maxrss` (kB), which is then plansim's alone (plus Python's
    /// ~10 MB at most, as fork copies that small space).
    @Test(.enabled(if: Clients.runs(Clients.has("python3")), "needs python3 to measure the child's peak memory"))
    func aHugeSweepDoesNotMaterialiseItsDesign() throws {
        let dir = try T.workspace()
        try Self.small(dir, samples: 8_388_608)
        let python = try Clients.path("python3")
        let measure = """
            import os, sys
            pid = os.fork()
            if pid == 0:
                fd = os.open(os.devnull, os.O_WRONLY); os.dup2(fd, 1)
                os.execv(sys.argv[1], sys.argv[1:])
            _, status, usage = os.wait4(pid, 0)
            print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
            """
        let args = [
            "-c", measure, TestPaths.plansimBinary.path, "sweep", dir.appendingPathComponent("small.scn").path,
            "--quiet", "--shard", "1/49152", "--out", dir.appendingPathComponent("huge").path,
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(fields.count == 2, "measurement printed \(output)")
        #expect(fields[0] == 0, "exit status \(fields[0])")
        let megabytes = fields[1] / 1024
        #expect(megabytes < 300, "peak resident memory \(megabytes) MB")
        // The shard's blocks, one record each in blocks.bin: 24 bytes of header, 512 rows of
        // `width` doubles, a 32-byte checksum.
        let total = try Self.manifestInteger(dir, "huge", "blocks")
        let mine = (total + 49151) / 49152
        let size = try Data(contentsOf: dir.appendingPathComponent("huge/blocks.bin")).count
        #expect(size % mine == 0 && (size / mine - 56) % (512 * 8) == 0, "\(size) bytes for \(mine) blocks")
    }

    /// Folders that are not sweep folders: a clear message, exit 1, nothing written.
    @Test(
        arguments: [
            (["merge", "empty"], "not a sweep directory"),
            (["merge", "garbage"], "is not a readable sweep manifest"),
            (["merge", "--check", "missing"], "not a sweep directory"),
            (["sweep", "small.scn", "--quiet", "--out", "garbage", "--resume"], "is not a readable sweep manifest"),
            (["sweep", "small.scn", "--quiet", "--out", "x", "--resume", "--force"], "give one"),
        ] as [([String], String)])
    func refusesFoldersThatAreNotSweeps(arguments: [String], message: String) throws {
        let dir = try T.workspace()
        try Self.small(dir)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try Plansim.write("{\"fingerprint\": 3", to: "garbage/manifest.json", in: dir)
        let r = try Plansim.run(arguments, in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stderr.contains(message), "\(arguments): \(r.stderr)")
        #expect(try T.read(dir, "garbage/manifest.json") == "{\"fingerprint\": 3", "nothing changed")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("empty/blocks").path))
    }
}
