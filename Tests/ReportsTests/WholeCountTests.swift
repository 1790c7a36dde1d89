import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// Counts are whole in the what-if's and the comparison's tables, as 专栏1 prints them
/// (the fourth review's P2-9: 规上工业企业数量 27.63 beside 28 on the page before).
@Suite struct WholeCountTests {
    /// The fixture with a count indicator (个) of about 27.6 firms in 2025.
    static func withFirms(_ d: ReportDocument, growth: Double) -> ReportDocument {
        var d = d
        d.indicators.append(
            LeaderFixture.indicator(
                "industrial_firms", "规上工业企业数量", "Industrial firms", "个", "firms", base: 25.55, growth: growth,
                evidence: "data"))
        d.targets.append(
            LeaderFixture.target(
                "industrial_firms", base: 25.55, target: 30, p: 0.13, needed: 0.033, simulated: growth,
                evidence: "data"))
        return d
    }

    @Test func theWhatIfTableGivesCountsWhole() throws {
        var d = Self.withFirms(LeaderFixture.whatIf(), growth: 0.0155)
        d.baseline = .init(Self.withFirms(LeaderFixture.document(), growth: 0.016))
        let table = try #require(WhatIfSection.differences(d, language: .zh))
        let firms = table.rows.filter { $0[0] == "规上工业企业数量" }
        #expect(!firms.isEmpty)
        // 25.55 × 1.016⁵ = 27.66 and 25.55 × 1.0155⁵ = 27.60: both print 28, the difference 0.
        #expect(firms.first?[2] == "28" && firms.first?[3] == "28" && firms.first?[4] == "0")
        #expect(firms.allSatisfy { !$0[2].contains(".") && !$0[3].contains(".") && !$0[4].contains(".") })
    }

    @Test func theComparisonTableAndSheetGiveCountsWhole() throws {
        let docs = [
            Self.withFirms(LeaderFixture.document(), growth: 0.016),
            Self.withFirms(LeaderFixture.whatIf(), growth: 0.03),
        ]
        let rows = ComparisonReport.rows(docs).filter { $0.indicator == "industrial_firms" }
        #expect(!rows.isEmpty)
        for r in rows {
            let cells = ComparisonReport.cells(r, docs, language: .zh)
            // Medians and Δ whole; only Δ% keeps its two decimals.
            #expect(cells[2...4].allSatisfy { !$0.contains(".") }, "\(cells)")
        }
        let xlsx = try ZipParts(Array(ComparisonWorkbook.xlsx(docs, language: .zh)))
        let sheet = String(
            decoding: try #require(try xlsx.part("xl/worksheets/sheet2.xml", limit: 10_000_000)), as: UTF8.self)
        // 25.55 × 1.016⁵ = 27.66 is stored as displayed: 28, never 27.66.
        #expect(!sheet.contains("<v>27.6"))
    }
}
