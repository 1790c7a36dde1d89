/// A footnote mark on a printed value (`48.6*`, `①`, `△`): what the mark says about it.
public struct ValueNote: Sendable, Equatable {
    /// The mark as printed (`*`, `①`, `△`); empty when the file names none.
    public let mark: String
    /// Whether the value is a 预计数 (an estimate made before the year's statistics were out).
    public let estimate: Bool
    /// The id of the plan's ``DataNote`` that explains the mark (the note under the table),
    /// nil when the file names none.
    public let note: String?

    public init(mark: String, estimate: Bool, note: String?) {
        self.mark = mark
        self.estimate = estimate
        self.note = note
    }
}

/// A target of the plan that is not "a level reached from a printed base", so the level
/// arithmetic of ``PlanTarget`` (and the forecasting built on it) cannot hold it:
/// a cumulative decline, a period sum whose base the plan leaves open, or a target stated
/// in words. Every printed target of a plan is either one ``PlanTarget`` or one `PlanGoal`,
/// never both.
public struct PlanGoal: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// A cumulative decline over `baseYear`→`targetYear` (`〔14〕` on a 降低/下降 indicator,
        /// `累计下降14%`), as a positive fraction (0.14). With ``TargetDirection/floor`` the
        /// decline must be at least this. Evaluated from the reported cumulative decline
        /// (the indicator's own values when its unit is `%`) or from intensity levels
        /// (1 − level(targetYear) / level(baseYear)).
        case decline(Double)
        /// A total over `(baseYear + 1)...targetYear` in the indicator's unit (`〔120000〕`
        /// 新增绿地面积) with no printed base: the sum needs none to be evaluated.
        case sum(Double)
        /// A target printed in words (`与经济增长基本同步`, `稳步提高`), kept as printed.
        /// Never refused; evaluation shows the actuals and marks it 待人工评定.
        case qualitative(String)
    }

    public let indicator: String
    /// The year the target runs from: the base year when printed, else the year before the
    /// plan period. A sum covers `(baseYear + 1)...targetYear`.
    public let baseYear: Int
    /// The printed base-year value in the indicator's unit; nil when the table leaves it
    /// open. For a decline on a `%` indicator it is the previous period's figure as printed
    /// (not a level the decline applies to).
    public let base: Double?
    public let targetYear: Int
    public let form: Form
    /// Which side the stated quantity is met on: for a decline, ``TargetDirection/floor``
    /// means "at least this decline". Always ``TargetDirection/floor`` for ``Form/qualitative``.
    public let direction: TargetDirection
    /// Whether the plan says `左右` (about).
    public let approximate: Bool
    /// A footnote on the base value (`48.6*`: a 预计数), nil when unmarked or no base.
    public let baseNote: ValueNote?

    public init(
        indicator: String, baseYear: Int, base: Double?, targetYear: Int, form: Form,
        direction: TargetDirection = .floor,
        approximate: Bool = false, baseNote: ValueNote? = nil
    ) {
        self.indicator = indicator
        self.baseYear = baseYear
        self.base = base
        self.targetYear = targetYear
        self.form = form
        self.direction = direction
        self.approximate = approximate
        self.baseNote = baseNote
    }

    /// For a sum, the years it covers.
    public var sumYears: ClosedRange<Int> { (baseYear + 1)...targetYear }

    /// Whether the target is stated in words only.
    public var isQualitative: Bool { if case .qualitative = form { true } else { false } }
}

/// A yearly growth printed beside a level target (`140 亿元` and `12%` in the 年均增长
/// column): both kept, the level being the target.
public struct PrintedGrowth: Sendable, Equatable {
    /// The yearly growth as a fraction (0.12).
    public let rate: Double
    /// Whether it is printed with `左右`.
    public let approximate: Bool

    public init(rate: Double, approximate: Bool) {
        self.rate = rate
        self.approximate = approximate
    }
}
