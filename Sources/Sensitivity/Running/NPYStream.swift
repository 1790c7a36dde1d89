import Foundation

/// A float64 matrix as a NumPy `.npy` file (format version 1.0: the magic `\x93NUMPY`,
/// the version, a little-endian UInt16 header length, a Python-literal header padded
/// with spaces to a multiple of 64 bytes, then the values little-endian in row-major
/// order), read by `numpy.load` as it stands. The rows are produced and written a chunk
/// at a time into a temporary file renamed into place at the end, so memory stays
/// bounded at any number of rows. Exact: no formatting, no rounding.
enum NPYStream {
    static let chunkRows = 65_536

    /// The header of a `rows × columns` float64 matrix in C order.
    static func header(rows: Int, columns: Int) -> [UInt8] {
        var text = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(rows), \(columns)), }"
        let total = (10 + text.utf8.count + 1 + 63) / 64 * 64
        text += String(repeating: " ", count: total - 10 - text.utf8.count - 1) + "\n"
        let length = UInt16(text.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(text.utf8)
    }

    /// Writes the matrix whose rows `range` `chunk` returns (row after row, `columns`
    /// values a row) to `url`.
    static func write(rows: Int, columns: Int, to url: URL, _ chunk: (Range<Int>) -> [Double]) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(header(rows: rows, columns: columns))),
              let handle = FileHandle(forWritingAtPath: temporary.path) else { throw CocoaError(.fileWriteUnknown) }
        handle.seekToEndOfFile()
        for first in stride(from: 0, to: rows, by: chunkRows) {
            let values = chunk(first..<min(first + chunkRows, rows))
            var bytes = [UInt8](repeating: 0, count: values.count * 8)
            bytes.withUnsafeMutableBytes { raw in
                for (i, v) in values.enumerated() { raw.storeBytes(of: v.bitPattern.littleEndian, toByteOffset: i * 8, as: UInt64.self) }
            }
            handle.write(Data(bytes))
        }
        try handle.close()
        guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
