import Forecasting
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Testing

/// `backtest` as a library: request → scores of every method and plansim's by series
/// length → renderers; refusals name the series.
struct BacktestWorkflowTests {
    static func request(_ text: String, horizon: Int = 3, origins: Int = 2) throws -> BacktestRequest {
        let dir = try Plansim.scratchDirectory()
        let path = try Plansim.write(text, to: "series.csv", in: dir)
        return BacktestRequest(
            series: try YearlySeriesFile.load(path: path), horizon: horizon, origins: origins, levels: [80, 95],
            file: path)
    }

    /// Every method is scored on every (series, origin, step): 2 series × 2 origins × 3
    /// steps = 12 forecasts each, plansim's combination first; its segments hold the
    /// series by length (12 and 20 years: one in 1–15, one in 16–30).
    @Test func scoresEveryMethodAndPlansimBySegment() throws {
        let short: [Double] = (0..<12).map { (k: Int) -> Double in
            let wiggle: Double = k % 2 == 0 ? 0.4 : -0.4
            return 5 + Double(k) + wiggle
        }
        let long: [Double] = (0..<20).map { (k: Int) -> Double in
            let wiggle: Double = k % 3 == 0 ? 1.02 : 0.99
            return 100 * pow(1.04, Double(k)) * wiggle
        }
        let request = try Self.request(SeriesCSV.text([("short", short), ("long", long)], firstYear: 2001))
        let result = try BacktestWorkflow.run(request)
        #expect(result.series == 2)
        #expect(result.scores.map(\.method) == YearlyMethod.allCases.reversed())
        #expect(result.scores.allSatisfy { $0.forecasts == 12 })
        #expect(result.segments.map(\.lengths) == [1...15, 16...30])
        #expect(result.segments.map(\.series) == [1, 1])
        #expect(result.segments.allSatisfy { $0.scores.map(\.method) == [.combined] })
        // Coverage and the one-sided misses add up to 1 at each level (to rounding: 1e-12).
        for s in result.scores {
            for l in 0..<2 { #expect(abs(s.coverage[l] + s.below[l] + s.above[l] - 1) < 1e-12) }
        }
        let document: JSONValue = BacktestRendering.json(
            result.scores, levels: request.levels, horizon: 3, origins: 2, series: 2, segments: result.segments)
        let json = document.rendered()
        #expect(json.contains("\"segments\""))
        let zh = BacktestRendering.segmentText(result.segments, levels: request.levels, language: .zh)
        #expect(zh.contains("n 1–15（1 个序列）") && zh.contains("n 16–30（1 个序列）"))
    }

    /// Errors that overflow are refused, naming the series and its first line.
    @Test func refusesScoresThatOverflowNamingTheSeries() throws {
        let apart = (2000...2015).map { "a,\($0),\($0 % 2 == 0 ? "1e-100" : "1e100")" }
        let fine = (2000...2015).map { "b,\($0),\(Double($0 - 1990))" }
        let request = try Self.request("series,year,value\n" + (apart + fine).joined(separator: "\n") + "\n")
        #expect {
            try BacktestWorkflow.run(request)
        } throws: { error in
            guard let issues = (error as? InputErrors)?.issues else { return false }
            return issues.count == 1 && issues[0].line == 2 && issues[0].message.contains("series `a`")
        }
    }
}
