import Foundation
import PlanData
import Testing

@testable import Reports

/// Long notes show whole in the workbooks (rows of wrapped text carry an explicit height),
/// and Chinese running text writes counts so that no line end splits a number.
@Suite struct WrappedTextTests {
    @Test func countsInChineseRunningText() {
        #expect(NumberFormat.chineseCount(2000) == "2000")
        #expect(NumberFormat.chineseCount(1280) == "1280")
        #expect(NumberFormat.chineseCount(100_000) == "10万")
        #expect(NumberFormat.chineseCount(12_345) == "12345")
        #expect(NumberFormat.chineseCount(200_000_000) == "2亿")
        #expect(NumberFormat.count(2000, zh: false) == "2,000")
        #expect(!NumberFormat.chineseCount(123_456_789).contains(","))
    }

    @Test func wrappedLinesCountCJKAsTwoColumns() {
        // A 110-wide column holds about 97 columns a line (0.9 × (110 − 2)); 88 wide, about 77.
        #expect(XLSXWriter.wrappedLines("short", columnWidth: 110) == 1)
        #expect(XLSXWriter.wrappedLines(String(repeating: "a", count: 200), columnWidth: 110) == 3)
        #expect(
            XLSXWriter.wrappedLines(String(repeating: "工", count: 100), columnWidth: 110) == 3, "200 display columns")
        #expect(XLSXWriter.wrappedLines("one\ntwo\nthree", columnWidth: 110) == 3, "each line break starts a line")
        // 88 columns a line at width 60 would be 2; "Scenario SHA-256: " (18) and a 64-character hash
        // that does not fit beside it nor on one 52-column line make 3.
        #expect(
            XLSXWriter.wrappedLines("Scenario SHA-256: " + String(repeating: "7f", count: 32), columnWidth: 60) == 3)
    }

    @Test func rowsOfLongNotesGetAHeight() {
        let long: [BriefingTable.Cell] = [.text(String(repeating: "规划目标达标概率", count: 40))]  // 640 columns: 7 lines
        let height = XLSXWriter.rowHeight(long, wrap: [0], widths: [110])
        #expect(height == 7 * XLSXWriter.lineHeight + 2)
        #expect(
            XLSXWriter.rowHeight([.text("短")], wrap: [0], widths: [110]) == nil, "one line keeps the default height")
        #expect(XLSXWriter.rowHeight(long, wrap: [], widths: [110]) == nil, "unwrapped cells never set a height")
        let xml = XLSXWriter.sheetXML(
            XLSXWriter.Sheet(name: "说明", header: ["说明"], rows: [long, [.text("短")]], wrap: [0], filter: false))
        // The notes column is 60 wide (52 columns a line): 640 columns take 13 lines.
        #expect(xml.contains("<row r=\"2\" ht=\"\(13 * XLSXWriter.lineHeight + 2)\" customHeight=\"1\">"), "\(xml)")
        #expect(xml.contains("<row r=\"3\">"))
    }
}

/// Word documents mark Latin text (letters, digits) English and CJK text Chinese, so
/// LibreOffice never breaks a number inside a Chinese sentence (`202` / `2年`).
@Suite struct WordLanguageTests {
    @Test(arguments: [true, false]) func latinTextIsEnglishInBothLanguages(zh: Bool) {
        #expect(WordML.styles(zh: zh).contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"))
    }
}
