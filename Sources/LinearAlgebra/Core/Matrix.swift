/// A dense matrix of `Double`, stored column-major so LAPACK reads it as it is.
///
/// `Matrix` is a value type: copies are cheap until written (the storage is an
/// array). Shape mismatches are programming errors and trap with the shapes in the
/// message; bad *data* (a singular system, a failed factorization) is reported by the
/// throwing operations as ``LinearAlgebraError``.
public struct Matrix: Equatable, Sendable, CustomStringConvertible {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries, column after column: entry (i, j) is `storage[i + j * rows]`.
    public internal(set) var storage: [Double]

    /// A `rows × columns` matrix with every entry equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix shape must be non-negative, got \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over column-major entries; `columnMajor.count` must be `rows * columns`.
    public init(rows: Int, columns: Int, columnMajor: [Double]) {
        precondition(
            columnMajor.count == rows * columns,
            "\(rows)×\(columns) matrix needs \(rows * columns) entries, got \(columnMajor.count)")
        self.rows = rows
        self.columns = columns
        self.storage = columnMajor
    }

    /// A matrix from its rows, as written on paper; every row must have the same length.
    public init(_ rowList: [[Double]]) {
        let r = rowList.count
        let c = rowList.first?.count ?? 0
        var entries = [Double](repeating: 0, count: r * c)
        for (i, row) in rowList.enumerated() {
            precondition(row.count == c, "row \(i) has \(row.count) entries, expected \(c)")
            for j in 0..<c { entries[i + j * r] = row[j] }
        }
        self.init(rows: r, columns: c, columnMajor: entries)
    }

    /// A matrix whose columns are the given vectors, which must share one length.
    public init(columns columnList: [[Double]]) {
        let r = columnList.first?.count ?? 0
        for (j, col) in columnList.enumerated() {
            precondition(col.count == r, "column \(j) has \(col.count) entries, expected \(r)")
        }
        self.init(rows: r, columns: columnList.count, columnMajor: columnList.flatMap { $0 })
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// Entry (i, j), zero-based.
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) outside \(rows)×\(columns)")
            return storage[i + j * rows]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) outside \(rows)×\(columns)")
            storage[i + j * rows] = newValue
        }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "column \(j) outside 0..<\(columns)")
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { self[i, $0] }
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] }
        }
        return t
    }

    /// The diagonal entries.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { self[$0, $0] }
    }

    /// Gives scoped mutable access to the column-major storage (for LAPACK calls).
    public mutating func withUnsafeMutableStorage<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows
        -> R
    {
        try storage.withUnsafeMutableBufferPointer { try body($0) }
    }

    /// Gives scoped read access to the column-major storage.
    public func withUnsafeStorage<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    public var description: String {
        (0..<rows).map { i in row(i).map { "\($0)" }.joined(separator: "\t") }.joined(separator: "\n")
    }
}
