import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// The comparison's medians table subtracts as a reader checks it: each difference is the
/// difference of the two printed medians, and the workbook prints Δ and Δ% as the PDF and
/// Word do (review s6 P2-1: 2114 against 2114 read "+1", 32.14 against 32.15 "+0.02").
@Suite struct ComparisonDifferenceTests {
    /// A reference and a scenario whose medians sit either side of a rounding step: 2113.6 and
    /// 2114.4 persons (both printed 2114), 32.144 and 32.146 亿元 (32.14 and 32.15).
    static func docs() -> [ReportDocument] {
        func doc(_ scenario: String, jobs: Double, output: Double) -> ReportDocument {
            func flat(_ id: String, _ zh: String, _ en: String, _ unitZH: String, _ unitEN: String, _ v: Double)
                -> ReportDocument.Indicator
            {
                LeaderFixture.indicator(id, zh, en, unitZH, unitEN, base: v, growth: 0, evidence: "data")
            }
            return ReportDocument(
                scenario: scenario,
                indicators: [
                    flat("new_employment", "新增就业人口", "New employment", "人", "persons", jobs),
                    flat("industrial_output", "工业总产值", "Industrial output", "亿元", "100m yuan", output),
                ],
                planTitleZH: nil, planTitleEN: nil, targets: [], inversions: [], notesZH: [], notesEN: [],
                provenance: LeaderFixture.provenance)
        }
        return [
            doc("baseline", jobs: 2113.6, output: 32.144), doc("investment_programme", jobs: 2114.4, output: 32.146),
        ]
    }

    /// A printed figure back as a number (the one minus sign and the plus sign read).
    static func number(_ s: String) -> Double? {
        Double(s.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: ""))
    }

    @Test(arguments: [Language.zh, Language.en])
    func theDifferenceIsTheDifferenceOfThePrintedFigures(language: Language) throws {
        let docs = Self.docs()
        let rows = ComparisonReport.rows(docs)
        #expect(!rows.isEmpty)
        for r in rows {
            let c = ComparisonReport.cells(r, docs, language: language)
            // Name, year, two medians, the difference and the % difference.
            let a = try #require(Self.number(c[2])), b = try #require(Self.number(c[3]))
            let d = try #require(Self.number(c[4]))
            // Exact to the last printed digit: the tolerance only absorbs binary floating point.
            #expect(abs((b - a) - d) < 1e-9, "\(c)")
            #expect(c[5].hasSuffix("%") && c[5].split(separator: ".").last?.count == 3, "two decimals: \(c[5])")
        }
        let jobs = try #require(rows.first { $0.indicator == "new_employment" })
        #expect(ComparisonReport.cells(jobs, docs, language: language)[2...4] == ["2114", "2114", "0"])
        let output = try #require(rows.first { $0.indicator == "industrial_output" })
        #expect(ComparisonReport.cells(output, docs, language: language)[2...4] == ["32.14", "32.15", "+0.01"])
    }

    /// The workbook's 比较 sheet stores the same difference and prints 差值% signed at two
    /// decimals (a +0.00% style), where the sixth reading saw 0.3% beside the PDF's +0.35%.
    @Test func theWorkbookHoldsThePrintedDifferenceAndTwoDecimals() throws {
        let xlsx = try ZipParts(Array(ComparisonWorkbook.xlsx(Self.docs(), language: .zh)))
        let sheet = String(
            decoding: try #require(try xlsx.part("xl/worksheets/sheet2.xml", limit: 10_000_000)), as: UTF8.self)
        let styles = String(decoding: try #require(try xlsx.part("xl/styles.xml", limit: 1_000_000)), as: UTF8.self)
        #expect(sheet.contains("差值 "))
        // The first employment row: medians 2113.6 and 2114.4 stored as printed, the difference 0.
        #expect(
            sheet.contains(
                "<c r=\"D2\" s=\"5\"><v>2114.0</v></c><c r=\"E2\" s=\"5\"><v>2114.0</v></c><c r=\"F2\" s=\"10\"><v>0.0</v></c><c r=\"G2\" s=\"14\"><v>0.0004</v></c>"
            ))
        // Industrial output: 32.14 and 32.15, difference +0.01.
        #expect(sheet.contains("<v>0.01</v>"))
        #expect(styles.contains("formatCode=\"&quot;+&quot;0.00%;&quot;−&quot;0.00%;0.00%\""))
    }
}
