import Foundation
import PlanData
import PlansimTestSupport
import Testing
import ZIPFoundation

/// Hostile 专栏 tables: each is refused with its file and cell, quickly and in little
/// memory, never read in part.
@Suite struct PlanTableHostileTests {
    /// The town's workbook with its sheet's XML changed by `edit`.
    static func workbook(_ edit: (String) -> String) throws -> URL {
        var parts = TableFiles.xlsxParts(TableFiles.town)
        parts[3].1 = edit(parts[3].1)
        let url = try Plansim.scratchDirectory().appendingPathComponent("t.xlsx")
        try TableFiles.zip(parts, to: url)
        return url
    }

    static func refusal(_ url: URL) -> String {
        do {
            _ = try PlanTableReader.read(try TableGrid.load(path: url.path))
            return "accepted"
        } catch { return "\(error)" }
    }

    static func refusal(csv text: String) -> String {
        do {
            _ = try PlanTableReader.read(try TableGrid.csv(text, file: "t.csv"))
            return "accepted"
        } catch { return "\(error)" }
    }

    /// A sheet that inflates past 64 MB (from a zip of well under 1 MB) is refused while
    /// it is inflated, not read whole.
    @Test func zipBombIsRefused() throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent("bomb.xlsx")
        var parts = TableFiles.xlsxParts(TableFiles.town)
        parts.remove(at: 3)
        try TableFiles.zip(parts, to: url)
        let archive = try Archive(url: url, accessMode: .update)
        let chunk = Data(repeating: 0x20, count: 1 << 20), size = 65 << 20
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate
        ) { _, n in chunk.prefix(n) }
        let bytes = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        #expect(bytes < 1 << 20)
        let message = Self.refusal(url)
        #expect(
            message.contains(
                "bomb.xlsx: error: the workbook's `xl/worksheets/sheet1.xml` expands to more than the 64 MB plansim reads"
            ), "\(message)")
    }

    /// A cell placed at the sheet's far corner is refused by its reference (a dense grid
    /// up to it would need gigabytes).
    @Test(arguments: ["XFD999999999", "D10001", "GS4", "ZZZZZZZZZZZZZZZZ4"])
    func farCellIsRefused(_ reference: String) throws {
        let url = try Self.workbook { $0.replacingOccurrences(of: "r=\"D5\"", with: "r=\"\(reference)\"") }
        let message = Self.refusal(url)
        #expect(
            message.contains(
                "t.xlsx: error: cell `\(reference)` lies beyond the first 10000 rows and 200 columns plansim reads"),
            "\(message)")
    }

    /// The last row and column plansim reads are read.
    @Test func cellAtTheLimitIsRead() throws {
        let url = try Self.workbook {
            $0.replacingOccurrences(
                of: "</sheetData>", with: "<row r=\"10000\"><c r=\"GR10000\" t=\"s\"><v>0</v></c></row></sheetData>")
        }
        let grid = try TableGrid.load(path: url.path)
        #expect(grid.rows.count == 10_000 && grid.rows.last?.last?.column == 200)
    }

    /// A formula Excel has not computed (no `<v>`) is refused by its cell; one with its
    /// saved value reads as that value.
    @Test func formulaWithoutSavedValueIsRefused() throws {
        for cell in ["<f>4+4.2</f>", "<f>4+4.2</f><v></v>"] {
            let bare = try Self.workbook {
                $0.replacingOccurrences(of: "<c r=\"D5\"><v>8.2</v></c>", with: "<c r=\"D5\">\(cell)</c>")
            }
            let message = Self.refusal(bare)
            #expect(
                message.contains("t.xlsx: error: cell `D5` is a formula without a saved value")
                    && message.contains("open and save the workbook in Excel"), "\(message)")
        }
        let saved = try Self.workbook {
            $0.replacingOccurrences(of: "<c r=\"D5\"><v>8.2</v></c>", with: "<c r=\"D5\"><f>4+4.2</f><v>8.2</v></c>")
        }
        let table = try PlanTableReader.read(try TableGrid.load(path: saved.path))
        #expect(table.indicators[1].base?.value.value == 8.2)
    }

    /// A sheet whose XML breaks off is refused, not read up to the break.
    @Test func brokenSheetIsRefused() throws {
        let url = try Self.workbook { String($0.prefix($0.count / 2)) }
        let message = Self.refusal(url)
        #expect(message.contains("t.xlsx: error: the sheet is damaged (its XML breaks at line"), "\(message)")
    }

    /// Year columns that would be dropped are refused by their header cell.
    @Test func unreadableOrRepeatedYearsAreRefused() throws {
        var rows = TableFiles.town
        rows[1][4] = "99999年"
        #expect(
            Self.refusal(csv: TableFiles.csv(rows)).contains(
                "t.csv:2:5: error: the header `99999年` is not a year plansim reads (1990–2100)"))
        rows[1][4] = "1985年"
        #expect(
            Self.refusal(csv: TableFiles.csv(rows)).contains(
                "t.csv:2:5: error: the header `1985年` is not a year plansim reads"))
        rows[1][4] = "2020年"
        let twice = Self.refusal(csv: TableFiles.csv(rows))
        #expect(twice.contains("t.csv:2:5: error: the year 2020 heads two columns (4 and 5)"), "\(twice)")
        // A header with no year it can read is still found, and said why.
        rows[1][3] = "99999年"
        rows[1][4] = "88888年"
        #expect(Self.refusal(csv: TableFiles.csv(rows)).contains("t.csv:2:4: error: the header `99999年`"))
    }

    /// An unterminated quote is reported where it opens.
    @Test func unterminatedQuoteIsLocated() throws {
        let text = TableFiles.csv(TableFiles.town).replacingOccurrences(of: ",累计固定资产投资,", with: ",\"累计固定资产投资,")
        let message = Self.refusal(csv: text)
        #expect(message.contains("t.csv:5:2: error: quoted field is never closed"), "\(message)")
    }
}
