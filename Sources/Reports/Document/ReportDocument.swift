import Forecasting
import Foundation
public import PlanData
public import Simulation

/// Everything a report shows, as plain values: what a run produced plus the labels and
/// history it needs. Renderers read only this, so a saved `results.json` re-renders
/// exactly as the run that wrote it.
public struct ReportDocument: Sendable {
    public struct Indicator: Sendable {
        public let id: String
        public let nameZH: String, nameEN: String, unitZH: String, unitEN: String
        public let attribute: String
        /// What the forecast rests on: `data`, `prior` or `plan` (``Evidence``).
        public var evidence: String = Evidence.prior.rawValue
        public let years: [YearSummary]
        /// History with origins (`printed`, `reconstructed`, `user`).
        public let history: [(year: Int, value: Double, origin: String)]

        public func name(_ l: Language) -> String { l == .zh ? nameZH : nameEN }
        public func unit(_ l: Language) -> String { l == .zh ? unitZH : unitEN }
    }

    public struct Target: Sendable {
        public let indicator: String
        public let baseYear: Int, base: Double, targetYear: Int, target: Double
        public let kind: String
        public let probability: Double
        public let medianShortfall: Double?
        public let requiredGrowth: Double, simulatedGrowth: Double
        public let median: Double, p10: Double, p90: Double
        /// Plan-evaluation status where actuals past the base year exist.
        public let status: String?
        /// What the probability rests on: `data`, `prior` or `plan` (≈ 50 % by construction).
        public var evidence: String = Evidence.prior.rawValue
        /// `in_progress` or `ended` where actuals past the base year exist (``TargetEvaluation``).
        public var phase: String?
        /// Ended: actual ÷ target; in progress: the share of the required change achieved.
        public var completion: Double?
        /// Years of the period with no actual (never counted as zero).
        public var missingYears: [Int] = []
        /// The probability under each named prior set, `stated` first (``PriorSetRange``);
        /// empty when the run did not compute them (files before format 1.4).
        public var probabilityByPriorSet: [(set: String, probability: Double)] = []
        /// The probability when investment follows the reference class, not the plan
        /// (``PriorSetRange/investmentSentence(_:language:)``); nil when not computed.
        public var probabilityUnconditionalInvestment: Double?

        /// Whether the target's year has an actual: an evaluation, not a forecast.
        public var hasEnded: Bool { phase == TargetEvaluation.Phase.ended.rawValue }
    }

    public struct Inversion: Sendable {
        public let indicator: String
        public let probability: Double
        public let value: Double?
        public let achieved: Double
        /// `solved`, `met_at_lower_bound`, `not_reachable` or `no_effect` (``InversionResult/Outcome``).
        public var outcome: String = InversionResult.Outcome.solved.rawValue
        /// The range searched (yearly growth), the investment total it implies and the plan's.
        public var range: ClosedRange<Double> =
            exp(TargetInversion.bracket.lowerBound) - 1...exp(TargetInversion.bracket.upperBound) - 1
        public var impliedTotal: Double?
        public var planTotal: Double?
        public var totalYears: ClosedRange<Int>?
        /// The years the lever still moves (after the last actual investment).
        public var leverYears: ClosedRange<Int>?
        /// The indicator the lever moves: the plan's investment role (nil in files of
        /// format 1.1, which did not record it).
        public var leverIndicator: String?
    }

    public let scenario: String
    public internal(set) var indicators: [Indicator]
    /// The plan's title when the run was on another plan than Haibin's 14th (nil: Haibin's).
    public var planTitleZH: String?, planTitleEN: String?

    /// The briefing's title: "海滨街道“十四五”规划指标预测", or another plan's own title.
    public func title(_ l: Language) -> String {
        switch l {
        case .zh: planTitleZH.map { "\($0)：指标预测" } ?? "海滨街道“十四五”规划指标预测"
        case .en: planTitleEN.map { "\($0): forecast" } ?? "Haibin Sub-district 14th Five-Year Plan: forecast"
        }
    }
    public internal(set) var targets: [Target]
    public let inversions: [Inversion]
    public let notesZH: [String], notesEN: [String]
    public let provenance: RunProvenance
    /// The base-year forecast tracked against the actuals a planner loaded (nil without any).
    public var tracking: ForecastTracking?
    /// What the scenario assumes beyond the plan (the statements `plansim explain` shows).
    /// A `title` statement among them is taken out into ``scenarioTitle``: it names the
    /// scenario and assumes nothing. A title inherited from the scenario it extends
    /// (origin `baseline (baseline.scn:5)`) names the parent, not this one, and is dropped.
    public var assumptions: [Assumption] = [] {
        didSet {
            guard assumptions.contains(where: { ScenarioTitle.parse($0.text) != nil }) else { return }
            if let own = assumptions.first(where: {
                ScenarioTitle.parse($0.text) != nil && $0.origin.hasPrefix(scenario + " (")
            }) {
                scenarioTitle = ScenarioTitle.parse(own.text)
            }
            assumptions.removeAll { ScenarioTitle.parse($0.text) != nil }
        }
    }
    /// The scenario's title in words (its `title` statement); nil: none was written.
    public var scenarioTitle: ScenarioTitle?

