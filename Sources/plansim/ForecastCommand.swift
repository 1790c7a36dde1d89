import ArgumentParser
import Forecasting
import Foundation
import PlanData
import Reports

/// `plansim forecast FILE.csv [--horizon H] [--level 80,95] [--json] [--out DIR]`.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: say(
            "预测任意年度序列：组合多种标准方法，给出经校准的区间。",
            "Forecast any yearly series: a combination of standard methods with calibrated intervals."),
        discussion: say(
            "点预测取朴素法、带漂移随机游走、Theta 法和阻尼趋势法预测的中位数（各值均为正时在对数上计算）；区间来自各序列自身的滚动起点误差（见 docs/methods.md）。填补缺口和非正值的说明在 --json 时写到标准错误。\n示例：`plansim forecast examples/yearly-series.csv --horizon 5 --level 80,95`",
            """
            The point forecast is the median of naive, random walk with drift, Theta and \
            damped-trend forecasts (on logs when every value is positive); intervals come from \
            each series' own rolling-origin errors (docs/methods.md). Notes on filled gaps and \
            non-positive values go to standard error with --json.
            Example: plansim forecast examples/yearly-series.csv --horizon 5 --level 80,95
            """)
    )

    @OptionGroup var input: YearlyInputOptions
    @OptionGroup var lang: LanguageOption

    @Option(
        help: ArgumentHelp(
            say("另将 forecast.json 和 forecast.csv 写入 DIR。", "Also write forecast.json and forecast.csv into DIR."),
            valueName: "DIR"))
    var out: String?

    /// Series forecast at a time: memory holds one chunk's forecasts, never the whole
    /// output (issue 25: 100,000 series at horizon 50 took 6 GB).
    static let chunk = 256

    func run() throws {
        let levels = try input.levels()
        let horizon = try input.checkedHorizon()
        let series = try input.series()
        let output = try ForecastOutput(json: input.json, out: out, levels: levels, language: lang.language)
        for start in stride(from: 0, to: series.count, by: Self.chunk) {
            let part = Array(series[start..<min(start + Self.chunk, series.count)])
            let results = try Self.forecast(part, horizon: horizon, file: input.file)
            try Self.checkFinite(results, levels: levels, file: input.file)
            try output.add(results)
        }
        try output.finish()
    }

    /// The forecasts of `series`, or the issue of the first that cannot be forecast.
    static func forecast(_ series: [YearlySeries], horizon: Int, file: String) throws(InputErrors) -> [(
        YearlySeries, YearlyForecast
    )] {
        var results: [(YearlySeries, YearlyForecast)] = []
        let forecasts = YearlyForecaster.forecast(series.map { ($0.years, $0.values) }, horizon: horizon)
        for (s, forecast) in zip(series, forecasts) {
            switch forecast {
            case .success(let f): results.append((s, f))
            case .failure(let error):
                throw InputErrors([
                    InputIssue(
                        file: file, line: s.lines.min(), field: "series",
                        message: Phrase(
                            zh: "序列 `\(s.id)`：\(ForecastRendering.chinese(error))", en: "series `\(s.id)`: \(error)"),
                        help: Phrase(zh: "请检查该序列的各行", en: "check the series' rows"))
                ])
            }
        }
        return results
    }

    /// Refuses a forecast with a value that is not finite (a median, location, scale or
    /// interval bound overflowed), naming the series: no `nan` is printed with exit 0.
    ///
    /// - Throws: ``InputErrors`` with one issue per such series, at its first line.
    static func checkFinite(_ results: [(YearlySeries, YearlyForecast)], levels: [Double], file: String)
        throws(InputErrors)
    {
        let issues = results.compactMap { series, forecast -> InputIssue? in
            let bounds = levels.flatMap { forecast.interval(level: $0).flatMap { [$0.lo, $0.hi] } }
            let values = forecast.steps.flatMap { [$0.median, $0.location, $0.scale] } + bounds
            guard values.contains(where: { !$0.isFinite }) else { return nil }
            return InputIssue(
                file: file, line: series.lines.min(), field: "series",
                message: Phrase(
                    zh: "序列 `\(series.id)` 的预测超出了可表示的数值范围（各年数值相差过于悬殊）",
                    en:
                        "series `\(series.id)`: the forecast overflows the range of numbers (its values differ too widely)"
                ),
                help: Phrase(zh: "请检查该序列的数值和单位", en: "check the series' values and unit"))
        }
        if !issues.isEmpty { throw InputErrors(issues) }
    }
}

