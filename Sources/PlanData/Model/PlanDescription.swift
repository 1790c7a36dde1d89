/// Which indicators of a plan play the three parts of the linked core (DESIGN.md §4):
/// investment (a yearly flow) → capital → output (a yearly level) → employment (a yearly flow).
public struct LinkedRoles: Sendable, Equatable {
    public let investment: String
    public let output: String
    public let employment: String

    public init(investment: String, output: String, employment: String) {
        self.investment = investment
        self.output = output
        self.employment = employment
    }

    /// The three ids, investment first.
    public var all: [String] { [investment, output, employment] }
    /// Whether `id` plays a role.
    public func contains(_ id: String) -> Bool { all.contains(id) }

    /// The names of the roles as plan files write them, and the kind each needs.
    public static let requiredKinds: [(role: String, kind: IndicatorKind)] =
        [("investment", .annualFlow), ("output", .annualLevel), ("employment", .annualFlow)]
}

/// What a plan file says about the plan as a document.
public struct PlanInfo: Sendable, Equatable {
    /// The plan's name in the file (`haibin_14th`).
    public let name: String
    public let titleZH: String
    public let titleEN: String
    public let issuer: String
    /// The plan period (`2021..2025`).
    public let period: ClosedRange<Int>

    public init(name: String, titleZH: String, titleEN: String, issuer: String, period: ClosedRange<Int>) {
        self.name = name
        self.titleZH = titleZH
        self.titleEN = titleEN
        self.issuer = issuer
        self.period = period
    }
}

/// How a plan states a target when it is not the level itself. The target's level is
/// derived from its base: growth `base·(1+g)ⁿ`, change `base·(1+c)`, points `base + p`,
/// decline `base·(1−d)`.
public enum TargetStatement: Sendable, Equatable {
    /// A yearly growth rate (`年均增长6%左右`), a fraction.
    case growth(Double)
    /// A cumulative change over the period (`累计增长20%`), a signed fraction.
    case change(Double)
    /// A change in percentage points over the period of a `%` indicator (`〔0.7〕` on
    /// 研发经费投入强度): 0.7 means 0.7 points; judged on the points achieved.
    case points(Double)
    /// A cumulative decline over the period of a level (`〔14〕` on 单位GDP能耗 printed as a
    /// level), a positive fraction (0.14); the target is a ceiling on the level.
    case decline(Double)
}
