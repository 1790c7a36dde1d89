import Foundation

extension EffectDirection {
    /// The directions from `samples.npy` and `outputs.npy` (the sweep's default files),
    /// with the input names from `indices.json`; nil when the folder has no such files
    /// (a `--csv` sweep) or they do not read as the sweep wrote them.
    static func fromNPYFolder(_ folder: URL, sizeLimit: Int) -> [String: Double]? {
        let file = { (name: String) in folder.appendingPathComponent(name) }
        guard let samples = NPYMatrix(file("samples.npy"), sizeLimit: sizeLimit),
              let outputs = NPYMatrix(file("outputs.npy"), sizeLimit: sizeLimit),
              samples.rows == outputs.rows, outputs.columns > 0,
              let data = try? Data(contentsOf: file("indices.json")),
              let indices = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let inputs = indices["inputs"] as? [[String: Any]] else { return nil }
        let names = inputs.compactMap { $0["name"] as? String }
        guard names.count == samples.columns else { return nil }
        let rows = sampledRows(count: samples.rows)  // the rows `plansim sweep` used
        let rho = rankCorrelations(samples: rows.map { samples.row($0) }, measure: rows.map { outputs.row($0).last ?? .nan })
        return Dictionary(zip(names, rho), uniquingKeysWith: { a, _ in a })
    }
}

/// A float64 C-order matrix read from a NumPy `.npy` file of format 1.0 or 2.0 (what
/// `plansim sweep` writes: `descr '<f8'`, `fortran_order False`, a 2-D shape).
struct NPYMatrix {
    let rows: Int, columns: Int
    private let values: [Double]

    /// Nil when the file is missing, over `sizeLimit` bytes, or not such a matrix.
    init?(_ url: URL, sizeLimit: Int) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size <= sizeLimit,
              let data = try? Data(contentsOf: url), data.count >= 10,
              Array(data.prefix(6)) == [0x93] + Array("NUMPY".utf8) else { return nil }
        let bytes = [UInt8](data)
        let major = bytes[6]
        let (headerLength, start) = major == 1 ? (Int(bytes[8]) | Int(bytes[9]) << 8, 10)
            : (Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24, 12)
        guard major == 1 || major == 2, start + headerLength <= bytes.count,
              let header = String(bytes: bytes[start..<(start + headerLength)], encoding: .ascii),
              header.contains("'<f8'"), header.contains("'fortran_order': False"),
              let open = header.range(of: "'shape': ("), let close = header[open.upperBound...].firstIndex(of: ")") else { return nil }
        let shape = header[open.upperBound..<close].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard shape.count == 2 else { return nil }
        let first = start + headerLength
        guard bytes.count - first == shape[0] * shape[1] * 8 else { return nil }
        rows = shape[0]; columns = shape[1]
        values = bytes.withUnsafeBytes { raw in
            (0..<(shape[0] * shape[1])).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: first + $0 * 8, as: UInt64.self))) }
        }
    }

    func row(_ r: Int) -> [Double] { Array(values[(r * columns)..<((r + 1) * columns)]) }
}
