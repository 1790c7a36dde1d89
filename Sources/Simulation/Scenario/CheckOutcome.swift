/// A result check after a run: passed or failed, with the value that decided it.
public struct CheckOutcome: Sendable {
    public let check: ResultCheck
    public let passed: Bool
    /// The worst value over the check's years (the one closest to failing).
    public let value: Double
    public let year: Int

    /// Evaluates `checks` on `result`.
    public static func evaluate(_ checks: [ResultCheck], on result: MonteCarloResult) -> [CheckOutcome] {
        checks.compactMap { c in
            guard let outcome = result.indicators.first(where: { $0.indicator == c.indicator }) else { return nil }
            let values = outcome.years.filter { c.years.contains($0.year) }.map { y -> (Int, Double) in
                let v: Double
                switch c.statistic {
                case .min: v = y.minimum
                case .max: v = y.maximum
                case .mean: v = y.truncatedMean
                case .p5: v = y.p5
                case .p10: v = y.p10
                case .p25: v = y.p25
                case .p50: v = y.p50
                case .p75: v = y.p75
                case .p90: v = y.p90
                case .p95: v = y.p95
                }
                return (y.year, v)
            }
            let lowerIsWorse = c.comparison == .greater || c.comparison == .greaterOrEqual
            guard let worst = (lowerIsWorse ? values.min { $0.1 < $1.1 } : values.max { $0.1 < $1.1 }) else {
                return nil
            }
            let ok: Bool
            switch c.comparison {
            case .less: ok = worst.1 < c.bound
            case .lessOrEqual: ok = worst.1 <= c.bound
            case .greater: ok = worst.1 > c.bound
            case .greaterOrEqual: ok = worst.1 >= c.bound
            }
            return CheckOutcome(check: c, passed: ok, value: worst.1, year: worst.0)
        }
    }
}
