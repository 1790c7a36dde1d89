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
    /// The scale every family was fitted on: `logOdds` for a bounded share, whose growths
    /// are then growths of the odds.
    public var scale: LevelScale = .log

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
        let record = FitHistory(
            indicator: indicator, series: dataset.series(indicator.id), sums: sums,
            scale: LevelScale.of(indicator, in: dataset))
        let history = record.recent(recentYears)
        var fitted: [FittedModel] = []
        var failures: [FitFailure] = []
        let input = GrowthFamily.FitInput(history: history, dataset: dataset, priors: priors)
        let wholeInput = GrowthFamily.FitInput(history: record, dataset: dataset, priors: priors)
        for family in GrowthFamily.all {
            do {
                var model = try family.fit(input)
                // Growth from the recent years, the size of the shocks from every year (when the
                // family's whole-record fit passes its own diagnostics: a GM(1,1) graded 4 there
                // measures its misfit, not the shocks).
                if history.count < record.count,
                    let whole = try? family.fit(wholeInput),
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
            fit.scale = record.scale
            return fit
        }
        let (candidates, excluded) = screen(fitted)
        let (components, how) = average(candidates, history: history)
        let chosen = components.max { $0.weight < $1.weight }!.model
        var fit = IndicatorFit(
            indicator: indicator, chosen: chosen, alternatives: fitted.filter { $0.family != chosen.family },
            failures: failures + excluded, chosenBy: how)
        fit.components = components
        fit.scale = record.scale
        if how.en == "AICc weights" {
            let skip = comparisonSkip(candidates)
            fit.comparedObservations = history.count - skip
            for m in candidates { fit.comparedAICc[m.family] = comparedAICc(m, history: history, skip: skip) }
        }
        return fit
    }

    /// Candidates for the average: every fit except those its family's own diagnostics
    /// exclude (``GrowthFamily/screen``; see ModelSelection+Screening.swift), which are
    /// returned as failures with the reason. If every fit fails its diagnostics, the first
    /// is kept so that something can be simulated.
    static func screen(_ fitted: [FittedModel]) -> (kept: [FittedModel], excluded: [FitFailure]) {
        var kept: [FittedModel] = [], excluded: [FitFailure] = []
        for model in fitted {
            if let reason = GrowthFamily.named(model.family)?.screen(model) {
                excluded.append(FitFailure(family: model.family, reason: reason, excluded: true))
            } else {
                kept.append(model)
            }
        }
        if kept.isEmpty, let first = fitted.first { kept = [first] }
        return (kept, excluded)
    }

    /// Points the comparison leaves out at the start: the most any candidate's family
    /// conditions on (two when AR(1) is a candidate), so every model is scored on the same observations.
    static func comparisonSkip(_ models: [FittedModel]) -> Int {
        models.map { GrowthFamily.named($0.family)?.conditioningPoints ?? 0 }.max() ?? 0
    }

    /// A candidate's AICc in the comparison: on the history from `skip` on, with k the
    /// parameters its in-sample fit estimates from the data — for the damped model the
    /// log-linear line's level and growth (its long-run rate is a prior and does not
    /// shape the in-sample fit), otherwise the parameters whose prior weight is below 1.
    static func comparedAICc(_ m: FittedModel, history: FitHistory, skip: Int) -> Double? {
        guard m.fitted.count == history.count else { return nil }
        let k = GrowthFamily.named(m.family)?.inSampleParameters ?? m.parameters.filter { $0.priorWeight < 1 }.count
        return ModelScores.aicc(history, fitted: m.fitted, parameters: max(k, 1), sigmaFloor: nil, skip: skip)
    }

    /// The years of record the growth is fitted on: the last ten (two plan periods). A
    /// longer record's old trend does not carry the projection (issue 24, finding 8: on
    /// Tourism's 16–30-year records the whole-record trend gave 6.8 % a year against
    /// 3.8 % realised), but its shocks still measure how far a year can move: each family's
    /// shock SD and its degrees of freedom are those of the same family fitted on the whole
    /// record, so that a calm recent decade does not thin the tails.
    public static let recentYears = 10

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
