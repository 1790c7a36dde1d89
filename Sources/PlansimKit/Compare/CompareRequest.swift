public import Foundation
public import PlanData
public import Simulation

/// What `plansim compare` is asked for: scenarios run on common random numbers and set
/// side by side against the first.
public struct CompareRequest: Sendable {
    /// One scenario to compare: its source and, when the source defines several, its name.
    public struct Entry: Sendable, Equatable {
        public var source: ScenarioSource
        public var scenario: String?

        public init(source: ScenarioSource, scenario: String? = nil) {
            self.source = source
            self.scenario = scenario
        }
    }

    /// At least two; the first is the reference.
    public var entries: [Entry]
    public var plan: Dataset
    /// Whether a `plan` directive in a scenario may replace ``plan``.
    public var planSetting: Bool
    /// Paths for every scenario; the first scenario's `paths` when nil.
    public var paths: Int?
    /// The seed every scenario shares; the first scenario's `seed` when nil.
    public var seed: UInt64?
    public var threads: Int
    /// A CSV of the user's yearly values for every scenario (else each scenario's own `data`).
    public var dataFile: String?
    /// Told each scenario's name and paths before it runs (a front end's progress line).
    public var willRun: (@Sendable (String, Int) -> Void)?
    /// The random stream of every entry (``RandomStream``): stream 1 unless asked.
    public var stream: RandomStream = .one

    public init(
        entries: [Entry], plan: Dataset, planSetting: Bool = true, paths: Int? = nil, seed: UInt64? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, dataFile: String? = nil,
        willRun: (@Sendable (String, Int) -> Void)? = nil
    ) {
        self.entries = entries
        self.plan = plan
        self.planSetting = planSetting
        self.paths = paths
        self.seed = seed
        self.threads = threads
        self.dataFile = dataFile
        self.willRun = willRun
    }
}
