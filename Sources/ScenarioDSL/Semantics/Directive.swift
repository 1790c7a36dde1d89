public import Forecasting
public import PlanData
public import Simulation

/// A statement understood: what it sets, under which key inheritance merges it, and
/// where it came from.
public struct Directive: Sendable {
    public enum Value: Sendable {
        /// `title "中文标题" "English title"`: the scenario's name in words (English optional).
        case title(zh: String, en: String?)
        case horizon(Int, SourceRange)
        case paths(Int)
        case seed(UInt64)
        case data(String?, SourceRange)
        case outputs([String])
        case language(String)
        case adjustment(indicator: String, Adjustment, years: ClosedRange<Int>?, yearsRange: SourceRange?)
        case levelsFrom(indicator: String, file: String, SourceRange)
        case model(indicator: String, ModelFamily)
        case prior(owner: String, parameter: String, Prior)
        case target(PlanTarget, yearsRange: SourceRange)
        case invert(indicator: String, probability: Double)
        case check(ResultCheck, yearsRange: SourceRange?)
        case sweep(SweepSpec)
    }
    public let value: Value
    /// Statements with the same group replace each other under inheritance.
    public let group: String
    /// The statement as the formatter prints it.
    public let text: String
    /// Scenario, file and line it came from.
    public let scenario: String
    public let file: String
    public let line: Int
}

/// A sweep as the scenario states it (issue 6 runs it).
public struct SweepSpec: Sendable {
    public struct Input: Sendable {
        public let name: String
        public let target: String
        public let distribution: Distribution
    }
    public let name: String
    public var inputs: [Input] = []
    public var method = "sobol"
    public var samples = 1024
    public var measures: [String] = []
    public var secondOrder = false
}
