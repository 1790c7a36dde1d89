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
        /// A change in percentage points of a `%` indicator over the period, as the ending plan
        /// printed it (`〔0.7〕`): `提高0.8个百分点左右`, the level it implies beside.
        case points
        /// A cumulative decline over the period (`累计下降14%以上`, `〔14〕`): ``value`` is the
        /// decline as a fraction (0.14). Set from the last period's achieved pace, not simulated.
        case decline
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
        /// A 约束性 decline whose final figure is the one the higher level allocates (上级下达).
        case higherLevelAllocates = "higher_level_allocates"
        /// A decline with no achieved pace in the actuals: set at least at the old target.
        case fromLastTarget = "from_last_target"
        /// A 预期性 ceiling kept at the ending plan's cap (城镇调查失业率 控制在5.5%以内): a cap
        /// is never proposed tighter than the current actual.
        case keptPreviousCap = "kept_previous_cap"
        /// A 预期性 ceiling with no cap of its own to keep, set no tighter than the last actual.
        case capAtLastActual = "cap_at_last_actual"
    }

    /// Why a proposal grows slower than the last period achieved (``Flag/slowerThanLastPeriod``).
    public enum SlowerReason: String, Codable, Sendable {
        /// The model's median growth itself is below the last period's growth.
        case modelBelowRecord = "model_below_record"
        /// The median is at or above the record; the convention's odds (above one half) put
        /// the value below the median, and so below the record.
        case oddsBelowMedian = "odds_below_median"
        /// The value at the odds is at or above the record; rounding to half a point (or to
        /// 0.1 point) took it below.
        case rounding
    }

    /// Whether the target is a bound held from the base year rather than a level to reach
    /// (the chart draws a bound flat, version 4).
    public enum Limit: String, Codable, Sendable {
        /// A 约束性 level held as a floor (`不低于28.8%`, `五年累计不低于65亿元`).
        case floor
        /// A ceiling (`控制在5.5%以内`).
        case ceiling
        /// A level or pace to reach (`年均增长6%左右`, `达到48.6亿元左右`, `提高0.8个百分点左右`).
        case none
    }

    /// The figure the wording prints, with its unit as printed (`不低于2.8万亩`: 28000, `2.8`,
    /// `万亩`), so that no reader parses the wording (version 4).
    public struct Figure: Codable, Sendable, Equatable {
        /// The figure in the indicator's own unit (28000 亩).
        public var value: Double
        /// The figure as printed (`2.8`) and the unit printed after it (`万亩`; `亿元`).
        public var textZH: String
        public var unitZH: String

        public init(value: Double, textZH: String, unitZH: String) {
            self.value = value
            self.textZH = textZH
            self.unitZH = unitZH
        }
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

    /// One year of the simulated distribution the proposal was read from (the chart's band).
    public struct YearBand: Codable, Sendable, Equatable {
        public var year: Int
        public var p10: Double
        public var median: Double
        public var p90: Double

        public init(year: Int, p10: Double, median: Double, p90: Double) {
            self.year = year
            self.p10 = p10
            self.median = median
            self.p90 = p90
        }
    }

    /// One year of the record the chart draws (`origin`: `printed`, `reconstructed`, `user`).
    public struct YearValue: Codable, Sendable, Equatable {
        public var year: Int
        public var value: Double
        public var origin: String

        public init(year: Int, value: Double, origin: String) {
            self.year = year
            self.value = value
            self.origin = origin
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
    /// The share of simulated paths that meet the proposed value; nil for a target not read
    /// from the simulation (a cumulative decline).
    public var odds: Double?
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
    /// Percentage points achieved over the last period (``Form/points``), when actuals give them.
    public var lastPoints: Double?
    /// The cumulative decline achieved over the last period (``Form/decline``), a fraction.
    public var lastDecline: Double?
    /// The model's median growth (yearly, as ``growth``), when the value was read from the simulation.
    public var medianGrowth: Double?
    /// Why the proposal is slower than achieved, with ``Flag/slowerThanLastPeriod``.
    public var slowerBecause: SlowerReason?
    /// The record through the base year (from 2016), for the chart; empty when not drawn.
    public var record: [YearValue] = []
    /// The simulated P10, median and P90 in each year of the new period (yearly amounts for a
    /// total); empty for a target not read from the simulation.
    public var band: [YearBand] = []
    /// What the target rests on (version 3); nil for a target not read from the simulation.
    public var basis: ProposalBasis? = nil
    public var flags: [Flag]
    /// Whether the target is a floor, a ceiling or a level to reach (version 4).
    public var limit: Limit = .none
    /// The figure the wording prints (a level or a total); nil for a wording in rates or points.
    public var figure: Figure? = nil
    /// The target as a plan prints it (`年均增长6%左右`, `达到48.6亿元左右`, `五年累计2.5万人以上`,
    /// `提高0.8个百分点左右（达到3.1%）`, `累计下降14%以上`).
    public var wordingZH: String
    public var wordingEN: String

    public init(
        indicator: String, nameZH: String, nameEN: String, unitZH: String, unitEN: String, binding: Bool, form: Form,
        ceiling: Bool,
        baseYear: Int, base: Double, targetYear: Int, value: Double, growth: Double, decimals: Int, odds: Double?,
        points: [Point],
        lastGrowth: Double?, lastFirstYear: Int?, lastSum: Double?, visionYear: Int?, visionValue: Double?,
        flags: [Flag],
        wordingZH: String, wordingEN: String, lastPoints: Double? = nil, lastDecline: Double? = nil,
        medianGrowth: Double? = nil,
        slowerBecause: SlowerReason? = nil
    ) {
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
        self.lastPoints = lastPoints
        self.lastDecline = lastDecline
        self.medianGrowth = medianGrowth
        self.slowerBecause = slowerBecause
    }
}
