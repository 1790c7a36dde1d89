import PlanData

extension ReportDocument {
    /// One statement of the scenario and where it was written.
    public struct Assumption: Sendable, Equatable {
        public let text: String
        public let origin: String
        public init(text: String, origin: String) {
            self.text = text
            self.origin = origin
        }
    }

    /// A `check` line and what the run found.
    public struct CheckResult: Sendable, Equatable {
        public let text: String
        public let passed: Bool
        /// The worst value over the check's years.
        public let value: Double
        public let year: Int
        public init(text: String, passed: Bool, value: Double, year: Int) {
            self.text = text
            self.passed = passed
            self.value = value
            self.year = year
        }
    }

    /// The baseline's figures on the same seed and paths: medians per indicator and year,
    /// and each target's probability.
    public struct BaselineFigures: Sendable {
        /// A target as `targets` names it: an indicator may carry two (2030 and a 2035
        /// vision, a level and a sum), and a what-if compares each with the same one.
        public struct TargetKey: Hashable, Sendable {
            public let indicator: String, targetYear: Int, kind: String
            public init(indicator: String, targetYear: Int, kind: String) {
                self.indicator = indicator
                self.targetYear = targetYear
                self.kind = kind
            }
            public init(_ t: ReportDocument.Target) {
                self.init(indicator: t.indicator, targetYear: t.targetYear, kind: t.kind)
            }
        }
        public let scenario: String
        public let medians: [String: [Int: Double]]
        /// The baseline's probability of each target, keyed as `targets` is.
        public let probabilities: [TargetKey: Double]
        /// The baseline's probability of the scenario's target `t` (same indicator, year and
        /// kind); nil when the baseline has no such target.
        public func probability(of t: ReportDocument.Target) -> Double? { probabilities[TargetKey(t)] }
        public init(scenario: String, medians: [String: [Int: Double]], probabilities: [TargetKey: Double]) {
            self.scenario = scenario
            self.medians = medians
            self.probabilities = probabilities
        }

        /// The figures of the baseline document `d`, named `scenario`.
        public init(_ d: ReportDocument, scenario: String = "baseline") {
            self.scenario = scenario
            medians = Dictionary(
                uniqueKeysWithValues: d.indicators.map { ind in
                    (ind.id, Dictionary(ind.years.map { ($0.year, $0.p50) }, uniquingKeysWith: { a, _ in a }))
                })
            probabilities = Dictionary(
                d.targets.map { (TargetKey($0), $0.probability) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The statements of a scenario that are assumptions about the world: everything but
    /// run settings (paths, seed, output, language, horizon, data) and `check` lines.
    public static func assumptions(from rows: [(text: String, origin: String)]) -> [Assumption] {
        let settings = ["paths", "seed", "output", "language", "horizon", "data", "check", "invert", "sweep"]
        return rows.filter { row in !settings.contains { row.text.hasPrefix($0 + " ") } }.map {
            Assumption(text: $0.text, origin: $0.origin)
        }
    }

    /// The evidence grade of a target (``Evidence``): `data`, `prior` or `plan`.
    public func evidence(of t: Target) -> String { t.evidence }
}
