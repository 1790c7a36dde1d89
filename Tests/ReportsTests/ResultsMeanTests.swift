import Foundation
import PlanData
import PlansimTestSupport
import Simulation
import Testing

@testable import Reports

/// Issue 24, finding 4: results.json and indicators.csv print no mean of a distribution
/// that has none (the log-t levels), the truncated mean that replaces it is named for what
/// it is, older files are still read, and a check decided by one path deep in the tail says so.
@Suite struct ResultsMeanTests {
    @Test func resultsCarryTheTruncatedMeanAndNoPlainMean() throws {
        let root = try ReportHardeningTests.results()
        #expect(root["format_version"] as? String == ReportDocument.formatVersion)
        for indicator in root["indicators"] as! [[String: Any]] {
            for y in indicator["years"] as! [[String: Any]] {
                #expect(y["mean"] == nil, "\(indicator["indicator"]!) \(y["year"]!) still has a plain mean")
                let m = try #require(y["mean_p1_p99"] as? Double), p5 = y["p5"] as! Double, p95 = y["p95"] as! Double
                // A mean of the P1–P99 part lies inside it; P5–P95 is narrower, so allow a
                // factor of 2 beyond it (the truncated tails are at most 4 % of the mass each side
                // beyond P5/P95, and the levels move by far less than that factor in a year).
                #expect(
                    m >= p5 / 2 && m <= p95 * 2,
                    "\(indicator["indicator"]!) \(y["year"]!): \(m) outside [\(p5), \(p95)]")
            }
        }
        let csv = String(decoding: RunReport.indicatorsCSV(ReportRenderingTests.document()), as: UTF8.self)
        let header = csv.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        #expect(header.contains("mean_p1_p99") && !header.split(separator: ",").contains("mean"))
    }

    /// A 1.2 file (a `mean`, no `mean_p1_p99`) is read; its sample mean is not taken for a
    /// truncated mean.
    @Test func formatOnePointTwoIsStillRead() throws {
        var root = try ReportHardeningTests.results()
        root["format_version"] = "1.2"
        var indicators = root["indicators"] as! [[String: Any]]
        for i in indicators.indices {
            indicators[i]["years"] = (indicators[i]["years"] as! [[String: Any]]).map { y in
                var y = y
                y["mean"] = y.removeValue(forKey: "mean_p1_p99")
                return y
            }
        }
        root["indicators"] = indicators
        let dir = try Plansim.scratchDirectory()
        let path = dir.appendingPathComponent("results.json").path
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        let d = try ReportDocument(resultsFile: path)
        #expect(d.indicators.count == indicators.count)
        #expect(d.indicators[0].years.allSatisfy { $0.truncatedMean.isNaN })
    }

    /// `check new_employment min >= 0` was decided by 0.014 persons: the check item says the
    /// value is one path in the tail and what 95% of that year's paths do (at least the P5, in
    /// words); a value near the P5 gets no note.
    @Test func aTailMinimumIsNamedAsSuch() throws {
        var d = ReportRenderingTests.document()
        let year = try #require(d.indicator("new_employment")?.years.last)
        d.checks = [.init(text: "check new_employment min >= 0", passed: true, value: 0.014, year: year.year)]
        let zh = WhatIfSection.checkItems(d, language: .zh)[0], en = WhatIfSection.checkItems(d, language: .en)[0]
        #expect(zh.contains("重尾") && zh.contains("该年95%的路径不低于"), "\(zh)")
        #expect(en.contains("heavy tail") && en.contains("95% of that year's paths are at least"), "\(en)")
        d.checks = [.init(text: "check new_employment min >= 0", passed: true, value: year.p5 * 0.8, year: year.year)]
        #expect(!WhatIfSection.checkItems(d, language: .zh)[0].contains("重尾"))
    }
}
