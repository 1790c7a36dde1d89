import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// A table's notes stay with the table (review s6 P2-9: the evaluation's note broke across
/// pages in Word and fell, with the last rows, on the next page in the PDF): in Word the last
/// two rows keep with the next paragraph, notes keep with each other and never split; in
/// print the CSS forbids a break before a note and before a table's last row.
@Suite struct TableNotesKeepTests {
    /// The rows of a Word table, split at each row's start.
    static func rows(_ table: String) -> [String] {
        Array(table.components(separatedBy: "<w:tr>").dropFirst())
    }

    @Test func wordKeepsTheLastTwoRowsWithTheNotes() {
        let table = WordML.table(
            header: ["a", "b"], rows: (1...6).map { ["\($0)", "x"] }, numeric: [1], size: 18, notesFollow: true)
        let rows = Self.rows(table)
        // The header and six rows; only rows 5 and 6 keep with what follows.
        #expect(rows.count == 7)
        #expect(rows.map { $0.contains("<w:keepNext/>") } == [false, false, false, false, false, true, true])
        let notes = WordML.notes(["first", "second", "third"])
        #expect(notes.map { $0.contains("<w:keepNext/>") } == [true, true, false])
        #expect(notes.allSatisfy { $0.contains("<w:pStyle w:val=\"Note\"/>") })
    }

    @Test(arguments: [true, false])
    func theNoteStyleNeverSplitsAcrossPages(zh: Bool) throws {
        let styles = WordML.styles(zh: zh)
        let note = try #require(styles.range(of: "w:styleId=\"Note\"").map { styles[$0.lowerBound...] })
        #expect(note.prefix(250).contains("<w:keepLines/>"))
    }

    /// The run briefing's 专栏1: its last rows keep with its key, legend and notes.
    @Test func theMainTableKeepsItsNotes() {
        let body = DOCXWriter.mainTable(LeaderFixture.document(), language: .zh, heading: "五、主要指标")
        let rows = Self.rows(body[1])
        #expect(rows.suffix(2).allSatisfy { $0.contains("<w:keepNext/>") } && !rows[1].contains("<w:keepNext/>"))
        let notes = body.dropFirst(2).filter { $0.contains("<w:pStyle w:val=\"Note\"/>") }
        #expect(notes.count >= 2 && notes.dropLast().allSatisfy { $0.contains("<w:keepNext/>") })
    }

    /// The evaluation's group sub-headings keep with their first item in Word (review s7 P2-7:
    /// （二）基本完成指标 was the last line of a page); items and sentences do not.
    @Test func aSubheadingKeepsWithItsFirstItem() {
        #expect(EvaluationWord.isSubheading("（二）基本完成指标") && EvaluationWord.isSubheading("(2) Targets largely achieved"))
        #expect(!EvaluationWord.isSubheading("1．地区生产总值。目标70亿元，实际68.1亿元。"))
        #expect(!EvaluationWord.isSubheading("（一）约束性指标未完成：高标准农田面积。"))
        #expect(!EvaluationWord.isSubheading("(1) Binding targets: 3 achieved. 2 not achieved."))
    }

    @Test func printKeepsANoteWithItsTable() {
        #expect(HTMLStyle.css.contains("table+.note,.note+.note,tbody tr:last-child{break-before:avoid}"))
        #expect(HTMLStyle.css.contains(".note{font-size:9pt;break-inside:avoid}"))
    }
}
