public import LinearAlgebra
public import PlanData

/// One parameter of a fitted model, with where its value came from.
public struct ParameterEstimate: Sendable, Equatable {
    public let name: String
    public let estimate: Double
    public let standardError: Double
    /// The prior, when one was combined with the data.
    public let prior: Prior?
    /// Share of the estimate's precision that comes from the prior: 0 = data only,
    /// 1 = prior only.
    public let priorWeight: Double
}

/// GM(1,1)'s accuracy grades: posterior-variance ratio C and small-error probability P.
public struct GreyGrades: Sendable, Equatable {
    public let c: Double
    public let p: Double
    /// 1 (good) … 4 (unqualified), by the usual thresholds (C < 0.35 & P > 0.95; < 0.5 &
    /// > 0.8; < 0.65 & > 0.7; otherwise).
    public var grade: Int {
        if c < 0.35 && p > 0.95 { return 1 }
        if c < 0.5 && p > 0.8 { return 2 }
        if c < 0.65 && p > 0.7 { return 3 }
        return 4
    }
}

/// How a fitted model projects: the log growth of each future year from its parameters.
public enum GrowthRule: Sendable, Equatable {
    /// `g_t = p[0]`.
    case constant
    /// `g_t = p[1] + (p[0] − p[1])·φ^{t−t_last}`, φ = 0.05^{1/(year − t_last)}.
    case damped(convergenceYear: Int)
    /// `g_t = p[0] + p[1]·g_{t−1}`, starting from the last observed growth.
    case ar1(lastGrowth: Double)
    /// Growth of a saturation curve with parameters `p[0…2]` (K, r, t₀).
    case logistic
    case gompertz

    /// The kernel's step for each kind of rule (the rule without its parameters); its raw
    /// value is the rule's `kind` in `plansim fit --json`.
    public enum Step: String, Sendable, CaseIterable {
        case constant, damped, ar1, logistic, gompertz
    }

    /// Which step this rule is.
    public var step: Step {
        switch self {
        case .constant: .constant
        case .damped: .damped
        case .ar1: .ar1
        case .logistic: .logistic
        case .gompertz: .gompertz
        }
    }
}

/// A model fitted to one indicator, with everything `plansim fit` reports and the
/// simulation needs.
public struct FittedModel: Sendable {
    public let family: ModelFamily
    public let indicator: String
    public let parameters: [ParameterEstimate]
    /// Covariance of the parameters (data and prior combined).
    public let covariance: Matrix
    /// Standard deviation of the yearly shock to log level.
    /// A record longer than ``ModelSelection/recentYears`` takes it from the same family
    /// fitted on the whole record (``ModelSelection/fit(_:in:fixed:priors:)``).
    public internal(set) var residualSD: Double
    /// Whether `residualSD` is the prior's (the data could not estimate it).
    public internal(set) var residualSDFromPrior: Bool
    /// AICc on log levels; nil when there are too few points.
    public let aicc: Double?
    /// Leave-one-out RMSE of log level; nil when there are too few points.
    public let looRMSE: Double?
    /// Points the fit used.
    public let observations: Int
    /// Whether any of them was reconstructed.
    public let reconstructed: Bool
    /// What to keep in mind when reading the fit, in both languages.
    public let warnings: [Phrase]
    public let grades: GreyGrades?
    /// How the model projects.
    public let rule: GrowthRule
    /// The last data year and its value: where projection starts.
    public let anchorYear: Int
    public let anchorValue: Double
    /// In-sample fitted log levels, one per history point (AR(1)'s first two are the data
    /// it conditions on), so models can be scored on the same observations.
    public var fitted: [Double] = []
    /// Degrees of freedom of the shock SD's scaled-inverse-χ² posterior: the prior's
    /// ``BaselineAssumptions/shockPriorDegreesOfFreedom`` plus the residuals'. Shocks are
    /// simulated from the predictive Student-t with these degrees of freedom.
    public var shockDegreesOfFreedom: Double = BaselineAssumptions.shockPriorDegreesOfFreedom

    /// What the model's projection rests on: `data` when the history is measured and
    /// its growth estimate takes most of its precision from the data (prior weight
    /// below ½), otherwise `prior`.
    public var evidence: Evidence {
        guard !reconstructed, observations >= 3, let growth = parameters.first else { return .prior }
        return growth.priorWeight < 0.5 ? .data : .prior
    }

    /// The parameter estimates as a vector.
    public var estimates: [Double] { parameters.map(\.estimate) }
}

/// Why a model could not be fitted, in words for `plansim fit`.
public struct FitFailure: Error, Sendable, Equatable {
    public let family: ModelFamily
    /// Why, in both languages (English: lowercase, no trailing period).
    public let reason: Phrase
    /// Whether the family was fitted but excluded by its own diagnostics (not a failure
    /// to fit).
    public var excluded = false
}
