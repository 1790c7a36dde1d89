/// Correlation coefficients of paired samples.
extension Statistics {
    /// Pearson's product-moment correlation
    /// `Σ(a − ā)(b − b̄) / √(Σ(a − ā)² · Σ(b − b̄)²)`, sums in array order.
    /// NaN when the lengths differ, when there are fewer than two pairs, or when either
    /// sample is constant (the coefficient is undefined there, not zero).
    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count, a.count > 1 else { return .nan }
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            let da = a[i] - ma, db = b[i] - mb
            sab += da * db
            saa += da * da
            sbb += db * db
        }
        guard saa > 0, sbb > 0 else { return .nan }
        return sab / (saa * sbb).squareRoot()
    }

    /// Spearman's rank correlation: ``pearson(_:_:)`` of the mid-ranks
    /// (``ranks(_:)``), which is what scipy.stats.spearmanr computes, ties included.
    public static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count else { return .nan }
        return pearson(ranks(a), ranks(b))
    }

    /// 1-based mid-ranks: tied values share the mean of the ranks they occupy
    /// (scipy.stats.rankdata's `average` method). NaN values sort as unordered, so
    /// callers rank only finite data.
    public static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var r = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let mid = Double(i + j) / 2 + 1
            for k in i...j { r[order[k]] = mid }
            i = j + 1
        }
        return r
    }
}
