public import Forecasting
public import LinearAlgebra
public import PlanData

/// One indicator projected on its own: log growth from its fitted rule plus shocks.
public struct UnivariateProcess: Sendable {
    public let indicator: String
    public let rule: GrowthRule
    /// Parameter means and the Cholesky factor of their covariance (parameter uncertainty).
    public let mean: [Double]
    public let cholesky: Matrix
    public let shockSD: Double
    public let anchorYear: Int
    public let anchorValue: Double
    /// Degrees of freedom of the predictive Student-t of the shocks (∞: normal).
    public var shockDegreesOfFreedom: Double = .infinity
    /// The share of paths this process drives, as an interval of [0, 1): a model average
    /// gives each component of an indicator its own interval, and each path follows the
    /// component its uniform draw falls in.
    public var mixture: Range<Double> = 0..<1

    /// Whether it drives only some paths of its indicator.
    public var isMixtureComponent: Bool { mixture != 0..<1 }
}

/// The linked core as the simulation runs it (see ``LinkedCoreFit``).
public struct LinkedProcess: Sendable {
    public var fit: LinkedCoreFit
    /// Parameter means (in ``LinkedCoreFit/parameterNames`` order) and standard deviations.
    public var mean: [Double]
    public var sd: [Double]
}

/// Everything a run needs, as plain values: no text, no files.
public struct SimulationModel: Sendable {
    /// Indicator ids in the order of the results (the plan's order).
    public let indicators: [String]
    public let units: [String]
    public var univariate: [UnivariateProcess]
    public var linked: LinkedProcess?
    /// Cholesky factor of the shocks' correlation across `indicators` (identity when
    /// the data cannot estimate correlations).
    public var shockCorrelation: Matrix
    public var targets: [PlanTarget]
    /// Scenario adjustments by indicator index, the numbers they draw, and how many
    /// one-off shocks need a per-path carry.
    var adjustments: [[KernelAdjustment]] = []
    var adjustmentDraws: [AdjustmentDraw] = []
    var shockCarries = 0
    /// Actual values before and after the base year, by indicator and year, for sums over
    /// years that are partly past.
    public let actuals: [String: [Int: Double]]
    /// The first reported (simulated) year, the year after the plan's base year
    /// (``PlanData/Dataset/firstSimulatedYear``), and the horizon.
    public let firstYear: Int
    public var horizon: Int
    /// The year the linked core's TFP growth reaches its long-run rate by: the plan's
    /// ``PlanData/Dataset/longRunYear`` (2035 when it states no vision).
    public var longRunYear = BaselineAssumptions.convergenceYear

    /// The scale each indicator is modelled on, in ``indicators`` order: the kernel's state,
    /// its recorded values and the targets' goals are `scale.forward(level)` (``LevelScale``;
    /// `log` for any indicator a hand-built model leaves out).
    public var scales: [LevelScale] = []

    /// The scale of indicator `i`.
    public func scale(of i: Int) -> LevelScale { i < scales.count ? scales[i] : .log }

    /// What each indicator's forecast rests on, in ``indicators`` order (`prior` for any
    /// indicator a hand-built model does not grade).
    public var evidence: [Evidence] = []

    /// The evidence grade of indicator `i`.
    public func evidence(of i: Int) -> Evidence { i < evidence.count ? evidence[i] : .prior }

    /// What target `t`'s probability rests on: `data` once the target year has an actual
    /// (the outcome is known), otherwise its indicator's grade.
    public func targetEvidence(_ t: Int) -> Evidence {
        let target = targets[t]
        if actuals[target.indicator]?[target.targetYear] != nil { return .data }
        return index(of: target.indicator).map(evidence(of:)) ?? .prior
    }

    /// Whether any input of the model rests on reconstructed points.
    public let usesReconstructedHistory: Bool
    /// The indicators the linked core drives (the plan's roles); nil without a linked core.
    public var roles: LinkedRoles? = nil

