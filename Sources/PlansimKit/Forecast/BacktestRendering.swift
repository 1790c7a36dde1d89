public import Forecasting
import Foundation
public import PlanData

/// The backtest's scores as JSON and as a table (docs/json-formats.md, "plansim backtest").
public enum BacktestRendering {
    /// Format 2.0: `smape` in per cent (0–200, as the M3 competition states it), and
    /// `skipped`, the series too short for these settings, left out of the scores.
    public static func json(
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
    public static func methodJSON(_ s: Backtest.Score, levels: [Double]) -> JSONValue {
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
    public static func segmentText(
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
    public static func text(
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
