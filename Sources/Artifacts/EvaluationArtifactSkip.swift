public import PlanData

/// An indicator with actuals that was not judged, and why.
public struct EvaluationArtifactSkip: Codable, Sendable, Equatable {
    public var indicator: String
    public var reasonZH: String
    public var reasonEN: String
    public init(indicator: String, reason: Phrase) {
        self.indicator = indicator
        reasonZH = reason.zh
        reasonEN = reason.en
    }
    enum CodingKeys: String, CodingKey {
        case indicator
        case reasonZH = "reason_zh"
        case reasonEN = "reason_en"
    }
}
