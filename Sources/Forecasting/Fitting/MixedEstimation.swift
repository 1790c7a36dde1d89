public import LinearAlgebra

/// Theil–Goldberger mixed estimation: data rows and prior rows stacked in one weighted
/// least-squares problem, so a prior acts as extra observations whose weight is explicit.
///
/// `min Σᵢ wᵢ(yᵢ − xᵢβ)²/σ² + Σⱼ (βⱼ − μⱼ)²/sⱼ²`, solved by ``RefinedLeastSquares`` on the
/// stacked, scaled system; the covariance of β is `(AᵀA)⁻¹` of that system (σ known).
/// Reference: H. Theil and A. S. Goldberger, "On pure and mixed statistical estimation in
/// economics", *International Economic Review* 2 (1961) 65–78.
public enum MixedEstimation {
    public struct Result: Sendable {
        public let coefficients: [Double]
        public let covariance: Matrix
        /// Per coefficient, the share of its precision from the prior (0 without one).
        public let priorWeights: [Double]
    }

    /// - Parameters:
    ///   - columns: the design's columns (each `n` long).
    ///   - y: the data.
    ///   - weights: per-row weights `wᵢ` (1 for a measured point).
    ///   - sigma: the standard deviation of a row with weight 1.
    ///   - priors: priors on some coefficients, by index.
    public static func solve(
        columns: [[Double]], y: [Double], weights: [Double], sigma: Double,
        priors: [Int: Prior]
    ) throws(LinearAlgebraError) -> Result {
        let k = columns.count, n = y.count
        var augmented = [[DoubleDouble]](repeating: [], count: k)
        var response: [DoubleDouble] = []
        for i in 0..<n {
            let scale = weights[i].squareRoot() / sigma
            for j in 0..<k { augmented[j].append(DoubleDouble(columns[j][i] * scale)) }
            response.append(DoubleDouble(y[i] * scale))
        }
        for (j, prior) in priors.sorted(by: { $0.key < $1.key }) {
            for c in 0..<k { augmented[c].append(DoubleDouble(c == j ? 1 / prior.sd : 0)) }
            response.append(DoubleDouble(prior.mean / prior.sd))
        }
        let solution = try RefinedLeastSquares.solve(columns: augmented, response: response)
        let cov = solution.unscaledCovariance
        var dataPrecision = [Double](repeating: 0, count: k)
        for j in 0..<k {
            for i in 0..<n { dataPrecision[j] += weights[i] * columns[j][i] * columns[j][i] / (sigma * sigma) }
        }
        let priorWeights = (0..<k).map { j -> Double in
            guard let prior = priors[j] else { return 0 }
            let p = 1 / (prior.sd * prior.sd)
            return p / (p + dataPrecision[j])
        }
        return Result(coefficients: solution.coefficients, covariance: cov, priorWeights: priorWeights)
    }
}
