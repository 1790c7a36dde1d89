import Forecasting
import PlanData
import Reports
import Simulation

/// The runs behind a headline probability's range: the scenario again under each other
/// named prior set (``PriorSet``), and with investment from the reference class instead of
/// the plan (the unconditional forecast), on the run's seed (common random numbers, so
/// they differ by their priors, not by their draws), counting target hits only.
enum PriorSetRuns {
    /// Paths of each alternative run: at most the run's own, at most 20,000 (a Monte Carlo
    /// standard error of at most 0.35 points on a probability, below the whole per cent
    /// shown), counting hits only, which keeps the default `plansim run` well under 1.5×
    /// its time without them (docs/methods.md gives the cost).
    static let maximumPaths = 20_000

    /// Each target's probability under every named set, `stated` being the main run's, and
    /// with unconditional investment (when the plan has an investment target), set on
    /// `document`'s targets (matched by indicator and year). A set whose model does not
    /// build on the data leaves the targets with the sets that did. The `reference` set
    /// runs only with a panel's priors (`reference`, by indicator id; `run --reference`).
    static func annotate(
        _ document: inout ReportDocument, main: MonteCarloResult, spec: ScenarioSpec, dataset: Dataset,
        paths: Int, seed: UInt64, threads: Int, reference: [String: ReferencePrior] = [:]
    ) {
        var sets: [(set: String, result: MonteCarloResult)] = [(PriorSet.stated.rawValue, main)]
        for set in PriorSet.allCases where set != .stated && (set != .reference || !reference.isEmpty) {
            var alternative = spec
            alternative.priors = set.overrides(for: dataset, keeping: spec.priors, reference: reference)
            if let result = hits(alternative, dataset: dataset, paths: paths, seed: seed, threads: threads) {
                sets.append((set.rawValue, result))
            }
        }
        let results = Dictionary(uniqueKeysWithValues: sets.map { ($0.set, $0.result) })
        document.setPriorSets(sets.map(\.set)) { set, t in results[set].flatMap { probability(of: t, in: $0) } }
        // The unconditional investment forecast, only where the plan's investment drives anything.
        guard dataset.roles != nil, dataset.target(dataset.roles!.investment) != nil else { return }
        var unconditional = spec
        unconditional.priors = PriorSet.unconditionalInvestment(keeping: spec.priors)
        if let result = hits(unconditional, dataset: dataset, paths: paths, seed: seed, threads: threads) {
            document.setUnconditionalInvestment { probability(of: $0, in: result) }
        }
    }

    /// The probability of `target` (matched by indicator and year) in `result`.
    static func probability(of target: ReportDocument.Target, in result: MonteCarloResult) -> Double? {
        result.targets.first { $0.target.indicator == target.indicator && $0.target.targetYear == target.targetYear }?
            .probability
    }

    /// Target hits of `spec` on `dataset` at the run's seed; nil when its model does not build.
    static func hits(_ spec: ScenarioSpec, dataset: Dataset, paths: Int, seed: UInt64, threads: Int)
        -> MonteCarloResult?
    {
        guard let model = try? SimulationModel.build(dataset, scenario: spec).0 else { return nil }
        var options = RunOptions(paths: min(paths, maximumPaths), seed: seed, threads: threads)
        options.probabilitiesOnly = true
        return MonteCarlo.run(model, options: options)
    }
}
