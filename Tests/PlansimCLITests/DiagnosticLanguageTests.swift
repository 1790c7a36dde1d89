import Foundation
import PlansimTestSupport
import Testing

/// Issue 13, item 8: every scenario and plan diagnostic (E001…E050) speaks the language
/// chosen. With `--lang zh` the message and help are the Chinese written with the
/// diagnostic; with `--lang en` the English is as before, byte for byte (the malformed
/// corpus's snapshots). What may stay Latin in Chinese: identifiers and scenario text in
/// backticks, the file path after `-->` and the quoted source line under it.
@Suite struct DiagnosticLanguageTests {
    static let corpus = TestPaths.repository.appendingPathComponent("Tests/ScenarioDSLTests")
    static let names: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("Malformed").path)) ?? [])
        .filter { $0.hasSuffix(".scn") }.sorted()

    /// The Latin words of rendered diagnostics outside the source excerpt (`N | …`, the
    /// caret line) and the `-->` location.
    static func englishWords(_ stderr: String) -> [String] {
        let prose = stderr.components(separatedBy: "\n").filter { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return
                !(t.hasPrefix("-->") || t.hasPrefix("|")
                || t.range(of: #"^\d+ \|"#, options: .regularExpression) != nil)
        }
        return LocalisationTests.englishWords(prose.joined(separator: "\n"))
    }

    /// The ids in rendered diagnostics, in order (`error[E012]` or `错误[E012]`).
    static func ids(_ text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"(?:error|warning|错误|警告)\[(E\d+)\]"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    /// Each malformed corpus file: Chinese with `--lang zh`, the snapshot's English with `--lang en`.
    @Test(arguments: names)
    func corpusFileInBothLanguages(name: String) throws {
        let zh = try Plansim.run(["check", "Malformed/\(name)", "--lang", "zh"], in: Self.corpus)
        #expect(zh.status == 1 && zh.stderr.contains("错误[E") && zh.stderr.contains("个问题"), "\(zh.stderr)")
        #expect(Self.englishWords(zh.stderr).isEmpty, "\(name): \(Set(Self.englishWords(zh.stderr)))\n\(zh.stderr)")
        let en = try Plansim.run(["check", "Malformed/\(name)", "--lang", "en"], in: Self.corpus)
        let snapshot = try String(
            contentsOf: Self.corpus.appendingPathComponent(
                "__Snapshots__/\(name.replacingOccurrences(of: ".scn", with: ".txt"))"), encoding: .utf8)
        if name == "43_invalid_utf8.scn" {
            // The library snapshot renders repaired text; the command line reads the bytes and names the encoding.
            #expect(
                en.status == 1
                    && en.stderr.hasPrefix("error[E001]: file is not UTF-8; it looks like a single-byte encoding"),
                "\(en.stderr)")
        } else {
            #expect(
                en.status == 1 && en.stderr.hasPrefix(snapshot),
                "\(name): English differs from the snapshot\n\(en.stderr)")
        }
        #expect(Self.ids(zh.stderr) == Self.ids(en.stderr), "the same diagnostics in both languages")
    }

    /// Ids the corpus does not reach: each from a small file, in both languages.
    static let extra: [(id: String, file: String, text: String)] = [
        ("E003", "big.scn", "scenario s {\n    assume industrial_output growth 1e999% over 2021..2025\n}\n"),
        ("E022", "inc.scn", "include \"nosuch.scn\"\nscenario s {\n    paths 1000\n}\n"),
        ("E022", "incdir.scn", "include \"folder.scn\"\nscenario s {\n    paths 1000\n}\n"),
        ("E026", "lv.scn", "scenario s {\n    assume industrial_output levels_from \"levels.csv\"\n}\n"),
        ("E028", "empty.scn", "# nothing here yet\n"),
        (
            "E029", "inv.scn",
            "scenario s {\n    assume fixed_investment growth 5% over 2021..2025\n    invert industrial_output probability 80% lever investment_growth\n}\n"
        ),
        ("E040", "t.plan", CLIPlans.town.replacingOccurrences(of: "unit 亿元", with: "unit 亿圆")),
        (
            "E041", "t.plan",
            CLIPlans.town.replacingOccurrences(of: "target 2025 growth 6% about", with: "target 2019 growth 6% about")
        ),
        (
            "E042", "t.plan",
            CLIPlans.town.replacingOccurrences(of: "target sum 2021..2025 4500 人", with: "target sum 4500 人")
        ),
        ("E043", "t.plan", CLIPlans.town.replacingOccurrences(of: "indicator new_jobs {", with: "indicator gdp {")),
        ("E044", "t.plan", CLIPlans.town.replacingOccurrences(of: "base 2020 25 亿元", with: "base 2020 -1 亿元")),
        (
            "E045", "t.plan",
            CLIPlans.town.replacingOccurrences(
                of: "period 2021..2025",
                with:
                    "period 2021..2025\n    linked investment gdp\n    linked output gdp\n    linked employment new_jobs"
            )
        ),
        ("E046", "t.plan", CLIPlans.town.replacingOccurrences(of: "    title \"某镇“十四五”规划\"\n", with: "")),
        ("E047", "t.plan", CLIPlans.town.replacingOccurrences(of: "period 2021..2025", with: "perod 2021..2025")),
        ("E048", "t.plan", CLIPlans.town.replacingOccurrences(of: "unit 吨标准煤", with: "unit 吨标准煤\n        unit 吨标准煤")),
        ("E049", "t.plan", CLIPlans.town.replacingOccurrences(of: "base 2020 25 亿元", with: "base 2020 1e308 亿元")),
        ("E050", "t.plan", CLIPlans.town.replacingOccurrences(of: "period 2021..2025", with: "period 2021..99999")),
    ]

    @Test(arguments: 0..<extra.count)
    func otherIdsInBothLanguages(k: Int) throws {
        let (id, file, text) = Self.extra[k]
        let dir = try Plansim.scratchDirectory()
        _ = try Plansim.write(text, to: file, in: dir)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("folder.scn"), withIntermediateDirectories: true)
        _ = try Plansim.write("year,amount\n2021,5\n", to: "levels.csv", in: dir)
        let zh = try Plansim.run(["check", file, "--lang", "zh"], in: dir)
        #expect(zh.status == 1 && Self.ids(zh.stderr).contains(id), "\(id): \(zh.stderr)")
        #expect(Self.englishWords(zh.stderr).isEmpty, "\(id): \(Set(Self.englishWords(zh.stderr)))\n\(zh.stderr)")
        let en = try Plansim.run(["check", file, "--lang", "en"], in: dir)
        #expect(
            en.status == 1 && en.stderr.contains("error[\(id)]: ")
                && !en.stderr.contains(where: { ("\u{4e00}"..."\u{9fff}").contains($0) && !text.contains($0) }),
            "\(id): \(en.stderr)")
        #expect(Self.ids(zh.stderr) == Self.ids(en.stderr))
    }

    /// A clean `check` and `fmt --check` speak the language chosen too.
    @Test func checkAndFormatResultsInTheLanguageChosen() throws {
        let dir = try Plansim.scratchDirectory()
        _ = try Plansim.write(CLIPlans.town, to: "t.plan", in: dir)
        _ = try Plansim.write("scenario s {\n      paths 1000\n}\n", to: "s.scn", in: dir)
        let zh = try Plansim.run(["check", "t.plan", "s.scn", "--lang", "zh"], in: dir)
        #expect(
            zh.status == 0 && zh.stdout.contains("t.plan：无误（规划 town_14th：3 个指标、3 个目标）")
                && zh.stdout.contains("s.scn：无误（s）"), "\(zh.stdout)")
        let en = try Plansim.run(["check", "t.plan", "s.scn", "--lang", "en"], in: dir)
        #expect(
            en.stdout.contains("t.plan: ok (plan town_14th: 3 indicators, 3 targets)")
                && en.stdout.contains("s.scn: ok (s)"), "\(en.stdout)")
        let fmt = try Plansim.run(["fmt", "--check", "s.scn", "--lang", "zh"], in: dir)
        #expect(fmt.status == 1 && fmt.stderr.contains("s.scn：未按规范格式（请运行 `plansim fmt s.scn`）"), "\(fmt.stderr)")
        #expect(LocalisationTests.englishWords(zh.stdout + fmt.stderr).isEmpty, "\(zh.stdout)\(fmt.stderr)")
        let fmtEN = try Plansim.run(["fmt", "--check", "s.scn", "--lang", "en"], in: dir)
        #expect(
            fmtEN.status == 1 && fmtEN.stderr.contains("s.scn: not formatted (run `plansim fmt s.scn`)"),
            "\(fmtEN.stderr)")
    }

    /// `explain` in Chinese: the header in Chinese, each statement quoted as scenario text.
    @Test func explainInTheLanguageChosen() throws {
        let scenarios = TestPaths.repository.appendingPathComponent("scenarios")
        let zh = try Plansim.run(["explain", "epidemic_shock.scn", "--lang", "zh"], in: scenarios)
        #expect(
            zh.status == 0 && zh.stdout.contains("情景 epidemic_shock——继承后共")
                && zh.stdout.contains("「shock retail_sales -15% in 2022」"), "\(zh.stdout)")
        #expect(LocalisationTests.englishWords(zh.stdout).isEmpty, "\(Set(LocalisationTests.englishWords(zh.stdout)))")
        let en = try Plansim.run(["explain", "epidemic_shock.scn", "--lang", "en"], in: scenarios)
        #expect(
            en.stdout.contains("scenario epidemic_shock — 12 statements after inheritance")
                && en.stdout.contains("  shock retail_sales -15% in 2022 ")
                && en.stdout.contains("← epidemic_shock (epidemic_shock.scn:6)"), "\(en.stdout)")
    }

    /// A bad `--plan FILE` is refused in the language chosen, with the count.
    @Test func badPlanOptionInTheLanguageChosen() throws {
        let dir = try Plansim.scratchDirectory()
        _ = try Plansim.write(CLIPlans.town.replacingOccurrences(of: "unit 人", with: "unit 仁"), to: "bad.plan", in: dir)
        let zh = try Plansim.run(["data", "show", "--plan", "bad.plan", "--lang", "zh"], in: dir)
        #expect(
            zh.status == 1 && zh.stdout.isEmpty && zh.stderr.contains("错误[E040]：未知单位 `仁`")
                && zh.stderr.contains("规划文件 bad.plan 中有 1 个错误"), "\(zh.stderr)")
        #expect(Self.englishWords(zh.stderr).isEmpty, "\(Set(Self.englishWords(zh.stderr)))")
        let en = try Plansim.run(["data", "show", "--plan", "bad.plan", "--lang", "en"], in: dir)
        #expect(
            en.stderr.contains("error[E040]: unknown unit `仁`") && en.stderr.contains("1 error in plan file bad.plan"),
            "\(en.stderr)")
    }

    /// `run` and `explain` refuse a broken scenario in the language chosen, with the tally.
    @Test func runAndExplainRefuseInTheLanguageChosen() throws {
        let dir = try Plansim.scratchDirectory()
        _ = try Plansim.write(
            "scenario s {\n    assume industrial_output growth normal(5%, -1%) over 2021..2025\n    shock retail_sales -8% in 2019\n}\n",
            to: "b.scn", in: dir)
        for command in ["run", "explain"] {
            let zh = try Plansim.run([command, "b.scn", "--lang", "zh"], in: dir)
            #expect(zh.status == 1 && zh.stdout.isEmpty && zh.stderr.contains("发现 2 个错误；未运行任何内容"), "\(zh.stderr)")
            #expect(
                zh.stderr.contains("错误[E019]：`normal` 的标准差须为正数")
                    && zh.stderr.contains("错误[E014]：年份 2019 早于第一个模拟年份 2021"), "\(zh.stderr)")
            #expect(Self.englishWords(zh.stderr).isEmpty, "\(Set(Self.englishWords(zh.stderr)))")
            let en = try Plansim.run([command, "b.scn", "--lang", "en"], in: dir)
            #expect(
                en.stderr.contains("error[E019]: the standard deviation of `normal` must be positive, got -0.01")
                    && en.stderr.contains("2 errors found; nothing was run"),
                "\(en.stderr)")
        }
    }
}

