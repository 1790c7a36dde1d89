/// What one yearly value of an indicator means, which decides its arithmetic.
public enum IndicatorKind: String, Sendable, CaseIterable, Codable {
    /// A yearly level of an economic quantity (output value, sales in a year).
    case annualLevel = "annual_level"
    /// A count of things that exist at the end of a year (firms, market entities).
    case stockCount = "stock_count"
    /// An amount that flows within the year (new jobs, investment made in the year).
    case annualFlow = "annual_flow"
    /// A total over several years, as some plan figures are printed.
    case periodSum = "period_sum"

    /// Whether a yearly value may be zero (flows may; levels and stocks may not).
    public var allowsZero: Bool { self == .annualFlow }
}

/// The plan's attribute of an indicator: 预期性 (indicative) or 约束性 (binding).
public enum PlanAttribute: String, Sendable, Codable {
    case indicative = "预期性"
    case binding = "约束性"

    public var english: String { self == .indicative ? "indicative" : "binding" }
}

/// An indicator of the plan: identity, names, unit, kind and where it stands.
public struct Indicator: Sendable, Equatable, Identifiable {
    /// The stable id used in the language, CSV files and JSON (`industrial_output`).
    public let id: String
    /// The name as printed in the plan (`工业总产值`).
    public let nameZH: String
    public let nameEN: String
    /// The unit as printed (`亿元`).
    public let unitZH: String
    public let unitEN: String
    public let kind: IndicatorKind
    public let attribute: PlanAttribute
    /// Where the plan states it (`专栏1 第1项`).
    public let location: String
    /// Other names a person may type for it (the printed name with its unit, short forms).
    public let aliases: [String]

    public init(
        id: String, nameZH: String, nameEN: String, unitZH: String, unitEN: String, kind: IndicatorKind,
        attribute: PlanAttribute, location: String, aliases: [String] = []
    ) {
        self.id = id
        self.nameZH = nameZH
        self.nameEN = nameEN
        self.unitZH = unitZH
        self.unitEN = unitEN
        self.kind = kind
        self.attribute = attribute
        self.location = location
        self.aliases = aliases
    }

    /// Whether its values are whole things (firms, people, new jobs): a stock or flow in a
    /// unit of things. A level in 个 is a rate (每千人口托位数 4.5 个), not a count.
    public var isWholeCount: Bool {
        kind != .annualLevel && ["个", "家", "户", "人", "人次", "项", "座", "所", "处", "件", "辆", "套", "张"].contains(unitZH)
    }

    /// The name in the requested language.
    public func name(_ language: Language) -> String { language == .zh ? nameZH : nameEN }
    /// The unit in the requested language.
    public func unit(_ language: Language) -> String { language == .zh ? unitZH : unitEN }
}

/// The language of labels in human output.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en
}
