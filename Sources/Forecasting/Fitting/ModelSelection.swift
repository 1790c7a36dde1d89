public import PlanData

/// An indicator's fits: the chosen model, the alternatives with their scores, and the
/// families that could not be fitted, with why.
public struct IndicatorFit: Sendable {
    public let indicator: Indicator
    public let chosen: FittedModel
    public let alternatives: [FittedModel]
    public let failures: [FitFailure]
    /// How the choice was made: `AICc`, `LOO`, `only model`, or `fixed by scenario`.
    public let chosenBy: String
}

/// Fits every family that the data allow and picks one per indicator.
public enum ModelSelection {
    /// Order of preference when scores tie (the more conservative projection first).
    static let preference: [ModelFamily] = [.damped, .logLinear, .ar1, .gm11, .logistic, .gompertz]

    /// Fits `indicator` by every family, chooses by AICc (LOO breaks ties, then the
    /// preference order), unless `fixed` names the family.
    /// `priors` overrides the damped model's `growth_now` and `growth_long_run` priors.
    public static func fit(_ indicator: Indicator, in dataset: Dataset, fixed: ModelFamily? = nil,
                           priors: [String: Prior] = [:]) -> IndicatorFit {
        let sums = dataset.sums.filter { $0.indicator == indicator.id }.count
        let history = FitHistory(indicator: indicator, series: dataset.series(indicator.id), sums: sums)
        var fitted: [FittedModel] = []
        var failures: [FitFailure] = []
        let attempts: [(ModelFamily, () throws(FitFailure) -> FittedModel)] = [
            (.damped, { () throws(FitFailure) in
                try GrowthModels.damped(history, growthPrior: priors["growth_now"] ?? BaselineAssumptions.growthPrior(for: indicator, in: dataset),
                                        longRun: priors["growth_long_run"] ?? BaselineAssumptions.longRunPrior(for: indicator)) }),
            (.logLinear, { () throws(FitFailure) in try GrowthModels.logLinear(history) }),
            (.ar1, { () throws(FitFailure) in try GrowthModels.ar1(history) }),
            (.gm11, { () throws(FitFailure) in try GrowthModels.grey(history) }),
            (.logistic, { () throws(FitFailure) in try SaturationModels.fit(history, gompertz: false) }),
            (.gompertz, { () throws(FitFailure) in try SaturationModels.fit(history, gompertz: true) }),
        ]
        for (_, attempt) in attempts {
            do { fitted.append(try attempt()) } catch { failures.append(error) }
        }
        if let fixed, let model = fitted.first(where: { $0.family == fixed }) {
            return IndicatorFit(indicator: indicator, chosen: model, alternatives: fitted.filter { $0.family != fixed },
                                failures: failures, chosenBy: "fixed by scenario")
        }
        let (chosen, how) = choose(fitted)
        return IndicatorFit(indicator: indicator, chosen: chosen, alternatives: fitted.filter { $0.family != chosen.family },
                            failures: failures, chosenBy: how)
    }

    /// The model with the lowest AICc; within 1e-6 of it, the lowest LOO error; then the
    /// preference order. With no scores, the first fitted by preference.
    static func choose(_ models: [FittedModel]) -> (FittedModel, String) {
        let rank = { (m: FittedModel) in preference.firstIndex(of: m.family) ?? preference.count }
        let scored = models.filter { $0.aicc?.isFinite == true }
        guard let best = scored.map({ $0.aicc! }).min() else {
            return (models.min { rank($0) < rank($1) }!, models.count == 1 ? "only model" : "preference (no scores)")
        }
        let tied = scored.filter { $0.aicc! - best <= 1e-6 }
        if tied.count == 1 { return (tied[0], "AICc") }
        let withLOO = tied.filter { $0.looRMSE != nil }
        if let bestLOO = withLOO.map({ $0.looRMSE! }).min() {
            let looTied = withLOO.filter { $0.looRMSE! - bestLOO <= 1e-9 }
            if looTied.count == 1 { return (looTied[0], "LOO") }
            return (looTied.min { rank($0) < rank($1) }!, "AICc and LOO tie; preference")
        }
        return (tied.min { rank($0) < rank($1) }!, "AICc tie; preference")
    }
}