    /// The baseline model of `dataset`: the chosen fit of each indicator, with the linked
    /// core driving the plan's investment, output and employment (none when the plan names no roles).
    /// `horizon` defaults to the plan's ``PlanData/Dataset/defaultHorizon`` (its vision year, 2035 when it states none).
    public static func baseline(
        _ dataset: Dataset, horizon: Int? = nil, models: [String: ModelFamily] = [:],
        priors: [String: [String: Prior]] = [:]
    ) -> (SimulationModel, [IndicatorFit], LinkedCoreFit) {
        let linkedIDs = Set(dataset.roles?.all ?? [])
        // An indicator the plan gives no figure for (a blank base) has nothing to project.
        let projected = dataset.indicators.filter { !dataset.series($0.id).points.isEmpty }
        let fits = projected.map {
            ModelSelection.fit($0, in: dataset, fixed: models[$0.id], priors: priors[$0.id] ?? [:])
        }
        let core = LinkedCore.fit(dataset, priors: priors["linked"] ?? [:])
        var processes: [UnivariateProcess] = []
        for fit in fits where !linkedIDs.contains(fit.indicator.id) {
            var start = 0.0
            for (k, component) in fit.components.enumerated() {
                let model = component.model
                let (mean, covariance) = projectionParameters(model)
                let lower = (try? covariance.choleskyFactorization().lower) ?? diagonalRoot(covariance)
                var process = UnivariateProcess(
                    indicator: model.indicator, rule: model.rule, mean: mean, cholesky: lower,
                    shockSD: model.residualSD, anchorYear: model.anchorYear, anchorValue: model.anchorValue)
                process.shockDegreesOfFreedom = model.shockDegreesOfFreedom
                let end = k == fit.components.count - 1 ? 1 : start + component.weight
                process.mixture = start..<end
                start = end
                processes.append(process)
            }
        }
        let linked =
            dataset.roles == nil
            ? nil
            : LinkedProcess(fit: core, mean: core.parameters.map(\.estimate), sd: core.parameters.map(\.standardError))
        var actuals: [String: [Int: Double]] = [:]
        for indicator in projected {
            actuals[indicator.id] = Dictionary(
                uniqueKeysWithValues: dataset.series(indicator.id).points.map { ($0.year, $0.value) })
        }
        let ids = projected.map(\.id)
        var model = SimulationModel(
            indicators: ids, units: projected.map(\.unitZH), univariate: processes, linked: linked,
            shockCorrelation: ShockCorrelation.estimate(dataset, indicators: ids).cholesky, targets: dataset.targets,
            actuals: actuals,
            firstYear: dataset.firstSimulatedYear, horizon: horizon ?? dataset.defaultHorizon,
            usesReconstructedHistory: dataset.hasReconstructedHistory)
        model.adjustments = [[KernelAdjustment]](repeating: [], count: ids.count)
        model.roles = dataset.roles
        // The linked core's investment, output and employment are on the log scale.
        model.scales = projected.map { linkedIDs.contains($0.id) ? .log : LevelScale.of($0, in: dataset) }
        model.longRunYear = dataset.longRunYear
        let roles = dataset.roles
        model.evidence = ids.map { id in
            switch id {
            case roles?.investment: core.evidence.investment
            case roles?.output: core.evidence.output
            case roles?.employment: core.evidence.employment
            default: fits.first { $0.indicator.id == id }?.evidence ?? .prior
            }
        }
        return (model, fits, core)
    }

    /// The parameters a model projects with, in the order its ``GrowthRule`` reads them
    /// (its family's ``GrowthFamily/projection``).
    static func projectionParameters(_ model: FittedModel) -> ([Double], Matrix) {
        guard let family = GrowthFamily.named(model.family) else { return (model.estimates, model.covariance) }
        let projected = family.projection(model)
        return (projected.mean, projected.covariance)
    }

    static func diagonalRoot(_ m: Matrix) -> Matrix {
        var d = Matrix(rows: m.rows, columns: m.columns)
        for i in 0..<m.rows { d[i, i] = max(m[i, i], 0).squareRoot() }
        return d
    }

    /// Index of an indicator in the results.
    public func index(of id: String) -> Int? { indicators.firstIndex(of: id) }

    /// The reported years.
    public var years: ClosedRange<Int> { firstYear...horizon }
}
