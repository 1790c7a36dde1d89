import Forecasting
import Foundation
import PlanData

/// The lever value at which a target's probability reaches a stated level, or why there
/// is none within the lever's plausible range.
public struct InversionResult: Sendable {
    /// What the search found.
    public enum Outcome: String, Sendable {
        /// The level is reached at ``InversionResult/value`` inside the range.
        case solved
        /// Already reached at the bottom of the range: the target does not need more.
        case metAtLowerBound = "met_at_lower_bound"
        /// Not reached even at the top of the range: ``InversionResult/achieved`` is the
        /// probability there, and ``InversionResult/impliedTotal`` what it would take.
        case notReachable = "not_reachable"
        /// Moving the lever across its whole range changes the probability by less than
        /// Monte Carlo noise: the lever does not drive this target.
        case noEffect = "no_effect"
    }

    public let indicator: String
    public let lever: String
    /// The probability asked for.
    public let level: Double
    /// The lever as a yearly growth rate (fraction): the answer when solved, the bound
    /// when met at the lower bound, nil otherwise.
    public let value: Double?
    /// The plausible range searched (yearly growth rates).
    public let bracket: ClosedRange<Double>
    /// The probability at the answer (or at the range's top when not reachable).
    public let achieved: Double
    public let outcome: Outcome
    /// The plan-period investment total of the deterministic path at the answer (or at
    /// the range's top when not reachable), and the plan's own total, when the plan
    /// states one: "367 亿 over 2021–25, 7.3× the plan".
    public let impliedTotal: Double?
    public let planTotal: Double?
    public let totalYears: ClosedRange<Int>?
    /// The years the lever still moves: the plan period after the last actual investment
    /// (nil when none is left: every outcome is then `no_effect`).
    public var leverYears: ClosedRange<Int>?
}

/// Solves "how much plan-period investment growth makes P(target met) = level?".
///
/// The probability is estimated with common random numbers (the same seed, hence the
/// same draws, at every lever value), which makes it a step function of the lever;
/// bisection on the range then converges to 1e-4 in log growth. Reference for the
/// approach: Glasserman, *Monte Carlo Methods in Financial Engineering* (2003), §4.2.
///
/// The draws are made once and replayed at each lever value through the last target
/// year asked for (``LeverEvaluator``), with the same probabilities, to the bit, as a
/// fresh run at that value: the answers are those of running `MonteCarlo.run` at every
/// point the bisection visits, on any number of threads.
public enum TargetInversion {
    /// The plausible range of plan-period investment growth, in log points: −30 %…+60 %
    /// a year. Beyond it an answer is not a plan but a different economy (+60 % a year
    /// multiplies investment tenfold in five years; the 2016–2020 record fell from
    /// ~19 亿 a year on average to 4.47 in 2020). Answers at a bound are reported as such.
    public static let bracket: ClosedRange<Double> = BaselineAssumptions.investmentGrowthRange

    /// Solves each target of `requests` for each of its probability levels, in order.
    /// The draws are `stream`'s (``RandomStream``). All share one set of kept draws and every evaluation: the bisections start from
    /// the same range, and common random numbers make every evaluation at a given lever
    /// identical.
    public static func solve(
        _ model: SimulationModel, requests: [(indicator: String, levels: [Double])],
        paths: Int, seed: UInt64, threads: Int, stream: RandomStream = .one
    ) -> [InversionResult] {
        let indices = requests.map { request in model.targets.firstIndex { $0.indicator == request.indicator }! }
        let investmentID = model.roles?.investment ?? ""
        let investmentIndex = model.index(of: investmentID)
        var evaluator: LeverEvaluator?
        var memo: [Double: [Double]] = [:], totals: [Double: Double?] = [:]
        func evaluate(_ t: Int, _ lever: Double) -> (p: Double, total: () -> Double?) {
            let kept =
                evaluator
                ?? LeverEvaluator(
                    model, paths: paths, seed: seed, threads: threads, targets: indices, stream: stream)
            evaluator = kept
            let p = memo[lever] ?? kept.probabilities(at: lever)
            memo[lever] = p
            return (
                p[t],
                {
                    if let known = totals[lever] { return known }
                    let total = investmentTotal(
                        model, investmentIndex.map { kept.deterministicPath(indicator: $0, at: lever) })
                    totals[lever] = total
                    return total
                }
            )
        }
        return zip(requests, indices).flatMap { request, t in
            search(model, target: request.indicator, levels: request.levels, paths: paths) { evaluate(t, $0) }
        }
    }

