import Foundation
import PlanData
import PlansimTestSupport
import Testing

@testable import Sensitivity

/// The sweep folder's format 2 (issue 26): one append-only `blocks.bin` of records with
/// their length and checksum. Results are the bytes format 1 gave; a torn or altered
/// record is found and recomputed, never merged; format-1 folders are still read; a
/// folder of an unknown format is refused.
@Suite struct FolderFormatTests {
    /// One input, N = 64: 192 rows in 24 blocks of 8.
    static let sweep = """
        assume retail_sales growth 3% over 2021..2025
        sweep s {
            vary assume retail_sales growth uniform(1%, 5%)
            method sobol
            samples 64
            measure mean retail_sales
        }
        """
    static let recipe = SweepManifest.Recipe(
        file: "t.scn", scenarioName: "t", data: nil, pathsPerSample: 1, roundN: false)

    @discardableResult
    static func run(_ plan: SweepPlan, into dir: URL, existing: SweepRunner.Existing = .refuse) throws
        -> SweepRunner.Report
    {
        try SweepRunner.run(plan, into: dir, shard: .whole, existing: existing, threads: 2, recipe: recipe)
    }

    static func outputs(_ plan: SweepPlan, in dir: URL) throws -> [Double] {
        try SweepMerge.collect(plan, SweepMerge.inventory(plan, in: [dir]))
    }

    /// `indices.json` of the blocks in `dir`, merged into a new folder.
    static func mergedIndices(_ plan: SweepPlan, from dirs: [URL]) throws -> Data {
        let out = try Plansim.scratchDirectory()
        try SweepMerge.gather(plan, SweepMerge.inventory(plan, in: dirs), into: out, recipe: recipe)
        try SweepResult(plan, outputs: try outputs(plan, in: out)).write(plan, into: out)
        return try Data(contentsOf: out.appendingPathComponent("indices.json"))
    }

