/// The base-year forecast's P10, median and P90.
public struct EvaluationArtifactBand: Codable, Sendable, Equatable {
    public var p10: Double
    public var median: Double
    public var p90: Double
    public init(p10: Double, median: Double, p90: Double) {
        self.p10 = p10
        self.median = median
        self.p90 = p90
    }
}
