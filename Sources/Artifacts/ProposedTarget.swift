/// One proposed target of the next plan, as a planner would print it, beside what the
/// last period achieved and the odds the model gives it. Rates are fractions (0.06).
public struct ProposedTarget: Codable, Sendable, Equatable {
    /// How the target is stated.
    public enum Form: String, Codable, Sendable {
        /// A level in the target year, printed with its yearly growth (`年均增长6%左右`).
        case growth
        /// A level in the target year, printed as the level (rates, counts, ceilings).
        case level
        /// A total over the plan's years (`五年累计`).
        case periodSum = "period_sum"
    }

    /// What a reader should know about a row.
    public enum Flag: String, Codable, Sendable {
        /// The proposal grows slower than the last period achieved.
        case slowerThanLastPeriod = "slower_than_last_period"
        /// A 约束性 target held at the last actual (or the last period's sum), stricter than its odds alone give.
        case heldAtLastActual = "held_at_last_actual"
        /// A 约束性 target weaker than the last actual, allowed by the convention.
        case relaxedBinding = "relaxed_binding"
        /// The chosen probability lies beyond the simulated range: the value is its edge.
        case beyondSimulatedRange = "beyond_simulated_range"
    }

    /// The value met with one probability and the growth it implies.
    public struct Point: Codable, Sendable, Equatable {
        public var probability: Double
        public var value: Double
        public var growth: Double

        public init(probability: Double, value: Double, growth: Double) {
            self.probability = probability
            self.value = value
            self.growth = growth
        }
    }

    public var indicator: String
    public var nameZH: String
    public var nameEN: String
    public var unitZH: String
    public var unitEN: String
    /// `预期性` or `约束性`.
    public var binding: Bool
    public var form: Form
    /// `floor` or `ceiling`.
    public var ceiling: Bool
    public var baseYear: Int
    public var base: Double
    public var targetYear: Int
    /// The proposed value (level or sum), rounded as the plan prints it.
    public var value: Double
    /// The yearly growth the value implies (for sums, the constant growth whose sum it is).
    public var growth: Double
    /// Decimals the value is printed with.
    public var decimals: Int
    /// The share of simulated paths that meet the proposed value.
    public var odds: Double
    /// The value at each shown probability.
    public var points: [Point]
    /// The last period's compound growth and its years, when actuals give it.
    public var lastGrowth: Double?
    public var lastFirstYear: Int?
    /// The last period's achieved total, for sums.
    public var lastSum: Double?
    /// The vision the plan states beyond the period (2035), kept in the draft.
    public var visionYear: Int?
    public var visionValue: Double?
    public var flags: [Flag]
    /// The target as a plan prints it (`年均增长6%左右`, `达到48.6亿元左右`, `五年累计2.5万人以上`).
    public var wordingZH: String
    public var wordingEN: String

    public init(indicator: String, nameZH: String, nameEN: String, unitZH: String, unitEN: String, binding: Bool, form: Form, ceiling: Bool,
                baseYear: Int, base: Double, targetYear: Int, value: Double, growth: Double, decimals: Int, odds: Double, points: [Point],
                lastGrowth: Double?, lastFirstYear: Int?, lastSum: Double?, visionYear: Int?, visionValue: Double?, flags: [Flag],
                wordingZH: String, wordingEN: String) {
        self.indicator = indicator
        self.nameZH = nameZH
        self.nameEN = nameEN
        self.unitZH = unitZH
        self.unitEN = unitEN
        self.binding = binding
        self.form = form
        self.ceiling = ceiling
        self.baseYear = baseYear
        self.base = base
        self.targetYear = targetYear
        self.value = value
        self.growth = growth
        self.decimals = decimals
        self.odds = odds
        self.points = points
        self.lastGrowth = lastGrowth
        self.lastFirstYear = lastFirstYear
        self.lastSum = lastSum
        self.visionYear = visionYear
        self.visionValue = visionValue
        self.flags = flags
        self.wordingZH = wordingZH
        self.wordingEN = wordingEN
    }
}
