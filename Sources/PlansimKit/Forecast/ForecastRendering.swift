import Forecasting
public import Foundation
public import PlanData

/// The forecast as JSON, CSV and text tables (docs/json-formats.md, "plansim forecast").
public enum ForecastRendering {
    /// `80` for a whole level, `97.5` otherwise: the suffix of `lo`/`hi` keys.
    public static func key(_ level: Double) -> String {
        level == level.rounded() ? String(Int(level)) : String(level)
    }

    /// Format 2 (docs/json-formats.md): the working scale, the t's location, scale and
    /// degrees of freedom per year, the filled years and the notes; `mean` only where it
    /// exists (null on a log scale).
    public static func json(_ results: [SeriesForecast], levels: [Double]) -> JSONValue {
        .object(header + [("series", .array(results.map { seriesJSON($0, levels: levels) }))])
    }

    /// The members of the document before `series`.
    public static let header: [(String, JSONValue)] = [("format_version", .string("2.0"))]

    /// One element of `series`: a series' forecast and the notes on it.
    public static func seriesJSON(_ result: SeriesForecast, levels: [Double]) -> JSONValue {
        let (series, forecast) = (result.series, result.forecast)
        let intervals = levels.map { forecast.interval(level: $0) }
        return .object([
            ("id", .string(series.id)),
            ("n", .integer(forecast.observations)),
            ("working_scale", .string(!forecast.logScale ? "level" : forecast.offset > 0 ? "log1p" : "log")),
            ("log_scale", .bool(forecast.logScale)),
            ("filled_years", .array(forecast.filledYears.map(JSONValue.integer))),
            ("notes", .array(result.notes.map { .object([("zh", .string($0.zh)), ("en", .string($0.en))]) })),
            (
                "model_weights",
                .array(
                    forecast.weights.map {
                        .object([("model", .string($0.model.rawValue)), ("weight", .number($0.weight))])
                    })
            ),
            (
                "forecast",
                .array(
                    forecast.years.indices.map { h in
                        var row: [(String, JSONValue)] = [
                            ("year", .integer(forecast.years[h])),
                            ("median", .finite(forecast.steps[h].median)),
                            ("mean", .finite(forecast.steps[h].mean)),
                            ("location", .finite(forecast.steps[h].location)),
                            ("scale", .finite(forecast.steps[h].scale)),
                            ("df", .finite(forecast.steps[h].degreesOfFreedom)),
                        ]
                        for (level, interval) in zip(levels, intervals) {
                            row.append(("lo" + key(level), .finite(interval[h].lo)))
                            row.append(("hi" + key(level), .finite(interval[h].hi)))
                        }
                        return .object(row)
                    })
            ),
        ])
    }

    /// forecast.csv: a byte-order mark, the header and one row per series and year.
    public static func csv(_ results: [SeriesForecast], levels: [Double]) -> Data {
        CSVWriter.document(header: csvHeader(levels), rows: csvRows(results, levels: levels))
    }

    public static func csvHeader(_ levels: [Double]) -> [String] {
        ["series", "year", "mean", "median"] + levels.flatMap { ["lo" + key($0), "hi" + key($0)] }
    }

    /// The CSV's rows for `results`: one per series and forecast year.
    public static func csvRows(_ results: [SeriesForecast], levels: [Double]) -> [[String]] {
        var rows: [[String]] = []
        for result in results {
            let (series, forecast) = (result.series, result.forecast)
            let intervals = levels.map { forecast.interval(level: $0) }
            for h in forecast.years.indices {
                rows.append(
                    [
                        series.id, String(forecast.years[h]), forecast.steps[h].mean.map(CSVWriter.number) ?? "",
                        CSVWriter.number(forecast.steps[h].median),
                    ]
                        + intervals.flatMap { [CSVWriter.number($0[h].lo), CSVWriter.number($0[h].hi)] })
            }
        }
        return rows
    }

    /// A series whose name says it is a rate (ends in `rate`, `_share`, or holds 率) is
    /// shown in per cent.
    public static func isRate(_ id: String) -> Bool {
        let lowered = id.lowercased()
        return lowered.hasSuffix("rate") || lowered.hasSuffix("_share") || id.contains("率")
    }

    /// `x` in per cent with two decimals, or with as many decimals as its magnitude needs.
    public static func number(_ x: Double, percent: Bool) -> String {
        if percent { return String(format: "%.2f%%", 100 * x) }
        let magnitude = abs(x)
        return String(format: magnitude >= 1000 ? "%.0f" : magnitude >= 1 ? "%.2f" : "%.4f", x)
    }

    /// One table per series in `l`: its years, scale and model weights (models by their
    /// JSON names, backticked in Chinese), the median and intervals per year, then its notes.
    public static func text(_ results: [SeriesForecast], levels: [Double], language l: Language) -> String {
        results.map { block($0, levels: levels, language: l) }.joined(separator: "\n\n")
    }

    /// The table of one series.
    static func block(_ result: SeriesForecast, levels: [Double], language l: Language) -> String {
        let zh = l == .zh
        let (series, forecast) = (result.series, result.forecast)
        let percent = isRate(series.id)
        let weights = forecast.weights.map {
            (zh ? "`\($0.model.rawValue)`" : $0.model.rawValue) + " " + String(format: "%.2f", $0.weight)
        }
        .joined(separator: zh ? "、" : ", ")
        let (first, last) = (series.years.first!, series.years.last!)
        let scale =
            !forecast.logScale ? (zh ? "原值" : "level") : forecast.offset > 0 ? "log(1 + x)" : (zh ? "对数" : "log")
        var lines = [
            zh
                ? "`\(series.id)`：\(forecast.observations) 年（\(first)–\(last)），\(scale)尺度；权重 \(weights)"
                : "\(series.id): \(forecast.observations) years \(first)–\(last), \(scale) scale; weights \(weights)"
        ]
        let header =
            (zh ? ["年份", "预测"] : ["year", "forecast"])
            + levels.map { zh ? "\(key($0))% 区间" : "\(key($0))% interval" }
        var rows: [[String]] = []
        let intervals = levels.map { forecast.interval(level: $0) }
        for h in forecast.years.indices {
            rows.append(
                [String(forecast.years[h]), number(forecast.steps[h].median, percent: percent)]
                    + intervals.map { "\(number($0[h].lo, percent: percent)) – \(number($0[h].hi, percent: percent))" })
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(DisplayWidth.of).max()! }
        let pad = { (cells: [String]) in
            "  "
                + cells.indices.map { c in DisplayWidth.pad(cells[c], to: widths[c], left: false) }.joined(
                    separator: "  ")
        }
        lines.append(pad(header))
        lines += rows.map(pad)
        lines += result.notes.map { zh ? "  注：\($0.zh)" : "  note: \($0.en)" }
        return lines.joined(separator: "\n")
    }
}
