import ArgumentParser
import Foundation
import PlanData
import PlansimKit

/// `plansim forecast FILE.csv [--horizon H] [--level 80,95] [--json] [--out DIR]`.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: say(
            "预测任意年度序列：组合多种标准方法，给出经校准的区间。",
            "Forecast any yearly series: a combination of standard methods with calibrated intervals."),
        discussion: say(
            "点预测取朴素法、带漂移随机游走、Theta 法和阻尼趋势法预测的中位数（不超过 15 个值的序列不用朴素法；各值均为正时在对数上计算）；区间来自各序列自身的滚动起点误差（见 docs/methods.md）。填补缺口和非正值的说明在 --json 时写到标准错误。\n示例：`plansim forecast examples/yearly-series.csv --horizon 5 --level 80,95`",
            """
            The point forecast is the median of naive, random walk with drift, Theta and \
            damped-trend forecasts (without naive for a series of up to 15 values; on logs when \
            every value is positive); intervals come from \
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

    func run() throws {
        let levels = try input.levels()
        let horizon = try input.checkedHorizon()
        let series = try input.series()
        let output = try ForecastOutput(
            json: input.json, out: out, levels: levels, language: lang.language,
            output: { TerminalOutput.output($0) },
            notes: { notes in
                TerminalOutput.error(notes.map { say("注：\($0.zh)\n", "note: \($0.en)\n") as String }.joined())
            })
        let request = ForecastRequest(series: series, horizon: horizon, levels: levels, file: input.file)
        try ForecastWorkflow.run(request, add: output.add)
        try output.finish()
    }
}
