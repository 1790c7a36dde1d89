import Foundation
import PlanData
import PlansimTestSupport
import Testing

/// A workbook whose first sheet is a cover sheet (newcomer review s9, P1-8): the sheet with
/// a plan table's header is read and named; `--sheet` chooses by name or number; when no
/// sheet has a header the error names the sheets read.
@Suite struct WorkbookSheetTests {
    /// The town's table as the second sheet 「专栏1 主要指标」 after a cover sheet 「填表说明」.
    static func workbook(cover: [[String]] = [["填表说明"], ["请按专栏格式填写，数字用阿拉伯数字。"]]) throws -> URL {
        var parts = TableFiles.xlsxParts(TableFiles.town)
        let coverParts = TableFiles.xlsxParts(cover)
        // The cover's strings go after the table's in one shared-strings part.
        let tableStrings = parts[4].1.components(separatedBy: "<si>").count - 1
        var coverSheet = coverParts[3].1
        for k in (0..<(coverParts[4].1.components(separatedBy: "<si>").count - 1)).reversed() {
            coverSheet = coverSheet.replacingOccurrences(of: "<v>\(k)</v>", with: "<v>\(k + tableStrings)</v>")
        }
        let coverStrings = coverParts[4].1.components(separatedBy: "<si>").dropFirst().map { "<si>" + $0 }.joined()
            .replacingOccurrences(of: "</sst>", with: "")
        parts[4].1 = parts[4].1.replacingOccurrences(of: "</sst>", with: coverStrings + "</sst>")
        parts[1].1 = parts[1].1.replacingOccurrences(
            of: "<sheet name=\"专栏1\" sheetId=\"1\" r:id=\"rId1\"/>",
            with:
                "<sheet name=\"填表说明\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"专栏1 主要指标\" sheetId=\"1\" r:id=\"rId1\"/>"
        )
        parts[2].1 = parts[2].1.replacingOccurrences(
            of: "</Relationships>",
            with:
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>")
        parts.append(("xl/worksheets/sheet2.xml", coverSheet))
        let url = try Plansim.scratchDirectory().appendingPathComponent("book.xlsx")
        try TableFiles.zip(parts, to: url)
        return url
    }

    @Test func theSheetWithAHeaderIsRead() throws {
        let grid = try TableGrid.load(path: try Self.workbook().path)
        #expect(grid.sheet == "专栏1 主要指标" && grid.sheetIndex == 2)
        #expect(grid.file.hasSuffix("book.xlsx:专栏1 主要指标"))
        let table = try PlanTableReader.read(grid)
        #expect(table.indicators.count == 6)
    }

    @Test(arguments: ["专栏1 主要指标", "2", "２"])
    func aSheetIsChosenByNameOrNumber(_ choice: String) throws {
        let grid = try TableGrid.load(path: try Self.workbook().path, sheet: choice)
        #expect(grid.sheetIndex == 2)
    }

    /// Choosing the cover sheet reads it, and the reader's error is located at that sheet.
    @Test func theCoverSheetChosenIsLocatedInTheError() throws {
        let grid = try TableGrid.load(path: try Self.workbook().path, sheet: "1")
        #expect(throws: InputErrors.self) { try PlanTableReader.read(grid) }
        do { _ = try PlanTableReader.read(grid) } catch {
            #expect("\(error)".contains("book.xlsx:填表说明:1: error: no header row"), "\(error)")
        }
    }

    @Test func anUnknownSheetIsRefusedWithTheSheetsListed() throws {
        let url = try Self.workbook()
        do {
            _ = try TableGrid.load(path: url.path, sheet: "专栏一 主要指标")
            Issue.record("accepted")
        } catch {
            #expect(error.messageZH == "工作簿中没有工作表「专栏一 主要指标」（共 2 个：1「填表说明」、2「专栏1 主要指标」）")
            #expect(error.helpZH?.hasPrefix("是否想用 「专栏1 主要指标」？") == true, "\(error.helpZH ?? "")")
        }
    }

    /// No sheet has a header: the error names the sheets read and offers `--sheet`.
    @Test func noSheetWithAHeaderNamesTheSheets() throws {
        var parts = TableFiles.xlsxParts([["封面"]])
        parts[1].1 = parts[1].1.replacingOccurrences(
            of: "<sheet name=\"专栏1\" sheetId=\"1\" r:id=\"rId1\"/>",
            with: "<sheet name=\"封面\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"附表\" sheetId=\"2\" r:id=\"rId1\"/>")
        let url = try Plansim.scratchDirectory().appendingPathComponent("none.xlsx")
        try TableFiles.zip(parts, to: url)
        do {
            _ = try TableGrid.load(path: url.path)
            Issue.record("accepted")
        } catch {
            #expect(error.messageZH == "读取了工作簿的 2 个工作表（1「封面」、2「附表」），都找不到规划表的表头行")
            #expect(error.helpZH?.contains("`--sheet 名称`") == true)
        }
    }

    @Test func aCSVTableRefusesASheet() throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent("t.csv")
        try Data(TableFiles.csv(TableFiles.town).utf8).write(to: url)
        #expect(throws: InputIssue.self) { try TableGrid.load(path: url.path, sheet: "1") }
    }
}

/// A number cell saved with its binary artefact reads as Excel shows it (newcomer review
/// s9, P3-2: a warning printed `80.59999999999999`).
@Suite struct WorkbookNumberTests {
    @Test func aSavedArtefactReadsAsShown() throws {
        var rows = TableFiles.town
        rows[9][3] = "3.2000000000000002"
        var parts = TableFiles.xlsxParts(rows)
        parts[3].1 = parts[3].1.replacingOccurrences(of: "<v>3.2000000000000002</v>", with: "<v>80.59999999999999</v>")
        let url = try Plansim.scratchDirectory().appendingPathComponent("n.xlsx")
        try TableFiles.zip(parts, to: url)
        let grid = try TableGrid.load(path: url.path)
        #expect(grid.rows[9].first { $0.column == 4 }?.text == "80.6")
        // Exact: 15 significant digits of the saved double print as the figure typed.
        let table = try PlanTableReader.read(grid)
        #expect(table.indicators.first { $0.nameZH == "城镇登记失业率" }?.base?.value.value == 80.6)
    }
}
