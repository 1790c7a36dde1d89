import Foundation
import PlanData
import Testing

@testable import Reports

/// The sweep's Word and Excel tornado keeps the direction as the PDF does, and the
/// comparison and sweep workbooks open on 简报 with the run workbook's print setup.
@Suite struct OfficeWorkbookTests {
    /// The ZIP entry `name` of `data`, unpacked with `unzip -p` (present on every CI image).
    static func entry(_ data: Data, _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plansim-\(UUID().uuidString).zip")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        p.arguments = ["-p", url.path, name]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: out, as: UTF8.self)
    }

    static let hasUnzip = FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")

    /// A lowering input's bars run left (negative, vermillion) and its label says so; a
    /// raising one runs right (blue); an unclear one is grey; the axis spans −1…1.
    @Test(arguments: [Language.zh, Language.en])
    func wordTornadoKeepsTheDirection(_ l: Language) {
        let s = SweepDirectionTests.summary()
        let rows = s.chartRows(language: l)
        #expect(rows[0].main == 0.6 && rows[1].main == -0.3 && rows[2].main == 0.01)
        #expect(
            rows[0].label.contains(l == .zh ? "提高则上升" : "raising it raises")
                && rows[1].label.contains(l == .zh ? "提高则下降" : "raising it lowers"))
        #expect(rows[2].label.contains(l == .zh ? "方向不明" : "direction unclear"))
        let chart = s.barChart(language: l, sheet: "Sheet1")
        #expect(
            chart.contains("<c:v>-0.3</c:v>") && chart.contains("<c:min val=\"-1.0\"/>")
                && chart.contains("<c:max val=\"1.0\"/>"))
        for colour in ["0072B2", "D55E00", "9A9A9A"] { #expect(chart.contains("<a:srgbClr val=\"\(colour)\"/>")) }
        // Lengths on the axis and labels, never signs.
        #expect(chart.contains("formatCode=\"0.00;0.00\""))
    }

    /// Sheet 1 of the sweep workbook is 简报, with print titles and A4 fitted to the width.
    @Test(.enabled(if: hasUnzip, "needs /usr/bin/unzip to read the package"), arguments: [Language.zh, Language.en])
    func sweepWorkbookOpensOnItsSummary(_ l: Language) throws {
        let xlsx = try SweepDirectionTests.summary().workbook(language: l)
        let book = try Self.entry(xlsx, "xl/workbook.xml")
        let first = l == .zh ? "简报" : "Summary"
        #expect(book.contains("<sheet name=\"\(first)\" sheetId=\"1\""))
        #expect(
            book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'\(first)'!$1:$1</definedName>"))
        let sheet = try Self.entry(xlsx, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pageSetup paperSize=\"9\"") && sheet.contains("fitToWidth=\"1\""))
        #expect(sheet.contains(l == .zh ? "一、总体判断" : "1. Overall judgement"))
        // The chart reads the signed figures of the chart-data sheet.
        #expect(
            try Self.entry(xlsx, "xl/charts/chart1.xml").contains(
                Markup.escape("'\(l == .zh ? "图表数据" : "Chart data")'!$B$2:$B$4")))
    }

    /// Sheet 1 of the comparison workbook is 简报; the medians follow.
    @Test(.enabled(if: hasUnzip, "needs /usr/bin/unzip to read the package"))
    func comparisonWorkbookOpensOnItsSummary() throws {
        let docs = [LeaderFixture.document(), LeaderFixture.whatIf()]
        let xlsx = try ComparisonWorkbook.xlsx(docs, language: .zh)
        let book = try Self.entry(xlsx, "xl/workbook.xml")
        #expect(book.contains("<sheet name=\"简报\" sheetId=\"1\"") && book.contains("<sheet name=\"比较\" sheetId=\"2\""))
        #expect(book.contains("localSheetId=\"0\">'简报'!$1:$1"))
        #expect(try Self.entry(xlsx, "xl/worksheets/sheet1.xml").contains("一、总体判断"))
        // Legends name scenarios by their titles, never their code names.
        let bars = try Self.entry(xlsx, "xl/charts/chart1.xml")
        #expect(bars.contains("<c:v>疫情冲击情景</c:v>") && !bars.contains("epidemic_shock"))
        // Value labels and the 50 % gridline, as on every probability chart; the plan-path target marked.
        #expect(bars.contains("<c:showVal val=\"1\"/>") && bars.contains("<c:majorUnit val=\"0.5\"/>"))
        let word = ComparisonOfficeCharts.word(docs, language: .zh)[0]
        #expect(word.contains("市场主体数量（规划路径，非预测）"))
    }
}
