import Foundation
import LinearAlgebra
import PlanData

/// Logistic and Gompertz saturation curves fitted to log levels by Levenberg–Marquardt,
/// for counts that fill up. Parameters: `K` (saturation level), `r` (rate), `t₀`
/// (midpoint, years from the last data year).
public enum SaturationModels {
    struct Curve: CurveModel {
        let gompertz: Bool
        var parameterCount: Int { 3 }
        func value<T: ModelScalar>(at x: [Double], parameters b: [T]) -> T {
            let z = b[1] * (T(x[0]) - b[2])
            return gompertz ? T.log(b[0]) - T.exp(-z) : T.log(b[0]) - T.log(1 + T.exp(-z))
        }
    }

    /// The saturation curve's level at `t` (years from the last data year).
    public static func level(gompertz: Bool, k: Double, r: Double, t0: Double, at t: Double) -> Double {
        let z = r * (t - t0)
        return gompertz ? k * exp(-exp(-z)) : k / (1 + exp(-z))
    }

    public static func fit(_ h: FitHistory, gompertz: Bool) throws(FitFailure) -> FittedModel {
        let family: ModelFamily = gompertz ? .gompertz : .logistic
        guard h.count >= 4 else {
            throw FitFailure(family: family, reason: .tooFewPoints(4, has: h.count, parameters: 3))
        }
        let y = h.logValues
        let growth = (y.last! - y.first!) / Double(h.count - 1)
        let start = [exp(y.max()!) * (growth >= 0 ? 2 : 0.5), max(abs(growth) * 2, 0.1) * (growth >= 0 ? 1 : -1), 0.0]
        let fit: NonlinearFit
        do {
            var options = LevenbergMarquardtOptions()
            options.maxIterations = 500
            fit = try LevenbergMarquardt.fit(
                Curve(gompertz: gompertz), x: h.times.map { [$0] }, y: y, start: start, options: options)
        } catch {
            throw FitFailure(family: family, reason: Phrase(zh: "未收敛：", en: "did not converge: ") + .nonlinear(error))
        }
        let p = fit.parameters
        guard p[0] > 0, fit.covariance.storage.allSatisfy(\.isFinite) else {
            throw FitFailure(
                family: family,
                reason: Phrase(
                    zh: "数据无法确定饱和水平（没有可拟合的曲率）",
                    en: "the data do not determine a saturation level (no curvature to fit)"))
        }
        let fitted = h.times.map { log(level(gompertz: gompertz, k: p[0], r: p[1], t0: p[2], at: $0)) }
        let (sd, fromPrior) = GrowthModels.shockSD(rss: fit.residualSumOfSquares, dof: Double(h.count - 3), history: h)
        return FittedModel(
            family: family, indicator: h.indicator.id,
            parameters: zip(["saturation", "rate", "midpoint"], p.indices).map {
                ParameterEstimate(
                    name: $0, estimate: p[$1], standardError: fit.covariance[$1, $1].squareRoot(), prior: nil,
                    priorWeight: 0)
            },
            covariance: fit.covariance, residualSD: sd, residualSDFromPrior: fromPrior,
            aicc: ModelScores.aicc(h, fitted: fitted, parameters: 3, sigmaFloor: fromPrior ? sd : nil),
            looRMSE: nil, observations: h.count, reconstructed: h.reconstructed,
            warnings: GrowthModels.warnings(h), grades: nil, rule: gompertz ? .gompertz : .logistic,
            anchorYear: h.lastYear, anchorValue: h.lastValue,
            fitted: fitted,
            shockDegreesOfFreedom: GrowthModels.shockDegreesOfFreedom(dof: Double(h.count - 3), history: h))
    }
}
