import Foundation
import PlansimTestSupport
import Testing

/// `plansim report` end to end, and the files checked with the clients people use.
@Suite(.serialized) struct ReportCommandTests {
    /// A Python with openpyxl, nbformat, nbclient, pandas, matplotlib and python-docx, made once under `.build/`; nil (and
    /// the tests that need it skip, saying so) when it cannot be installed.
    static let python: String? = {
        let venv = TestPaths.repository.appendingPathComponent(".build/report-clients-venv")
        let py = venv.appendingPathComponent("bin/python").path
        func sh(_ args: [String]) -> Bool {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return false }
            p.waitUntilExit()
            return p.terminationStatus == 0
        }
        if !FileManager.default.isExecutableFile(atPath: py) {
            guard sh(["python3", "-m", "venv", venv.path]) else { return nil }
        }
        guard
            sh([py, "-c", "import openpyxl, nbformat, nbclient, pandas, matplotlib, docx, ipykernel"])
                || sh([
                    py, "-m", "pip", "install", "-q", "openpyxl", "nbformat", "nbclient", "ipykernel", "pandas",
                    "matplotlib", "python-docx",
                ])
        else {
            return nil
        }
        return py
    }()

    /// The path of a client script under Tests/ReportsTests/clients.
    static func client(_ name: String) -> String {
        TestPaths.repository.appendingPathComponent("Tests/ReportsTests/clients/\(name)").path
    }

    /// Runs `tool arguments…` (in `directory`), returning its status and its output and errors together.
    static func launch(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }

    static func makeReports() throws -> URL {
        let dir = try Plansim.scratchDirectory()
        let run = try Plansim.run(
            ["run", "--paths", "2000", "--seed", "9", "--no-inversion", "--quiet", "--out", "results"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        for lang in ["zh", "en"] {
            let r = try Plansim.run(
                ["report", "results", "--format", "csv,md,html,json,xlsx,ipynb", "--lang", lang], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        return dir.appendingPathComponent("results")
    }

    @Test func reportWritesEveryFormatInBothLanguages() throws {
        let dir = try Self.makeReports()
        for name in [
            "results.json", "indicators.csv", "targets.csv", "briefing.md", "briefing.html", "briefing.xlsx",
            "briefing.ipynb",
            "briefing.csv", "briefing-en.md", "briefing-en.html", "briefing-en.xlsx", "briefing-en.ipynb",
            "briefing-en.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "missing \(name)")
        }
        let md = try String(contentsOf: dir.appendingPathComponent("briefing.md"), encoding: .utf8)
        #expect(md.contains("工业总产值") && md.contains("种子：9"))
    }

    @Test(
        .enabled(
            if: Clients.runs(Self.python != nil),
            "openpyxl/nbformat/pandas could not be installed (no network to PyPI?)"), arguments: ["zh", "en"])
    func clientsReadTheFilesBackEqualToTheJSON(lang: String) throws {
        let python = try #require(Self.python, "openpyxl/nbformat/pandas could not be installed (no network to PyPI?)")
        let dir = try Self.makeReports()
        let (status, text) = try Self.launch(python, [Self.client("check_reports.py"), dir.path, lang])
        #expect(status == 0, "\(text)")
    }

    /// A what-if's briefing (epidemic_shock) passes the same client checks: workbook and Word
    /// document read back, fan charts as P10–P90 bands.
    @Test(
        .enabled(if: Clients.runs(Self.python != nil), "openpyxl/python-docx could not be installed"),
        arguments: ["zh", "en"])
    func whatIfBriefingPassesTheClientChecks(lang: String) throws {
        let python = try #require(Self.python, "openpyxl/python-docx could not be installed")
        let dir = try Plansim.scratchDirectory()
        let scenario = TestPaths.repository.appendingPathComponent("scenarios/epidemic_shock.scn").path
        let run = try Plansim.run(
            ["run", scenario, "--paths", "2000", "--seed", "9", "--no-inversion", "--quiet", "--out", "results"],
            in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let r = try Plansim.run(
            ["report", "results", "--format", "csv,md,html,json,xlsx,ipynb,docx", "--lang", lang], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let results = dir.appendingPathComponent("results")
        let docx = results.appendingPathComponent("\(lang == "zh" ? "briefing" : "briefing-en").docx").path
        for arguments in [
            [Self.client("check_reports.py"), results.path, lang], [Self.client("check_docx.py"), docx, lang],
        ] {
            let (status, text) = try Self.launch(python, arguments)
            #expect(status == 0, "\(arguments[0]): \(text)")
        }
    }

    /// The notebook runs: nbclient executes it in a folder of its own (`--out`), reading the
    /// CSV files written beside it and drawing with matplotlib.
    @Test(
        .enabled(if: Clients.runs(Self.python != nil), "nbclient/ipykernel/pandas/matplotlib could not be installed"),
        arguments: ["zh", "en"])
    func notebookRunsWithNbclient(lang: String) throws {
        let python = try #require(Self.python, "nbclient/ipykernel/pandas/matplotlib could not be installed")
        let results = try Self.makeReports()
        let dir = results.deletingLastPathComponent()
        let r = try Plansim.run(
            ["report", "results", "--format", "ipynb", "--lang", lang, "--out", "nb-\(lang)"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let notebook = dir.appendingPathComponent("nb-\(lang)/\(lang == "zh" ? "briefing" : "briefing-en").ipynb")
        let (status, text) = try Self.launch(python, [Self.client("run_notebook.py"), notebook.path])
        #expect(status == 0, "\(text)")
    }

    /// The Word briefing `report --format docx` writes (in `lang`).
    static func wordBriefing(_ lang: String) throws -> URL {
        let results = try Self.makeReports()
        let dir = results.deletingLastPathComponent()
        let r = try Plansim.run(
            ["report", "results", "--format", "docx", "--lang", lang, "--out", "docx-\(lang)"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        return dir.appendingPathComponent("docx-\(lang)/\(lang == "zh" ? "briefing" : "briefing-en").docx")
    }

    /// The Word briefing opens in python-docx with its summary, table and charts.
    @Test(
        .enabled(if: Clients.runs(Self.python != nil), "python-docx could not be installed"), arguments: ["zh", "en"])
    func wordBriefingOpensInPythonDocx(lang: String) throws {
        let python = try #require(Self.python, "python-docx could not be installed")
        let file = try Self.wordBriefing(lang)
        let (status, text) = try Self.launch(python, [Self.client("check_docx.py"), file.path, lang])
        #expect(status == 0, "\(text)")
    }

    /// LibreOffice converts the Word briefing to PDF without errors.
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("soffice", "libreoffice")),
            "LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui)"),
        arguments: ["zh", "en"])
    func wordBriefingConvertsWithLibreOffice(lang: String) throws {
        let soffice = try Clients.path("soffice", "libreoffice")
        let file = try Self.wordBriefing(lang)
        let profile = try Plansim.scratchDirectory()
        let (status, text) = try Self.launch(
            soffice,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf",
                file.lastPathComponent,
            ],
            in: file.deletingLastPathComponent())
        let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
        #expect(status == 0 && FileManager.default.fileExists(atPath: pdf.path), "\(text)")
    }

    /// Headless Chromium (Debian's `chromium`) renders the page to a PNG without errors.
    @Test(
        .enabled(
            if: Clients.runs(Clients.has("chromium", "chromium-browser")),
            "chromium is not installed (.ci/run installs it)"))
    func chromiumRendersTheHTML() throws {
        let chromium = try Clients.path("chromium", "chromium-browser")
        let dir = try Self.makeReports()
        let png = dir.appendingPathComponent("briefing.png")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,2400",
            "--screenshot=\(png.path)", dir.appendingPathComponent("briefing.html").absoluteString,
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]) && data.count > 20_000)
    }

    @Test func reportRefusesMissingResultsAndUnknownFormats() throws {
        let dir = try Plansim.scratchDirectory()
        let missing = try Plansim.run(["report", "nowhere"], in: dir, environment: Plansim.english)
        #expect(missing.status == 1 && missing.stderr.contains("no results file here"))
        let reports = try Self.makeReports()
        let bad = try Plansim.run(
            ["report", reports.path, "--format", "md,pfd"], in: dir, environment: Plansim.english)
        #expect(bad.status == 1 && bad.stderr.contains("unknown format `pfd`") && bad.stderr.contains("`pdf`"))
        #expect(bad.stdout.isEmpty)
    }
}
