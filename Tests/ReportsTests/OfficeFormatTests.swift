import Foundation
import PlanData
import Testing

@testable import Reports

/// Word and Excel follow the same specification as the PDF: page numbers, tables of 9 pt
/// or more, black headings, charts with their embedded workbooks, the same band.
@Suite struct OfficeFormatTests {
    /// The names of a ZIP package's entries are stored uncompressed in its directory, so
    /// they can be found in the bytes without unpacking.
    static func entries(_ data: Data, contain name: String) -> Bool { data.range(of: Data(name.utf8)) != nil }

    @Test(arguments: [Language.zh, Language.en])
    func wordHasPageNumbersAndEmbeddedWorkbooks(_ l: Language) throws {
        let d = LeaderFixture.document()
        let docx = try DOCXWriter.document(d, language: l)
        #expect(Self.entries(docx, contain: "word/footer1.xml"))
        #expect(WordML.footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        // One chart of probabilities and one per indicator, each with its workbook.
        let charts = WordCharts.charts(d, language: l)
        #expect(charts.count == 1 + d.indicators.count)
        for k in charts.indices {
            #expect(Self.entries(docx, contain: "word/embeddings/Microsoft_Excel_Worksheet\(k + 1).xlsx"))
        }
        for chart in charts { #expect(try EmbeddedWorkbook.workbook(for: chart) != nil) }
    }

    @Test func wordTablesAreNinePointOrMoreAndHeadingsBlack() {
        let table = WordML.table(header: ["指标"], rows: [["工业总产值"]], numeric: [], size: 14)
        #expect(table.contains("<w:sz w:val=\"18\"/>") && !table.contains("<w:sz w:val=\"14\"/>"))
        let styles = WordML.styles(zh: true)
        #expect(!styles.contains("0072B2"))  // no blue headings
        // Every size in the styles is 9 pt (18 half-points) or more.
        let sizes = styles.components(separatedBy: "<w:sz w:val=\"").dropFirst().compactMap {
            Int($0.prefix { $0.isNumber })
        }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 18 })
    }

    /// Page one's lines are set in the closer Lead style, 10 pt at 0.95 lines (a what-if's
    /// page one and its foot spilled onto a second, nearly empty page in Normal, and again in
    /// English once each probability carried its range: looked at through LibreOffice).
    @Test func pageOneIsSetCloserSoItsFootStaysOnIt() {
        let paragraphs = LeaderPage(run: LeaderFixture.whatIf(), language: .zh).wordParagraphs()
        #expect(
            WordML.styles(zh: true).contains(
                "w:styleId=\"Lead\"><w:name w:val=\"Lead\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"228\""
            ))
        #expect(paragraphs.filter { $0.contains("<w:pStyle w:val=\"Lead\"/>") }.count >= 5)
    }

    @Test func embeddedWorkbookReadsTheChartsOwnCells() {
        let reference = EmbeddedWorkbook.reference("Sheet1!$C$2:$C$9")
        #expect(reference?.0 == 2 && reference?.1 == 2)
        #expect(EmbeddedWorkbook.reference("'预测'!$C$2:$C$9") == nil)
        let chart = WordCharts.probabilities(LeaderFixture.document(), language: .zh)
        // Risk colours per bar, value labels, a gridline at 50 %.
        #expect(chart.contains("<c:showVal val=\"1\"/>") && chart.contains("<c:majorUnit val=\"0.5\"/>"))
        for risk in ChartSpec.Risk.allCases where risk != .ended {
            #expect(chart.contains("<a:srgbClr val=\"\(risk.colour)\"/>"))
        }
    }

    /// The band is P10–P90 with the median in the PDF's SVG, the Word chart and the
    /// workbook chart alike, under one label; no other band is drawn.
    @Test(arguments: [Language.zh, Language.en])
    func theSameBandInEveryFormat(_ l: Language) {
        let d = LeaderFixture.document()
        let ind = d.indicators[0]
        let svg = FanChart.svg(ind, target: d.targets[0], language: l)
        let word = WordCharts.band(ind, in: d, language: l)
        let excel = XLSXCharts.charts(d, language: l, dataSheet: "D")[1]
        for text in [svg, word, excel] {
            #expect(text.contains(ChartSpec.bandLabel(l)) && text.contains(ChartSpec.medianLabel(l)))
        }
        #expect(!svg.contains("P5") && !svg.contains("P25"))
        // The Word chart caches the 2025 P10 and the P90 − P10 width of the same year.
        let y2025 = ind.years.first { $0.year == 2025 }!
        #expect(word.contains("<c:v>\(y2025.p10)</c:v>") && word.contains("<c:v>\(y2025.p90 - y2025.p10)</c:v>"))
        // The history drawn (the fixture's 2014–2019 are rebuilt, so from 2020; never before
        // 2016), the target as a diamond.
        #expect(
            word.contains("<c:v>2020</c:v>") && !word.contains("<c:v>2019</c:v>") && !word.contains("<c:v>2015</c:v>")
                && word.contains("<c:symbol val=\"diamond\"/>"))
    }

    @Test func theWorkbookOpensOnItsSummary() throws {
        let xlsx = try XLSXWriter.workbook(LeaderFixture.document(), language: .zh)
        #expect(Self.entries(xlsx, contain: "xl/worksheets/sheet1.xml"))
        let sheets = XLSXWriter.sheets(LeaderFixture.document(), language: .zh)
        #expect(sheets.map(\.name) == ["简报", "专栏1", "预测", "目标", "历史", "说明", "图表数据"])
        #expect(sheets[0].rows.contains { $0 == [.text("一、总体判断")] })
        // The history sheet shows the indicator's decimals, not 43.98947472065623.
        #expect(sheets[4].rows.allSatisfy { if case .fixed = $0[2] { true } else { false } })
        #expect(XLSXParts.chartSheet(count: 5).contains("<rowBreaks count=\"2\""))  // two charts a page
        #expect(XLSXParts.pageFooter.contains("&amp;P"))
    }
}
