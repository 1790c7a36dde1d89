/// How a target's required growth is computed.
public enum TargetKind: String, Sendable, Codable, CaseIterable {
    /// A yearly level by the target year: compound rate base → target.
    case level
    /// A stock count by the target year: compound rate base → target.
    case stock
    /// A yearly flow by the target year: compound rate of the flow.
    case flow
    /// A total over the years after the base year through the target year: the `g` with
    /// `base · Σₖ₌₁..ₙ (1+g)ᵏ = target`.
    case periodSum = "period_sum"
}

/// Which side of its value a target is met on.
public enum TargetDirection: String, Sendable, Codable, CaseIterable {
    /// Met at or above the value (`达到`, `增长到`).
    case floor
    /// Met at or below the value (`控制在…以内`): probabilities and statuses read the other way.
    case ceiling
}

/// A target of the plan: the value an indicator should reach from a printed base — a
/// level (or stock, flow) by the target year, or a sum over the years after the base.
/// `base` and `target` are always in the indicator's unit (a `%` indicator in percent:
/// 2.5 for 2.5 %). Targets without this arithmetic (cumulative declines of a `%`
/// indicator, sums with no base, targets in words) are ``PlanGoal``s. The attribute
/// (约束性/预期性) is the indicator's: ``Dataset/attribute(of:)``.
public struct PlanTarget: Sendable, Equatable {
    public let indicator: String
    public let baseYear: Int
    public let base: Double
    public let targetYear: Int
    public let target: Double
    public let kind: TargetKind
    public let direction: TargetDirection
    /// Whether the plan says `左右` (about).
    public let approximate: Bool
    /// How the plan states it, when not as the level itself (a growth rate, a cumulative
    /// change, percentage points, a decline); nil when the level is printed. `target` is
    /// then the level the statement gives from `base`.
    public let stated: TargetStatement?
    /// A footnote on the printed base (`48.6*`: a 预计数); nil when the base is unmarked.
    public let baseNote: ValueNote?
    /// A yearly growth printed beside a printed level (both kept; the level is the target).
    /// Nil when only one of them is printed. Import warns when they disagree.
    public let besideGrowth: PrintedGrowth?

    public init(
        indicator: String, baseYear: Int, base: Double, targetYear: Int, target: Double, kind: TargetKind,
        direction: TargetDirection = .floor, approximate: Bool = false, stated: TargetStatement? = nil,
        baseNote: ValueNote? = nil, besideGrowth: PrintedGrowth? = nil
    ) {
        self.indicator = indicator
        self.baseYear = baseYear
        self.base = base
        self.targetYear = targetYear
        self.target = target
        self.kind = kind
        self.direction = direction
        self.approximate = approximate
        self.stated = stated
        self.baseNote = baseNote
        self.besideGrowth = besideGrowth
    }

    /// Whether `value` (a level, or a sum over ``sumYears``) meets the target.
    public func isMet(by value: Double) -> Bool { direction == .ceiling ? value <= target : value >= target }

    /// For a period-sum target, the years it sums over.
    public var sumYears: ClosedRange<Int> { (baseYear + 1)...targetYear }
}

/// A countable fact or commitment of the plan that is not one of the nine indicators
/// (52 firms closed, 8 day-care upgrades, 1100 亩 of forest, …).
public struct PlanFact: Sendable, Equatable {
    public let id: String
    public let textZH: String
    public let textEN: String
    public let value: Double
    public let unitZH: String
    public let unitEN: String
    /// The year or span it refers to, as text (`2016–2020`, `2021–2025`).
    public let period: String
    /// `achieved` for the 2016–2020 record, `commitment` for what the plan promises.
    public let status: String
    public let location: String
}

/// A caveat about the data that reports show beside the numbers.
public struct DataNote: Sendable, Equatable {
    public let id: String
    public let indicator: String?
    public let textZH: String
    public let textEN: String

    /// The note in `language`; in English a note the file gives only in Chinese is put in
    /// English item by item where it is one of the notes plan tables print (``PlanGlossary/note(_:)``).
    public func text(_ language: Language) -> String {
        language == .zh ? textZH : PlanGlossary.hasHan(textEN) ? PlanGlossary.note(textZH) : textEN
    }
}
