/// A normal prior on a parameter: what a planner believes before the data, and how firmly.
public struct Prior: Sendable, Equatable, CustomStringConvertible {
    public let mean: Double
    public let sd: Double

    public init(mean: Double, sd: Double) {
        precondition(sd > 0, "a prior needs a positive standard deviation, got \(sd)")
        self.mean = mean
        self.sd = sd
    }

    public var description: String { "N(\(mean), \(sd)²)" }
}

/// The families plansim fits. Every family projects an indicator as a path of log growth
/// rates plus yearly shocks, which is how the simulation runs them.
public enum ModelFamily: String, Sendable, CaseIterable, Codable {
    /// Growth that starts at its estimated (or prior) rate and converges to a long-run
    /// rate by a stated year.
    case damped
    /// Constant growth: `log y = a + b·t`.
    case logLinear = "log_linear"
    /// AR(1) on log growth: `g_t = c + ρ·g_{t−1} + e`.
    case ar1
    /// Saturation `K / (1 + e^{−r(t−t₀)})`, by Levenberg–Marquardt.
    case logistic
    /// Saturation `K·exp(−e^{−r(t−t₀)})`, by Levenberg–Marquardt.
    case gompertz
    /// The grey model GM(1,1) of Chinese planning practice.
    case gm11
    /// The linked core: investment → capital → output → new employment.
    case linked
}
