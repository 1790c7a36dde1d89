public import PlanData

/// A named set of priors, for Leamer's sensitivity analysis: a headline probability is
/// shown with its range over the sets, so a reader sees how far it rests on what was
/// assumed (E. E. Leamer, "Let's take the con out of econometrics", *AER* 73, 1983).
///
/// - `stated`: ``BaselineAssumptions`` (and the scenario's own `prior` statements) as they are.
/// - `cautious`: the same centres, the outside-view growth priors and current TFP growth
///   widened from the uncertainty about a *mean* to the spread of *outcomes* across a
///   class of units (``BaselineAssumptions/cautiousGrowthSD(for:)``); docs/methods.md
///   gives every number and its source.
///
/// - `reference`: the stated priors, with the starting growth of every indicator a panel of
///   comparable units gives (`run --reference PANEL.csv`) from the panel's empirical-Bayes
///   fit (``ReferencePrior``, the priors `propose --reference` uses). It exists only when a
///   panel was given: without one there is nothing to name.
public enum PriorSet: String, Sendable, CaseIterable {
    case stated
    case cautious
    case reference

    /// The prior statements this set amounts to on `dataset`, as a scenario's `prior`
    /// overrides (indicator id, or `linked`, → parameter → prior). A prior the scenario
    /// states itself (`scenario`) is its author's assumption and is kept in every set.
    /// `reference` is the panel's fit, by indicator id; the `reference` set without it is
    /// the stated one.
    public func overrides(
        for dataset: Dataset, keeping scenario: [String: [String: Prior]] = [:],
        reference: [String: ReferencePrior] = [:]
    ) -> [String: [String: Prior]] {
        var result = scenario
        func add(_ owner: String, _ name: String, _ prior: Prior) {
            if result[owner]?[name] == nil { result[owner, default: [:]][name] = prior }
        }
        if self == .reference {
            for (owner, list) in ReferencePrior.growthOverrides(reference) {
                for (name, prior) in list { add(owner, name, prior) }
            }
        }
        guard self == .cautious else { return result }
        for indicator in dataset.indicators {
            let now = BaselineAssumptions.growthPrior(for: indicator, in: dataset)
            let longRun = BaselineAssumptions.longRunPrior(for: indicator)
            add(
                indicator.id, "growth_now",
                Prior(mean: now.mean, sd: BaselineAssumptions.cautiousGrowthSD(for: indicator)))
            add(indicator.id, "growth_long_run", Prior(mean: longRun.mean, sd: 2 * longRun.sd))
        }
        let tfp = BaselineAssumptions.tfpGrowth
        add("linked", "tfp_growth_now", Prior(mean: tfp.mean, sd: BaselineAssumptions.cautiousTFPGrowthSD))
        return result
    }

    /// The stated priors with plan-period investment growth from the reference class
    /// (``BaselineAssumptions/investmentReferenceClass``) instead of the plan's own path:
    /// the unconditional forecast, beside the plan-conditional one. A scenario that states
    /// `investment_growth_plan` itself keeps it (then the two coincide).
    public static func unconditionalInvestment(keeping scenario: [String: [String: Prior]] = [:]) -> [String: [String:
        Prior]]
    {
        var result = scenario
        if result["linked"]?["investment_growth_plan"] == nil {
            result["linked", default: [:]]["investment_growth_plan"] = BaselineAssumptions.investmentReferenceClass
        }
        return result
    }
}

extension BaselineAssumptions {
    /// The `cautious` set's SD of starting growth (log points a year): the spread of
    /// five-year outcomes across comparable units, not the uncertainty about their mean.
    /// Money levels 8 % (twice the stated 4 %: 2021–2025 outcomes of Tianjin's money
    /// indicators spread by 5–10 points a year — retail ± 5, commodity sales ± 8, domestic
    /// capital and investment ± 10, issue 24's review); counts 5 % (a churn of 2–3 of 25
    /// firms a year, about 10 %, averages to 10/√5 ≈ 4.5 points over five years); flows
    /// 10 % (new jobs, a gross flow, swing like domestic capital); physical capacities 4 %.
    public static func cautiousGrowthSD(for indicator: Indicator) -> Double {
        switch indicator.kind {
        case .stockCount: return 0.05
        case .annualFlow: return 0.10
        case .annualLevel, .periodSum: return indicator.unitZH.contains("元") ? 0.08 : 0.04
        }
    }

    /// The `cautious` set's SD of current TFP growth: 3 % against the stated 2 %, so that
    /// the review's Tianjin-flavoured 1 % ± 2 % lies within one SD of the stated centre.
    public static let cautiousTFPGrowthSD = 0.03
}
