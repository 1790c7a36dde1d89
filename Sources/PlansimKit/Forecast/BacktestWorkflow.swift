import Forecasting
import Foundation
import PlanData

/// `plansim backtest` as a function: series → the scores of plansim and of each single
/// method from rolling origins, or a refusal naming the series whose errors overflow.
public enum BacktestWorkflow {
    /// Scores every method on the request's series, and plansim by series length.
    ///
    /// - Throws: ``InputErrors`` naming each series whose scores are not finite; a
    ///   ``YearlyForecastError`` if a series is too short for the settings (the caller
    ///   leaves those out first).
    public static func run(_ request: BacktestRequest) throws -> BacktestResult {
        let pairs = request.series.map { ($0.years, $0.values) }
        let (horizon, origins, levels) = (request.horizon, request.origins, request.levels)
        let scores = try Backtest.run(pairs, horizon: horizon, origins: origins, levels: levels)
        if !finite(scores) {
            throw overflow(request.series, horizon: horizon, origins: origins, levels: levels, file: request.file)
        }
        let segments = try Backtest.bySegment(
            pairs, horizon: horizon, origins: origins, levels: levels, methods: [.combined])
        return BacktestResult(scores: scores, segments: segments, series: request.series.count)
    }

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
