import Foundation
import LinearAlgebra
import PlanData
import Statistics

/// Fits of the growth families (log-linear, damped, AR(1)) and the grey model GM(1,1).
public enum GrowthModels {
    /// The shock SD a fit uses: the scaled-inverse-χ² posterior of the stated prior
    /// (scale s₀, ν₀ = ``BaselineAssumptions/shockPriorDegreesOfFreedom``) and the
    /// residuals (RSS over ν degrees of freedom): s² = (ν₀s₀² + RSS)/(ν₀ + ν). Two degrees
    /// of freedom therefore never give a near-zero SD. A reconstructed history, whose
    /// residuals are zero by construction, contributes nothing (`fromPrior`).
    static func shockSD(rss: Double, dof: Double, history: FitHistory) -> (sd: Double, fromPrior: Bool) {
        let prior = BaselineAssumptions.shockSD(for: history.indicator)
        if history.reconstructed || dof < 1 { return (prior, true) }
        let nu0 = BaselineAssumptions.shockPriorDegreesOfFreedom
        return (((nu0 * prior * prior + rss) / (nu0 + dof)).squareRoot(), false)
    }

    /// The posterior degrees of freedom that go with ``shockSD(rss:dof:history:)``.
    static func shockDegreesOfFreedom(dof: Double, history: FitHistory) -> Double {
        BaselineAssumptions.shockPriorDegreesOfFreedom + (history.reconstructed || dof < 1 ? 0 : dof)
    }

    /// `log y = a + b·t` with `t = 0` at the last year; `b` is the growth rate.
    public static func logLinear(_ h: FitHistory) throws(FitFailure) -> FittedModel {
        guard h.count >= 2 else { throw FitFailure(family: .logLinear, reason: .tooFewPoints(2, has: h.count)) }
        let t = h.times
        let ols = try solve(.logLinear, [t.map { _ in 1 }, t], h.logValues, h.weights, sigma: 1, priors: [:])
        let rss = weightedRSS([t.map { _ in 1 }, t], h.logValues, h.weights, ols.coefficients)
        let (sd, fromPrior) = shockSD(rss: rss, dof: h.effectiveCount - 2, history: h)
        let fit = try solve(.logLinear, [t.map { _ in 1 }, t], h.logValues, h.weights, sigma: sd, priors: [:])
        let fitted = t.map { fit.coefficients[0] + fit.coefficients[1] * $0 }
        return FittedModel(
            family: .logLinear, indicator: h.indicator.id,
            parameters: estimates(["level", "growth"], fit, priors: [:]), covariance: fit.covariance,
            residualSD: sd, residualSDFromPrior: fromPrior,
            aicc: ModelScores.aicc(h, fitted: fitted, parameters: 2, sigmaFloor: fromPrior ? sd : nil),
            looRMSE: ModelScores.leaveOneOut(h) { keep in try? logLinearPrediction(h, keep: keep) },
            observations: h.count, reconstructed: h.reconstructed,
            warnings: warnings(h), grades: nil, rule: .constant, anchorYear: h.lastYear, anchorValue: h.lastValue,
            fitted: fitted, shockDegreesOfFreedom: shockDegreesOfFreedom(dof: h.effectiveCount - 2, history: h))
    }

