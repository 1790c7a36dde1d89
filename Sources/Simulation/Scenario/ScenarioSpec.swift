public import Forecasting
import Foundation
public import PlanData

/// A number a scenario states, possibly uncertain: drawn once per path.
public enum Distribution: Sendable, Equatable, CustomStringConvertible {
    case constant(Double)
    case normal(mean: Double, sd: Double)
    case uniform(lower: Double, upper: Double)
    case triangular(lower: Double, mode: Double, upper: Double)
    /// `exp(N(mu, sigma²))`: mu and sigma are those of the log.
    case lognormal(mu: Double, sigma: Double)

    /// The value the deterministic path uses: the mean (for lognormal, `exp(mu + σ²/2)`).
    public var mean: Double {
        switch self {
        case .constant(let v): return v
        case .normal(let m, _): return m
        case .uniform(let a, let b): return (a + b) / 2
        case .triangular(let a, let m, let b): return (a + m + b) / 3
        case .lognormal(let mu, let s): return exp(mu + s * s / 2)
        }
    }

    public var description: String {
        switch self {
        case .constant(let v): return "\(v)"
        case .normal(let m, let s): return "normal(\(m), \(s))"
        case .uniform(let a, let b): return "uniform(\(a), \(b))"
        case .triangular(let a, let m, let b): return "triangular(\(a), \(m), \(b))"
        case .lognormal(let mu, let s): return "lognormal(\(mu), \(s))"
        }
    }
}

/// What a scenario says about one indicator over some years. Rates are fractions
/// (0.05 = 5 %); absolute amounts are in the indicator's unit.
public enum Adjustment: Sendable, Equatable {
    /// Growth per year replaces the model's over `years` (shocks still apply).
    case growth(years: ClosedRange<Int>, rate: Distribution)
    /// Interpolate to a level: constant growth from the year before the first
    /// projected year to `level` in `year`.
    case level(year: Int, value: Distribution)
    /// A permanent step in `year`: relative (`+5 %`) or absolute (`+2` in the unit).
    case step(year: Int, amount: Distribution, relative: Bool)
    /// A shock over `years`: one-off (the level returns after `years`) or permanent.
    case shock(years: ClosedRange<Int>, amount: Distribution, relative: Bool, permanent: Bool)
    /// Growth is `elasticity ×` the driver's growth over `years` (plus own shocks).
    case growsAs(driver: String, elasticity: Distribution, years: ClosedRange<Int>)
    /// Levels fixed in given years (from a CSV file).
    case levels([Int: Double])
    /// An add-factor: added to each year's growth over `years`, on top of the model.
    case addFactor(years: ClosedRange<Int>, rate: Distribution)
}

extension Adjustment {
    /// The statement word of this kind of adjustment (`growth`, `step`, `shock`, …).
    public var kindName: String {
        switch self {
        case .growth: return "growth"
        case .level: return "level"
        case .step: return "step"
        case .shock: return "shock"
        case .growsAs: return "grows_as"
        case .levels: return "levels_from"
        case .addFactor: return "add_factor"
        }
    }
}

/// A check on results, reported as passed or failed after a run.
public struct ResultCheck: Sendable, Equatable {
    public enum Statistic: String, Sendable, CaseIterable { case min, max, mean, p5, p10, p25, p50, p75, p90, p95 }
    public enum Comparison: String, Sendable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }
    public let indicator: String
    public let statistic: Statistic
    public let comparison: Comparison
    public let bound: Double
    /// Years the check covers.
    public let years: ClosedRange<Int>
    /// The check as written, for reports.
    public let text: String

    public init(
        indicator: String, statistic: Statistic, comparison: Comparison, bound: Double, years: ClosedRange<Int>,
        text: String
    ) {
        self.indicator = indicator
        self.statistic = statistic
        self.comparison = comparison
        self.bound = bound
        self.years = years
        self.text = text
    }
}

/// A compiled scenario: everything the engine needs, as plain values.
public struct ScenarioSpec: Sendable {
    public var name: String
    /// The last simulated year; compiling a scenario sets it from the plan
    /// (``PlanData/Dataset/defaultHorizon``) unless the scenario states one.
    public var horizon: Int = BaselineAssumptions.convergenceYear
    public var paths: Int = 100_000
    public var seed: UInt64 = 20_210_929
    /// A planner's CSV (path resolved against the scenario's directory), or nil.
    public var dataFile: String?
    public var outputs: [String] = ["md", "html", "csv", "json"]
    public var language: String = "zh"
    public var adjustments: [String: [Adjustment]] = [:]
    public var models: [String: ModelFamily] = [:]
    /// Prior overrides: for an indicator's damped model (`growth_now`,
    /// `growth_long_run`) or for the linked core (`linked` and a parameter name).
    public var priors: [String: [String: Prior]] = [:]
    /// Target overrides by indicator.
    public var targets: [String: PlanTarget] = [:]
    /// Inversion requests: target indicator and probabilities.
    public var inversions: [(indicator: String, probability: Double)] = []
    public var checks: [ResultCheck] = []

    public init(name: String) { self.name = name }
}
