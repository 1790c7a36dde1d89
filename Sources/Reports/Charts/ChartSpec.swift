public import PlanData

/// The one specification of charts and figures that the HTML/PDF, Word and Excel writers
/// all follow, so a chart says the same in every format:
/// - the band is P10–P90 around the median (``band``), said in words as "有八成把握落在此范围";
///   a wider band, where one is drawn, is labelled with its quantiles;
/// - history starts in ``historyStart`` (2016) and runs through the base year;
/// - probability bars are coloured by risk (``risk(_:plan:)``), carry their value as a
///   label and a 50 % line; a bar whose probability rests on the plan's own path is grey
///   and marked as not a forecast;
/// - a period-sum indicator's chart is labelled as yearly amounts (当年值);
/// - the chart of an indicator is a 预测区间图 (never 扇形图, which reads as a pie chart);
/// - differences of probabilities are computed from the displayed, rounded figures
///   (``pointChange(from:to:)``), so text and table agree.
public enum ChartSpec {
    /// The band every chart and table shows: the 10th and 90th percentiles.
    public static let band = (low: 10, high: 90)
    /// The first year of history a chart shows.
    public static let historyStart = 2016

    /// The history a chart draws: from ``historyStart`` to before `firstForecast`, measured
    /// or printed years only. Years rebuilt from printed sums (origin `reconstructed`, the
    /// tables' `43.50*`) are left off every chart: drawn, they read as a collapse or a jump
    /// that no one measured.
    public static func chartHistory(_ ind: ReportDocument.Indicator, before firstForecast: Int) -> [(
        year: Int, value: Double, origin: String
    )] {
        ind.history.filter { $0.year >= historyStart && $0.year < firstForecast && $0.origin != "reconstructed" }
    }

    /// The first year on a chart's axis: the first history year from ``historyStart`` (rebuilt
    /// years too, so every chart of the plan spans 2016 onwards), else the first forecast year.
    public static func chartStart(_ ind: ReportDocument.Indicator, before firstForecast: Int) -> Int {
        min(
            ind.history.filter { $0.year >= historyStart && $0.year < firstForecast }.map(\.year).min()
                ?? firstForecast, firstForecast)
    }

    /// What a probability means for a reader.
    public enum Risk: String, Sendable, CaseIterable {
        case likely, uncertain, difficult, plan
        /// A target whose year has passed: judged on its actual, no odds (no bar is drawn).
        case ended
        /// Colour as RGB hex without `#` (DrawingML takes it so; SVG adds the `#`).
        public var colour: String {
            switch self {
            case .likely: "0072B2"
            case .uncertain: "E69F00"
            case .difficult: "D55E00"
            case .plan: "B8B8B8"
            case .ended: "5A5A5A"
            }
        }
        /// The group's name on page one and in legends.
        public func word(_ l: Language) -> String {
            switch (self, l) {
            case (.likely, .zh): "有望完成"
            case (.uncertain, .zh): "存在不确定性"
            case (.difficult, .zh): "完成难度较大"
            case (.plan, .zh): "按规划路径测算，非预测"
            case (.likely, .en): "Likely to be met"
            case (.uncertain, .en): "Uncertain"
            case (.difficult, .en): "Hard to meet"
            case (.plan, .en): "Plan's own path, not a forecast"
            case (.ended, .zh): "目标年已过，按实际值评估"
            case (.ended, .en): "Target year passed, judged on the actual"
            }
        }
        /// The legend entry with its threshold: `有望完成（≥80%）`.
        public func legend(_ l: Language) -> String {
            switch self {
            case .likely: word(l) + (l == .zh ? "（≥80%）" : " (≥ 80%)")
            case .uncertain: word(l) + (l == .zh ? "（20%至80%）" : " (20–80%)")
            case .difficult: word(l) + (l == .zh ? "（<20%）" : " (< 20%)")
            case .plan, .ended: word(l)
            }
        }
    }

    /// The risk of a probability: likely ≥ 80 %, hard < 20 %, uncertain between; `plan`
    /// where the probability rests on the plan's own path (≈ 50 % by construction).
    public static func risk(_ p: Double, plan: Bool) -> Risk {
        if plan { return .plan }
        guard p.isFinite else { return .uncertain }
        return p >= BriefingSummary.likely ? .likely : p < BriefingSummary.atRisk ? .difficult : .uncertain
    }

    /// The name of an indicator's chart: `预测区间图` / `forecast range chart`.
    public static func chartKind(_ l: Language) -> String { l == .zh ? "预测区间图" : "forecast range chart" }

    /// The band's legend entry: `80%区间（P10–P90）` in the annex sense; on the chart itself
    /// the words a reader understands.
    public static func bandLabel(_ l: Language) -> String { l == .zh ? "八成把握区间" : "80% range" }
    /// The median's legend entry.
    public static func medianLabel(_ l: Language) -> String { l == .zh ? "最可能值" : "central forecast" }
    /// What the band means, the sentence every report prints once beside its charts.
    public static func bandSentence(_ l: Language) -> String {
        l == .zh
            ? "图中阴影为模型给出的区间：有八成把握落在此范围，中间的线为最可能值。"
            : "The shaded band is the model's range: an 80% chance that the outcome falls within it; the line is the central forecast."
    }
    /// The target marker's legend entry.
    public static func targetLabel(_ l: Language) -> String { l == .zh ? "规划目标" : "plan target" }
    /// A period-sum indicator's chart title suffix.
    public static func yearlySuffix(_ l: Language) -> String { l == .zh ? "（当年值）" : " (yearly amounts)" }

    /// The probability as displayed, in whole per cent (what ``NumberFormat/probability(_:)``
    /// shows; < 1 % shows as 0 and > 99 % as 100 for arithmetic).
    public static func displayedPercent(_ p: Double) -> Int? {
        guard p.isFinite else { return nil }
        return Int((min(max(p, 0), 1) * 100).rounded())
    }

    /// The change between two probabilities in whole points, computed from the figures as
    /// displayed (so 16 % → 32 % is +16 points, never +15); nil where either is not finite.
    public static func pointChange(from p0: Double, to p1: Double) -> Int? {
        guard let a = displayedPercent(p0), let b = displayedPercent(p1) else { return nil }
        return b - a
    }

    /// ``pointChange(from:to:)`` in words: `+16个百分点`, `−3个百分点`, `不变` / `+16 points`.
    public static func pointChangeText(from p0: Double, to p1: Double, language l: Language) -> String {
        guard let d = pointChange(from: p0, to: p1) else { return "—" }
        if d == 0 { return l == .zh ? "不变" : "no change" }
        let body = (d > 0 ? "+" : OfficialForm.minus) + String(abs(d))
        return body + (l == .zh ? "个百分点" : (abs(d) == 1 ? " point" : " points"))
    }

    /// The one growth figure a target needs: the yearly growth from the base year that
    /// meets the target (the table's 所需年均增速). Every text that says what a target needs
    /// uses this, never the growth an inversion finds at some probability.
    public static func neededGrowth(_ t: ReportDocument.Target) -> Double { t.requiredGrowth }
}
