import PlanData
import Reports
import ScenarioDSL
import Simulation

/// The runs that accompany a run's main Monte Carlo: target inversions, the forecast the
/// base year gave (tracked against actuals) and the baseline a what-if is compared with.
extension RunWorkflow {
    /// With actuals after the plan's base year: the forecast the base year gave (the same
    /// scenario on the data as it stood then, on the run's paths and seed, so the baseline's
    /// tracked forecast is the one `evaluate` prints, ``BaseYearForecast``) against each actual.
    static func track(_ dataset: Dataset, spec: ScenarioSpec, paths: Int, seed: UInt64, threads: Int, file: String)
        throws -> ForecastTracking?
    {
        let origin = dataset.targets.map(\.baseYear).min() ?? 2020
        guard dataset.series.values.contains(where: { $0.points.contains { $0.year > origin && $0.origin == .user } })
        else { return nil }
        let model = try Self.model(ForecastTracking.datasetAtOrigin(dataset, origin: origin), spec: spec, file: file)
        let result = MonteCarlo.run(model, options: RunOptions(paths: paths, seed: seed, threads: threads))
        return ForecastTracking.track(result, against: dataset, origin: origin)
    }

    /// The built-in baseline on the same data, seed and paths (common random numbers), for
    /// a what-if's differences; nil when the baseline does not fit the data. With `cache`,
    /// figures of the same data, plan, paths and seed are taken from it (same bits).
    static func baselineFigures(
        dataset: Dataset, embedded: Dataset, options: RunOptions, provenance: RunProvenance,
        cache: RunCache? = nil
    ) -> ReportDocument.BaselineFigures? {
        let make = { () -> ReportDocument.BaselineFigures? in
            let program = ScenarioProgram(
                text: BuiltInScenarios.baseline, path: BuiltInScenarios.baselinePath(), dataset: embedded)
            guard case .success(let spec) = program.compile("baseline"),
                let model = try? cache?.model(dataset, spec: spec) ?? SimulationModel.build(dataset, scenario: spec).0
            else { return nil }
            let result = MonteCarlo.run(model, options: options)
            return ReportDocument.BaselineFigures(
                ReportDocument(result: result, dataset: dataset, inversions: [], provenance: provenance))
        }
        // The cache keeps stream 1's baselines (the live page's stream) only.
        guard let cache, options.stream == .one else { return make() }
        return cache.baseline(
            dataset: dataset, embedded: embedded, paths: options.paths, seed: options.seed, make: make)
    }

    /// The scenario's inversion requests, or the headline targets at 50 % and 80 %.
    static func invert(
        _ model: SimulationModel, spec: ScenarioSpec, paths: Int, seed: UInt64, threads: Int,
        stream: RandomStream = .one
    ) -> [InversionResult] {
        let requests: [(String, [Double])] =
            spec.inversions.isEmpty
            ? (model.linked == nil ? [] : model.roles?.all ?? []).map { ($0, [0.5, 0.8]) }
            : Dictionary(grouping: spec.inversions, by: \.indicator).map { ($0.key, $0.value.map(\.probability)) }
                .sorted { $0.0 < $1.0 }
        // A target whose year has an actual is evaluated, not forecast: no inversion for it.
        let open = Set(model.targets.filter { model.actuals[$0.indicator]?[$0.targetYear] == nil }.map(\.indicator))
        return TargetInversion.solve(
            model, requests: requests.filter { open.contains($0.0) }.map { (indicator: $0.0, levels: $0.1) },
            paths: min(paths, 10_000), seed: seed, threads: threads, stream: stream)
    }
}
