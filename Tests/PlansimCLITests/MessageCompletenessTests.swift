import Foundation
import PlansimTestSupport
import Testing

/// Issue 13, item 8: every refusal is written in both languages where it is made. The
/// same broad set of bad inputs (data files, plan tables, regression and forecast files,
/// scenario and result folders, sweep folders, option values) is run with `--lang zh`
/// — the message must hold no English word outside backticks, file names and option
/// names — and with `--lang en`, where it must hold no Chinese outside backticks (the
/// plan table's own column names excepted, which the English help names as written).
@Suite struct MessageCompletenessTests {
    /// One bad input: the files it needs and the command line (without the language).
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var files: [String: [UInt8]] = [:]
        var arguments: [String]
        /// Whether the command takes `--lang` (the others read `PLANSIM_LANG`).
        var takesLang = true
        var description: String { name }
    }

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    static let town = TableFiles.csv(TableFiles.town)
    static let series = SeriesCSV.text(
        [("output", [100.0, 104, 103, 110, 115, 113, 121, 126, 124, 133])], firstYear: 2011)
    static let noSweep = "include \"baseline.scn\"\n\nscenario plain extends baseline {\n}\n"

    static let cases: [Case] = [
        // A planner's data file (`data import`, `--data`).
        Case(
            name: "unknown indicator, negative value",
            files: ["bad.csv": text("indicator,year,value\nretail_sale,2021,1\nretail_sales,2021,-1\nfoo,2021,2\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "years, numbers, duplicates",
            files: [
                "bad.csv": text(
                    "indicator,year,value\nindustrial_output,20x1,1\nindustrial_output,1800,1\nindustrial_output,2021,NaN\nindustrial_output,2022,\"1,000\"\nindustrial_output,2023,1e13\nindustrial_output,2024,3\nindustrial_output,2024,4\nnew_employment,2021,abc\n"
                )
            ],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "no header row", files: ["bad.csv": text("industrial_output,2021,3\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "header lacks a column", files: ["bad.csv": text("indicator,value,extra\nx,1,2\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "unexpected column",
            files: ["bad.csv": text("indicator,year,value,extra\nindustrial_output,2021,3,4\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "semicolons", files: ["bad.csv": text("indicator;year;value\nindustrial_output;2021;3\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "ragged rows and a blank line",
            files: [
                "bad.csv": text("indicator,year,value\nindustrial_output,2021,1,2,3\n\nindustrial_output,2022,2\n")
            ],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "unclosed quote", files: ["bad.csv": text("indicator,year,value\n\"industrial_output,2021,1\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(name: "empty file", files: ["bad.csv": []], arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "header only", files: ["bad.csv": text("indicator,year,value\n")],
            arguments: ["data", "import", "bad.csv"]),
        Case(
            name: "GBK",
            files: [
                "bad.csv": text("indicator,year,value\n") + [
                    0xB9, 0xA4, 0xD2, 0xB5, 0x2C, 0x32, 0x30, 0x32, 0x31, 0x2C, 0x31, 0x0A,
                ]
            ],
            arguments: ["data", "import", "bad.csv"]),
        Case(name: "UTF-16", files: ["bad.csv": [0xFF, 0xFE, 0x61, 0x00]], arguments: ["data", "import", "bad.csv"]),
        Case(name: "missing data file", arguments: ["data", "import", "absent.csv"]),
        Case(
            name: "data file is a directory", files: ["folder.csv/x": []],
            arguments: ["targets", "--data", "folder.csv"]),
        Case(name: "no such plan file", arguments: ["data", "show", "--plan", "absent.plan"]),
        // Plan tables (`plan import`).
        Case(
            name: "table without a header", files: ["a.csv": text("名称,数值\n产值,3\n")],
            arguments: ["plan", "import", "a.csv", "--out", "x.plan"]),
        Case(
            name: "table with a bad figure", files: ["b.csv": text(town.replacingOccurrences(of: "２５．０", with: "abc"))],
            arguments: ["plan", "import", "b.csv", "--out", "x.plan"]),
        Case(
            name: "not a workbook", files: ["c.xlsx": text("not a workbook")],
            arguments: ["plan", "import", "c.xlsx", "--out", "x.plan"]),
        Case(
            name: "encrypted workbook", files: ["d.xlsx": [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0]],
            arguments: ["plan", "import", "d.xlsx", "--out", "x.plan"]),
        Case(name: "missing table", arguments: ["plan", "import", "absent.xlsx", "--out", "x.plan"]),
        Case(
            name: "table with an unknown unit", files: ["u.csv": text(town.replacingOccurrences(of: "亩", with: "亩地"))],
            arguments: ["plan", "import", "u.csv", "--out", "x.plan"]),
        Case(
            name: "table with no rows", files: ["h.csv": text("序号,指标名称,单位,2020年,2025年目标\n")],
            arguments: ["plan", "import", "h.csv", "--out", "x.plan"]),
        Case(
            name: "plan file exists", files: ["t.csv": text(town), "x.plan": text("x")],
            arguments: ["plan", "import", "t.csv", "--out", "x.plan"]),
        // Regression files and terms (`regress` has no --lang).
        Case(
            name: "regress: missing column", files: ["d.csv": text("output,capital\n1,2\n2,3\n3,5\n")],
            arguments: ["regress", "d.csv", "--y", "output", "--x", "captial"], takesLang: false),
        Case(
            name: "regress: too few rows", files: ["d.csv": text("y,x\n1,2\n2,3\n")],
            arguments: ["regress", "d.csv", "--y", "y", "--x", "x,x^2"], takesLang: false),
        Case(
            name: "regress: constant term", files: ["d.csv": text("y,x,c\n1,2,5\n2,3,5\n3,5,5\n")],
            arguments: ["regress", "d.csv", "--y", "y", "--x", "x,c"], takesLang: false),
        Case(
            name: "regress: collinear", files: ["d.csv": text("y,x,z\n1,2,4\n2,3,6\n3,5,10\n4,4,8\n")],
            arguments: ["regress", "d.csv", "--y", "y", "--x", "x,z"], takesLang: false),
        Case(
            name: "regress: bad terms", files: ["d.csv": text("y,x\n1,2\n2,3\n3,5\n")],
            arguments: ["regress", "d.csv", "--y", "y", "--x", "x^11,,x,x"], takesLang: false),
        // Yearly series (`forecast`, `backtest`).
        Case(
            name: "forecast: short series and duplicate",
            files: ["s.csv": text("series,year,value\na,2001,1\na,2002,2\na,2002,3\nb,2001,x\n,2001,1\n")],
            arguments: ["forecast", "s.csv"], takesLang: false),
        Case(
            name: "forecast: horizon and level", files: ["s.csv": text(series)],
            arguments: ["forecast", "s.csv", "--horizon", "0", "--level", "high"], takesLang: false),
        Case(
            name: "forecast: series header", files: ["s.csv": text("series,value\na,1\n")],
            arguments: ["forecast", "s.csv"], takesLang: false),
        Case(
            name: "backtest: origins", files: ["s.csv": text(series)],
            arguments: ["backtest", "s.csv", "--origins", "0"], takesLang: false),
        Case(
            name: "backtest: too short", files: ["s.csv": text(series)],
            arguments: ["backtest", "s.csv", "--horizon", "5", "--origins", "5"], takesLang: false),
        // Scenarios, results and option values.
        Case(name: "no such scenario", arguments: ["run", "nosuch.scn"]),
        Case(name: "scenario is a directory", files: ["dir.scn/x": []], arguments: ["check", "dir.scn"]),
        Case(name: "dash file name", arguments: ["run", "-dash.scn"]),
        Case(
            name: "no such scenario in file", files: ["p.scn": text(noSweep)],
            arguments: ["run", "p.scn", "--scenario", "plian"]),
        Case(name: "no results to report", files: ["empty/x": []], arguments: ["report", "empty"]),
        Case(name: "results not JSON", files: ["r/results.json": text("{")], arguments: ["report", "r"]),
        Case(name: "comparison not JSON", files: ["c/comparison.json": text("{")], arguments: ["report", "c"]),
        Case(
            name: "results of another version", files: ["r/results.json": text("{\"format_version\": \"9.0\"}")],
            arguments: ["report", "r"]),
        Case(
            name: "report format", files: ["r/results.json": text("{}")], arguments: ["report", "r", "--format", "pfd"]),
        Case(name: "fit indicator", arguments: ["fit", "--indicator", "industrail_output"]),
        Case(
            name: "propose odds", files: ["a.csv": text("indicator,year,value\nindustrial_output,2025,40\n")],
            arguments: ["propose", "--data", "a.csv", "--base-year", "2025", "--target-year", "2030", "--odds", "150"]),
        Case(
            name: "rows of a data file",
            files: [
                "bad.csv": text(
                    "indicator,year,value\nretail_sales,2023,-1\nindustrial_output,2024,1e13\nnew_employment,,1\n,2021,1\n"
                )
            ],
            arguments: ["run", "--data", "bad.csv", "--paths", "100"]),
        Case(
            name: "propose years", files: ["a.csv": text("indicator,year,value\nindustrial_output,2025,40\n")],
            arguments: ["propose", "--data", "a.csv", "--base-year", "2025", "--target-year", "2025"]),
        Case(
            name: "propose without base-year actuals",
            files: ["a.csv": text("indicator,year,value\nindustrial_output,2021,40\n")],
            arguments: ["propose", "--data", "a.csv", "--base-year", "2025", "--target-year", "2030", "--paths", "100"]),
        Case(name: "evaluate paths", arguments: ["evaluate", "--paths", "5"]),
        Case(name: "plan export exists", files: ["h.plan": text("x")], arguments: ["plan", "export", "h.plan"]),
        // Sweep folders.
        Case(name: "sweep without a sweep", files: ["p.scn": text(noSweep)], arguments: ["sweep", "p.scn", "--quiet"]),
        Case(name: "merge a folder that is no sweep", files: ["f/x": []], arguments: ["merge", "f", "--out", "m"]),
        Case(
            name: "merge a broken manifest", files: ["f/manifest.json": text("{")],
            arguments: ["merge", "f", "--out", "m"]),
    ]

    static func refusal(_ c: Case, _ language: String) throws -> CommandResult {
        let dir = try Plansim.scratchDirectory()
        for (name, bytes) in c.files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if name.hasSuffix("/x") { continue }
            try Data(bytes).write(to: url)
        }
        if c.arguments.contains("baseline") || c.files.keys.contains(where: { $0.hasSuffix(".scn") }) {
            try FileManager.default.copyItem(
                at: TestPaths.repository.appendingPathComponent("scenarios/baseline.scn"),
                to: dir.appendingPathComponent("baseline.scn"))
        }
        return try Plansim.run(
            c.arguments + (c.takesLang ? ["--lang", language] : []), in: dir, environment: ["PLANSIM_LANG": language])
    }

    /// The English words of a Chinese refusal: ``LocalisationTests/englishWords(_:)`` after
    /// option names (`--format`) and the names of the tools a planner uses are set aside.
    static func englishWords(_ text: String) -> [String] {
        let plain = text.replacingOccurrences(of: "--[A-Za-z][A-Za-z-]*", with: " ", options: .regularExpression)
        return LocalisationTests.englishWords(plain).filter { !["Excel", "ZIP", "UTF"].contains($0) }
    }

    /// Chinese characters outside backticks (the plan table's column names may appear in
    /// the English help as written).
    static func chineseOutsideCode(_ text: String) -> [String] {
        var plain = text.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
        for name in ["序号", "指标名称", "指标", "单位", "年均增长", "属性"] { plain = plain.replacingOccurrences(of: name, with: " ") }
        // The indicator's unit as the plan prints it, beside its English (`in 亿元 (100m yuan)`).
        plain = plain.replacingOccurrences(of: "(?<=in |1e12 )\\p{Han}+", with: " ", options: .regularExpression)
        return plain.unicodeScalars.filter {
            (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
        }.map { String($0) }
    }

    @Test(arguments: cases)
    func refusalIsChinese(_ c: Case) throws {
        let r = try Self.refusal(c, "zh")
        #expect(r.status == 1 && r.stdout.isEmpty, "\(c.name): exit \(r.status)\n\(r.stdout)\n\(r.stderr)")
        #expect(r.stderr.contains("错误："), "\(c.name): \(r.stderr)")
        #expect(!r.stderr.contains("error:") && !r.stderr.contains("help:"), "\(c.name): \(r.stderr)")
        #expect(Self.englishWords(r.stderr).isEmpty, "\(c.name): \(Set(Self.englishWords(r.stderr)))\n\(r.stderr)")
    }

    @Test(arguments: cases)
    func refusalIsEnglish(_ c: Case) throws {
        let r = try Self.refusal(c, "en")
        #expect(r.status == 1 && r.stdout.isEmpty, "\(c.name): exit \(r.status)\n\(r.stdout)\n\(r.stderr)")
        #expect(r.stderr.contains("error:") && !r.stderr.contains("错误"), "\(c.name): \(r.stderr)")
        #expect(Self.chineseOutsideCode(r.stderr).isEmpty, "\(c.name): \(r.stderr)")
    }

    /// Notes on standard error (not refusals) follow the language of messages too.
    @Test func forecastNotesFollowTheLanguage() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "series,year,value\na,2001,1\na,2002,2\na,2004,3\na,2005,4\na,2006,5\na,2007,6\na,2008,7\na,2009,8\n",
            to: "gap.csv", in: dir)
        let zh = try Plansim.run(["forecast", "gap.csv", "--json"], in: dir, environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.status == 0 && zh.stderr.hasPrefix("注：") && zh.stderr.contains("2003"), "\(zh.stderr)")
        #expect(Self.englishWords(zh.stderr).isEmpty, "\(zh.stderr)")
        let en = try Plansim.run(["forecast", "gap.csv", "--json"], in: dir, environment: ["PLANSIM_LANG": "en"])
        #expect(
            en.stderr
                == "note: series `a`: no value for 2003; filled by interpolation between the neighbouring years\n",
            "\(en.stderr)")
    }

    /// `merge --check` of one slice of two: what each folder holds and which blocks are
    /// missing, in the language of messages.
    @Test func mergeCheckFollowsTheLanguage() throws {
        let dir = try SweepCommandTests.workspace()
        try SweepFolderTests.small(dir)
        #expect(try SweepFolderTests.sweep(["--out", "s1", "--shard", "1/2"], dir).status == 0)
        let zh = try Plansim.run(["merge", "--check", "s1", "--lang", "zh"], in: dir)
        #expect(zh.status == 1 && zh.stdout.contains("分片 `1/2`") && zh.stdout.contains("块，缺"), "\(zh.stdout)")
        #expect(Self.englishWords(zh.stdout).isEmpty, "\(Set(Self.englishWords(zh.stdout)))\n\(zh.stdout)")
        let en = try Plansim.run(["merge", "--check", "s1", "--lang", "en"], in: dir)
        #expect(
            en.status == 1 && en.stdout.contains("slice 1/2") && en.stdout.contains("blocks are missing: blocks"),
            "\(en.stdout)")
        #expect(Self.chineseOutsideCode(en.stdout).isEmpty, "\(en.stdout)")
    }
}
