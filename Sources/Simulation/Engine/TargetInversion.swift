import Foundation
public import PlanData

/// The lever value at which a target's probability reaches a stated level.
public struct InversionResult: Sendable {
    public let indicator: String
    public let lever: String
    /// The probability asked for.
    public let level: Double
    /// The lever as a yearly growth rate (fraction), nil when the level is out of reach
    /// inside the bracket.
    public let value: Double?
    /// The bracket searched (yearly growth rates).
    public let bracket: ClosedRange<Double>
    /// The probability at the answer (or at the bracket's end when out of reach).
    public let achieved: Double
}

/// Solves "how much plan-period investment growth makes P(target met) = level?".
///
/// The probability is estimated with common random numbers (the same seed, hence the
/// same draws, at every lever value), which makes it a monotone step function of the
/// lever; bisection on the bracket then converges to 1e-4 in log growth. Reference for
/// the approach: Glasserman, *Monte Carlo Methods in Financial Engineering* (2003), §4.2.
public enum TargetInversion {
    /// The bracket of plan-period investment growth, in log points (−39 %…+172 % a year).
    public static let bracket: ClosedRange<Double> = -0.5...1.0

    /// Solves for each probability in `levels`; evaluations are shared between levels
    /// (both bisections start from the same bracket and common random numbers make
    /// every evaluation at a given lever identical).
    public static func solve(_ model: SimulationModel, target indicator: String, levels: [Double],
                             paths: Int, seed: UInt64, threads: Int) -> [InversionResult] {
        let index = model.targets.firstIndex { $0.indicator == indicator }!
        var memo: [Double: Double] = [:]
        func probability(_ lever: Double) -> Double {
            if let known = memo[lever] { return known }
            var options = RunOptions(paths: paths, seed: seed, threads: threads)
            options.lever = lever
            options.probabilitiesOnly = true
            let p = MonteCarlo.run(model, options: options).targets[index].probability
            memo[lever] = p
            return p
        }
        let asRate = { (x: Double) in exp(x) - 1 }
        let rateBracket = asRate(bracket.lowerBound)...asRate(bracket.upperBound)
        return levels.map { level in
            var lo = bracket.lowerBound, hi = bracket.upperBound
            let pLo = probability(lo), pHi = probability(hi)
            if pHi < level {
                return InversionResult(indicator: indicator, lever: "investment_growth_plan", level: level, value: nil,
                                       bracket: rateBracket, achieved: pHi)
            }
            if pLo >= level {
                return InversionResult(indicator: indicator, lever: "investment_growth_plan", level: level, value: asRate(lo),
                                       bracket: rateBracket, achieved: pLo)
            }
            var pAtHi = pHi
            while hi - lo > 1e-4 {
                let mid = 0.5 * (lo + hi)
                let p = probability(mid)
                if p >= level { hi = mid; pAtHi = p } else { lo = mid }
            }
            return InversionResult(indicator: indicator, lever: "investment_growth_plan", level: level, value: asRate(hi),
                                   bracket: rateBracket, achieved: pAtHi)
        }
    }

    /// One level; see ``solve(_:target:levels:paths:seed:threads:)``.
    public static func solve(_ model: SimulationModel, target indicator: String, level: Double,
                             paths: Int, seed: UInt64, threads: Int) -> InversionResult {
        solve(model, target: indicator, levels: [level], paths: paths, seed: seed, threads: threads)[0]
    }
}
