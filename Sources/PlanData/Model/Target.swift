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

/// A target of the plan: the value an indicator should reach.
public struct PlanTarget: Sendable, Equatable {
    public let indicator: String
    public let baseYear: Int
    public let base: Double
    public let targetYear: Int
    public let target: Double
    public let kind: TargetKind
    public let direction: TargetDirection

    public init(indicator: String, baseYear: Int, base: Double, targetYear: Int, target: Double, kind: TargetKind,
                direction: TargetDirection = .floor) {
        self.indicator = indicator
        self.baseYear = baseYear
        self.base = base
        self.targetYear = targetYear
        self.target = target
        self.kind = kind
        self.direction = direction
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

    public func text(_ language: Language) -> String { language == .zh ? textZH : textEN }
}
