import Foundation
import PlansimTestSupport
import Testing

/// The briefing printed to A4 PDF by headless Chromium (`report --format pdf`), read back
/// with pdftotext: the summary and the whole main table on page 1, every indicator name
/// whole (never one character per line), a bounded number of pages. Reported skipped
/// where Chromium or pdftotext is missing (CI installs both and requires them).
@Suite(.serialized) struct ReportPrintTests {
    static let names = [
        "zh": ["工业总产值", "社会消费品零售总额", "规上工业企业数量", "市场主体数量", "商品销售总额", "累计固定资产投资总额", "实际利用内资", "新增就业人口", "粮食综合生产能力"],
        "en": [
            "Industrial output", "Retail sales of consumer goods", "Above-scale industrial firms", "Market entities",
            "Total commodity sales",
            "Fixed-asset investment", "Domestic capital actually used", "New employment", "Grain production capacity",
        ],
    ]

    static func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func pdftotext(_ pdf: URL, page: Int? = nil) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool("pdftotext")!)
        p.arguments = (page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []) + ["-layout", pdf.path, "-"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func pages(_ pdf: URL) throws -> Int {
        // Pages counted from the PDF's page objects (no pdfinfo needed).
        let text = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        return text.components(separatedBy: "/Type /Page").count - 1
            - (text.components(separatedBy: "/Type /Pages").count - 1)
    }

    @Test(
        .enabled(
            if: Clients.runs(Clients.has("chromium", "chromium-browser"), Clients.has("pdftotext")),
            "chromium or pdftotext is not installed (apt-get install -y chromium poppler-utils fonts-wqy-microhei)"),
        arguments: [("zh", nil as String?), ("en", nil), ("zh", "epidemic_shock.scn"), ("en", "epidemic_shock.scn")])
    func printsToA4WithTheMainTableOnPageOne(lang: String, scenario: String?) throws {
        _ = try Clients.path("chromium", "chromium-browser")
        _ = try Clients.path("pdftotext")
        let dir = try Plansim.scratchDirectory()
        var args = [
            "run", "--paths", "2000", "--seed", "9", "--no-inversion", "--quiet", "--out", "out", "--lang", lang,
        ]
        if let scenario {
            args.insert(TestPaths.repository.appendingPathComponent("scenarios/\(scenario)").path, at: 1)
        }
        let run = try Plansim.run(args, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let r = try Plansim.run(["report", "out", "--format", "pdf", "--lang", lang], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = dir.appendingPathComponent("out/\(lang == "zh" ? "briefing" : "briefing-en").pdf")
        let pages = try Self.pages(pdf)
        #expect((3...9).contains(pages), "\(pages) pages")
        let first = try Self.pdftotext(pdf, page: 1)
        for name in Self.names[lang]! {
            // Whole on page 1, i.e. in the main table, not split over lines.
            #expect(first.contains(name), "page 1 lacks `\(name)` whole")
        }
        #expect(first.contains(lang == "zh" ? "一、总体判断" : "1. Overall judgement"))
        #expect(first.contains(lang == "zh" ? "报告日期" : "Report date"))
        // Page A4: 595 × 842 points.
        let raw = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        #expect(
            raw.contains("/MediaBox [0 0 594.95996 841.91998]") || raw.contains("/MediaBox [0 0 595 842]")
                || raw.range(of: #"/MediaBox \[0 0 59[45][.0-9]* 84[12]"#, options: .regularExpression) != nil)
    }

    /// The baseline with its inversions: the inversion section is printed whole on one page
    /// (page 1 when it fits, else the next, where the charts follow), never split so that a
    /// page holds its last two sentences alone.
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("chromium", "chromium-browser"), Clients.has("pdftotext")),
            "chromium or pdftotext is not installed (apt-get install -y chromium poppler-utils fonts-wqy-microhei)"))
    func inversionsPrintWholeOnOnePage() throws {
        _ = try Clients.path("chromium", "chromium-browser")
        _ = try Clients.path("pdftotext")
        let dir = try Plansim.scratchDirectory()
        let run = try Plansim.run(["run", "--paths", "2000", "--seed", "9", "--quiet", "--out", "out"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        for (lang, heading, phrase) in [("zh", "目标反推", "达标概率达到"), ("en", "Target inversion", "probability of meeting")]
        {
            let r = try Plansim.run(["report", "out", "--format", "pdf", "--lang", lang], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let pdf = dir.appendingPathComponent("out/\(lang == "zh" ? "briefing" : "briefing-en").pdf")
            func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            // Sentences after the heading (the summary quotes one before it).
            func after(_ text: String) -> Int {
                (flat(text).components(separatedBy: heading).last ?? "").components(separatedBy: phrase).count - 1
            }
            let all = after(try Self.pdftotext(pdf))
            #expect(all >= 4, "\(lang): \(all) inversion sentences")
            let pages = try Self.pages(pdf)
            let home = try (1...pages).first { try Self.pdftotext(pdf, page: $0).contains(heading) }
            let page = try #require(home, "\(lang): no inversion heading")
            let onPage = after(try Self.pdftotext(pdf, page: page))
            #expect(onPage == all, "\(lang): \(onPage) of \(all) inversion sentences on the heading's page \(page)")
            #expect(page <= 2)
        }
    }

    /// Without Chromium, `--format pdf` says what is missing and how to install it, and writes nothing.
    @Test func pdfWithoutChromiumSaysHowToInstallIt() throws {
        let dir = try Plansim.scratchDirectory()
        let run = try Plansim.run(["run", "--paths", "500", "--no-inversion", "--quiet", "--out", "out"], in: dir)
        #expect(run.status == 0)
        let empty = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            ["report", "out", "--format", "md,pdf", "--out", "again"], in: dir, environment: ["PATH": empty.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("apt-get install -y chromium"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("again/briefing.md").path))
    }
}
