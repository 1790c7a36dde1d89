import Foundation
import PlansimTestSupport
import Testing
import ZIPFoundation

@testable import PlanData

/// Hostile workbooks of issue 25, each built here: a refusal with the file, never a
/// trap, a hang or a silent change of the table.
@Suite struct WorkbookHardeningTests {
    /// The town's parts as bytes, `edit` applied to them (name → bytes).
    static func bytes(_ edit: (inout [(String, [UInt8])]) -> Void = { _ in }) throws -> [UInt8] {
        var parts = TableFiles.xlsxParts(TableFiles.town).map { ($0.0, Array($0.1.utf8)) }
        edit(&parts)
        let url = try Plansim.scratchDirectory().appendingPathComponent("t.xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                Data(data[Int(position)..<(Int(position) + size)])
            }
        }
        return [UInt8](try Data(contentsOf: url))
    }

    /// The town's workbook with part `name`'s text changed by `edit`.
    static func editing(_ name: String, _ edit: @escaping (String) -> String) throws -> [UInt8] {
        try bytes { parts in
            for i in parts.indices where parts[i].0 == name {
                parts[i].1 = Array(edit(String(decoding: parts[i].1, as: UTF8.self)).utf8)
            }
        }
    }

    /// What reading `bytes` as `t.xlsx` says: "accepted" or the refusal.
    static func outcome(_ bytes: [UInt8]) -> String {
        do {
            _ = try XLSXReader.read(Data(bytes), file: "t.xlsx")
            return "accepted"
        } catch { return "\(error)" }
    }

    static func grid(_ bytes: [UInt8]) throws -> TableGrid { try XLSXReader.read(Data(bytes), file: "t.xlsx") }

    /// `<c t="s"><v>-1</v></c>` trapped at the shared-string lookup; an index past the
    /// table read as an empty cell.
    @Test(arguments: ["-1", "99999", "x"])
    func aSharedStringIndexOutOfRangeIsRefused(_ index: String) throws {
        let book = try Self.editing("xl/worksheets/sheet1.xml") {
            $0.replacingOccurrences(
                of: "<c r=\"B2\" t=\"s\"><v>[0-9]+</v>", with: "<c r=\"B2\" t=\"s\"><v>\(index)</v>",
                options: .regularExpression)
        }
        let message = Self.outcome(book)
        #expect(
            message.contains(
                "t.xlsx: error: the sheet is damaged: cell `B2` has a reference or shared-string index that does not read"
            ), "\(message)")
    }

    /// One byte that is not UTF-8 in an element or attribute name of any part trapped
    /// inside FoundationXML's parser.
    @Test(arguments: [
        "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
    ])
    func aNameThatIsNotUTF8IsRefused(_ part: String) throws {
        let book = try Self.bytes { parts in
            for i in parts.indices where parts[i].0 == part {
                let at = parts[i].1.lastIndex(of: UInt8(ascii: "<"))! + 2  // inside the last closing tag's name
                parts[i].1.insert(0xC3, at: at)
            }
        }
        let message = Self.outcome(book)
        #expect(message.contains("t.xlsx: error: the workbook is damaged: cannot read `\(part)`"), "\(message)")
    }

    /// 1,500 random one-byte changes of a 2 KB workbook (offsets past the end trapped in
    /// ZIPFoundation in 56 of them; one spun forever in its inflate loop): each is read or
    /// refused, within a second.
    @Test func randomMutationsAreReadOrRefused() throws {
        let book = try Self.bytes()
        var state: UInt64 = 25
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var refused = 0
        for _ in 0..<1500 {
            var mutated = book
            mutated[next() % mutated.count] = UInt8(next() & 0xFF)
            let start = Date()
            if Self.outcome(mutated) != "accepted" { refused += 1 }
            // A second is 100 times what one read takes; a hang would never end.
            #expect(Date().timeIntervalSince(start) < 1)
        }
        #expect(refused > 0)
    }

    /// Directory and local-header offsets past the end of the file, and sizes past the
    /// directory, are refused as "not a readable zip".
    @Test func offsetsPastTheEndAreRefused() throws {
        let book = try Self.bytes()
        let end = book.count - 22
        // The directory's offset, its size and its entry count, each made huge by its high byte.
        for (field, value) in [(end + 19, 0xFF), (end + 15, 0xFF), (end + 11, 0x7F)] {
            var bad = book
            bad[field] = UInt8(value)
            #expect(Self.outcome(bad).contains("this is not an XLSX workbook (not a readable zip)"))
        }
        var local = book
        let directory = Int(book[end + 16]) | Int(book[end + 17]) << 8
        local[directory + 45] = 0xFF  // the first entry's local-header offset, high byte
        #expect(Self.outcome(local).contains("this is not an XLSX workbook (not a readable zip)"))
    }

    /// The last byte of the shared strings' deflate data changed: refused as damaged (it
    /// made `plan import` spin at 100 % CPU in some runs).
    @Test func aDeflateStreamThatDoesNotEndIsRefused() throws {
        let book = try Self.bytes()
        let zip = try ZipParts(book)
        let entry = try #require(zip.entries["xl/sharedStrings.xml"])
        for value: UInt8 in [0x00, 0xFF, 0x01, 0x80] {
            var bad = book
            bad[entry.dataStart + entry.compressedSize - 1] = value
            let outcome = Self.outcome(bad)
            #expect(
                outcome == "accepted"
                    || outcome.contains("the workbook is damaged: cannot read `xl/sharedStrings.xml`"), "\(outcome)")
        }
        // A stream cut short ends in an error, not in a loop.
        #expect(throws: Inflate.Failure.damaged) {
            try Inflate.inflate(book[entry.dataStart..<(entry.dataStart + entry.compressedSize / 2)], limit: 1 << 20)
        }
    }

    /// Shared strings that break off made every later string "" (a sum target vanished).
    @Test func sharedStringsThatBreakOffAreRefused() throws {
        let book = try Self.editing("xl/sharedStrings.xml") { String($0.prefix($0.count * 2 / 3)) }
        #expect(Self.outcome(book).contains("the workbook is damaged: cannot read `xl/sharedStrings.xml`"))
    }

    /// A billion-laughs entity (it dropped the note row) is refused: Excel writes no DTD.
    @Test func entitiesAreRefused() throws {
        let lol = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        let book = try Self.editing("xl/sharedStrings.xml") {
            $0.replacingOccurrences(of: "?>\n<sst", with: "?>\n\(lol)<sst")
        }
        #expect(Self.outcome(book).contains("the workbook is damaged: cannot read `xl/sharedStrings.xml`"))
    }

    /// A cell without `r=` (legal: it follows the cell before it) and one with a
    /// lower-case reference are read where they stand (they were dropped: the target
    /// became "open").
    @Test func cellsWithoutOrWithLowerCaseReferencesAreRead() throws {
        let plain = try Self.grid(try Self.bytes())
        let bare = try Self.grid(
            try Self.editing("xl/worksheets/sheet1.xml") {
                $0.replacingOccurrences(of: "<c r=\"E9\"", with: "<c").replacingOccurrences(
                    of: "<c r=\"D9\"", with: "<c r=\"d9\"")
            })
        #expect(bare.rows == plain.rows)
        #expect(bare.rows[8].first { $0.column == 5 }?.text == "14000")
    }

    /// Inflate reads what zlib wrote (every part of the workbook, CRC-checked).
    @Test func inflateReadsZlibOutput() throws {
        let zip = try ZipParts(try Self.bytes())
        for (name, text) in TableFiles.xlsxParts(TableFiles.town) {
            #expect(try zip.part(name, limit: 1 << 20) == Array(text.utf8), "\(name)")
        }
        #expect(throws: ZipParts.Failure.tooLarge("xl/worksheets/sheet1.xml")) {
            try zip.part("xl/worksheets/sheet1.xml", limit: 100)
        }
    }

    /// A CSV table with CR-only line ends (old Mac Excel) reads as its rows (it was one
    /// row: "header `12000` is not a year").
    @Test func crOnlyLineEndsAreRows() throws {
        let grid = try TableGrid.csv("指标,2020年,2025年\r森林面积,12000,14000\r", file: "t.csv")
        #expect(grid.rows.map { $0.map(\.text) } == [["指标", "2020年", "2025年"], ["森林面积", "12000", "14000"]])
    }

    /// A CSV table is bounded: a cell past column 200 or row 50,000 is refused where it
    /// stands (63 MB of commas took 2.3 GB); empty cells beyond are dropped.
    @Test func csvTablesAreBoundedLikeSheets() throws {
        let wide = "a" + String(repeating: ",", count: 250) + "b\n"
        #expect(throws: InputIssue.self) { _ = try TableGrid.csv(wide, file: "t.csv") }
        let tall = String(repeating: "x\n", count: 50_001)
        do {
            _ = try TableGrid.csv(tall, file: "t.csv")
            Issue.record("50,001 rows accepted")
        } catch {
            #expect(
                error.line == 50_001
                    && error.message.contains("goes beyond the first 50000 rows, 200 columns and 2000000 cells"),
                "\(error)")
        }
        let trailing = try TableGrid.csv(
            "a,b" + String(repeating: ",", count: 5000) + "\n" + String(repeating: "\n", count: 60_000), file: "t.csv")
        #expect(trailing.rows.count == 1 && trailing.rows[0].count == 200)
    }
}
