public import Forecasting
public import PlanData

/// One series and its forecast, with what plansim did to the series before forecasting it.
public struct SeriesForecast: Sendable {
    public let series: YearlySeries
    public let forecast: YearlyForecast
    /// The filled gaps and the working scale chosen for zeros or negative values
    /// (``ForecastNotes/notes(_:_:)``).
    public let notes: [Phrase]

    public init(series: YearlySeries, forecast: YearlyForecast) {
        self.series = series
        self.forecast = forecast
        notes = ForecastNotes.notes(series, forecast)
    }
}
