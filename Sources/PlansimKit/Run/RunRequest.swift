public import Foundation
public import PlanData
public import Reports
public import Simulation

/// What `plansim run` is asked for, as any front end asks it: a scenario (file, text or
/// the built-in baseline) on a plan, with the run's paths, seed and threads.
///
/// Everything left `nil` comes from the scenario (`paths`, `seed`, `language`, `data`).
public struct RunRequest: Sendable {
    public var source: ScenarioSource
    /// The plan the scenario runs on: the embedded plan or one loaded from a plan file.
    public var plan: Dataset
    /// Whether a `plan` directive in the scenario may replace ``plan`` (false when the user
    /// named a plan file: theirs wins).
    public var planSetting: Bool
    /// The scenario to run when the source defines several.
    public var scenario: String?
    /// Monte Carlo paths; the scenario's `paths` when nil.
    public var paths: Int?
    /// The seed; the scenario's `seed` when nil.
    public var seed: UInt64?
    /// Worker threads; results do not depend on them (bit-identical on any count).
    public var threads: Int
    /// A CSV of the user's yearly values; wins over the scenario's `data` file.
    public var dataFile: String?
    /// Whether to solve the target inversions (the lever a target needs at 50 % and 80 %).
    public var invert: Bool
    /// The language of the files; the scenario's `language` when nil.
    public var language: Language?
    /// Formats written besides the scenario's `output` list (xlsx, ipynb, docx, pdf).
    public var extraFormats: [ReportFormat]
    /// Called with (paths done, total) while the main Monte Carlo runs, from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Whether a run with simulated values that are not finite (NaN or ±∞) is still
    /// returned (with ``RunOutcome/nonfiniteWarning``); by default it is refused.
    public var allowNonfinite = false
    /// Whether to add each target's probability under the other named prior sets and with
    /// unconditional investment (two extra hit-only runs of at most 20,000 paths and two
    /// model fits, ``PriorSetRuns``); a front end that must answer within milliseconds may
    /// turn it off, and the files then carry `null` for those fields.
    public var priorSets = true
    /// Fitted models and baseline figures kept between runs (the live page's); nil: none.
    /// The results are the same bits with or without it.
    public var cache: RunCache?
    /// The random stream (``RandomStream``): stream 1, every earlier result's, unless asked.
    public var stream: RandomStream = .one
    /// A panel of comparable units (`--reference PANEL.csv`, ``ReferencePanel``): its
    /// empirical-Bayes growth priors make the third named prior set, `reference`, and the
    /// provenance names it with its SHA-256. A bad panel refuses the run before anything is
    /// simulated. Ignored when ``priorSets`` is off.
    public var referencePanel: String?

    public init(
        source: ScenarioSource, plan: Dataset, planSetting: Bool = true, scenario: String? = nil, paths: Int? = nil,
        seed: UInt64? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount, dataFile: String? = nil,
        invert: Bool = true, language: Language? = nil, extraFormats: [ReportFormat] = [],
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.source = source
        self.plan = plan
        self.planSetting = planSetting
        self.scenario = scenario
        self.paths = paths
        self.seed = seed
        self.threads = threads
        self.dataFile = dataFile
        self.invert = invert
        self.language = language
        self.extraFormats = extraFormats
        self.progress = progress
    }
}
