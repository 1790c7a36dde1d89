import PlanData
import PlansimTestSupport
import Testing

/// A row shifted by one cell is never read silently (newcomer review s9, P1-4): a blank or
/// non-attribute 属性 cell is refused at its cell, a figure in 属性 or 指标名称 too, and a
/// cell under no header is a located warning.
@Suite struct PlanTableShiftTests {
    static func read(_ rows: [[String]]) throws -> PlanTable {
        try PlanTableReader.read(try TableGrid.csv(TableFiles.csv(rows), file: "t.csv"))
    }

    static func refusal(_ rows: [[String]]) -> [InputIssue] {
        do {
            _ = try read(rows)
            return []
        } catch { return (error as? InputErrors)?.issues ?? [] }
    }

    /// 森林面积 (约束性) shifted one column right: 属性 blank, 约束性 under no header.
    @Test func aBindingRowShiftedRightIsRefused() {
        var rows = TableFiles.town
        rows[8] = ["4", "森林面积", "亩", "12000", "14000", "", "", "约束性"]
        let issues = Self.refusal(rows)
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.description.hasPrefix("t.csv:9:7: error: 森林面积: the 属性 cell is blank") == true)
        #expect(issues.first?.messageZH == "「森林面积」的属性为空（本表其他行已填属性）")
    }

    /// A 2035 figure slid into 属性 (`80`) is refused, not dropped.
    @Test func aFigureInTheAttributeColumnIsRefused() {
        var rows = TableFiles.town
        rows[3] = ["１", "地区生产总值", "亿元", "２５．０", "", "6%左右", "80", "预期性"]
        let issues = Self.refusal(rows)
        #expect(issues.count == 1, "\(issues)")
        #expect(
            issues.first?.description.hasPrefix(
                "t.csv:4:7: error: 地区生产总值: the 属性 column holds the figure `80`, not 约束性 or 预期性") == true,
            "\(issues)")
        #expect(issues.first?.messageZH?.contains("该行可能错位") == true)
    }

    @Test func wordsThatAreNoAttributeAreRefused() {
        var rows = TableFiles.town
        rows[9][6] = "指导性"
        let issues = Self.refusal(rows)
        #expect(issues.map(\.description).first?.hasPrefix("t.csv:10:7: error: 城镇登记失业率: the 属性 `指导性`") == true)
    }

    /// A figure where the name should be (a row shifted left) is refused.
    @Test func aFigureInTheNameColumnIsRefused() {
        var rows = TableFiles.town
        rows[10] = ["城镇新增就业", "800", "人", "800", "900", "", "预期性"]
        let issues = Self.refusal(rows)
        #expect(
            issues.contains { $0.description.hasPrefix("t.csv:11:2: error: the 指标名称 column holds the figure `800`") },
            "\(issues)")
    }

    /// A cell under no header is kept out, with a warning at its cell naming the column.
    @Test func aCellUnderNoHeaderIsWarned() throws {
        var rows = TableFiles.town
        rows[10] = ["6", "城镇新增就业", "人", "800", "900", "", "预期性", "备用"]
        let table = try Self.read(rows)
        let warning = try #require(table.warnings.first { $0.line == 11 })
        #expect(warning.column == 8 && warning.field == "备用")
        #expect(warning.messageZH == "列H无表头，内容 `备用` 被忽略")
        #expect(table.indicators.count == 6)
    }

    /// A wholly blank 属性 column reads every row as 预期性, with one warning at its header.
    @Test func aBlankAttributeColumnIsWarnedOnce() throws {
        var rows = TableFiles.town
        for k in 3..<11 where rows[k].count > 6 { rows[k][6] = "" }
        let table = try Self.read(rows)
        #expect(table.indicators.allSatisfy { $0.attribute == .indicative })
        let attributeWarnings = table.warnings.filter { $0.messageZH?.contains("属性列全部为空") == true }
        #expect(
            attributeWarnings.count == 1 && attributeWarnings.first?.line == 2 && attributeWarnings.first?.column == 7)
    }

    /// The town's table as printed reads as before: its 约束性 rows bind, and nothing is warned.
    @Test func theTownsTableIsUnchanged() throws {
        let table = try Self.read(TableFiles.town)
        #expect(table.indicators.filter { $0.attribute == .binding }.map(\.nameZH) == ["单位GDP能耗降低", "森林面积"])
        #expect(table.warnings.isEmpty, "\(table.warnings)")
    }
}

/// A name printed on two rows is read twice, with a warning at the second naming the first
/// (newcomer review s9, P2-8: gdp and gdp_2 were made silently).
@Suite struct PlanTableDuplicateNameTests {
    @Test func aRepeatedNameIsWarnedAtItsRow() throws {
        var rows = TableFiles.town
        rows.insert(["1", "地区生产总值", "亿元", "25.0", "", "6%左右", "预期性"], at: 4)
        let table = try PlanTableShiftTests.read(rows)
        #expect(table.indicators.filter { $0.nameZH == "地区生产总值" }.count == 2)
        let warning = try #require(table.warnings.first { $0.field == "地区生产总值" })
        #expect(warning.line == 5 && warning.column == 2)
        #expect(warning.messageZH == "指标名称「地区生产总值」与第4行重复（两行都已读入）")
    }
}
