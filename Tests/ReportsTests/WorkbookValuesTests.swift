import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// The workbook stores each figure as it displays it, at the plan's precision (an analyst
/// who clicks a cell sees 28, not 27.678970993762388), and its 说明 sheet speaks in words
/// (同类经验, never 先验) — the official's second review.
@Suite struct WorkbookValuesTests {
    @Test func cellsStoreTheDisplayedFigure() {
        // Exact: rounding to the displayed decimals is exact in binary for these figures' shortest text.
        #expect(XLSXWriter.stored(.fixed(27.678970993762388, decimals: 0)) == 28)
        #expect(XLSXWriter.stored(.fixed(37.38512, decimals: 2)) == 37.39)
        #expect(XLSXWriter.stored(.percent(0.05594)) == 0.056)
        #expect(XLSXWriter.stored(.probability(0.3849)) == 0.38)
        #expect(XLSXWriter.stored(.text("x")) == nil)
    }

    @Test func noSheetHoldsARawFloatAndTheNotesSayItInWords() {
        let sheets = XLSXWriter.sheets(LeaderFixture.document(), language: .zh)
        let long = try! NSRegularExpression(pattern: #"<v>-?[0-9]+\.[0-9]{4,}</v>"#)
        for sheet in sheets {
            let xml = XLSXWriter.sheetXML(sheet)
            #expect(long.numberOfMatches(in: xml, range: NSRange(xml.startIndex..., in: xml)) == 0, "\(sheet.name)")
        }
        let forecast = XLSXWriter.sheetXML(sheets.first { $0.name == "预测" }!)
        // Industrial output 2021's median: 30.02 × 1.05 = 31.521 → 31.52 at the table's two decimals.
        #expect(forecast.contains("<v>31.52</v>"))
        let notes = sheets.first { $0.name == "说明" }!.rows.map { row in
            row.map { if case .text(let s) = $0 { s } else { "" } }.joined()
        }.joined()
        #expect(!notes.contains("先验") && notes.contains("同类经验"))
    }
}

/// The sixth reading: the run workbook printed 51% for a target on the plan's own path where
/// the PDF and Word say 约50%. Its Targets sheet says 约50% and its bar stands at 0.5.
@Suite struct PlanPathWorkbookTests {
    @Test func aPlanPathTargetIsAbout50PercentInTheWorkbook() throws {
        let d = LeaderFixture.document()
        let t = try #require(d.targets.first { $0.indicator == "market_entities" })
        #expect(abs(t.probability - 0.51) < 1e-12 && ChartSpec.barValue(t, in: d) == 0.5)
        let targets = try #require(XLSXWriter.sheets(d, language: .zh).first { $0.name == "目标" })
        let row = try #require(targets.rows.first { if case .text("市场主体数量")? = $0.first { true } else { false } })
        #expect(row.contains { if case .text("约50%") = $0 { true } else { false } }, "\(row)")
    }
}

/// The sixth reading found the English proposal workbook refused by LibreOffice: a sheet
/// named `Annex 2: technical notes`. Every name the writer emits is one Excel accepts.
@Suite struct SheetNameTests {
    @Test func sheetNamesHoldNoCharacterExcelRefuses() {
        #expect(XLSXWriter.sheetName("Annex 2: technical notes") == "Annex 2 technical notes")
        #expect(XLSXWriter.sheetName("a/b [c]*?") == "a b c")
        #expect(XLSXWriter.sheetName("主要指标建议") == "主要指标建议")
    }
}