    /// Growth starting at `g0` (data combined with the growth prior) and converging to
    /// the long-run rate `g∞` (prior) by `convergenceYear` (the plan's
    /// ``PlanData/Dataset/longRunYear``).
    public static func damped(
        _ h: FitHistory, growthPrior: Prior, longRun: Prior,
        convergenceYear: Int = BaselineAssumptions.convergenceYear
    ) throws(FitFailure) -> FittedModel {
        guard h.count >= 1 else { throw FitFailure(family: .damped, reason: Phrase(zh: "没有数据点", en: "no points")) }
        var g0 = growthPrior.mean, g0SE = growthPrior.sd, weight = 1.0
        var sd = BaselineAssumptions.shockSD(for: h.indicator), fromPrior = true
        var dof = BaselineAssumptions.shockPriorDegreesOfFreedom
        var fitted = h.logValues
        if h.count >= 2, let line = try? logLinear(h) {
            let data = line.parameters[1]
            let dataPrecision = 1 / (data.standardError * data.standardError)
            let priorPrecision = 1 / (growthPrior.sd * growthPrior.sd)
            g0 = (data.estimate * dataPrecision + growthPrior.mean * priorPrecision) / (dataPrecision + priorPrecision)
            g0SE = (1 / (dataPrecision + priorPrecision)).squareRoot()
            weight = priorPrecision / (dataPrecision + priorPrecision)
            sd = line.residualSD
            fromPrior = line.residualSDFromPrior
            dof = line.shockDegreesOfFreedom
            fitted = h.times.map { line.estimates[0] + line.estimates[1] * $0 }
        }
        let parameters = [
            ParameterEstimate(
                name: "growth_now", estimate: g0, standardError: g0SE, prior: growthPrior, priorWeight: weight),
            ParameterEstimate(
                name: "growth_long_run", estimate: longRun.mean, standardError: longRun.sd, prior: longRun,
                priorWeight: 1),
        ]
        var w = warnings(h)
        if h.count == 1 {
            w.append(Phrase(zh: "只有一个数据点：该模型完全由明示的先验决定", en: "one data point: only the stated priors drive this model"))
        }
        return FittedModel(
            family: .damped, indicator: h.indicator.id, parameters: parameters,
            covariance: Matrix(rows: 2, columns: 2, columnMajor: [g0SE * g0SE, 0, 0, longRun.sd * longRun.sd]),
            residualSD: sd, residualSDFromPrior: fromPrior,
            aicc: h.count >= 2
                ? ModelScores.aicc(h, fitted: fitted, parameters: 2, sigmaFloor: fromPrior ? sd : nil) : nil,
            looRMSE: h.count >= 3
                ? ModelScores.leaveOneOut(h) { keep in try? logLinearPrediction(h, keep: keep) } : nil,
            observations: h.count, reconstructed: h.reconstructed, warnings: w, grades: nil,
            rule: .damped(convergenceYear: convergenceYear), anchorYear: h.lastYear,
            anchorValue: h.lastValue,
            fitted: fitted, shockDegreesOfFreedom: dof)
    }

