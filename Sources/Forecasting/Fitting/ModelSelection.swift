import Foundation
public import PlanData
import Statistics

/// An indicator's fits: the model average the simulation runs, the alternatives with
/// their scores, and the families that could not be fitted or were excluded, with why.
public struct IndicatorFit: Sendable {
    public let indicator: Indicator
    /// The component with the largest weight (the only one when a scenario fixes it).
    public let chosen: FittedModel
    public let alternatives: [FittedModel]
    public let failures: [FitFailure]
    /// How the weights were set, in words: `AICc weights`, `equal weights: …`,
    /// `only model`, or `fixed by scenario` (and the Chinese).
    public let chosenBy: Phrase
    /// The model average: components and weights (summing to 1). Each simulated path
    /// follows one component, drawn with these probabilities (a mixture).
    public var components: [(model: FittedModel, weight: Double)] = []
    /// The AICc of each candidate in the comparison that set the weights — the values the
    /// weights are `exp(−Δᵢ/2)/Σ exp(−Δⱼ/2)` of (before components below 1 % are dropped)
    /// and the ones `plansim fit` prints. Empty when the weights are not AICc weights.
    public var comparedAICc: [ModelFamily: Double] = [:]
    /// The observations that comparison scored (from the third point on when AR(1) is a candidate).
    public var comparedObservations = 0

    /// The weight of `family` in the average (0 when it is not a component).
    public func weight(of family: ModelFamily) -> Double { components.first { $0.model.family == family }?.weight ?? 0 }

    /// What the average rests on: its weakest component's grade.
    public var evidence: Evidence { components.map(\.model.evidence).min() ?? chosen.evidence }
}

/// Fits every family that the data allow and picks one per indicator.
public enum ModelSelection {
    /// Fits `indicator` by every family and, unless `fixed` names the family, averages the
    /// fits that pass their own diagnostics (``screen(_:)``) with AICc weights (equal
    /// weights when the history cannot tell them apart; ``average(_:history:)``). The
    /// chosen model is the heaviest component; on a tie, the first in fitting order
    /// (damped, log-linear, AR(1), GM(1,1), logistic, Gompertz: the more conservative
    /// projection first).
    /// `priors` overrides the damped model's `growth_now` and `growth_long_run` priors.
    public static func fit(
        _ indicator: Indicator, in dataset: Dataset, fixed: ModelFamily? = nil,
        priors: [String: Prior] = [:]
    ) -> IndicatorFit {
        let sums = dataset.sums.filter { $0.indicator == indicator.id }.count
        let record = FitHistory(indicator: indicator, series: dataset.series(indicator.id), sums: sums)
        let history = record.recent(recentYears)
        let growthPrior = priors["growth_now"] ?? BaselineAssumptions.growthPrior(for: indicator, in: dataset)
        let longRun = priors["growth_long_run"] ?? BaselineAssumptions.longRunPrior(for: indicator)
        var fitted: [FittedModel] = []
        var failures: [FitFailure] = []
        for family in fittingOrder {
            do {
                var model = try fitFamily(family, history, growthPrior: growthPrior, longRun: longRun)
                // Growth from the recent years, the size of the shocks from every year (when the
                // family's whole-record fit passes its own diagnostics: a GM(1,1) graded 4 there
                // measures its misfit, not the shocks).
                if history.count < record.count,
                    let whole = try? fitFamily(family, record, growthPrior: growthPrior, longRun: longRun),
                    screen([whole]).excluded.isEmpty
                {
                    model.residualSD = whole.residualSD
                    model.residualSDFromPrior = whole.residualSDFromPrior
                    model.shockDegreesOfFreedom = whole.shockDegreesOfFreedom
                }
                fitted.append(model)
            } catch { failures.append(error) }
        }
        if let fixed, let model = fitted.first(where: { $0.family == fixed }) {
            var fit = IndicatorFit(
                indicator: indicator, chosen: model, alternatives: fitted.filter { $0.family != fixed },
                failures: failures, chosenBy: Phrase(zh: "由情景指定", en: "fixed by scenario"))
            fit.components = [(model, 1)]
            return fit
        }
        let (candidates, excluded) = screen(fitted)
        let (components, how) = average(candidates, history: history)
        let chosen = components.max { $0.weight < $1.weight }!.model
        var fit = IndicatorFit(
            indicator: indicator, chosen: chosen, alternatives: fitted.filter { $0.family != chosen.family },
            failures: failures + excluded, chosenBy: how)
        fit.components = components
        if how.en == "AICc weights" {
            let skip = comparisonSkip(candidates)
            fit.comparedObservations = history.count - skip
            for m in candidates { fit.comparedAICc[m.family] = comparedAICc(m, history: history, skip: skip) }
        }
        return fit
    }

