import Foundation
import PlanData
import Testing

@testable import Reports

/// The run workbook prints and reads as the PDF does: 简报 on one page, 专栏1 columns as
/// narrow as their figures, counts whole in every sheet, rates at one decimal, the one
/// minus sign in text cells, numbers and text aligned alike, the doubtful unit marked.
@Suite struct WorkbookPrintTests {
    @Test func summaryPrintsOnOnePageAndTheTableAtAReadableWidth() {
        let sheets = XLSXWriter.sheets(LeaderFixture.document(), language: .zh)
        #expect(XLSXWriter.sheetXML(sheets[0]).contains("fitToWidth=\"1\" fitToHeight=\"1\""))
        #expect(XLSXWriter.sheetXML(sheets[1]).contains("fitToWidth=\"1\" fitToHeight=\"0\""))
        // A long header wraps over two lines instead of widening its column: 2025预测（中位数）
        // (width 18) takes a column of about 11, not 22.
        let box = XLSXWriter.sheetXML(sheets[1])
        let widths = box.components(separatedBy: "width=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(widths[BriefingTable.Column.median] < 14, "\(widths)")
        // 粮食 “吨” carries the mark; the note explains it.
        #expect(box.contains(">吨※<"))
        #expect(
            sheets.contains { s in
                s.rows.contains {
                    $0.first == .text(UnitCaution.tableNote(LeaderFixture.document(), language: .zh) ?? "-")
                }
            })
    }

    @Test func numbersReadAsTheBriefingPrintsThem() {
        // Rates one decimal (two only in the comparison's signed % differences); every cell at the top of its row.
        #expect(
            XLSXParts.styles.contains("formatCode=\"0.0%\"")
                && XLSXParts.styles.components(separatedBy: "0.00%").count - 1 == 3)
        #expect(XLSXParts.styles.components(separatedBy: "<alignment vertical=\"top\"/>").count - 1 == 13)
        // A negative figure in text takes the minus sign; a scenario statement stays as written.
        #expect(XLSXWriter.textCell("下降-0.45%") == "下降−0.45%")
        #expect(XLSXWriter.textCell("shock retail_sales -15% in 2022") == "shock retail_sales -15% in 2022")
        // Counts whole: an indicator counted in 个 has no decimals in the forecast sheet.
        let d = ReportDocument(
            scenario: "baseline",
            indicators: [
                LeaderFixture.indicator(
                    "firms", "规上工业企业数量", "Firms", "个", "firms", base: 25.0, growth: 0.02, evidence: "data")
            ],
            planTitleZH: nil, planTitleEN: nil,
            targets: [
                LeaderFixture.target(
                    "firms", base: 25, target: 32, p: 0.14, needed: 0.05, simulated: 0.02, evidence: "data")
            ],
            inversions: [], notesZH: [], notesEN: [], provenance: LeaderFixture.provenance)
        let forecast = XLSXWriter.sheets(d, language: .zh)[2]
        #expect(
            forecast.rows.filter { $0.first == .text("规上工业企业数量") }.allSatisfy { row in
                row.dropFirst(3).allSatisfy { if case .fixed(_, let k) = $0 { return k == 0 } else { return true } }
            })
        #expect(
            NumberFormat.rate(0.05589) == "5.6%" && NumberFormat.rate(0.123) == "12.3%"
                && NumberFormat.rate(-0.0046) == "−0.5%")
    }
}

extension WorkbookPrintTests {
    /// The 简报 sheet prints across A4, not in a strip half the page wide (review s4 P3-5):
    /// its one column is 78 characters, and its rows are sized for that width.
    @Test func theSummarySheetIsAsWideAsThePage() {
        let sheet = XLSXWriter.summarySheet(LeaderPage(run: LeaderFixture.document(), language: .zh))
        #expect(sheet.widths[0] == XLSXWriter.summaryWidth)
        #expect(XLSXWriter.sheetXML(sheet).contains("<col min=\"1\" max=\"1\" width=\"78.0\" customWidth=\"1\"/>"))
    }
}
