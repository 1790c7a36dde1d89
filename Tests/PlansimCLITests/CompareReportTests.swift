import Foundation
import PlansimTestSupport
import Testing

/// The comparison's files with the clients people open them with (issue 13, "Done when"):
/// python-docx and openpyxl (Tests/ReportsTests/clients/check_compare_*.py), LibreOffice
/// converting the DOCX, and headless Chromium printing the page to A4; for both tables,
/// every indicator and scenario name whole on one page (pdftotext). Each client check
/// skips, saying so, where its tool is missing.
@Suite(.serialized) struct CompareReportTests {
    static let scenarios = ["baseline.scn", "epidemic_shock.scn"]

    /// `compare baseline epidemic_shock` in `lang` (2,000 paths, seed 9) with `formats`; the folder.
    static func compare(_ lang: String, formats: String) throws -> URL {
        let dir = try Plansim.scratchDirectory()
        for name in scenarios {
            try FileManager.default.copyItem(
                at: TestPaths.repository.appendingPathComponent("scenarios/\(name)"),
                to: dir.appendingPathComponent(name))
        }
        let r = try Plansim.run(
            ["compare"] + scenarios + [
                "--paths", "2000", "--seed", "9", "--quiet", "--out", "c", "--lang", lang, "--format", formats,
            ], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        return dir.appendingPathComponent("c")
    }

    static func stem(_ lang: String) -> String { lang == "zh" ? "comparison" : "comparison-en" }

    /// Pages of a PDF from Chromium (`/Type /Page`) or LibreOffice (`/Type/Page`).
    static func pages(_ pdf: URL) throws -> Int {
        let text = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        return text.matches(of: /\/Type\s*\/Page(?!s)/).count
    }

    /// The medians table, read from a PDF: the page holding its heading holds every
    /// indicator name whole, both scenario names whole, and the note that closes the table.
    static func expectTableOnOnePage(_ pdf: URL, lang: String) throws {
        let heading = lang == "zh" ? "中位数与差异" : "Medians and differences"
        let pages = try Self.pages(pdf)
        let home = try (1...max(pages, 1)).first { try ReportPrintTests.pdftotext(pdf, page: $0).contains(heading) }
        let page = try #require(home, "\(pdf.lastPathComponent): no page holds `\(heading)`")
        let text = try ReportPrintTests.pdftotext(pdf, page: page)
        for name in ReportPrintTests.names[lang]! {
            #expect(text.contains(name), "\(pdf.lastPathComponent) page \(page) lacks `\(name)` whole")
        }
        for name in lang == "zh" ? ["基准情景", "疫情冲击情景"] : ["Baseline", "Epidemic"] {
            #expect(text.contains(name), "\(pdf.lastPathComponent) page \(page) lacks `\(name)` whole")
        }
        // The note under the table: the table ended on this page.
        #expect(
            text.contains(lang == "zh" ? "各情景减参照情景" : "each scenario minus the reference"),
            "\(pdf.lastPathComponent): the table runs past page \(page)")
        #expect(text.contains("2035"))
    }

    @Test(
        .enabled(if: Clients.runs(ReportCommandTests.python != nil), "python-docx/openpyxl could not be installed"),
        arguments: ["zh", "en"])
    func wordAndExcelReadBackEqualToTheJSON(lang: String) throws {
        let python = try #require(ReportCommandTests.python, "the Python report clients could not be installed")
        let dir = try Self.compare(lang, formats: "docx,xlsx")
        for script in ["check_compare_docx.py", "check_compare_xlsx.py"] {
            let (status, text) = try ReportCommandTests.launch(
                python, [ReportCommandTests.client(script), dir.path, lang])
            #expect(status == 0, "\(script): \(text)")
        }
    }

    /// LibreOffice converts the DOCX without errors, and the medians table prints on one A4 page.
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("soffice", "libreoffice"), Clients.has("pdftotext")),
            "LibreOffice or pdftotext is not installed (apt-get install -y libreoffice-writer-nogui poppler-utils)"),
        arguments: ["zh", "en"])
    func libreOfficeConvertsTheWordFileWithTheTableOnOnePage(lang: String) throws {
        let soffice = try Clients.path("soffice", "libreoffice")
        _ = try Clients.path("pdftotext")
        let dir = try Self.compare(lang, formats: "docx")
        let profile = try Plansim.scratchDirectory()
        let (status, text) = try ReportCommandTests.launch(
            soffice,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf",
                "--outdir", "converted", "\(Self.stem(lang)).docx",
            ], in: dir)
        let pdf = dir.appendingPathComponent("converted/\(Self.stem(lang)).pdf")
        #expect(status == 0 && FileManager.default.fileExists(atPath: pdf.path), "\(text)")
        guard FileManager.default.fileExists(atPath: pdf.path) else { return }
        try Self.expectTableOnOnePage(pdf, lang: lang)
        let first = try ReportPrintTests.pdftotext(pdf, page: 1)
        #expect(first.contains(lang == "zh" ? "一、总体判断" : "1. Overall judgement"), "the leader's page opens page 1")
    }

    /// Headless Chromium prints comparison.html to A4 (`--format pdf`): the summary and
    /// probabilities first, the medians table whole on one page, names whole.
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("chromium", "chromium-browser"), Clients.has("pdftotext")),
            "chromium or pdftotext is not installed (apt-get install -y chromium poppler-utils fonts-wqy-microhei)"),
        arguments: ["zh", "en"])
    func chromiumPrintsTheComparisonToA4(lang: String) throws {
        _ = try Clients.path("chromium", "chromium-browser")
        _ = try Clients.path("pdftotext")
        let dir = try Self.compare(lang, formats: "pdf")
        let pdf = dir.appendingPathComponent("\(Self.stem(lang)).pdf")
        try Self.expectTableOnOnePage(pdf, lang: lang)
        let first = try ReportPrintTests.pdftotext(pdf, page: 1)
        #expect(
            first.contains(lang == "zh" ? "一、总体判断" : "1. Overall judgement")
                && first.contains(lang == "zh" ? "数据截至" : "Data end"))
        #expect((3...9).contains(try Self.pages(pdf)))
        let raw = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        #expect(
            raw.range(of: #"/MediaBox \[0 0 59[45][.0-9]* 84[12]"#, options: .regularExpression) != nil, "A4 portrait")
    }
}
