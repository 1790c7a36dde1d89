public import Forecasting
public import PlanData

/// What plansim did to a series before forecasting it, in both languages: the years it
/// filled and the working scale it chose for zeros or negative values.
public enum ForecastNotes {
    /// The notes on `series` forecast as `forecast`: filled years first, then the scale.
    public static func notes(_ series: YearlySeries, _ forecast: YearlyForecast) -> [Phrase] {
        var notes: [Phrase] = []
        if !forecast.filledYears.isEmpty {
            let years = forecast.filledYears
            let zh =
                years.count <= 6
                ? years.map(String.init).joined(separator: "、")
                : years.prefix(5).map(String.init).joined(separator: "、") + " 等 \(years.count) 年"
            notes.append(
                Phrase(
                    zh: "序列 `\(series.id)`：\(zh) 年没有数值，已用相邻年份插值补齐",
                    en:
                        "series `\(series.id)`: no value for \(yearList(years)); filled by interpolation between the neighbouring years"
                ))
        }
        if !forecast.logScale, let k = series.values.firstIndex(where: { $0 < 0 }) {
            notes.append(
                Phrase(
                    zh: "序列 `\(series.id)`：\(series.years[k]) 年的 \(series.values[k]) 是负数，故模型直接用数值而非其对数；区间是对称的",
                    en:
                        "series `\(series.id)`: \(series.values[k]) in \(series.years[k]) is negative, so the models work on the values instead of their logs; intervals are symmetric"
                ))
        } else if forecast.offset > 0, let k = series.values.firstIndex(where: { $0 == 0 }) {
            notes.append(
                Phrase(
                    zh: "序列 `\(series.id)`：\(series.years[k]) 年为 0，故模型用 log(1 + 数值)；预测不低于 0",
                    en:
                        "series `\(series.id)`: \(series.years[k]) is 0, so the models work on log(1 + value); forecasts do not go below 0"
                ))
        }
        return notes
    }

    /// Up to six years listed, else the first five `and N more`.
    static func yearList(_ years: [Int]) -> String {
        years.count <= 6
            ? years.map(String.init).joined(separator: ", ")
            : years.prefix(5).map(String.init).joined(separator: ", ") + " and \(years.count - 5) more"
    }
}