    /// AR(1) on log growth by conditional least squares: `g_t = c + ρ·g_{t−1} + e`
    /// (what statsmodels' `AutoReg(g, 1, trend="c")` estimates).
    public static func ar1(_ h: FitHistory) throws(FitFailure) -> FittedModel {
        guard h.count >= 5 else {
            throw FitFailure(
                family: .ar1,
                reason: Phrase(
                    zh: "至少需要 5 个点（3 对增速和 1 个自由度），现有 \(h.count) 个",
                    en: "needs at least 5 points (3 growth pairs and a degree of freedom), has \(h.count)"))
        }
        let g = zip(h.logValues.dropFirst(), h.logValues).map { $0 - $1 }
        let response = Array(g.dropFirst()), lagged = Array(g.dropLast())
        let regression: RegressionResult
        do {
            regression = try LinearRegression.fit(
                response: response.map(DoubleDouble.init),
                predictors: [("rho", lagged.map(DoubleDouble.init))])
        } catch {
            if case .constantTerm = error {
                throw FitFailure(
                    family: .ar1,
                    reason: h.reconstructed
                        ? Phrase(
                            zh: "重建的历史中增速恒定，无法识别 AR(1)",
                            en: "growth is constant in the reconstructed history, so AR(1) cannot be identified")
                        : Phrase(zh: "增速恒定，无法识别 AR(1)", en: "growth is constant, so AR(1) cannot be identified"))
            }
            throw FitFailure(
                family: .ar1,
                reason: Phrase(zh: "增速回归无法拟合：", en: "the growth regression cannot be fitted: ")
                    + .regression(error))
        }
        let c = regression.coefficients[0].estimate, rho = regression.coefficients[1].estimate
        let (sd, fromPrior) = shockSD(
            rss: pow(regression.residualStandardDeviation, 2) * Double(regression.residualDegreesOfFreedom),
            dof: Double(regression.residualDegreesOfFreedom), history: h)
        var fitted = [h.logValues[0], h.logValues[1]]
        for i in 2..<h.count { fitted.append(h.logValues[i - 1] + c + rho * g[i - 2]) }
        var w = warnings(h)
        if abs(rho) >= 1 {
            w.append(
                Phrase(
                    zh: "ρ = \(rho)：增速不平稳，预测将发散或振荡",
                    en: "ρ = \(rho): growth is not stationary; projections will explode or oscillate"))
        }
        return FittedModel(
            family: .ar1, indicator: h.indicator.id,
            parameters: zip(["intercept", "rho"], regression.coefficients).map {
                ParameterEstimate(
                    name: $0, estimate: $1.estimate, standardError: $1.standardError, prior: nil, priorWeight: 0)
            },
            covariance: regression.covariance, residualSD: sd, residualSDFromPrior: fromPrior,
            aicc: ModelScores.aicc(h, fitted: fitted, parameters: 2, sigmaFloor: fromPrior ? sd : nil, skip: 2),
            looRMSE: nil, observations: h.count, reconstructed: h.reconstructed, warnings: w, grades: nil,
            rule: .ar1(lastGrowth: g.last!), anchorYear: h.lastYear, anchorValue: h.lastValue,
            fitted: fitted,
            shockDegreesOfFreedom: shockDegreesOfFreedom(dof: Double(regression.residualDegreesOfFreedom), history: h))
    }

    /// GM(1,1): `x⁰(k) + a·z¹(k) = b` on the accumulated series; growth `e^{−a} − 1`.
    public static func grey(_ h: FitHistory) throws(FitFailure) -> FittedModel {
        guard h.count >= 4 else { throw FitFailure(family: .gm11, reason: .tooFewPoints(4, has: h.count)) }
        let x0 = h.logValues.map { exp($0) }
        var x1 = x0
        for k in 1..<x1.count { x1[k] += x1[k - 1] }
        // Typed: the untyped closure took the type checker 2.5 s.
        let z: [Double] = (1..<x1.count).map { (k: Int) -> Double in -0.5 * (x1[k] + x1[k - 1]) }
        let regression: RegressionResult
        do {
            regression = try LinearRegression.fit(
                response: x0.dropFirst().map(DoubleDouble.init),
                predictors: [("a", z.map(DoubleDouble.init))])
        } catch {
            throw FitFailure(
                family: .gm11,
                reason: Phrase(zh: "灰色回归退化：", en: "the grey regression is degenerate: ") + .regression(error))
        }
        let b = regression.coefficients[0].estimate, a = regression.coefficients[1].estimate
        guard a != 0 else {
            throw FitFailure(family: .gm11, reason: Phrase(zh: "发展系数 a 为零", en: "development coefficient a is zero"))
        }
        let predicted = (0..<x0.count).map { k -> Double in
            k == 0 ? x0[0] : (x0[0] - b / a) * (1 - exp(a)) * exp(-a * Double(k))
        }
        let residuals = zip(x0, predicted).map { $0 - $1 }
        // GM(1,1)'s posterior-variance check uses the population deviation (divisor n).
        let s1 = Statistics.populationStandardDeviation(x0), s2 = Statistics.populationStandardDeviation(residuals)
        let meanResidual = residuals.reduce(0, +) / Double(residuals.count)
        let p = Double(residuals.filter { abs($0 - meanResidual) < 0.6745 * s1 }.count) / Double(residuals.count)
        let grades = GreyGrades(c: s1 > 0 ? s2 / s1 : .infinity, p: p)
        let logFitted = predicted.map { log(max($0, 1e-300)) }
        let seA = regression.coefficients[1].standardError
        let (sd, fromPrior) = shockSD(
            rss: zip(h.logValues, logFitted).reduce(0) { $0 + pow($1.0 - $1.1, 2) },
            dof: Double(h.count - 2), history: h)
        var w = warnings(h)
        let shownC = String(format: "%.3f", grades.c), shownP = String(format: "%.2f", grades.p)
        w.append(
            Phrase(
                zh: "GM(1,1) 精度等级 \(grades.grade)（C = \(shownC)，P = \(shownP)）",
                en: "GM(1,1) grade \(grades.grade) (C = \(shownC), P = \(shownP))"))
        return FittedModel(
            family: .gm11, indicator: h.indicator.id,
            parameters: [
                ParameterEstimate(name: "growth", estimate: -a, standardError: seA, prior: nil, priorWeight: 0),
                ParameterEstimate(
                    name: "b", estimate: b, standardError: regression.coefficients[0].standardError, prior: nil,
                    priorWeight: 0),
            ],
            covariance: Matrix(
                rows: 2, columns: 2, columnMajor: [seA * seA, 0, 0, pow(regression.coefficients[0].standardError, 2)]),
            residualSD: sd, residualSDFromPrior: fromPrior,
            aicc: ModelScores.aicc(h, fitted: logFitted, parameters: 2, sigmaFloor: fromPrior ? sd : nil),
            looRMSE: nil, observations: h.count, reconstructed: h.reconstructed, warnings: w, grades: grades,
            rule: .constant, anchorYear: h.lastYear, anchorValue: h.lastValue,
            fitted: logFitted, shockDegreesOfFreedom: shockDegreesOfFreedom(dof: Double(h.count - 2), history: h))
    }

