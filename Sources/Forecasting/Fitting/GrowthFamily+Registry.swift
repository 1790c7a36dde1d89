import Foundation
import LinearAlgebra
import PlanData

extension GrowthFamily {
    /// The registry: every growth family plansim fits, in fitting order — the order of the
    /// model average's tie-break (the more conservative projection first) and of the
    /// scenario language's "expected one of" list. Adding a family is one entry here.
    public static let all: [GrowthFamily] = [
        GrowthFamily(
            family: .damped, name: Phrase(zh: "阻尼增长", en: "damped"), priorNames: ["growth_now", "growth_long_run"],
            step: .damped, inSampleParameters: 2,
            fit: { (input) throws(FitFailure) in
                try GrowthModels.damped(
                    input.history,
                    growthPrior: input.priors["growth_now"]
                        ?? BaselineAssumptions.growthPrior(for: input.indicator, in: input.dataset),
                    longRun: input.priors["growth_long_run"] ?? BaselineAssumptions.longRunPrior(for: input.indicator),
                    convergenceYear: input.dataset.longRunYear)
            }),
        GrowthFamily(
            family: .logLinear, name: Phrase(zh: "对数线性", en: "log_linear"), step: .constant,
            fit: { (input) throws(FitFailure) in try GrowthModels.logLinear(input.history) },
            projection: { model in
                // The fitted line's level is not where projection starts (that is the last
                // actual): only its growth is simulated.
                ([model.estimates[1]], Matrix(rows: 1, columns: 1, columnMajor: [model.covariance[1, 1]]))
            }),
        GrowthFamily(
            family: .ar1, name: Phrase(zh: "AR(1)", en: "ar1"), step: .ar1, conditioningPoints: 2,
            fit: { (input) throws(FitFailure) in try GrowthModels.ar1(input.history) },
            screen: ModelSelection.screenAR1),
        GrowthFamily(
            family: .gm11, name: Phrase(zh: "GM(1,1)", en: "gm11"), step: .constant,
            fit: { (input) throws(FitFailure) in try GrowthModels.grey(input.history) },
            screen: ModelSelection.screenGrey),
        GrowthFamily(
            family: .logistic, name: Phrase(zh: "逻辑斯蒂", en: "logistic"), step: .logistic,
            fit: { (input) throws(FitFailure) in try SaturationModels.fit(input.history, gompertz: false) },
            screen: ModelSelection.screenSaturation),
        GrowthFamily(
            family: .gompertz, name: Phrase(zh: "冈珀茨", en: "gompertz"), step: .gompertz,
            fit: { (input) throws(FitFailure) in try SaturationModels.fit(input.history, gompertz: true) },
            screen: ModelSelection.screenSaturation),
    ]
}