    /// Candidates for the average: every fit except those whose own diagnostics fail —
    /// GM(1,1) graded 3 or 4 by its C and P statistics, AR(1) with |ρ| ≥ 1 (explosive),
    /// AR(1) not identified by the data (its 95 % interval for ρ spans both −1 and +1) —
    /// which are returned as failures with the reason. If every fit fails its
    /// diagnostics, the first is kept so that something can be simulated.
    static func screen(_ fitted: [FittedModel]) -> (kept: [FittedModel], excluded: [FitFailure]) {
        var kept: [FittedModel] = [], excluded: [FitFailure] = []
        for model in fitted {
            if let grades = model.grades, grades.grade >= 3 {
                let c = String(format: "%.3f", grades.c), p = String(format: "%.2f", grades.p)
                excluded.append(
                    FitFailure(
                        family: model.family,
                        reason: Phrase(
                            zh: "已排除：GM(1,1) 精度等级 \(grades.grade)（C = \(c)，P = \(p)），未通过其自身的精度检验",
                            en:
                                "excluded: GM(1,1) grade \(grades.grade) (C = \(c), P = \(p)) fails its own accuracy test"
                        ), excluded: true))
            } else if (model.family == .logistic || model.family == .gompertz)
                && model.observations < minimumForSaturation
            {
                excluded.append(
                    FitFailure(
                        family: model.family,
                        reason: Phrase(
                            zh: "已排除：\(model.observations) 个点无法确定饱和水平（至少需要 \(minimumForSaturation) 个）",
                            en:
                                "excluded: \(model.observations) points cannot identify a saturation level (needs \(minimumForSaturation))"
                        ), excluded: true))
            } else if model.family == .ar1, let rho = model.parameters.last?.estimate, abs(rho) >= 1 {
                let r = String(format: "%.3f", rho)
                excluded.append(
                    FitFailure(
                        family: model.family,
                        reason: Phrase(zh: "已排除：ρ = \(r)，不平稳", en: "excluded: ρ = \(r) is not stationary"),
                        excluded: true))
            } else if model.family == .ar1, let interval = rhoInterval(model),
                interval.lowerBound <= -1 && interval.upperBound >= 1
            {
                let r = String(format: "%.3f", model.estimates[1])
                let low = String(format: "%.2f", interval.lowerBound),
                    high = String(format: "%.2f", interval.upperBound)
                excluded.append(
                    FitFailure(
                        family: model.family,
                        reason: Phrase(
                            zh: "已排除：\(model.observations) 个点无法识别（ρ = \(r)，95% 区间 \(low) 至 \(high)，跨越 ±1）",
                            en:
                                "excluded: not identified on \(model.observations) points (ρ = \(r), 95% interval \(low) to \(high) spans ±1)"
                        ),
                        excluded: true))
            } else {
                kept.append(model)
            }
        }
        if kept.isEmpty, let first = fitted.first { kept = [first] }
        return (kept, excluded)
    }

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

    /// Points the comparison leaves out at the start: two when AR(1), which conditions on
    /// them, is a candidate, so every model is scored on the same observations.
    static func comparisonSkip(_ models: [FittedModel]) -> Int { models.contains { $0.family == .ar1 } ? 2 : 0 }

    /// A candidate's AICc in the comparison: on the history from `skip` on, with k the
    /// parameters its in-sample fit estimates from the data — for the damped model the
    /// log-linear line's level and growth (its long-run rate is a prior and does not
    /// shape the in-sample fit), otherwise the parameters whose prior weight is below 1.
    static func comparedAICc(_ m: FittedModel, history: FitHistory, skip: Int) -> Double? {
        guard m.fitted.count == history.count else { return nil }
        let k = m.family == .damped ? 2 : m.parameters.filter { $0.priorWeight < 1 }.count
        return ModelScores.aicc(history, fitted: m.fitted, parameters: max(k, 1), sigmaFloor: nil, skip: skip)
    }