/// The forecast as JSON, CSV and text tables (docs/json-formats.md, "plansim forecast").
enum ForecastRendering {
    /// `80` for a whole level, `97.5` otherwise: the suffix of `lo`/`hi` keys.
    static func key(_ level: Double) -> String {
        level == level.rounded() ? String(Int(level)) : String(level)
    }

    /// Format 2 (docs/json-formats.md): the working scale, the t's location, scale and
    /// degrees of freedom per year, the filled years and the notes; `mean` only where it
    /// exists (null on a log scale).
    static func json(_ results: [(YearlySeries, YearlyForecast)], levels: [Double], notes: [[Phrase]]) -> JSONValue {
        .object(
            header + [("series", .array(zip(results, notes).map { seriesJSON($0.0, $0.1, levels: levels, notes: $1) }))]
        )
    }

    /// The members of the document before `series`.
    static let header: [(String, JSONValue)] = [("format_version", .string("2.0"))]

    /// One element of `series`: a series' forecast and the notes on it.
    static func seriesJSON(_ series: YearlySeries, _ forecast: YearlyForecast, levels: [Double], notes: [Phrase])
        -> JSONValue
    {
        let intervals = levels.map { forecast.interval(level: $0) }
        return .object([
            ("id", .string(series.id)),
            ("n", .integer(forecast.observations)),
            ("working_scale", .string(!forecast.logScale ? "level" : forecast.offset > 0 ? "log1p" : "log")),
            ("log_scale", .bool(forecast.logScale)),
            ("filled_years", .array(forecast.filledYears.map(JSONValue.integer))),
            ("notes", .array(notes.map { .object([("zh", .string($0.zh)), ("en", .string($0.en))]) })),
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

    static func csv(_ results: [(YearlySeries, YearlyForecast)], levels: [Double]) -> Data {
        CSVWriter.document(header: csvHeader(levels), rows: csvRows(results, levels: levels))
    }

    static func csvHeader(_ levels: [Double]) -> [String] {
        ["series", "year", "mean", "median"] + levels.flatMap { ["lo" + key($0), "hi" + key($0)] }
    }

    /// The CSV's rows for `results`: one per series and forecast year.
    static func csvRows(_ results: [(YearlySeries, YearlyForecast)], levels: [Double]) -> [[String]] {
        var rows: [[String]] = []
        for (series, forecast) in results {
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
    static func isRate(_ id: String) -> Bool {
        let lowered = id.lowercased()
        return lowered.hasSuffix("rate") || lowered.hasSuffix("_share") || id.contains("率")
    }

    static func number(_ x: Double, percent: Bool) -> String {
        if percent { return String(format: "%.2f%%", 100 * x) }
        let magnitude = abs(x)
        return String(format: magnitude >= 1000 ? "%.0f" : magnitude >= 1 ? "%.2f" : "%.4f", x)
    }

    /// One table per series in `l`: its years, scale and model weights (models by their
    /// JSON names, backticked in Chinese), the median and intervals per year, then its notes.
    static func text(_ results: [(YearlySeries, YearlyForecast)], levels: [Double], language l: Language) -> String {
        let zh = l == .zh
        var blocks: [String] = []
        for (series, forecast) in results {
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
                        + intervals.map {
                            "\(number($0[h].lo, percent: percent)) – \(number($0[h].hi, percent: percent))"
                        })
            }
            let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(DisplayWidth.of).max()! }
            let pad = { (cells: [String]) in
                "  "
                    + cells.indices.map { c in DisplayWidth.pad(cells[c], to: widths[c], left: false) }.joined(
                        separator: "  ")
            }
            lines.append(pad(header))
            lines += rows.map(pad)
            lines += YearlyInputOptions.notes(series, forecast).map { zh ? "  注：\($0.zh)" : "  note: \($0.en)" }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Why a series cannot be forecast, in Chinese.
    static func chinese(_ error: YearlyForecastError) -> String {
        switch error {
        case .tooShort(let n, let minimum): return "只有 \(n) 个值，至少需要 \(minimum) 个"
        case .yearsNotIncreasing(let year): return "年份 \(year) 重复或顺序有误"
        }
    }
}
