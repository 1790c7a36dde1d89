import ArgumentParser
import Forecasting
import PlanData

/// The input and options `forecast` and `backtest` share: a long CSV of yearly series,
/// the horizon and the interval levels, checked before anything is computed.
struct YearlyInputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            say(
                "表头为 `series,year,value` 的 CSV（一个文件可含多个序列）。",
                "A CSV with header series,year,value (many series in one file)."), valueName: "FILE.csv"))
    var file: String

    @Option(help: say("预测年数，1 至 50。", "Years to forecast, 1 to 50."))
    var horizon = 5

    @Option(
        name: .customLong("level"),
        help: ArgumentHelp(
            say("区间水平（百分数），每个严格介于 0 与 100 之间。", "Interval levels in per cent, each strictly between 0 and 100."),
            valueName: "80,95"))
    var levelList = "80,95"

    @Flag(help: say("输出 JSON（见 docs/json-formats.md）而非表格。", "Print JSON (docs/json-formats.md) instead of tables."))
    var json = false

    static let maximumHorizon = 50

    /// The levels of `--level`, or an issue saying which entry is wrong.
    func levels() throws(InputErrors) -> [Double] {
        var levels: [Double] = []
        for item in levelList.split(separator: ",", omittingEmptySubsequences: false) {
            let text = item.trimmingCharacters(in: .whitespaces)
            guard let level = Double(text), level.isFinite, level > 0, level < 100 else {
                throw InputErrors([
                    InputIssue(
                        file: "<argument>", field: "--level",
                        message: Phrase(
                            zh: "`\(text)` 不是严格介于 0 与 100 之间的区间水平",
                            en: "`\(text)` is not an interval level strictly between 0 and 100"),
                        help: Phrase(
                            zh: "请以百分数给出水平，用逗号分隔，例如 `--level 80,95`",
                            en: "give levels in per cent separated by commas, e.g. `--level 80,95`"))
                ])
            }
            if !levels.contains(level) { levels.append(level) }
        }
        return levels
    }

    /// The horizon, checked to be 1…50.
    func checkedHorizon() throws(InputErrors) -> Int {
        guard (1...Self.maximumHorizon).contains(horizon) else {
            throw InputErrors([
                InputIssue(
                    file: "<argument>", field: "--horizon",
                    message: Phrase(
                        zh: "预测期 \(horizon) 不在 1–\(Self.maximumHorizon) 之内",
                        en: "horizon \(horizon) is outside 1–\(Self.maximumHorizon)"),
                    help: Phrase(
                        zh: "请预测未来 1 至 \(Self.maximumHorizon) 年，例如 `--horizon 5`",
                        en: "forecast 1 to \(Self.maximumHorizon) years ahead, e.g. `--horizon 5`"))
            ])
        }
        return horizon
    }

    /// The file's series long enough for a backtest with `extra` more years than the
    /// forecaster needs, and a note per series too short (left out, not refusing the
    /// file); refused only when no series is long enough.
    func seriesSkippingShort(extra: Int, purpose: Phrase) throws(InputErrors) -> (
        series: [YearlySeries], skipped: [(YearlySeries, Phrase)]
    ) {
        let all = try YearlySeriesFile.load(path: file)
        let minimum = YearlyForecaster.minimumObservations + extra
        let long = all.filter { $0.values.count >= minimum }
        if long.isEmpty { return (try series(extra: extra, purpose: purpose), []) }
        let skipped = all.filter { $0.values.count < minimum }.map { s in
            (
                s,
                Phrase(
                    zh: "序列 `\(s.id)` 只有 \(s.values.count) 年，\(purpose.zh)至少需要 \(minimum) 年，未参与评分",
                    en:
                        "series `\(s.id)` has \(s.values.count) years but \(purpose.en) needs at least \(minimum); left out of the scores"
                )
            )
        }
        return (long, skipped)
    }

    /// The file's series, every one long enough for the forecaster (`extra` more years
    /// are needed by a backtest, whose origins hold years out).
    func series(extra: Int = 0, purpose: Phrase = Phrase(zh: "预测", en: "a forecast")) throws(InputErrors)
        -> [YearlySeries]
    {
        let all = try YearlySeriesFile.load(path: file)
        let minimum = YearlyForecaster.minimumObservations + extra
        let issues = all.filter { $0.values.count < minimum }.map { s in
            InputIssue(
                file: file, line: s.lines.min(), field: "series",
                message: Phrase(
                    zh: "序列 `\(s.id)` 只有 \(s.values.count) 年，但\(purpose.zh)至少需要 \(minimum) 年",
                    en: "series `\(s.id)` has \(s.values.count) years but \(purpose.en) needs at least \(minimum)"),
                help: Phrase(
                    zh: "请为 `\(s.id)` 至少给出 \(minimum) 个年度值，或把它从文件中删去",
                    en: "give `\(s.id)` at least \(minimum) yearly values, or remove it from the file"))
        }
        if !issues.isEmpty { throw InputErrors(issues) }
        return all
    }
}
