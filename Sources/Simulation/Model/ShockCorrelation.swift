import Forecasting
import Foundation
public import LinearAlgebra
public import PlanData
import Statistics

/// The correlation of yearly shocks across indicators, estimated from each indicator's
/// log growth around its own mean measured growth, where the data allow it.
public enum ShockCorrelation {
    /// The fewest overlapping measured residual years a pair needs.
    public static let minimumOverlap = 3

    /// The correlation matrix of shocks across `indicators` (in that order) and its
    /// Cholesky factor.
    ///
    /// A pair's correlation is the Pearson correlation of the two indicators' yearly log
    /// growth deviations (log growth minus that indicator's mean measured log growth; not
    /// the residuals of a fitted model) over years where both have measured consecutive
    /// points — printed or user, never reconstructed, which would follow the printed sums
    /// and carry no shock — shrunk toward zero by `n/(n + 5)` so that a few years cannot
    /// claim a strong link. Pairs with fewer than
    /// ``minimumOverlap`` years are uncorrelated. If the result is not positive definite
    /// (`dpotrf` fails), the identity is used.
    public static func estimate(_ dataset: Dataset, indicators: [String]) -> (correlation: Matrix, cholesky: Matrix) {
        let residuals = indicators.map { residualsByYear(dataset, $0) }
        var c = Matrix.identity(indicators.count)
        for i in 0..<indicators.count {
            for j in 0..<i {
                let years = Set(residuals[i].keys).intersection(residuals[j].keys).sorted()
                guard years.count >= minimumOverlap else { continue }
                let a = years.map { residuals[i][$0]! }, b = years.map { residuals[j][$0]! }
                let r = Statistics.pearson(a, b) * Double(years.count) / Double(years.count + 5)
                if r.isFinite {
                    c[i, j] = r
                    c[j, i] = r
                }
            }
        }
        if let lower = try? c.choleskyFactorization().lower { return (c, lower) }
        return (.identity(indicators.count), .identity(indicators.count))
    }

    /// Residuals of log growth around the indicator's mean measured growth, by year.
    static func residualsByYear(_ dataset: Dataset, _ id: String) -> [Int: Double] {
        let points = dataset.series(id).points.filter { $0.origin != .reconstructed && $0.value > 0 }
        var growth: [Int: Double] = [:]
        for (a, b) in zip(points, points.dropFirst()) where b.year == a.year + 1 {
            growth[b.year] = log(b.value) - log(a.value)
        }
        guard growth.count >= 2 else { return [:] }
        let mean = growth.values.reduce(0, +) / Double(growth.count)
        return growth.mapValues { $0 - mean }
    }
}
