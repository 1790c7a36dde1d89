/// Moments of a sample, with the divisor in the name: `sample…` divides the sum of squared
/// deviations by n − 1 (the unbiased estimator of a population's variance from a sample),
/// `population…` by n (the variance of the values themselves, e.g. of fitted residuals).
///
/// Every sum runs left to right in array order, so results are the same bits on every run
/// and platform (callers rely on this for bit-identical forecasts).
extension Statistics {
    /// The arithmetic mean `Σx / n`; NaN for an empty sample.
    public static func mean(_ x: [Double]) -> Double {
        x.reduce(0, +) / Double(x.count)
    }

    /// `Σ(x − mean)²`, summed in array order.
    static func sumOfSquaredDeviations(_ x: [Double]) -> Double {
        let m = mean(x)
        return x.reduce(0) { $0 + ($1 - m) * ($1 - m) }
    }

    /// `Σ(x − mean)² / (n − 1)`; NaN for fewer than two values.
    public static func sampleVariance(_ x: [Double]) -> Double {
        x.count < 2 ? .nan : sumOfSquaredDeviations(x) / Double(x.count - 1)
    }

    /// `Σ(x − mean)² / n`; NaN for an empty sample, 0 for one value.
    public static func populationVariance(_ x: [Double]) -> Double {
        sumOfSquaredDeviations(x) / Double(x.count)
    }

    /// `√sampleVariance` (divisor n − 1); NaN for fewer than two values.
    public static func sampleStandardDeviation(_ x: [Double]) -> Double {
        sampleVariance(x).squareRoot()
    }

    /// `√populationVariance` (divisor n); NaN for an empty sample.
    public static func populationStandardDeviation(_ x: [Double]) -> Double {
        populationVariance(x).squareRoot()
    }
}
