import Foundation
import PlansimTestSupport
import Testing

/// Issue 13, points 8 and 11: help shows each default once, `data --help` shows the
/// group, Chinese usage lines fit the terminal, and `forecast`, `regress`, `data import`
/// and the `PLANSIM_SIMD` warning speak the chosen language.
@Suite struct LocalisationPolishTests {
    static let commands = [
        "run", "compare", "sweep", "merge", "check", "fmt", "explain", "report", "fit", "targets", "data", "data show",
        "data history", "data import", "regress", "plan", "plan show", "plan export", "plan import", "evaluate",
        "propose", "forecast", "backtest",
    ]

    @Test(arguments: ["zh", "en"])
    func everyHelpStatesEachDefaultOnce(lang: String) throws {
        for command in Self.commands {
            let r = try Plansim.run(
                command.split(separator: " ").map(String.init) + ["--help", "--lang", lang],
                environment: ["COLUMNS": "400"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            for line in r.stdout.split(separator: "\n") {
                let count = line.components(separatedBy: lang == "zh" ? "（默认" : "(default").count - 1
                #expect(count <= 1, "\(command) --lang \(lang): \(line)")
            }
        }
    }

    @Test(arguments: ["data", "plan"])
    func groupHelpListsItsSubcommands(group: String) throws {
        let en = try Plansim.run([group, "--help", "--lang", "en"])
        #expect(
            en.status == 0 && en.stdout.contains("USAGE: plansim \(group) <subcommand>")
                && en.stdout.contains("SUBCOMMANDS:") && en.stdout.contains("show (default)"), "\(en.stdout)")
        let zh = try Plansim.run([group, "-h"], environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.status == 0 && zh.stdout.contains("子命令：") && zh.stdout.contains("show（默认）"), "\(zh.stdout)")
        // A subcommand's own help is still its own.
        let show = try Plansim.run([group, "show", "--help", "--lang", "en"])
        #expect(
            show.status == 0 && show.stdout.contains("USAGE: plansim \(group) show")
                && !show.stdout.contains("SUBCOMMANDS:"), "\(show.stdout)")
    }

    @Test func chineseUsageLineIsWrappedToTheTerminal() throws {
        let r = try Plansim.run(["evaluate", "--bogus", "--lang", "zh"], environment: ["COLUMNS": "80"])
        #expect(r.status == 1 && r.stderr.contains("用法：plansim evaluate"), "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst().allSatisfy { HelpScreenTests.columns($0) <= 80 }, "\(r.stderr)")
        #expect(
            lines.filter { $0.hasPrefix("用法：") }.count == 1 && r.stderr.contains("[--json]") && lines.count > 4,
            "the usage is whole, over several lines: \(r.stderr)")
    }

    static let series =
        "series,year,value\noutput,2012,100\noutput,2013,104\noutput,2015,110\noutput,2016,115\noutput,2017,113\noutput,2018,121\noutput,2019,126\noutput,2020,124\n"

    @Test func forecastTableIsChinese() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.series, to: "gap.csv", in: dir)
        let zh = try Plansim.run(["forecast", file, "--horizon", "2", "--lang", "zh"])
        #expect(
            zh.status == 0 && zh.stdout.contains("年份") && zh.stdout.contains("  注：序列 `output`：2014 年没有数值"),
            "\(zh.stdout)")
        #expect(LocalisationTests.englishWords(zh.stdout).isEmpty, "\(Set(LocalisationTests.englishWords(zh.stdout)))")
        let en = try Plansim.run(["forecast", file, "--horizon", "2"], environment: Plansim.english)
        #expect(
            en.status == 0 && en.stdout.contains("year  forecast")
                && en.stdout.contains("  note: series `output`: no value for 2014"), "\(en.stdout)")
    }

    @Test func backtestTableIsChinese() throws {
        let file = TestPaths.repository.appendingPathComponent("examples/yearly-series.csv").path
        let zh = try Plansim.run(["backtest", file, "--horizon", "2", "--lang", "zh"])
        #expect(zh.status == 0 && zh.stdout.contains("方法") && zh.stdout.contains("校准良好"), "\(zh.stdout) \(zh.stderr)")
        // The statistics keep their usual abbreviations in Chinese.
        let words = LocalisationTests.englishWords(zh.stdout).filter { !["sMAPE", "MASE", "CRPS", "PIT"].contains($0) }
        #expect(words.isEmpty, "\(Set(words))")
    }

    @Test func regressTableIsChinese() throws {
        let dir = try Plansim.scratchDirectory()
        let x = (0..<12).map { 1000 + Double($0) }
        let rows = x.map {
            "\($0),\(1 + 2 * $0 + 0.001 * $0 * $0 + ($0.truncatingRemainder(dividingBy: 3) - 1) * 0.01)"
        }
        let csv = try Plansim.write("x,y\n" + rows.joined(separator: "\n") + "\n", to: "poly.csv", in: dir)
        let zh = try Plansim.run(["regress", csv, "--y", "y", "--x", "x,x^2,x^3"], environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.status == 0 && zh.stdout.contains("标准误") && zh.stdout.contains("警告：设计矩阵病态"), "\(zh.stdout)")
        #expect(LocalisationTests.englishWords(zh.stdout).isEmpty, "\(Set(LocalisationTests.englishWords(zh.stdout)))")
        let exact = try Plansim.write("x,y\n1,2\n2,5\n", to: "exact.csv", in: dir)
        let note = try Plansim.run(["regress", exact, "--y", "y", "--x", "x", "--lang", "zh"])
        #expect(note.status == 0 && note.stdout.contains("注：系数个数与行数相同"), "\(note.stdout) \(note.stderr)")
        #expect(
            LocalisationTests.englishWords(note.stdout).isEmpty, "\(Set(LocalisationTests.englishWords(note.stdout)))")
    }

    @Test func dataImportIsChinese() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "indicator,year,value\nindustrial_output,2017,41\nindustrial_output,2021,31.5\n", to: "mine.csv", in: dir)
        let zh = try Plansim.run(["data", "import", "mine.csv", "--lang", "zh"], in: dir)
        #expect(zh.status == 0 && zh.stdout.contains("用户数据") && zh.stdout.contains("重建值"), "\(zh.stdout)")
        #expect(LocalisationTests.englishWords(zh.stdout).isEmpty, "\(Set(LocalisationTests.englishWords(zh.stdout)))")
        let en = try Plansim.run(["data", "import", "mine.csv", "--lang", "en"], in: dir)
        #expect(en.stdout.contains("user") && en.stdout.contains("reconstructed"), "\(en.stdout)")
    }

    @Test func simdWarningIsInTheChosenLanguage() throws {
        let zh = try Plansim.run(["data", "show", "--lang", "zh"], environment: ["PLANSIM_SIMD": "sse9"])
        #expect(zh.status == 0 && zh.stderr.contains("警告：`PLANSIM_SIMD=sse9` 不是"), "\(zh.stderr)")
        #expect(LocalisationTests.englishWords(zh.stderr).isEmpty, "\(Set(LocalisationTests.englishWords(zh.stderr)))")
        let fine = try Plansim.run(["data", "show", "--lang", "zh"], environment: ["PLANSIM_SIMD": "portable"])
        #expect(fine.stderr.isEmpty, "\(fine.stderr)")
    }
}
