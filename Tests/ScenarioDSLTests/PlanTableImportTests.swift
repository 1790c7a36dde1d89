import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

/// Reading 专栏 tables from CSV and XLSX, and refusing what is not one.
@Suite struct PlanTableImportTests {
    static func write(_ parts: [(String, String)], to url: URL) throws { try TableFiles.zip(parts, to: url) }

    static func check(_ table: PlanTable) throws {
        #expect(table.baseYear == 2020 && table.targetYears == [2025] && table.indicators.count == 6)
        #expect(table.title?.contains("专栏1") == true && table.notes.count == 1)
        let gdp = table.indicators[0]
        #expect(gdp.nameZH == "地区生产总值" && gdp.base?.value.value == 25 && gdp.category == "经济发展")
        #expect(gdp.growth?.value == 6 && gdp.growth?.approximate == true && gdp.targets[0].value.value == nil)
        #expect(table.indicators[1].targets[0].value.cumulative && table.indicators[1].targets[0].value.value == 45)
        #expect(table.indicators[2].base?.value.value == nil && table.indicators[2].attribute == .binding)
        #expect(table.indicators[4].targets[0].value.ceiling && table.indicators[4].targets[0].value.value == 4.5)
        // The plan it drafts compiles: growth 6 % from 25 → 25·1.06⁵ (to 1e-12 relative).
        let text = PlanWriter.text(PlanDraft(table: table, name: "town"))
        let dataset = try PlanFiles.compile(SourceFile(path: "town.plan", text: text), origin: "plan").get()
        #expect(abs(dataset.target("gdp")!.target - 25 * pow(1.06, 5)) < 1e-12 * 25)
        #expect(
            dataset.target("fixed_investment")?.kind == .periodSum && dataset.target("fixed_investment")?.target == 45)
        #expect(dataset.targets.first { $0.target == 4.5 }?.direction == .ceiling)
        #expect(dataset.roles == nil && dataset.target("energy_intensity") == nil)
    }

    @Test func csvTable() throws {
        let grid = try TableGrid.csv(TableFiles.csv(TableFiles.town), file: "town.csv")
        try Self.check(try PlanTableReader.read(grid))
    }

    @Test func xlsxTable() throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent("town.xlsx")
        try Self.write(TableFiles.xlsxParts(TableFiles.town), to: url)
        try Self.check(try PlanTableReader.read(try TableGrid.load(path: url.path)))
    }

    /// A header merged over two rows (the years under 主要指标值), with a leftover row of
    /// 基期/目标 under it and a category in the first column.
    @Test func mergedHeaderAndLeftovers() throws {
        let text = """
            序号,指标名称,单位,主要指标值,,属性
            ,,,2020年,2025年,
            ,,,基期,目标,
            一、经济发展,,,,,
            1,地区生产总值,亿元,25,33,预期性
            2,常住人口,万人,4.2,4.5,预期性

            资料来源：某镇统计局,,,,,
            """
        let table = try PlanTableReader.read(try TableGrid.csv(text, file: "m.csv"))
        #expect(
            table.baseYear == 2020 && table.targetYears == [2025] && table.indicators.count == 2
                && table.warnings.isEmpty)
        #expect(table.indicators[0].category == "一、经济发展" && table.indicators[1].unit == "万人" && table.notes.count == 1)
        #expect(table.indicators[1].targets.first?.value.value == 4.5)
    }

    @Test func noHeaderSaysWhatWasExpected() throws {
        let grid = try TableGrid.csv("a,b,c\n1,2,3\n", file: "x.csv")
        #expect(throws: InputErrors.self) { try PlanTableReader.read(grid) }
        do { _ = try PlanTableReader.read(grid) } catch {
            #expect(
                error.description.contains("x.csv:1: error: no header row") && error.description.contains("指标名称")
                    && error.description.contains("2020年"))
        }
    }

    @Test func nonNumberCellIsLocated() throws {
        var rows = TableFiles.town
        rows[8][4] = "一万四"
        var grid = try TableGrid.csv(TableFiles.csv(rows), file: "t.csv")
        do {
            _ = try PlanTableReader.read(grid)
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("t.csv:9:5: error: `一万四` is not a number"), "\(error.description)")
        }
        rows = TableFiles.town
        rows[8][2] = "亩地"
        grid = try TableGrid.csv(TableFiles.csv(rows), file: "t.csv")
        do {
            _ = try PlanTableReader.read(grid)
            Issue.record("accepted")
        } catch {
            #expect(
                error.description.contains("t.csv:9:3: error: unknown unit `亩地`")
                    && error.description.contains("did you mean"), "\(error.description)")
        }
        // A figure far beyond any plan (1e308 used to be written out as a 309-digit number
        // that the plan file then could not read) is refused at its cell.
        rows = TableFiles.town
        rows[8][4] = "1e308"
        grid = try TableGrid.csv(TableFiles.csv(rows), file: "t.csv")
        do {
            _ = try PlanTableReader.read(grid)
            Issue.record("accepted")
        } catch {
            #expect(
                error.description.contains("t.csv:9:5: error: `1e308` is too large for a plan figure (under 10¹²)"),
                "\(error.description)")
        }
    }

    @Test(arguments: [
        ("not a zip", "notazip", "not an XLSX workbook"),
        ("zip without workbook", "zip", "no xl/workbook.xml"),
        ("encrypted", "ole", "encrypted"),
        ("no sheet", "nosheet", "no sheet"),
    ])
    func badWorkbooks(_ name: String, _ kind: String, _ message: String) throws {
        let url = try Plansim.scratchDirectory().appendingPathComponent("t.xlsx")
        switch kind {
        case "notazip": try Data("PK\u{3}\u{4} this is not a zip at all".utf8).write(to: url)
        case "zip": try Self.write([("hello.txt", "hi")], to: url)
        case "ole":
            try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(
                to: url)
        default:
            var parts = TableFiles.xlsxParts(TableFiles.town)
            parts[1].1 =
                "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"
            try Self.write(parts, to: url)
        }
        do {
            _ = try TableGrid.load(path: url.path)
            Issue.record("\(name) accepted")
        } catch {
            #expect(
                error.description.contains("t.xlsx") && error.description.contains(message),
                "\(name): \(error.description)")
        }
    }
}
