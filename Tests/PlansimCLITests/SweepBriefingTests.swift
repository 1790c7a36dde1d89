import Foundation
import PlansimTestSupport
import Testing

/// A finished sweep's briefing, as a planner hands it on: `summary.html` (summary in
/// words, indices table, tornado), `summary.xlsx` and, with `--format docx,pdf`, Word
/// and PDF, in zh and en; each read back with the clients people use (openpyxl,
/// python-docx, LibreOffice, Chromium and pdftotext). A small sweep (3 inputs, N = 32,
/// 160 runs) keeps it fast. Client checks skip, saying so, where a client is missing.
@Suite(.serialized) struct SweepBriefingTests {
    static let scenario = SmallSweep.scenario
    static let names = [
        "zh": ["当前全要素生产率增速", "资本产出比", "商品销售总额增速"],
        "en": ["current TFP growth", "capital–output ratio", "Total commodity sales growth"],
    ]

    /// A scratch folder holding the scenario and, in `out/`, the finished sweep (run with `arguments`).
    static func sweep(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> (
        dir: URL, result: CommandResult
    ) {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.copyItem(
            at: TestPaths.repository.appendingPathComponent("scenarios/baseline.scn"),
            to: dir.appendingPathComponent("baseline.scn"))
        _ = try Plansim.write(scenario, to: "small.scn", in: dir)
        let r = try Plansim.run(
            ["sweep", "small.scn", "--quiet", "--out", "out"] + arguments, in: dir, environment: environment)
        return (dir, r)
    }

    @Test func aSweepWritesItsBriefingInBothLanguages() throws {
        let (dir, r) = try Self.sweep(["--format", "docx"])
        #expect(r.status == 0, "\(r.stderr)")
        for name in [
            "summary.md", "summary-en.md", "tornado.svg", "tornado-en.svg", "summary.html", "summary-en.html",
            "summary.xlsx", "summary-en.xlsx",
            "summary.docx", "summary-en.docx",
        ] {
            #expect(
                FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(name)").path),
                "missing \(name)")
        }
        for (lang, file) in [("zh", "summary.html"), ("en", "summary-en.html")] {
            let html = try String(contentsOf: dir.appendingPathComponent("out/\(file)"), encoding: .utf8)
            #expect(html.contains(lang == "zh" ? "结论：" : "Bottom line:"))
            #expect(html.contains("<table class=\"briefing sweep\">") && html.contains("<svg"))
            for name in Self.names[lang]! { #expect(html.contains(Self.escaped(name)), "\(lang): no `\(name)`") }
            // File names and options belong in the technical annex, which closes the page.
            let words = Self.visibleText(html.components(separatedBy: "<section class=\"annex\">").first ?? html)
            if lang == "zh" {
                var plain = words
                for known in [
                    "linked.tfp_growth_now", "linked.capital_output_ratio", "commodity_sales.growth", "small_sweep",
                    "drivers", "Sobol", "Spearman",
                ] {
                    plain = plain.replacingOccurrences(of: known, with: "")
                }
                let latin = plain.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }
                #expect(latin.isEmpty, "English words in the Chinese briefing: \(Set(latin))")
            } else {
                #expect(
                    words.unicodeScalars.allSatisfy { !(0x4E00...0x9FFF).contains($0.value) },
                    "Chinese in the English briefing")
            }
        }
    }

    /// The page's words without markup: tags, styles and code spans (identifiers, file names) removed.
    static func visibleText(_ html: String) -> String {
        html.replacing(/<style>[\s\S]*?<\/style>/, with: " ").replacing(/<title>[\s\S]*?<\/title>/, with: " ")
            .replacing(/<code>[\s\S]*?<\/code>/, with: " ").replacing(/<[^>]+>/, with: " ")
    }

    static func escaped(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;") }

    @Test(
        .enabled(if: Clients.runs(ReportCommandTests.python != nil), "openpyxl/python-docx could not be installed"),
        arguments: ["zh", "en"])
    func clientsReadTheSweepBriefing(lang: String) throws {
        let python = try #require(ReportCommandTests.python, "the Python report clients could not be installed")
        let (dir, r) = try Self.sweep(["--format", "docx"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        let (status, text) = try ReportCommandTests.launch(
            python, [ReportCommandTests.client("check_sweep.py"), out.path, lang])
        #expect(status == 0, "\(text)")
    }

    @Test(
        .enabled(
            if: Clients.runs(Clients.has("soffice", "libreoffice")),
            "LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui)"),
        arguments: ["zh", "en"])
    func libreOfficeConvertsTheSweepBriefing(lang: String) throws {
        let soffice = try Clients.path("soffice", "libreoffice")
        let (dir, r) = try Self.sweep(["--format", "docx"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        let file = "summary\(lang == "zh" ? "" : "-en").docx"
        let profile = try Plansim.scratchDirectory()
        let (status, text) = try ReportCommandTests.launch(
            soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf", file],
            in: out)
        let pdf = out.appendingPathComponent(file.replacingOccurrences(of: ".docx", with: ".pdf"))
        #expect(status == 0 && FileManager.default.fileExists(atPath: pdf.path), "\(text)")
        if ReportPrintTests.tool("pdftotext") != nil {
            // Page one is the leader's; the inputs' names are whole in the analysis that follows.
            let page = try ReportPrintTests.pdftotext(pdf)
            for name in Self.names[lang]! {
                #expect(page.contains(name), "\(lang): the converted DOCX lacks `\(name)` whole")
            }
        }
    }

    /// `report DIR --format pdf` prints summary.html on A4 with headless Chromium: the
    /// summary and the whole table on page 1, every input name whole.
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("chromium", "chromium-browser"), Clients.has("pdftotext")),
            "chromium or pdftotext is not installed (apt-get install -y chromium poppler-utils fonts-wqy-microhei)"),
        arguments: ["zh", "en"])
    func theSweepBriefingPrintsOnA4WithTheTableOnPageOne(lang: String) throws {
        _ = try Clients.path("chromium", "chromium-browser")
        _ = try Clients.path("pdftotext")
        let (dir, sweep) = try Self.sweep()
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let r = try Plansim.run(["report", "out", "--format", "pdf,docx", "--lang", lang], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = dir.appendingPathComponent("out/summary\(lang == "zh" ? "" : "-en").pdf")
        let pages = try ReportPrintTests.pages(pdf)
        #expect((2...4).contains(pages), "\(pages) pages")
        let first = try ReportPrintTests.pdftotext(pdf, page: 1)
        #expect(first.contains(lang == "zh" ? "一、总体判断" : "1. Overall judgement"))
        let second = try ReportPrintTests.pdftotext(pdf, page: 2)
        #expect(second.contains(lang == "zh" ? "总效应指数" : "Total"))
        for name in Self.names[lang]! { #expect(second.contains(name), "\(lang): page 2 lacks `\(name)` whole") }
        let raw = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        #expect(raw.range(of: #"/MediaBox \[0 0 59[45][.0-9]* 84[12]"#, options: .regularExpression) != nil, "not A4")
    }

    @Test func badFormatsAreRefusedBeforeTheSweepRuns() throws {
        for (format, says) in [
            ("pfd", "unknown format `pfd`"), ("csv", "`sweep` writes `docx` and `pdf`"), ("", "no format"),
        ] {
            let (dir, r) = try Self.sweep(["--format", format, "--lang", "en"])
            #expect(r.status == 1 && r.stderr.contains(says), "\(format): \(r.stderr)")
            #expect(
                !FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path),
                "\(format): the sweep ran")
        }
        let empty = try Plansim.scratchDirectory()
        let (dir, r) = try Self.sweep(["--format", "pdf"], environment: ["PATH": empty.path])
        #expect(r.status == 1 && r.stderr.contains("apt-get install -y chromium"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let report = try Plansim.run(["report", "out", "--format", "md,pfd"], in: dir)
        #expect(report.status == 1)
    }

    @Test func brokenIndicesAreRefusedNamingTheField() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sweep"), withIntermediateDirectories: true)
        for (text, says) in [
            (
                "{\"method\": \"sobol\", \"inputs\": [{\"name\": \"a\", \"s1\": 0.1, \"s1_conf\": 0.1, \"st\": \"high\", \"st_conf\": 0.1}]}",
                "inputs[0].st"
            ),
            (
                "{\"method\": \"sobol\", \"inputs\": [{\"s1\": 0.1, \"s1_conf\": 0.1, \"st\": 0.2, \"st_conf\": 0.1}]}",
                "inputs[0].name"
            ),
            ("{\"inputs\": [{\"name\": \"a\"}]}", "no indices"), ("[1, 2", "not the indices of a finished sweep"),
        ] {
            _ = try Plansim.write(text, to: "sweep/indices.json", in: dir)
            let r = try Plansim.run(["report", "sweep", "--lang", "en"], in: dir)
            #expect(r.status == 1 && r.stderr.contains(says), "\(says): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("sweep/summary-en.html").path))
        }
    }
}

extension SweepBriefingTests {
    /// `--force` deletes the briefing files of the earlier run with the rest of its results.
    @Test func forceDeletesTheEarlierBriefing() throws {
        let (dir, first) = try Self.sweep(["--format", "docx"])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try Plansim.run(["sweep", "small.scn", "--quiet", "--out", "out", "--force"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/summary.docx").path),
            "the earlier summary.docx survived --force")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/summary.html").path))
    }
}
