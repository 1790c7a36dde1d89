import Foundation
import PlansimTestSupport
import Testing

/// `plansim run --format`: extra briefing formats written beside the defaults (md, html,
/// csv, json), named by language; unknown or unwritable formats, and `pdf` without
/// Chromium, refused before the simulation with nothing written; a scenario's `output`
/// list and `--format` combine as their union. Small runs (2,000 paths, no inversion) keep it fast.
@Suite(.serialized) struct RunFormatTests {
    static let quick = ["--paths", "2000", "--no-inversion", "--quiet"]

    static func exists(_ dir: URL, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path)
    }

    static func prefix(_ dir: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)).prefix(4), as: UTF8.self)
    }

    @Test(arguments: [("zh", "briefing"), ("en", "briefing-en")])
    func docxBesideTheDefaults(lang: String, stem: String) throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(["run", "--format", "docx,xlsx", "--lang", lang, "--out", "out"] + Self.quick, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        for name in [
            "\(stem).md", "\(stem).html", "\(stem).csv", "results.json", "indicators.csv", "\(stem).docx",
            "\(stem).xlsx",
        ] {
            #expect(Self.exists(out, name), "missing \(name)")
        }
        #expect(try Self.prefix(out, "\(stem).docx") == "PK\u{3}\u{4}", "the DOCX is a ZIP package")
        #expect(
            !Self.exists(out, "\(stem).ipynb") && !Self.exists(out, "\(stem).pdf"),
            "only the formats asked for are added")
    }

    @Test(
        .enabled(
            if: Clients.runs(Clients.has("chromium", "chromium-browser")),
            "Chromium is not installed (apt-get install -y chromium)"),
        arguments: [("zh", "briefing"), ("en", "briefing-en")])
    func pdfWithChromium(lang: String, stem: String) throws {
        _ = try Clients.path("chromium", "chromium-browser")
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(["run", "--format", "docx,pdf", "--lang", lang, "--out", "out"] + Self.quick, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        #expect(try Self.prefix(out, "\(stem).pdf") == "%PDF")
        #expect(try Self.prefix(out, "\(stem).docx") == "PK\u{3}\u{4}")
    }

    @Test(arguments: [
        ("foo", "unknown format `foo`"), ("md", "`run` writes xlsx, ipynb, docx and pdf besides"),
        ("", "no format given"), ("docx,HTM", "not `html`"),
    ])
    func badFormatsRefusedWithNothingWritten(value: String, message: String) throws {
        let dir = try Plansim.scratchDirectory()
        // 100 million paths would take minutes: a quick refusal shows the check runs first.
        let r = try Plansim.run(
            ["run", "--format", value, "--lang", "en", "--paths", "100000000", "--out", "out"], in: dir,
            environment: ["PLANSIM_LANG": "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!Self.exists(dir, "out") && !Self.exists(dir, "notebooks-out"), "nothing written")
    }

    @Test func chineseRefusal() throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            ["run", "--format", "pdff", "--lang", "zh", "--out", "out"], in: dir, environment: ["PLANSIM_LANG": "zh"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("未知格式 `pdff`") && r.stderr.contains("`pdf`"), "\(r.stderr)")
        #expect(!Self.exists(dir, "out"))
    }

    @Test func pdfWithoutChromiumRefusedBeforeRunning() throws {
        let dir = try Plansim.scratchDirectory()
        // An empty PATH hides any Chromium.
        let r = try Plansim.run(
            ["run", "--format", "docx,pdf", "--lang", "en", "--paths", "100000000", "--out", "out"], in: dir,
            environment: ["PATH": dir.path, "PLANSIM_LANG": "en"])
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("PDF output needs headless Chromium") && r.stderr.contains("apt-get install"),
            "\(r.stderr)")
        #expect(!Self.exists(dir, "out"))
    }

    @Test func scenarioOutputAndFormatCombine() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.copyItem(
            at: TestPaths.repository.appendingPathComponent("scenarios/baseline.scn"),
            to: dir.appendingPathComponent("baseline.scn"))
        _ = try Plansim.write(
            "include \"baseline.scn\"\nscenario only_md extends baseline {\n    output md\n}\n", to: "only.scn", in: dir
        )
        let r = try Plansim.run(
            ["run", "only.scn", "--format", "docx", "--lang", "en", "--out", "out"] + Self.quick, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        #expect(
            Self.exists(out, "briefing-en.md") && Self.exists(out, "briefing-en.docx"),
            "the union of `output md` and `--format docx`")
        #expect(!Self.exists(out, "briefing-en.html"), "the scenario's `output` list still replaces the defaults")
    }
}

/// The Chinese what-if briefing in Word, converted by LibreOffice: no number in the summary
/// is broken at a line end (it used to split `2022年` as `202` / `2年`).
@Suite(.serialized) struct RunWordLineBreakTests {
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("soffice", "libreoffice"), Clients.has("pdftotext")),
            "LibreOffice or pdftotext is not installed"))
    func numbersStayWholeInTheChineseSummary() throws {
        let soffice = try Clients.path("soffice", "libreoffice")
        _ = try Clients.path("pdftotext")
        let dir = try Plansim.scratchDirectory()
        let scenario = TestPaths.repository.appendingPathComponent("scenarios/epidemic_shock.scn").path
        let r = try Plansim.run(
            ["run", scenario, "--format", "docx", "--lang", "zh", "--out", "out"] + RunFormatTests.quick, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let (status, text) = try ReportCommandTests.launch(
            soffice,
            [
                "--headless", "--convert-to", "pdf", "--outdir", dir.path,
                dir.appendingPathComponent("out/briefing.docx").path,
            ])
        #expect(status == 0, "\(text)")
        let pdf = try ReportPrintTests.pdftotext(dir.appendingPathComponent("briefing.pdf"))
        guard let start = pdf.range(of: "一、总体判断"),
            let end = pdf.range(of: "主要指标", range: start.upperBound..<pdf.endIndex)
        else {
            Issue.record("no summary in the converted PDF")
            return
        }
        let lines = pdf[start.upperBound..<end.lowerBound].split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        for (a, b) in zip(lines, lines.dropFirst()) where !a.isEmpty && !b.isEmpty {
            #expect(
                !(a.last!.isNumber && b.first!.isNumber),
                "a number broken at a line end: `\(a.suffix(8))` / `\(b.prefix(8))`")
        }
    }
}
