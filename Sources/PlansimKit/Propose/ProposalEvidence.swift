import Artifacts
import Forecasting
import PlanData
import Simulation

/// What each proposed target rests on (``ProposalBasis``): the grade the run gives its
/// indicator, the record the fit saw, the model average and the priors of its growth.
enum ProposalEvidence {
    /// The basis of `indicator`'s proposal in the model `propose` ran.
    static func basis(
        of indicator: String, model: SimulationModel, fits: [IndicatorFit], core: LinkedCoreFit, data: Dataset,
        baseYear: Int, reference: Bool = false
    ) -> ProposalBasis? {
        guard let k = model.index(of: indicator) else { return nil }
        let record = data.series(indicator).points.filter { $0.value > 0 && $0.year <= baseYear }
        let fit = fits.first { $0.indicator.id == indicator }
        let linked = Set(data.roles?.all ?? []).contains(indicator)
        let models =
            linked
            ? [ProposalBasis.Component(family: ModelFamily.linked.rawValue, weight: 1)]
            : (fit?.components ?? []).map {
                ProposalBasis.Component(family: $0.model.family.rawValue, weight: $0.weight)
            }
        let parameters = linked ? core.parameters : (fit?.chosen.parameters ?? [])
        let priors = parameters.compactMap { e in
            e.prior.map { ProposalBasis.PriorUse(parameter: e.name, mean: $0.mean, sd: $0.sd, weight: e.priorWeight) }
        }
        .filter { $0.parameter.contains("growth") && $0.weight > 0 }
        return ProposalBasis(
            // A growth the data cannot pin down rests on the reference class when a panel gave its prior.
            grade: reference && !linked && model.evidence(of: k) == .prior ? .reference : grade(model.evidence(of: k)),
            recordYears: record.count, firstYear: record.first?.year,
            lastYear: record.last?.year,
            fittedYears: linked ? record.count : (fit?.chosen.observations ?? record.count),
            reconstructed: record.contains { $0.origin == .reconstructed }, models: models,
            weighting: linked ? .linkedCore : fit.map { weighting($0.chosenBy.en) }, priors: priors)
    }

    /// The typed weighting of a fit, from how Forecasting's model selection says it chose
    /// (`AICc weights`, `equal weights: …`, `only model`, `fixed by scenario`).
    static func weighting(_ chosenBy: String) -> ProposalBasis.Weighting {
        if chosenBy.hasPrefix("equal weights") { return .equal }
        switch chosenBy {
        case "only model": return .onlyModel
        case "fixed by scenario": return .fixedByScenario
        default: return .aicc
        }
    }

    static func grade(_ e: Evidence) -> ProposalBasis.Grade {
        switch e {
        case .data: .data
        case .prior: .prior
        case .plan: .plan
        }
    }
}
