import Foundation
import LinearAlgebra

/// Fills in the years a printed period sum covers but the plan does not print one by one.
///
/// Method (Denton-type benchmarking, in growth rates): over the years of the sum, find
/// the path `x_t = exp(u_t)` whose log has the smallest second differences — the
/// smoothest path of growth rates — subject to meeting every known level exactly and
/// every printed sum exactly. The sum is nonlinear in `u`, so it is linearized at the
/// current path and the equality-constrained least-squares problem
/// `min ‖D₂·u‖ subject to B·u = d` is solved by LAPACK `dgglse`, repeated (a Newton
/// iteration on the constraints) until every constraint holds to 1e-12 relative. With a
/// sum and one level over five years the answer is the constant-growth path that meets
/// both. References: Denton (1971), *JASA* 66:99–102; Dagum & Cholette (2006),
/// *Benchmarking, Temporal Distribution and Reconciliation Methods*, ch. 6.
///
/// Indicators with no printed sum keep exactly the points they have: no history is
/// invented for them.
public enum HistoryReconstruction {
    /// Relative error to which every constraint is met.
    public static let tolerance = 1e-12

    /// The dataset with reconstructed points added (and a note for any sum it could not use).
    public static func reconstruct(_ dataset: Dataset) -> Dataset {
        var result = dataset
        for sum in dataset.sums {
            var series = result.series(sum.indicator)
            let unknown = sum.years.filter { year in
                guard let p = series.point(in: year) else { return true }
                return p.origin == .reconstructed
            }
            if unknown.isEmpty {
                let supplied = sum.years.compactMap { series.value(in: $0) }.reduce(0, +)
                if abs(supplied - sum.value) > 0.005 * sum.value {
                    result.notes.append(
                        noteUnused(
                            sum, reasonZH: "用户数据已覆盖全部年份，其合计为\(format(supplied))",
                            reasonEN: "the supplied values cover every year and sum to \(format(supplied))"))
                }
                continue
            }
            let fixed = sum.years.compactMap { year -> (Int, Double)? in
                guard let p = series.point(in: year), p.origin != .reconstructed else { return nil }
                return (year, p.value)
            }
            guard let path = try? smoothestPath(years: sum.years, total: sum.value, fixed: fixed) else {
                result.notes.append(
                    noteUnused(
                        sum, reasonZH: "与已知年度数值矛盾（无正值路径满足合计）",
                        reasonEN: "it contradicts the known yearly values (no positive path meets it)"))
                for year in unknown where series.point(in: year)?.origin == .reconstructed {
                    series = Series(indicator: series.indicator, points: series.points.filter { $0.year != year })
                }
                result.series[sum.indicator] = series
                continue
            }
            for year in unknown {
                series.set(
                    SeriesPoint(
                        year: year, value: path[year - sum.years.lowerBound], origin: .reconstructed,
                        note:
                            "smoothest growth path meeting the \(sum.years.lowerBound)–\(sum.years.upperBound) sum \(format(sum.value))"
                    ))
            }
            result.series[sum.indicator] = series
        }
        return result
    }

    /// The smoothest positive path over `years` whose values sum to `total` and equal
    /// `fixed` where given.
    ///
    /// - Throws: ``LinearAlgebraError`` when the constraints cannot be met by a positive
    ///   path (the Newton iteration does not converge) or are dependent.
    public static func smoothestPath(years: ClosedRange<Int>, total: Double, fixed: [(Int, Double)]) throws -> [Double]
    {
        let n = years.count
        let first = years.lowerBound
        let freeCount = n - fixed.count
        let fixedSum = fixed.reduce(0) { $0 + $1.1 }
        guard freeCount > 0, total - fixedSum > 0, fixed.allSatisfy({ $0.1 > 0 }) else {
            throw LinearAlgebraError.didNotConverge(
                routine: "history reconstruction", detail: "no positive path meets the sum")
        }
        // Start: known years at their values, the others sharing what the sum leaves.
        var u = [Double](repeating: log((total - fixedSum) / Double(freeCount)), count: n)
        for (year, value) in fixed { u[year - first] = log(value) }
        let p = fixed.count + 1
        let order = min(2, p, n - 1)
        let differences = differenceMatrix(n: n, order: order)
        for _ in 0..<100 {
            let x = u.map { exp($0) }
            var b = Matrix(rows: p, columns: n)
            var d = [Double](repeating: 0, count: p)
            for (row, (year, value)) in fixed.enumerated() {
                b[row, year - first] = 1
                d[row] = log(value)
            }
            // Σ e^{u₀}(1 + u − u₀) = total, scaled by 1/total.
            for t in 0..<n { b[p - 1, t] = x[t] / total }
            d[p - 1] = (total - x.reduce(0, +) + zip(x, u).reduce(0) { $0 + $1.0 * $1.1 }) / total
            let next = try differences.constrainedLeastSquares(
                [Double](repeating: 0, count: differences.rows), constraints: b, equal: d)
            let step = zip(next, u).map { abs($0 - $1) }.max() ?? 0
            u = next
            let sumError = abs(u.reduce(0) { $0 + exp($1) } - total) / total
            if step < 1e-14 && sumError <= tolerance { return u.map { exp($0) } }
            if sumError <= tolerance * 1e-2 { return u.map { exp($0) } }
        }
        throw LinearAlgebraError.didNotConverge(routine: "history reconstruction", detail: "the sum could not be met")
    }

    /// The `(n − order) × n` matrix of `order`-th differences (order 1 or 2; 0 gives I).
    static func differenceMatrix(n: Int, order: Int) -> Matrix {
        let weights: [Double] = order == 2 ? [1, -2, 1] : order == 1 ? [-1, 1] : [1]
        var m = Matrix(rows: n - order, columns: n)
        for row in 0..<(n - order) { for (k, w) in weights.enumerated() { m[row, row + k] = w } }
        return m
    }

    static func noteUnused(_ sum: PeriodSum, reasonZH: String, reasonEN: String) -> DataNote {
        DataNote(
            id: "sum_unused_\(sum.indicator)", indicator: sum.indicator,
            textZH: "未使用规划所列\(sum.years.lowerBound)–\(sum.years.upperBound)年合计\(format(sum.value))：\(reasonZH)。",
            textEN:
                "The printed \(sum.years.lowerBound)–\(sum.years.upperBound) sum \(format(sum.value)) was not used: \(reasonEN)."
        )
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.6g", value)
    }
}