/// Every shape of ArgumentParser refusal plansim can meet, and each command's own
/// validation, in Chinese with `--lang zh` and unchanged in English with `--lang en`.
@Suite struct ParserRefusalLanguageTests {
    /// Latin words outside backticks, option names (`--paths`) and the usage line.
    static func englishWords(_ text: String) -> [String] {
        let plain = text.replacingOccurrences(
            of: #"(?<![A-Za-z0-9])--?[A-Za-z][A-Za-z0-9-]*(=[^\s，；：`]*)?"#, with: " ", options: .regularExpression)
        return LocalisationTests.englishWords(plain)
    }

    /// (arguments, the English first line, a Chinese phrase the refusal holds).
    static let cases: [(arguments: [String], english: String, chinese: String)] = [
        (
            ["run", "--pahts", "10"], "error: Unknown option '--pahts'. Did you mean '--paths'?",
            "未知选项 `--pahts`；是否想用 `--paths`？"
        ),
        (["run", "--zzzzzzzz"], "error: Unknown option '--zzzzzzzz'", "未知选项 `--zzzzzzzz`"),
        (["run", "-x"], "error: Unknown option '-x'", "未知选项 `-x`"),
        (["run", "b.scn", "--paths"], "error: Missing value for '--paths <paths>'", "`--paths <paths>` 缺少取值"),
        (
            ["check", "b.scn", "--json=yes"],
            "error: The option '--json' does not take any value, but 'yes' was specified.",
            "选项 `--json` 不接受取值，但给了 `yes`"
        ),
        (["fit", "extra"], "error: Unexpected argument 'extra'", "多余的参数 `extra`"),
        (["fit", "one", "two"], "error: 2 unexpected arguments: 'one', 'two'", "多余的 2 个参数：`one`、`two`"),
        (["explain"], "error: Missing expected argument '<file>'", "缺少参数 `<file>`"),
        (
            ["run", "b.scn", "--paths", "abc"], "error: The value 'abc' is invalid for '--paths <paths>'",
            "`abc` 不是 `--paths <paths>` 的有效取值"
        ),
        (
            ["run", "b.scn", "--lang", "xx"], "error: The value 'xx' is invalid for '--lang <lang>'",
            "`xx` 不是 `--lang <lang>` 的有效取值"
        ),
        (
            ["--generate-completion-script=tcsh"], "error: Can't generate completion scripts for 'tcsh'.",
            "无法为 `tcsh` 生成补全脚本"
        ),
        // plansim's own: a mistyped command.
        (["rnu"], "error: unknown command `rnu`; did you mean `run`?", "未知命令 `rnu`；是否想用 `run`？"),
        // The commands' own validation.
        (["run", "b.scn", "--threads", "0"], "error: --threads must be at least 1, got 0", "--threads 至少为 1，实为 0"),
        (["compare", "b.scn"], "error: compare needs at least two scenario files", "`compare` 至少需要两个情景文件"),
        (
            ["compare", "b.scn", "b.scn", "--seed", "-"],
            "error: --seed must be a non-negative integer below 2^64, got `-`", "--seed 须为小于 2^64 的非负整数，实为 `-`"
        ),
        (
            ["sweep", "b.scn", "--shard", "3/2"], "error: --shard must be k/n with 1 ≤ k ≤ n, got `3/2`",
            "--shard 须写作 k/n（1 ≤ k ≤ n），实为 `3/2`"
        ),
        (
            ["sweep", "b.scn", "--resume", "--force"],
            "error: --resume keeps an earlier run's blocks and --force deletes them; give one", "二者只能给一个"
        ),
        (
            ["sweep", "b.scn", "--paths-per-sample", "0"], "error: --paths-per-sample must be from 1 to 100,000",
            "--paths-per-sample 须在 1 至 100,000 之间"
        ),
        (["evaluate", "--data", "a.csv", "--paths", "5"], "error: --paths must be from 100 to", "--paths 须在 100 至"),
        (
            ["propose", "--data", "a.csv", "--base-year", "2020", "--target-year", "2025", "--paths", "5"],
            "error: --paths must be from 100 to", "--threads 至少为 1"
        ),
    ]

    @Test(arguments: 0..<cases.count)
    func refusalInBothLanguages(k: Int) throws {
        let (arguments, english, chinese) = Self.cases[k]
        let dir = try Plansim.scratchDirectory()
        _ = try Plansim.write("scenario s {\n    paths 1000\n}\n", to: "b.scn", in: dir)
        let zh = try Plansim.run(arguments + ["--lang", "zh"], in: dir)
        #expect(
            zh.status == 1 && zh.stdout.isEmpty && zh.stderr.hasPrefix("错误：") && zh.stderr.contains(chinese),
            "\(arguments): \(zh.stderr)")
        #expect(
            Self.englishWords(zh.stderr).isEmpty, "\(arguments): \(Set(Self.englishWords(zh.stderr)))\n\(zh.stderr)")
        let en = try Plansim.run(arguments + ["--lang", "en"], in: dir)
        #expect(en.status == 1 && en.stderr.hasPrefix(english), "\(arguments): \(en.stderr)")
        #expect(!en.stderr.contains(where: { ("\u{4e00}"..."\u{9fff}").contains($0) }), "\(arguments): \(en.stderr)")
    }
}