    /// The scenario as reports name it: its title, else words for its code name.
    public func scenarioName(_ l: Language) -> String { (scenarioTitle ?? ScenarioTitle.fallback(scenario)).text(l) }
    /// The scenario's `check` lines and their results.
    public var checks: [CheckResult] = []
    /// The baseline on the same random numbers, for a what-if; nil for the baseline itself.
    public var baseline: BaselineFigures? = nil
    /// Whether a planner's values marked ILLUSTRATIVE (or 示意) went in: the summary then opens with the banner.
    public var illustrative = false

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    /// A chart's title for an indicator: its name, marked as yearly amounts when its
    /// target is a period sum (the chart plots each year, the target is the total).
    public func chartTitle(_ ind: Indicator, _ l: Language) -> String {
        let sum = targets.contains { $0.indicator == ind.id && $0.kind == "period_sum" }
        return ind.name(l) + (sum ? (l == .zh ? "（当年值）" : " (yearly)") : "")
    }
    /// The plan's notes in `l`; English ones without Chinese glosses (`tonnes (吨)` → `tonnes`,
    /// `专栏1` → `Box 1`), so an English briefing holds no Han text (review s5 P1-1).
    public func notes(_ l: Language) -> [String] { l == .zh ? notesZH : notesEN.map(OfficialForm.withoutHan) }
}

extension ReportDocument {
    /// The document of a run on `dataset`.
    public init(result: MonteCarloResult, dataset: Dataset, inversions: [InversionResult], provenance: RunProvenance) {
        scenario = provenance.scenario
        indicators = result.indicators.map { outcome in
            let i = dataset.indicator(outcome.indicator)!
            var indicator = Indicator(
                id: i.id, nameZH: i.nameZH, nameEN: i.nameEN, unitZH: i.unitZH, unitEN: i.unitEN,
                attribute: i.attribute.rawValue, years: outcome.years,
                history: dataset.series(i.id).points.map { ($0.year, $0.value, $0.origin.rawValue) })
            indicator.evidence = outcome.evidence.rawValue
            return indicator
        }
        targets = result.targets.map { t in
            // A probability that is the plan's path by construction sets no status word.
            let evaluation = dataset.indicator(t.target.indicator).flatMap {
                TargetEvaluation.evaluate(
                    t.target, of: $0, series: dataset.series(t.target.indicator),
                    probability: t.evidence == .plan ? nil : t.probability)
            }
            var target = Target(
                indicator: t.target.indicator, baseYear: t.target.baseYear, base: t.target.base,
                targetYear: t.target.targetYear, target: t.target.target, kind: t.target.kind.rawValue,
                probability: t.probability, medianShortfall: t.medianShortfall, requiredGrowth: t.requiredGrowth,
                simulatedGrowth: t.simulatedGrowth, median: t.median, p10: t.p10, p90: t.p90,
                status: evaluation?.status?.rawValue)
            target.evidence = t.evidence.rawValue
            target.phase = evaluation?.phase.rawValue
            target.completion = evaluation?.completion
            target.missingYears = evaluation?.missingYears ?? []
            return target
        }
        self.inversions = inversions.map {
            var v = Inversion(indicator: $0.indicator, probability: $0.level, value: $0.value, achieved: $0.achieved)
            v.outcome = $0.outcome.rawValue
            v.range = $0.bracket
            v.impliedTotal = $0.impliedTotal
            v.planTotal = $0.planTotal
            v.totalYears = $0.totalYears
            v.leverYears = $0.leverYears
            v.leverIndicator = dataset.roles?.investment
            return v
        }
        illustrative = dataset.series.values.contains {
            $0.points.contains { p in
                p.origin == .user
                    && (p.note.map { $0.localizedCaseInsensitiveContains("illustrative") || $0.contains("示意") } ?? false)
            }
        }
        notesZH = dataset.notes.map(\.textZH)
        notesEN = dataset.notes.map(\.textEN)
        self.provenance = provenance
        if let plan = dataset.plan, plan.name != "haibin_14th" {
            planTitleZH = plan.titleZH
            planTitleEN = plan.titleEN
        }
    }

    /// English for a status word.
    public static func statusEnglish(_ s: String) -> String {
        TargetEvaluation.Status(rawValue: s)?.english ?? s
    }
}