    // MARK: helpers

    static func logLinearPrediction(_ h: FitHistory, keep: [Int]) throws -> (Double, Double) -> Double {
        let t = keep.map { h.times[$0] }, y = keep.map { h.logValues[$0] }, w = keep.map { h.weights[$0] }
        let fit = try MixedEstimation.solve(columns: [t.map { _ in 1 }, t], y: y, weights: w, sigma: 1, priors: [:])
        return { time, _ in fit.coefficients[0] + fit.coefficients[1] * time }
    }

    static func solve(
        _ family: ModelFamily, _ columns: [[Double]], _ y: [Double], _ w: [Double], sigma: Double,
        priors: [Int: Prior]
    ) throws(FitFailure) -> MixedEstimation.Result {
        do { return try MixedEstimation.solve(columns: columns, y: y, weights: w, sigma: sigma, priors: priors) } catch
        {
            throw FitFailure(family: family, reason: .numerical(error))
        }
    }

    static func weightedRSS(_ columns: [[Double]], _ y: [Double], _ w: [Double], _ beta: [Double]) -> Double {
        y.indices.reduce(0) { sum, i in
            let r = y[i] - columns.indices.reduce(0) { $0 + columns[$1][i] * beta[$1] }
            return sum + w[i] * r * r
        }
    }

    static func estimates(_ names: [String], _ fit: MixedEstimation.Result, priors: [Int: Prior]) -> [ParameterEstimate]
    {
        names.indices.map { j in
            ParameterEstimate(
                name: names[j], estimate: fit.coefficients[j], standardError: fit.covariance[j, j].squareRoot(),
                prior: priors[j], priorWeight: fit.priorWeights[j])
        }
    }

    static func warnings(_ h: FitHistory) -> [Phrase] {
        var w: [Phrase] = []
        if h.reconstructed {
            w.append(
                Phrase(
                    zh: "历史数据由公布的合计重建，并非实测：其残差不能说明波动",
                    en:
                        "history reconstructed from printed sums, not measured: its residuals say nothing about volatility"
                ))
        }
        if h.count >= 2 && h.count <= 5 {
            w.append(Phrase(zh: "n = \(h.count)：仅供参考", en: "n = \(h.count): indicative only"))
        }
        return w
    }
}
