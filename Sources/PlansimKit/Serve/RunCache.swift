import PlanData
import Reports
import Simulation

/// What the live page's runs share when only a lever moved, so that a lever's move costs
/// little more than its own Monte Carlo (docs/serve.md, "Latency"):
///
/// - the **fitted models** (``SimulationModel/baseline(_:horizon:models:priors:)``: every
///   indicator's model selection and the linked core), per content of the data, horizon,
///   model choices and priors — a lever writes adjustments, which are applied afresh to
///   the stored fit on every run;
/// - the **baseline's figures** a what-if is compared with, per content of the data and
///   the plan, paths and seed (they do not depend on the scenario's text).
///
/// Each is a ``BoundedCache`` of ``capacity`` entries keyed by SHA-256 of the values'
/// complete reflection (`dump`; ``ContentKeys``), so two different inputs never share an
/// entry. A run with the cache returns the same bits as one without (`RunCacheTests`).
public final class RunCache: Sendable {
    /// Entries kept per kind.
    public let capacity: Int
    let fits: BoundedCache<String, SimulationModel>
    let baselines: BoundedCache<String, ReportDocument.BaselineFigures?>
    let datasets: ContentKeys

    public init(capacity: Int = 8) {
        self.capacity = capacity
        fits = BoundedCache(capacity: capacity)
        baselines = BoundedCache(capacity: capacity)
        datasets = ContentKeys(capacity: capacity)
    }

    /// `SimulationModel.build(dataset, scenario: spec).0`, with the fitted baseline taken
    /// from the cache: the same validation, target overrides and adjustments, in the same
    /// order, as `build`.
    ///
    /// - Throws: ``ScenarioError`` as `build` does.
    func model(_ dataset: Dataset, spec: ScenarioSpec) throws(ScenarioError) -> SimulationModel {
        try spec.validate(firstYear: dataset.firstSimulatedYear, horizons: dataset.horizons)
        let key = ContentKeys.key(
            datasets.key(dataset), spec.horizon, spec.models.sorted { $0.key < $1.key },
            spec.priors.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted { $0.key < $1.key }) })
        var model = fits.value(key) {
            SimulationModel.baseline(dataset, horizon: spec.horizon, models: spec.models, priors: spec.priors).0
        }
        if !spec.targets.isEmpty {
            model.targets = model.targets.map { spec.targets[$0.indicator] ?? $0 }
            for (id, t) in spec.targets where !model.targets.contains(where: { $0.indicator == id }) {
                model.targets.append(t)
            }
        }
        return try model.adjusted(by: spec.adjustments)
    }

    /// The baseline's figures on `dataset` (the plan `embedded` with the user's values)
    /// at `paths` and `seed`: the stored ones, else `make()`'s.
    func baseline(
        dataset: Dataset, embedded: Dataset, paths: Int, seed: UInt64,
        make: () -> ReportDocument.BaselineFigures?
    ) -> ReportDocument.BaselineFigures? {
        baselines.value(ContentKeys.key(datasets.key(dataset), datasets.key(embedded), paths, seed), make: make)
    }

    /// The lookups of the fits and of the baselines that found their entry, and those that
    /// did not, since the start (for tests and the benchmark).
    public var lookups: (fits: (hits: Int, misses: Int), baselines: (hits: Int, misses: Int)) {
        (fits.lookups, baselines.lookups)
    }
}
