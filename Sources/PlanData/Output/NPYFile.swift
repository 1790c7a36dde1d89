public import Foundation

/// A float64 C-order matrix as a NumPy `.npy` file — the one writer (`sweep`, `merge`)
/// and the one reader (`report`) of the format. The writer emits version 1.0 (the magic
/// `\x93NUMPY`, the version, a little-endian UInt16 header length, a Python-literal header
/// padded with spaces to a multiple of 64 bytes, then the values little-endian in
/// row-major order), read by `numpy.load` as it stands; the reader takes versions 1.0 and
/// 2.0 of that layout and checks the shape against the file's size without overflow.
public enum NPYFile {
    /// Rows produced and written at a time: memory stays bounded at any number of rows.
    public static let chunkRows = 65_536

    /// The header of a `rows × columns` float64 matrix in C order.
    public static func header(rows: Int, columns: Int) -> [UInt8] {
        var text = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(rows), \(columns)), }"
        let total = (10 + text.utf8.count + 1 + 63) / 64 * 64
        text += String(repeating: " ", count: total - 10 - text.utf8.count - 1) + "\n"
        let length = UInt16(text.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(text.utf8)
    }

    /// Writes the matrix whose rows `range` `chunk` returns (row after row, `columns`
    /// values a row) to `url`, through a ``StreamedFile``. Exact: no formatting, no rounding.
    ///
    /// - Throws: the file system's error (a full disk, say); then `url` is untouched.
    public static func write(rows: Int, columns: Int, to url: URL, _ chunk: (Range<Int>) -> [Double]) throws {
        let file = try StreamedFile(url, header: Data(header(rows: rows, columns: columns)))
        for first in stride(from: 0, to: rows, by: chunkRows) {
            let values = chunk(first..<min(first + chunkRows, rows))
            var bytes = [UInt8](repeating: 0, count: values.count * 8)
            bytes.withUnsafeMutableBytes { raw in
                for (i, v) in values.enumerated() {
                    raw.storeBytes(of: v.bitPattern.littleEndian, toByteOffset: i * 8, as: UInt64.self)
                }
            }
            try file.append(Data(bytes))
        }
        try file.finish()
    }
}

/// A float64 C-order matrix read from a `.npy` file (see ``NPYFile``).
public struct NPYMatrix: Sendable {
    public let rows: Int, columns: Int
    private let values: [Double]

    /// Nil when the file is missing, over `sizeLimit` bytes, or not such a matrix (a
    /// shape whose size overflows or differs from the data is not).
    public init?(_ url: URL, sizeLimit: Int) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
            size <= sizeLimit,
            let data = try? Data(contentsOf: url), data.count <= sizeLimit
        else { return nil }
        self.init(bytes: [UInt8](data))
    }

    /// The matrix in `bytes`, or nil.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 12, Array(bytes.prefix(6)) == [0x93] + Array("NUMPY".utf8) else { return nil }
        let major = bytes[6]
        guard major == 1 || major == 2 else { return nil }
        let (headerLength, start) =
            major == 1
            ? (Int(bytes[8]) | Int(bytes[9]) << 8, 10)
            : (Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24, 12)
        guard headerLength <= bytes.count - start,
            let header = String(bytes: bytes[start..<(start + headerLength)], encoding: .ascii),
            header.contains("'<f8'"), header.contains("'fortran_order': False"),
            let open = header.range(of: "'shape': ("), let close = header[open.upperBound...].firstIndex(of: ")")
        else { return nil }
        let shape = header[open.upperBound..<close].split(separator: ",").map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard shape.count == 2, let r = shape[0], let c = shape[1], r >= 0, c >= 0 else { return nil }
        let (count, overflow) = r.multipliedReportingOverflow(by: c)
        let first = start + headerLength
        guard !overflow, count <= (bytes.count - first) / 8, bytes.count - first == count * 8 else { return nil }
        rows = r
        columns = c
        values = bytes.withUnsafeBytes { raw in
            (0..<count).map {
                Double(
                    bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: first + $0 * 8, as: UInt64.self))
                )
            }
        }
    }

    /// Row `r` (0 ≤ r < ``rows``).
    public func row(_ r: Int) -> [Double] { Array(values[(r * columns)..<((r + 1) * columns)]) }
}
