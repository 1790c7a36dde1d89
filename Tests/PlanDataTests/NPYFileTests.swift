import Foundation
import PlansimTestSupport
import Testing

@testable import PlanData

/// The one `.npy` writer and reader (`sweep`/`merge` write, `report` reads), and the
/// throwing writes under them (issue 25).
@Suite struct NPYFileTests {
    /// A matrix reads back bit for bit (exact: no formatting).
    @Test func roundTrip() throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent("m.npy")
        let values = [1.5, -0.0, .pi, 1e-300, 0.1, -7]
        try NPYFile.write(rows: 3, columns: 2, to: url) { range in
            Array(values[(range.lowerBound * 2)..<(range.upperBound * 2)])
        }
        let m = try #require(NPYMatrix(url, sizeLimit: 1 << 20))
        #expect(m.rows == 3 && m.columns == 2)
        #expect((0..<3).flatMap(m.row).map(\.bitPattern) == values.map(\.bitPattern))
    }

    /// A header claiming shape (2⁶¹, 4) overflowed an Int in `report`
    /// (`EffectDirection+NPY.swift:45`); such a file, and a negative or short shape, is no matrix.
    @Test(arguments: ["(2305843009213693952, 4)", "(-1, -8)", "(4611686018427387904, 2)", "(1, 2)", "(2,)"])
    func shapesThatDoNotFitAreRefused(_ shape: String) {
        var bytes = NPYFile.header(rows: 0, columns: 0)
        let text = "{'descr': '<f8', 'fortran_order': False, 'shape': \(shape), }"
        let padded = text + String(repeating: " ", count: bytes.count - 10 - text.utf8.count - 1) + "\n"
        bytes = Array(bytes.prefix(10)) + Array(padded.utf8) + [UInt8](repeating: 0, count: 8)
        #expect(NPYMatrix(bytes: bytes) == nil)
    }

    /// A full disk is an error, never a trap (a non-throwing `FileHandle.write` trapped
    /// and left half a `samples.npy`); the temporary file is removed and the target untouched.
    @Test func aFullDiskThrowsAndLeavesNothing() throws {
        let dir = try Plansim.scratchDirectory()
        let url = dir.appendingPathComponent("samples.npy"),
            temporary = dir.appendingPathComponent(".samples.npy.tmp-1")
        _ = FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        #expect(throws: (any Error).self) {
            _ = try StreamedFile(url, temporary: temporary, handle: full, header: Data(count: 4096))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
