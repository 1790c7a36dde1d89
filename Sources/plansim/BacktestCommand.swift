import ArgumentParser
import Forecasting
import Foundation
import PlanData

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
        let pairs = series.map { ($0.years, $0.values) }
        let scores = try Backtest.run(pairs, horizon: horizon, origins: origins, levels: levels)
        if !Self.finite(scores) {
            throw Self.overflow(series, horizon: horizon, origins: origins, levels: levels, file: input.file)
        }
        let segments = try Backtest.bySegment(
            pairs, horizon: horizon, origins: origins, levels: levels, methods: [.combined])
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

extension BacktestCommand {
    /// Whether every score is a finite number (values near ±1.8e308, or far apart, make
    /// the errors overflow to ±∞ or NaN).
    static func finite(_ scores: [Backtest.Score]) -> Bool {
        scores.allSatisfy { [$0.smape, $0.mase, $0.crps, $0.scaledCRPS].allSatisfy(\.isFinite) }
    }

    /// The refusal of scores that are not finite, naming each series that makes them so
    /// (each scored alone, which only this failing case pays for), at its first line.
    static func overflow(_ series: [YearlySeries], horizon: Int, origins: Int, levels: [Double], file: String)
        -> InputErrors
    {
        let culprits = series.filter { s in
            ((try? Backtest.run([(s.years, s.values)], horizon: horizon, origins: origins, levels: levels)).map(finite)
                ?? true) == false
        }
        return InputErrors(
            (culprits.isEmpty ? Array(series.prefix(1)) : culprits).map { s in
                InputIssue(
                    file: file, line: s.lines.min(), field: "series",
                    message: Phrase(
                        zh: "序列 `\(s.id)` 的回测误差超出了可表示的数值范围（各年数值相差过于悬殊）",
                        en:
                            "series `\(s.id)`: the backtest's errors overflow the range of numbers (its values differ too widely)"
                    ),
                    help: Phrase(
                        zh: "请检查该序列的数值和单位，或把它从文件中删去",
                        en: "check the series' values and unit, or remove it from the file"))
            })
    }
}

/// The backtest's scores as JSON and as a table (docs/json-formats.md, "plansim backtest").
enum BacktestRendering {
    /// Format 2.0: `smape` in per cent (0–200, as the M3 competition states it), and
    /// `skipped`, the series too short for these settings, left out of the scores.
    static func json(
        _ scores: [Backtest.Score], levels: [Double], horizon: Int, origins: Int, series: Int,
        skipped: [(id: String, n: Int)] = [],
        segments: [(lengths: ClosedRange<Int>, series: Int, scores: [Backtest.Score])] = []
    ) -> JSONValue {
        .object([
            ("format_version", .string("2.0")),
            ("horizon", .integer(horizon)), ("origins", .integer(origins)), ("series", .integer(series)),
            ("skipped", .array(skipped.map { .object([("id", .string($0.id)), ("n", .integer($0.n))]) })),
            ("methods", .array(scores.map { methodJSON($0, levels: levels) })),
            (
                "segments",
                .array(
                    segments.map { segment in
                        .object([
                            ("min_length", .integer(segment.lengths.lowerBound)),
                            (
                                "max_length",
                                segment.lengths.upperBound == Int.max ? .null : .integer(segment.lengths.upperBound)
                            ),
                            ("series", .integer(segment.series)),
                            ("methods", .array(segment.scores.map { methodJSON($0, levels: levels) })),
                        ])
                    })
            ),
        ])
    }

    /// One method's scores: accuracy, coverage with one-sided misses per level, the share
    /// below the median, and the PIT histogram.
    static func methodJSON(_ s: Backtest.Score, levels: [Double]) -> JSONValue {
        .object([
            ("method", .string(s.method.rawValue)),
            ("forecasts", .integer(s.forecasts)),
            ("smape", .finite(s.smape)),
            ("mase", .finite(s.mase)),
            ("crps", .finite(s.crps)),
            ("scaled_crps", .finite(s.scaledCRPS)),
            (
                "coverage",
                .array(
                    levels.indices.map { l in
                        .object([
                            ("level", .number(levels[l] / 100)), ("coverage", .finite(s.coverage[l])),
                            ("below", .finite(s.below[l])), ("above", .finite(s.above[l])),
                        ])
                    })
            ),
            ("below_median", .finite(s.belowMedian)),
            ("pit", .array(s.pit.map { .number($0) })),
        ])
    }

