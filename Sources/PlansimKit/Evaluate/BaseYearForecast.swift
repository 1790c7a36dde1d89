/// The settings of the forecast the plan's base year gave — the figure an evaluation sets
/// beside each actual and a `run --data` briefing tracks: the built-in baseline's own
/// `paths` and `seed`, so `evaluate` prints the very numbers the office's baseline
/// briefing printed (Haibin's 2025 industrial output 37.33, where 20,000 paths gave 37.26:
/// the same model on the first fifth of the same paths, a Monte Carlo difference only).
public enum BaseYearForecast {
    /// Paths of the baseline run (`paths 100000` in `scenarios/baseline.scn`).
    public static let paths = 100_000
    /// Seed of the baseline run (`seed 20210929` in `scenarios/baseline.scn`).
    public static let seed: UInt64 = 20_210_929
}
