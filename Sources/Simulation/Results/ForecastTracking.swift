public import PlanData

/// The forecasts made from the plan's base year, tracked against every actual a planner
/// loads: where each actual fell in the base-year forecast's distribution, and whether it
/// fell outside its P10–P90 or P5–P95 band (a forecast miss).
public struct ForecastTracking: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let indicator: String
        public let year: Int
        public let actual: Double
        public let p5, p10, p50, p90, p95: Double

        public init(
            indicator: String, year: Int, actual: Double, p5: Double, p10: Double, p50: Double, p90: Double, p95: Double
        ) {
            self.indicator = indicator
            self.year = year
            self.actual = actual
            self.p5 = p5
            self.p10 = p10
            self.p50 = p50
            self.p90 = p90
            self.p95 = p95
        }

        /// Outside the base-year forecast's 80 % band (P10–P90).
        public var outside80: Bool { actual < p10 || actual > p90 }
        /// Outside its 90 % band (P5–P95).
        public var outside90: Bool { actual < p5 || actual > p95 }
    }

    /// The year the forecast was made from.
    public let origin: Int
    public let rows: [Row]

    public init(origin: Int, rows: [Row]) {
        self.origin = origin
        self.rows = rows
    }

    /// Share of actuals inside the 80 % band: near 0.8 when the forecast was calibrated.
    public var coverage80: Double? {
        rows.isEmpty ? nil : Double(rows.filter { !$0.outside80 }.count) / Double(rows.count)
    }

    /// The dataset as it stood at `origin`: every point a planner supplied for a later
    /// year removed, so a model built on it forecasts from `origin`.
    public static func datasetAtOrigin(_ dataset: Dataset, origin: Int) -> Dataset {
        var d = dataset
        for (id, series) in dataset.series {
            d.series[id] = Series(
                indicator: id, points: series.points.filter { $0.year <= origin || $0.origin != .user })
        }
        return d
    }

    /// Compares `result` (a run of the model built on ``datasetAtOrigin(_:origin:)``)
    /// with the user-supplied actuals after `origin` in `dataset`.
    public static func track(_ result: MonteCarloResult, against dataset: Dataset, origin: Int) -> ForecastTracking {
        var rows: [Row] = []
        for outcome in result.indicators {
            for point in dataset.series(outcome.indicator).points where point.year > origin && point.origin == .user {
                guard let y = outcome.year(point.year) else { continue }
                rows.append(
                    Row(
                        indicator: outcome.indicator, year: point.year, actual: point.value,
                        p5: y.p5, p10: y.p10, p50: y.p50, p90: y.p90, p95: y.p95))
            }
        }
        return ForecastTracking(origin: origin, rows: rows)
    }
}