    /// plansim's calibration by series length: per segment, coverage and the one-sided
    /// misses (below / above) at each level, and the share of outcomes below the median.
    static func segmentText(
        _ segments: [(lengths: ClosedRange<Int>, series: Int, scores: [Backtest.Score])], levels: [Double],
        language l: Language
    ) -> String {
        let zh = l == .zh
        var lines = [
            zh
                ? "`plansim` 按序列长度的校准（覆盖率 / 低于下限 / 高于上限）："
                : "plansim's calibration by series length (covered / below / above):"
        ]
        for segment in segments {
            guard let s = segment.scores.first else { continue }
            let lengths =
                segment.lengths.upperBound == Int.max
                ? "≥ \(segment.lengths.lowerBound)" : "\(segment.lengths.lowerBound)–\(segment.lengths.upperBound)"
            let cells = levels.indices.map { k in
                String(
                    format: "%@%% %.1f/%.1f/%.1f", ForecastRendering.key(levels[k]), 100 * s.coverage[k],
                    100 * s.below[k], 100 * s.above[k])
            }.joined(separator: "  ")
            let median = String(format: "%.1f%%", 100 * s.belowMedian)
            lines.append(
                zh
                    ? "  n \(lengths)（\(segment.series) 个序列）：\(cells)  低于中位数 \(median)"
                    : "  n \(lengths) (\(segment.series) series): \(cells)  below median \(median)")
        }
        return lines.joined(separator: "\n")
    }

    /// The scores table in `l` (methods by their JSON names, backticked in Chinese; the
    /// statistics by their usual abbreviations in both languages).
    static func text(
        _ scores: [Backtest.Score], levels: [Double], horizon: Int, origins: Int, series: Int, language l: Language
    ) -> String {
        let zh = l == .zh
        let forecasts = scores.first?.forecasts ?? 0
        var lines = [
            zh
                ? "\(series) 个序列，各 \(origins) 个预测起点，预测步长 \(horizon)：每种方法 \(forecasts) 次预测"
                : "\(series) series, \(origins) origin\(origins == 1 ? "" : "s") each, horizon \(horizon): \(forecasts) forecasts per method"
        ]
        let header =
            (zh ? ["方法", "sMAPE", "MASE", "CRPS/尺度"] : ["method", "sMAPE", "MASE", "CRPS/scale"])
            + levels.map { zh ? "\(ForecastRendering.key($0))% 覆盖率" : "cover \(ForecastRendering.key($0))%" } + [
                zh ? "PIT（10 组，%）" : "PIT (10 bins, %)"
            ]
        var rows: [[String]] = []
        for s in scores {
            rows.append(
                [
                    zh ? "`\(s.method.rawValue)`" : s.method.rawValue, String(format: "%.2f%%", s.smape),
                    String(format: "%.3f", s.mase),
                    String(format: "%.3f", s.scaledCRPS),
                ]
                    + s.coverage.map { String(format: "%.1f%%", 100 * $0) }
                    + [s.pit.map { String(format: "%.0f", 100 * $0) }.joined(separator: " ")])
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(DisplayWidth.of).max()! }
        let pad = { (cells: [String]) in
            cells.indices.map { c in DisplayWidth.pad(cells[c], to: widths[c], left: c == 0) }.joined(separator: "  ")
        }
        lines.append(pad(header))
        lines += rows.map(pad)
        lines.append(
            zh
                ? "校准良好的方法：各水平的覆盖率等于该水平，PIT 平坦（每组 10%）。"
                : "A calibrated method covers each level's share of outcomes and has a flat PIT (10% per bin).")
        return lines.joined(separator: "\n")
    }
}
