/// `indicator ID { … }` inside a plan block.
public struct IndicatorBlock: Sendable, Equatable {
    public let id: String
    public let idRange: SourceRange
    public let items: [Item]
    public let range: SourceRange
    public let trailingComment: String?
}

/// Something inside a plan block, in order, comments and blank lines kept for the formatter.
public enum PlanItem: Sendable, Equatable {
    case statement(Statement)
    case indicator(IndicatorBlock)
    case comment(String)
    case blank
}

/// `plan NAME { … }`: a plan as data (docs/plan-files.md).
public struct PlanDecl: Sendable, Equatable {
    public let name: String
    public let nameRange: SourceRange
    public let items: [PlanItem]
    public let range: SourceRange
    public let trailingComment: String?
}

/// Statement keywords of plan files.
public enum PlanKeywords {
    public static let planStatements = [
        "title", "title_en", "issuer", "published", "source", "period", "linked", "fact", "note",
    ]
    public static let indicatorStatements = [
        "name", "unit", "kind", "attribute", "at", "aliases", "base", "target", "sum", "note",
    ]
    public static let kinds = ["annual_level", "stock", "annual_flow", "period_sum"]
    public static let attributes = ["预期性", "约束性", "indicative", "binding"]
    public static let roles = ["investment", "output", "employment"]
    public static let factStatus = ["achieved", "commitment"]
}
