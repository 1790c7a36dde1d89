/// An `m × n` matrix in double-double, stored column-major as two flat arrays of
/// leading and trailing parts, with the two kernels refinement spends its time in.
struct ExtendedDesign {
    let rows: Int
    let columns: Int
    var hi: [Double]
    var lo: [Double]

    init(columns list: [[DoubleDouble]], scale: [Double]) {
        rows = list.first?.count ?? 0
        columns = list.count
        hi = [Double](repeating: 0, count: rows * columns)
        lo = hi
        for j in 0..<columns {
            for i in 0..<rows {
                hi[i + j * rows] = list[j][i].hi * scale[j]
                lo[i + j * rows] = list[j][i].lo * scale[j]
            }
        }
    }

    /// The leading parts as a `Matrix`, for the double-precision factorization.
    var leading: Matrix { Matrix(rows: rows, columns: columns, columnMajor: hi) }

    /// `b − A·x` in double-double.
    func residual(_ b: [DoubleDouble], _ x: [DoubleDouble]) -> [DoubleDouble] {
        var r = b
        hi.withUnsafeBufferPointer { ah in
            lo.withUnsafeBufferPointer { al in
                r.withUnsafeMutableBufferPointer { rp in
                    for j in 0..<columns {
                        let xh = x[j].hi, xl = x[j].lo
                        if xh == 0 && xl == 0 { continue }
                        let base = j * rows
                        for i in 0..<rows {
                            let aH = ah[base + i], aL = al[base + i]
                            let p = aH * xh
                            let e = (-p).addingProduct(aH, xh) + (aH * xl + aL * xh)
                            rp[i] = rp[i] - DoubleDouble(hi: p, lo: e)
                        }
                    }
                }
            }
        }
        return r
    }

    /// `c − Aᵀ·r`, accumulated in double-double and rounded to double.
    func gradient(_ c: [Double], _ r: [DoubleDouble]) -> [Double] {
        var g = c
        hi.withUnsafeBufferPointer { ah in
            lo.withUnsafeBufferPointer { al in
                r.withUnsafeBufferPointer { rp in
                    for j in 0..<columns {
                        let base = j * rows
                        var s = DoubleDouble(c[j])
                        for i in 0..<rows {
                            let aH = ah[base + i], aL = al[base + i], rH = rp[i].hi, rL = rp[i].lo
                            let p = aH * rH
                            let e = (-p).addingProduct(aH, rH) + (aH * rL + aL * rH)
                            s = s - DoubleDouble(hi: p, lo: e)
                        }
                        g[j] = s.double
                    }
                }
            }
        }
        return g
    }
}
