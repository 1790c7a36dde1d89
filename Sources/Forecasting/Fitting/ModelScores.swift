import Foundation

/// AICc and leave-one-out error on log levels, the scores model selection compares.
public enum ModelScores {
    /// AICc of fitted log levels `fitted` against the history (points from `skip` on):
    /// `−2 log L + 2k + 2k(k+1)/(n−k−1)` with Gaussian errors of variance
    /// `max(RSS/n, σ_floor²)`. The floor applies when the shock SD is a prior (a
    /// reconstructed history fits its own smooth path exactly, and `log 0` would make
    /// any model look infinitely good). nil when `n − k − 1 ≤ 0`.
    public static func aicc(_ h: FitHistory, fitted: [Double], parameters k: Int, sigmaFloor: Double?, skip: Int = 0)
        -> Double?
    {
        let indices = Array(skip..<h.count)
        let n = Double(indices.count)
        guard n - Double(k) - 1 > 0 else { return nil }
        let rss = indices.reduce(0.0) { $0 + pow(h.logValues[$1] - fitted[$1], 2) }
        let sigma2 = max(rss / n, pow(sigmaFloor ?? 0, 2), 1e-300)
        let minus2LogL = n * log(2 * Double.pi * sigma2) + rss / sigma2
        let kk = Double(k)
        return minus2LogL + 2 * kk + 2 * kk * (kk + 1) / (n - kk - 1)
    }

    /// Root-mean-square error of predicting each log level from a fit without it.
    ///
    /// - Parameter refit: given the indices kept, a predictor `(time, lastLog) → log level`,
    ///   or nil when the reduced fit fails.
    public static func leaveOneOut(_ h: FitHistory, refit: ([Int]) throws -> ((Double, Double) -> Double)?) -> Double? {
        guard h.count >= 3 else { return nil }
        var sum = 0.0
        for left in 0..<h.count {
            let keep = (0..<h.count).filter { $0 != left }
            guard let predict = try? refit(keep) else { return nil }
            let e = h.logValues[left] - predict(h.times[left], left > 0 ? h.logValues[left - 1] : .nan)
            sum += e * e
        }
        return (sum / Double(h.count)).squareRoot()
    }
}
