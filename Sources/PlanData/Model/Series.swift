/// Where a value came from.
public enum PointOrigin: String, Sendable, Codable, CaseIterable {
    /// Printed in the plan.
    case printed
    /// Reconstructed by plansim from printed sums and levels (never measured).
    case reconstructed
    /// Supplied by the user in a CSV file.
    case user
}

/// One yearly value with its origin.
public struct SeriesPoint: Sendable, Equatable {
    public let year: Int
    public let value: Double
    public let origin: PointOrigin
    public let note: String?

    public init(year: Int, value: Double, origin: PointOrigin, note: String? = nil) {
        self.year = year
        self.value = value
        self.origin = origin
        self.note = note
    }
}

/// An indicator's yearly values, sorted by year, at most one per year.
public struct Series: Sendable, Equatable {
    public let indicator: String
    public private(set) var points: [SeriesPoint]

    public init(indicator: String, points: [SeriesPoint]) {
        self.indicator = indicator
        self.points = points.sorted { $0.year < $1.year }
    }

    /// The value in `year`, if there is one.
    public func value(in year: Int) -> Double? { points.first { $0.year == year }?.value }

    /// The point of `year`, if there is one.
    public func point(in year: Int) -> SeriesPoint? { points.first { $0.year == year } }

    /// Sets the point of its year, replacing any there was.
    public mutating func set(_ point: SeriesPoint) {
        points.removeAll { $0.year == point.year }
        points.append(point)
        points.sort { $0.year < $1.year }
    }

    /// The last point.
    public var last: SeriesPoint? { points.last }
}

/// A printed total of an indicator over a span of years (`2016…2020`).
public struct PeriodSum: Sendable, Equatable {
    public let indicator: String
    public let years: ClosedRange<Int>
    public let value: Double
    /// What the printed figure measures, when it differs from the indicator's definition.
    public let definition: String
    public let location: String
}
