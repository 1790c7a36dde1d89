import Foundation
import LinearAlgebra

extension YearlyForecaster {
    /// One series of a batch: its years and values, as for ``forecast(years:values:horizon:method:)``.
    public typealias Series = (years: [Int], values: [Double])

    /// Forecasts every series, spreading them over `threads` threads (each series is
    /// independent and the forecaster draws no random numbers, so the results are the
    /// same for any number of threads; nil: one per active processor), in the order given.
    public static func forecast(
        _ series: [Series], horizon: Int, method: YearlyMethod = .combined,
        threads: Int? = nil
    )
        -> [Result<YearlyForecast, YearlyForecastError>]
    {
        let results = Locked([Result<YearlyForecast, YearlyForecastError>?](repeating: nil, count: series.count))
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, series.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for k in stride(from: worker, to: series.count, by: workers) {
                let result = Result { () throws(YearlyForecastError) -> YearlyForecast in
                    try forecast(years: series[k].years, values: series[k].values, horizon: horizon, method: method)
                }
                results.withLock { $0[k] = result }
            }
        }
        return results.current.map { $0! }
    }
}
