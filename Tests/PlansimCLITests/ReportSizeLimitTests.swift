import Foundation
import PlansimTestSupport
import Testing

/// Issue 25: the JSON files `report` reads are size-checked before they are read, so a
/// sparse 2 GB `results.json` (which used to cost 3.2 GB before it was refused) is refused
/// at once, with the limit named and nothing written.
@Suite struct ReportSizeLimitTests {
    /// Makes `name` in `folder` a sparse file of `size` bytes (no disk space used).
    static func sparse(_ name: String, in folder: URL, size: Int) throws {
        let url = folder.appendingPathComponent(name)
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("{".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    @Test(arguments: ["results.json", "comparison.json", "indices.json"])
    func aSparseTwoGigabyteResultFileIsRefusedAtOnce(name: String) throws {
        let dir = try Plansim.scratchDirectory()
        let folder = dir.appendingPathComponent("r")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.sparse(name, in: folder, size: 2 << 30)
        let clock = ContinuousClock()
        let start = clock.now
        let r = try Plansim.run(["report", "r", "--format", "md", "--out", "o"], in: dir, environment: Plansim.english)
        // Reading 2 GB took tens of seconds; a stat takes microseconds. 10 s leaves room for
        // a loaded machine and the process start.
        #expect(clock.now - start < .seconds(10))
        #expect(
            r.status == 1 && r.stderr.contains("\(name): error: the file is larger than the 64 MB plansim reads"),
            "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    /// A sweep folder's manifest is read beside its indices: checked the same way.
    @Test func aSparseSweepManifestIsRefused() throws {
        let dir = try Plansim.scratchDirectory()
        let folder = dir.appendingPathComponent("s")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("indices.json"))
        try Self.sparse("manifest.json", in: folder, size: 2 << 30)
        let r = try Plansim.run(["report", "s", "--format", "md", "--out", "o"], in: dir, environment: Plansim.english)
        #expect(
            r.status == 1 && r.stderr.contains("manifest.json: error: the file is larger than the 64 MB plansim reads"),
            "\(r.stderr)")
    }
}