    /// The families in fitting order (the more conservative projection first).
    static let fittingOrder: [ModelFamily] = [.damped, .logLinear, .ar1, .gm11, .logistic, .gompertz]

    /// One family fitted on `h`.
    static func fitFamily(
        _ family: ModelFamily, _ h: FitHistory, growthPrior: Prior, longRun: Prior
    ) throws(FitFailure) -> FittedModel {
        switch family {
        case .damped: try GrowthModels.damped(h, growthPrior: growthPrior, longRun: longRun)
        case .logLinear: try GrowthModels.logLinear(h)
        case .ar1: try GrowthModels.ar1(h)
        case .gm11: try GrowthModels.grey(h)
        case .logistic: try SaturationModels.fit(h, gompertz: false)
        case .gompertz: try SaturationModels.fit(h, gompertz: true)
        case .linked:
            throw FitFailure(
                family: .linked,
                reason: Phrase(zh: "联动核心不按单一指标拟合", en: "the linked core is not fitted per indicator"))
        }
    }

    /// The years of record the growth is fitted on: the last ten (two plan periods). A
    /// longer record's old trend does not carry the projection (issue 24, finding 8: on
    /// Tourism's 16–30-year records the whole-record trend gave 6.8 % a year against
    /// 3.8 % realised), but its shocks still measure how far a year can move: each family's
    /// shock SD and its degrees of freedom are those of the same family fitted on the whole
    /// record, so that a calm recent decade does not thin the tails.
    public static let recentYears = 10

    /// Points below which a three-parameter saturation curve is not identified well
    /// enough to simulate (its drawn saturation level can be anything).
    static let minimumForSaturation = 8

    /// Effective observations below which AICc cannot tell growth models apart (with two
    /// or three parameters, n − k − 1 leaves at most two degrees of freedom).
    static let minimumForWeights = 6.0

    /// Akaike weights `exp(−Δᵢ/2) / Σ exp(−Δⱼ/2)` (Burnham & Anderson 2002, §2.9) of AICc
    /// computed on the *same* observations for every candidate (from the third point on
    /// when AR(1), which conditions on two, is among them); components below 1 % are
    /// dropped and the rest renormalised. A reconstructed history, or fewer than
    /// ``minimumForWeights`` effective observations, cannot tell the models apart: they
    /// are averaged with equal weights, and the reason says so.
    static func average(_ models: [FittedModel], history: FitHistory) -> (
        [(model: FittedModel, weight: Double)], Phrase
    ) {
        if models.count == 1 { return ([(models[0], 1)], Phrase(zh: "仅此一个模型", en: "only model")) }
        if history.reconstructed || history.effectiveCount < minimumForWeights {
            let why =
                history.reconstructed
                ? Phrase(zh: "历史数据系重建所得", en: "the history is reconstructed")
                : Phrase(
                    zh: "n = \(history.count)，点数太少，无法区分模型", en: "n = \(history.count) is too few to tell models apart")
            return (models.map { ($0, 1 / Double(models.count)) }, Phrase(zh: "等权：", en: "equal weights: ") + why)
        }
        let skip = comparisonSkip(models)
        let scores = models.map { comparedAICc($0, history: history, skip: skip) }
        guard let best = scores.compactMap({ $0 }).min() else {
            return (
                models.map { ($0, 1 / Double(models.count)) },
                Phrase(zh: "等权：这些拟合的 AICc 无定义", en: "equal weights: AICc is undefined for these fits")
            )
        }
        var raw = scores.map { $0.map { exp(-($0 - best) / 2) } ?? 0 }
        var total = raw.reduce(0, +)
        raw = raw.map { $0 / total >= 0.01 ? $0 : 0 }
        total = raw.reduce(0, +)
        let components = zip(models, raw).filter { $0.1 > 0 }.map { (model: $0.0, weight: $0.1 / total) }
        return (components, Phrase(zh: "按 AICc 加权", en: "AICc weights"))
    }
}
