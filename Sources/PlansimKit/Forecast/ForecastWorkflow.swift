public import Forecasting
import Foundation
public import PlanData

/// `plansim forecast` as a function: series → their forecasts, or the refusal that names
/// the series that cannot be forecast. Nothing is printed here; ``ForecastOutput`` writes.
public enum ForecastWorkflow {
    /// Series forecast at a time: memory holds one chunk's forecasts, never the whole
    /// output (issue 25: 100,000 series at horizon 50 took 6 GB).
    public static let chunk = 256

    /// Forecasts the request's series a chunk at a time and hands each chunk to `add`.
    ///
    /// - Throws: ``InputErrors`` for the first chunk holding a series that cannot be
    ///   forecast or whose forecast is not finite; whatever `add` throws.
    public static func run(_ request: ForecastRequest, add: ([SeriesForecast]) throws -> Void) throws {
        for start in stride(from: 0, to: request.series.count, by: chunk) {
            let part = Array(request.series[start..<min(start + chunk, request.series.count)])
            try add(try forecast(part, horizon: request.horizon, levels: request.levels, file: request.file))
        }
    }

    /// Every series of the request forecast at once (for a caller that keeps them all).
    public static func forecast(_ request: ForecastRequest) throws(InputErrors) -> [SeriesForecast] {
        try forecast(request.series, horizon: request.horizon, levels: request.levels, file: request.file)
    }

    /// The forecasts of `series`, each checked to be finite at `levels`.
    ///
    /// - Throws: ``InputErrors``: the first series that cannot be forecast (too short, years
    ///   out of order), else every series with a value that is not finite.
    static func forecast(_ series: [YearlySeries], horizon: Int, levels: [Double], file: String) throws(InputErrors)
        -> [SeriesForecast]
    {
        var results: [SeriesForecast] = []
        let forecasts = YearlyForecaster.forecast(series.map { ($0.years, $0.values) }, horizon: horizon)
        for (s, forecast) in zip(series, forecasts) {
            switch forecast {
            case .success(let f): results.append(SeriesForecast(series: s, forecast: f))
            case .failure(let error):
                throw InputErrors([
                    InputIssue(
                        file: file, line: s.lines.min(), field: "series",
                        message: Phrase(zh: "序列 `\(s.id)`：\(chinese(error))", en: "series `\(s.id)`: \(error)"),
                        help: Phrase(zh: "请检查该序列的各行", en: "check the series' rows"))
                ])
            }
        }
        try checkFinite(results, levels: levels, file: file)
        return results
    }

    /// Refuses a forecast with a value that is not finite (a median, location, scale or
    /// interval bound overflowed), naming the series: no `nan` is printed with exit 0.
    ///
    /// - Throws: ``InputErrors`` with one issue per such series, at its first line.
    static func checkFinite(_ results: [SeriesForecast], levels: [Double], file: String) throws(InputErrors) {
        let issues = results.compactMap { r -> InputIssue? in
            let bounds = levels.flatMap { r.forecast.interval(level: $0).flatMap { [$0.lo, $0.hi] } }
            let values = r.forecast.steps.flatMap { [$0.median, $0.location, $0.scale] } + bounds
            guard values.contains(where: { !$0.isFinite }) else { return nil }
            return InputIssue(
                file: file, line: r.series.lines.min(), field: "series",
                message: Phrase(
                    zh: "序列 `\(r.series.id)` 的预测超出了可表示的数值范围（各年数值相差过于悬殊）",
                    en:
                        "series `\(r.series.id)`: the forecast overflows the range of numbers (its values differ too widely)"
                ),
                help: Phrase(zh: "请检查该序列的数值和单位", en: "check the series' values and unit"))
        }
        if !issues.isEmpty { throw InputErrors(issues) }
    }

    /// Why a series cannot be forecast, in Chinese.
    public static func chinese(_ error: YearlyForecastError) -> String {
        switch error {
        case .tooShort(let n, let minimum): return "只有 \(n) 个值，至少需要 \(minimum) 个"
        case .yearsNotIncreasing(let year): return "年份 \(year) 重复或顺序有误"
        }
    }
}
