/// A year's actual value.
public struct EvaluationArtifactPoint: Codable, Sendable, Equatable {
    public var year: Int
    public var value: Double
    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}