    /// Writes `plan`'s blocks as a format-1 folder: a manifest without `format`, and a
    /// file a block under `blocks/` (PLSBLK02, as plansim wrote them before format 2).
    static func writeFormat1(_ plan: SweepPlan, _ values: [Double], into dir: URL) throws {
        let blocks = dir.appendingPathComponent("blocks")
        try FileManager.default.createDirectory(at: blocks, withIntermediateDirectories: true)
        for b in 0..<plan.blockCount {
            let rows = plan.rowRange(block: b)
            let block = Array(values[(rows.lowerBound * plan.blockWidth)..<(rows.upperBound * plan.blockWidth)])
            try BlockFile.write(
                BlockFile.encode(block, fingerprint: plan.fingerprint),
                to: blocks.appendingPathComponent(BlockFile.name(b)))
        }
        let manifest = SweepManifest(plan: plan, slice: "1/1", recipe: recipe).json(plan).rendered()
        let old = manifest.replacingOccurrences(of: "\"format\": 2,", with: "")
        try #require(
            old != manifest && !old.contains("\"format\""), "the manifest's format key: \(manifest.prefix(80))")
        try Data((old + "\n").utf8).write(to: dir.appendingPathComponent("manifest.json"))
    }

    /// The (offset, block) of every record of `dir`'s `blocks.bin`, in file order.
    static func records(_ plan: SweepPlan, in dir: URL) -> [(offset: Int, block: Int)] {
        BlockLog.scan(
            BlockLog.url(dir), blocks: plan.blockCount, count: { plan.rowRange(block: $0).count * plan.blockWidth },
            fingerprint: plan.fingerprint
        ).records.map { ($0.value - BlockLog.headerSize, $0.key) }.sorted { $0.offset < $1.offset }
    }

    static func edit(_ url: URL, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        change(&bytes)
        try Data(bytes).write(to: url)
    }

    /// A sweep written the old way (format 1) and the new way merge to the same
    /// `indices.json` bytes, and a resumed format-1 folder moves its blocks into `blocks.bin`
    /// without running any.
    @Test func formatOneAndTwoGiveTheSameBytes() throws {
        let plan = try EvaluatorTests.plan(Self.sweep)
        #expect(plan.blockCount == 24)
        let new = try Plansim.scratchDirectory(), old = try Plansim.scratchDirectory()
        try Self.run(plan, into: new)
        #expect(FileManager.default.fileExists(atPath: BlockLog.url(new).path))
        #expect(!FileManager.default.fileExists(atPath: new.appendingPathComponent("blocks").path))
        let values = try Self.outputs(plan, in: new)
        try Self.writeFormat1(plan, values, into: old)
        #expect(try SweepManifest.read(old)?.format == 1)
        let fromNew = try Self.mergedIndices(plan, from: [new]), fromOld = try Self.mergedIndices(plan, from: [old])
        #expect(fromNew == fromOld && fromNew.count > 100)
        let report = try Self.run(plan, into: old, existing: .resume)
        #expect(report.ran.isEmpty && report.skipped.count == 24)
        #expect(try SweepManifest.read(old)?.format == 2)
        #expect(!FileManager.default.fileExists(atPath: old.appendingPathComponent("blocks").path))
        #expect(try Self.outputs(plan, in: old) == values)
    }

    /// A `blocks.bin` cut mid-record (a crash while appending) and one with a flipped
    /// byte in a record's values: both found (merge lists them corrupt and missing, so
    /// they are never merged) and recomputed by a resume to the same values.
    @Test func tornAndAlteredRecordsAreRecomputed() throws {
        let plan = try EvaluatorTests.plan(Self.sweep)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        let values = try Self.outputs(plan, in: dir)
        let records = Self.records(plan, in: dir)
        #expect(records.count == 24)
        let last = records[23], third = records[2]
        try Self.edit(BlockLog.url(dir)) { bytes in
            bytes.removeLast(40)  // into the last record's values
            bytes[third.offset + BlockLog.headerSize + 5] ^= 0x10
        }
        let inventory = try SweepMerge.inventory(plan, in: [dir])
        #expect(inventory.missing == [third.block, last.block].sorted())
        #expect(Set(inventory.corrupt.map(\.block)) == [third.block, last.block])
        #expect(throws: SweepError.self) { try SweepMerge.collect(plan, inventory) }
        let report = try Self.run(plan, into: dir, existing: .resume)
        #expect(report.ran == [third.block, last.block].sorted())
        #expect(Set(report.corrupt.map(\.block)) == [third.block, last.block])
        #expect(try Self.outputs(plan, in: dir) == values)
        let clean = try SweepMerge.inventory(plan, in: [dir])
        #expect(clean.corrupt.isEmpty && clean.isComplete, "the resume rewrote the file without the bad records")
    }

    /// `collect` trusts the inventory's checksums only while `blocks.bin` is the file it
    /// scanned: a record altered afterwards (same size, in place) is checked again and refused.
    @Test func aRecordAlteredAfterTheInventoryIsNotCollected() throws {
        let plan = try EvaluatorTests.plan(Self.sweep)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        let inventory = try SweepMerge.inventory(plan, in: [dir])
        #expect(try SweepMerge.collect(plan, inventory).count == plan.rowCount * plan.blockWidth)
        let first = Self.records(plan, in: dir)[0]
        let handle = try FileHandle(forUpdating: BlockLog.url(dir))
        let at = UInt64(first.offset + BlockLog.headerSize + 3)
        try handle.seek(toOffset: at)
        let byte = try #require(try handle.read(upToCount: 1)?.first)
        try handle.seek(toOffset: at)
        try handle.write(contentsOf: Data([byte ^ 0x20]))
        try handle.close()
        #expect(throws: SweepError.self) { try SweepMerge.collect(plan, inventory) }
    }

    /// A flipped byte in a record's header leaves the rest of the file unsplittable: the
    /// blocks from there on count as missing (named in the merge's message), and a resume
    /// recomputes them.
    @Test func anAlteredHeaderDropsTheRestAndIsRecomputed() throws {
        let plan = try EvaluatorTests.plan(Self.sweep)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        let values = try Self.outputs(plan, in: dir)
        let records = Self.records(plan, in: dir)
        try Self.edit(BlockLog.url(dir)) { $0[records[20].offset + 1] ^= 0x01 }
        let inventory = try SweepMerge.inventory(plan, in: [dir])
        #expect(inventory.missing == records[20...].map(\.block).sorted())
        #expect(inventory.damaged.count == 1 && inventory.damaged[0].offset == records[20].offset)
        #expect(inventory.missingPhrase(plan).en.contains("unreadable from byte \(records[20].offset)"))
        let report = try Self.run(plan, into: dir, existing: .resume)
        #expect(report.ran == records[20...].map(\.block).sorted() && report.dropped.count == 1)
        #expect(try Self.outputs(plan, in: dir) == values)
    }

    /// A folder of a format this plansim does not know is refused with its file and what
    /// to do, and left as it was.
    @Test func anUnknownFormatIsRefused() throws {
        let plan = try EvaluatorTests.plan(Self.sweep)
        let dir = try Plansim.scratchDirectory()
        try Self.run(plan, into: dir)
        let manifest = dir.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(
            of: "\"format\": 2", with: "\"format\": 3")
        try Data(text.utf8).write(to: manifest)
        let before = try Data(contentsOf: BlockLog.url(dir))
        do {
            _ = try Self.run(plan, into: dir, existing: .resume)
            Issue.record("a format-3 folder was resumed")
        } catch let error as SweepError {
            #expect(error.why.en.contains("manifest.json states sweep folder format 3"), "\(error.why.en)")
            #expect(error.remedy.en.contains("--force"))
        }
        #expect(throws: SweepError.self) { try SweepMerge.inventory(plan, in: [dir]) }
        #expect(try Data(contentsOf: BlockLog.url(dir)) == before)
        #expect(try String(contentsOf: manifest, encoding: .utf8) == text)
    }
}
