import ArgumentParser
import Foundation
import PlanData
import PlansimKit

/// `plansim backtest FILE.csv [--horizon H] [--origins K] [--level 80,95] [--json]`.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: say(
            "以滚动起点回测 plansim 的预测，与朴素法、漂移法、Theta 法和阻尼 ETS 对照。",
            "Rolling-origin evaluation of plansim's forecast beside naive, drift, Theta and damped ETS."),
        discussion: say(
            "每个序列在最后 K 个起点处截断；各方法用截断前的数值预测 H 年，并以截断后的数值评分：sMAPE、MASE、CRPS、各水平的区间覆盖率及 10 组 PIT 直方图（见 docs/methods.md）。\n示例：`plansim backtest examples/yearly-series.csv --horizon 5 --origins 3`",
            """
            Each series is cut at its last K origins; every method forecasts H years from the \
            values before the cut and is scored on the values after it: sMAPE, MASE, CRPS, \
            interval coverage per level and a 10-bin PIT histogram (docs/methods.md).
            Example: plansim backtest examples/yearly-series.csv --horizon 5 --origins 3
            """)
    )

    @OptionGroup var input: YearlyInputOptions
    @OptionGroup var lang: LanguageOption

    @Option(help: say("每个序列的预测起点数，1 至 20。", "Forecast origins per series, 1 to 20."))
    var origins = 3

    func run() throws {
        let levels = try input.levels()
        let horizon = try input.checkedHorizon()
        guard (1...20).contains(origins) else {
            throw InputErrors([
                InputIssue(
                    file: "<argument>", field: "--origins",
                    message: Phrase(zh: "起点数 \(origins) 不在 1–20 之内", en: "\(origins) origins is outside 1–20"),
                    help: Phrase(
                        zh: "每个序列评估 1 至 20 个起点，例如 `--origins 3`",
                        en: "evaluate from 1 to 20 origins per series, e.g. `--origins 3`"))
            ])
        }
        let (series, skipped) = try input.seriesSkippingShort(
            extra: horizon + origins - 1,
            purpose: Phrase(
                zh: "以 `--horizon \(horizon)` 和 `--origins \(origins)` 回测",
                en: "a backtest with --horizon \(horizon) and --origins \(origins)"))
        let result = try BacktestWorkflow.run(
            BacktestRequest(series: series, horizon: horizon, origins: origins, levels: levels, file: input.file))
        let (scores, segments) = (result.scores, result.segments)
        let notes = skipped.map(\.1)
        if input.json {
            if !notes.isEmpty {
                TerminalOutput.error(notes.map { say("注：\($0.zh)\n", "note: \($0.en)\n") as String }.joined())
            }
            print(
                BacktestRendering.json(
                    scores, levels: levels, horizon: horizon, origins: origins, series: series.count,
                    skipped: skipped.map { ($0.0.id, $0.0.values.count) }, segments: segments
                ).rendered())
        } else {
            var text = BacktestRendering.text(
                scores, levels: levels, horizon: horizon, origins: origins, series: series.count,
                language: lang.language)
            text += "\n" + BacktestRendering.segmentText(segments, levels: levels, language: lang.language)
            for note in notes { text += lang.language == .zh ? "\n注：\(note.zh)" : "\nnote: \(note.en)" }
            print(text)
        }
    }
}
