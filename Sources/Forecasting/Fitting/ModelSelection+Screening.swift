import Foundation
import PlanData
import Statistics

/// The families' own diagnostics (``GrowthFamily/screen``): a fit that fails them is
/// excluded from the model average, with the reason.
extension ModelSelection {
    /// GM(1,1) graded 3 or 4 by its C and P statistics fails its own accuracy test.
    @Sendable static func screenGrey(_ model: FittedModel) -> Phrase? {
        guard let grades = model.grades, grades.grade >= 3 else { return nil }
        let c = String(format: "%.3f", grades.c), p = String(format: "%.2f", grades.p)
        return Phrase(
            zh: "已排除：GM(1,1) 精度等级 \(grades.grade)（C = \(c)，P = \(p)），未通过其自身的精度检验",
            en: "excluded: GM(1,1) grade \(grades.grade) (C = \(c), P = \(p)) fails its own accuracy test")
    }

    /// A saturation curve on fewer than ``minimumForSaturation`` points cannot identify its level.
    @Sendable static func screenSaturation(_ model: FittedModel) -> Phrase? {
        guard model.observations < minimumForSaturation else { return nil }
        return Phrase(
            zh: "已排除：\(model.observations) 个点无法确定饱和水平（至少需要 \(minimumForSaturation) 个）",
            en:
                "excluded: \(model.observations) points cannot identify a saturation level (needs \(minimumForSaturation))"
        )
    }

    /// AR(1) with |ρ| ≥ 1 (explosive), or not identified by the data (its 95 % interval
    /// for ρ spans both −1 and +1).
    @Sendable static func screenAR1(_ model: FittedModel) -> Phrase? {
        if let rho = model.parameters.last?.estimate, abs(rho) >= 1 {
            let r = String(format: "%.3f", rho)
            return Phrase(zh: "已排除：ρ = \(r)，不平稳", en: "excluded: ρ = \(r) is not stationary")
        }
        guard let interval = rhoInterval(model), interval.lowerBound <= -1 && interval.upperBound >= 1 else {
            return nil
        }
        let r = String(format: "%.3f", model.estimates[1])
        let low = String(format: "%.2f", interval.lowerBound), high = String(format: "%.2f", interval.upperBound)
        return Phrase(
            zh: "已排除：\(model.observations) 个点无法识别（ρ = \(r)，95% 区间 \(low) 至 \(high)，跨越 ±1）",
            en:
                "excluded: not identified on \(model.observations) points (ρ = \(r), 95% interval \(low) to \(high) spans ±1)"
        )
    }

    /// Points below which a three-parameter saturation curve is not identified well
    /// enough to simulate (its drawn saturation level can be anything).
    static let minimumForSaturation = 8

    /// The 95 % interval of an AR(1) fit's ρ: `ρ̂ ± t₀.₉₇₅(ν)·se` with the regression's
    /// residual degrees of freedom ν = n − 4 (n levels give n − 1 growths, n − 2 pairs,
    /// two coefficients). nil for other families or when ν < 1.
    ///
    /// Its simulation draws ρ from N(ρ̂, se²): when this interval spans ±1 a large share of
    /// paths have |ρ| > 1, explode, and carry the median of the whole average with them
    /// (issue 20: ρ = 0.067 ± 1.74 on n = 5 gave a 2035 median of 3.0e59).
    static func rhoInterval(_ model: FittedModel) -> ClosedRange<Double>? {
        guard model.family == .ar1, model.parameters.count == 2 else { return nil }
        let dof = Double(model.observations - 4)
        guard dof >= 1 else { return nil }
        let rho = model.parameters[1],
            half = Statistics.studentTQuantile(0.975, degreesOfFreedom: dof) * rho.standardError
        return (rho.estimate - half)...(rho.estimate + half)
    }
}