    /// Solves for each probability in `levels` of one target; see ``solve(_:requests:paths:seed:threads:stream:)``.
    public static func solve(
        _ model: SimulationModel, target indicator: String, levels: [Double],
        paths: Int, seed: UInt64, threads: Int
    ) -> [InversionResult] {
        solve(model, requests: [(indicator, levels)], paths: paths, seed: seed, threads: threads)
    }

    /// One level; see ``solve(_:requests:paths:seed:threads:stream:)``.
    public static func solve(
        _ model: SimulationModel, target indicator: String, level: Double,
        paths: Int, seed: UInt64, threads: Int
    ) -> InversionResult {
        solve(model, requests: [(indicator, [level])], paths: paths, seed: seed, threads: threads)[0]
    }

    /// The plan-period investment total of a deterministic path (actual years at their actuals),
    /// when the plan states a period-sum investment target.
    static func investmentTotal(_ model: SimulationModel, _ path: [(year: Int, value: Double)]?) -> Double? {
        let investmentID = model.roles?.investment ?? ""
        guard let investment = model.targets.first(where: { $0.indicator == investmentID && $0.kind == .periodSum }),
            let path
        else { return nil }
        return path.filter { investment.sumYears.contains($0.year) }.reduce(0) {
            $0 + (model.actuals[investmentID]?[$1.year] ?? $1.value)
        }
    }

    /// The search for one target, given `evaluate(lever)`: P(target met) at the lever and
    /// the plan-period investment total there (asked only for the levers reported).
    static func search(
        _ model: SimulationModel, target indicator: String, levels: [Double], paths: Int,
        evaluate: (Double) -> (p: Double, total: () -> Double?)
    ) -> [InversionResult] {
        let investmentID = model.roles?.investment ?? ""
        let investment = model.targets.first { $0.indicator == investmentID && $0.kind == .periodSum }
        let asRate = { (x: Double) in exp(x) - 1 }
        let rateBracket = asRate(bracket.lowerBound)...asRate(bracket.upperBound)
        // The lever moves plan-period years after the last actual investment only.
        var leverYears: ClosedRange<Int>?
        if let fit = model.linked?.fit, fit.investmentAnchorYear < fit.planEndYear {
            leverYears = (fit.investmentAnchorYear + 1)...fit.planEndYear
        }
        func result(
            _ level: Double, _ value: Double?, _ at: (p: Double, total: () -> Double?),
            _ outcome: InversionResult.Outcome
        ) -> InversionResult {
            var r = InversionResult(
                indicator: indicator, lever: "investment_growth_plan", level: level, value: value, bracket: rateBracket,
                achieved: at.p, outcome: outcome, impliedTotal: outcome == .noEffect ? nil : at.total(),
                planTotal: investment?.target, totalYears: investment?.sumYears)
            r.leverYears = leverYears
            return r
        }
        guard leverYears != nil else {
            let none = (p: Double.nan, total: { Double?.none })
            return levels.map { result($0, nil, none, .noEffect) }
        }
        let low = evaluate(bracket.lowerBound), high = evaluate(bracket.upperBound)
        // Monte Carlo noise of a probability from `paths` paths, at its largest (p = ½): 3 SE.
        let noise = 3 * (0.25 / Double(max(paths, 1))).squareRoot()
        return levels.map { level in
            if low.p >= level { return result(level, asRate(bracket.lowerBound), low, .metAtLowerBound) }
            if abs(high.p - low.p) <= noise { return result(level, nil, high, .noEffect) }
            if high.p < level { return result(level, nil, high, .notReachable) }
            var lo = bracket.lowerBound, hi = bracket.upperBound, atHi = high
            while hi - lo > 1e-4 {
                let mid = 0.5 * (lo + hi)
                let here = evaluate(mid)
                if here.p >= level {
                    hi = mid
                    atHi = here
                } else {
                    lo = mid
                }
            }
            return result(level, asRate(hi), atHi, .solved)
        }
    }
}
