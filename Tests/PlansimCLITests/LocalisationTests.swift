import Foundation
import PlansimTestSupport
import Testing

/// Issue 13, item 8: with `--lang zh` every word a person reads is Chinese — the
/// terminal output of `fit`, `run` and `sweep`, and refusals (错误：/提示：). What may stay
/// in Latin letters: identifiers (`industrial_output`, `--paths`), file names, scenario
/// text quoted in 「」 or backticks, units and the names of methods and statistics.
@Suite struct LocalisationTests {
    /// Names and abbreviations that are written in Latin letters in Chinese too.
    static let latin: Set<String> = [
        "baseline", "plansim", "AICc", "RMSE", "GM", "AR", "Sobol", "Morris", "Spearman", "PDF", "CSV", "HTML", "XLSX",
        "DOCX", "JSON",
    ]

    /// The Latin words of `text` that are not identifiers, file names, quoted code or
    /// allowed names.
    static func englishWords(_ text: String) -> [String] {
        var plain = text.replacingOccurrences(of: "\\_", with: "_")
        for pattern in ["`[^`]*`", "「[^」]*」", "“[^”]*”", #"(?m)^用法：.*(\n +[\[<-].*)*$"#] {
            plain = plain.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let regex = try! NSRegularExpression(pattern: "[A-Za-z][A-Za-z0-9_./'-]*")
        return regex.matches(in: plain, range: NSRange(plain.startIndex..., in: plain)).compactMap { m in
            let word = String(plain[Range(m.range, in: plain)!])
            if word.count < 2 || word.contains(where: { "_./0123456789-".contains($0) }) || latin.contains(word) {
                return nil
            }
            return word
        }
    }

    static let zh = ["PLANSIM_LANG": "zh"]

    @Test func fitIsChinese() throws {
        let r = try Plansim.run(["fit", "--lang", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("模型平均") && r.stdout.contains("未拟合") && r.stdout.contains("注意："))
        #expect(Self.englishWords(r.stdout).isEmpty, "\(Set(Self.englishWords(r.stdout)))")
        let en = try Plansim.run(["fit", "--lang", "en", "--indicator", "industrial_output"])
        #expect(en.stdout.contains("model average") && en.stdout.contains("warning:"))
    }

    @Test func runTerminalOutputIsChinese() throws {
        let dir = try Plansim.scratchDirectory()
        let scenarios = TestPaths.repository.appendingPathComponent("scenarios")
        for name in ["baseline.scn", "epidemic_shock.scn"] {
            try FileManager.default.copyItem(
                at: scenarios.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let r = try Plansim.run(["run", "epidemic_shock.scn", "--paths", "300", "--lang", "zh", "--out", "o"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("本情景的假设"), "\(r.stdout)")
        #expect(Self.englishWords(r.stdout).isEmpty, "\(Set(Self.englishWords(r.stdout)))")
        // The body is Chinese; scenario statements as written belong to the 技术附录 (issue 21).
        let md = try String(contentsOf: dir.appendingPathComponent("o/briefing.md"), encoding: .utf8)
        let parts = md.components(separatedBy: "技术附录")
        #expect(parts.count >= 2 && parts.last!.contains("shock retail"), "the annex quotes the scenario's statements")
        #expect(Self.englishWords(parts[0]).isEmpty, "\(Set(Self.englishWords(parts[0])))")
    }

    /// A shard's log in Chinese: its plan line, the blocks to run, each finished block
    /// (`--quiet`), the time taken and where the shard went. Each line is a ``Phrase``
    /// made where it is printed, so rewording the English cannot leave an English line in
    /// the Chinese log (as the old catalog of English patterns did).
    @Test func aShardsLogIsChinese() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.copyItem(
            at: TestPaths.repository.appendingPathComponent("scenarios/baseline.scn"),
            to: dir.appendingPathComponent("baseline.scn"))
        let sweep = try String(
            contentsOf: TestPaths.repository.appendingPathComponent("scenarios/sensitivity_sweep.scn"), encoding: .utf8)
        try Plansim.write(sweep.replacingOccurrences(of: "samples 1024", with: "samples 64"), to: "small.scn", in: dir)
        let r = try Plansim.run(
            ["sweep", "small.scn", "--shard", "1/2", "--out", "s", "--quiet", "--lang", "zh"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        for words in ["的分片 1/2：共", "待运行：", "已完成块", "已运行块", "已写入", "合并各分片"] {
            #expect(r.stdout.contains(words), "\(words) in \(r.stdout)")
        }
        let log = r.stdout.replacingOccurrences(of: dir.path, with: " ")
        #expect(Self.englishWords(log).isEmpty, "\(Set(Self.englishWords(log))) in \(r.stdout)")
    }

    @Test func sweepSummaryIsChinese() throws {
        let dir = try Plansim.scratchDirectory()
        for name in ["baseline.scn", "sensitivity_sweep.scn"] {
            try FileManager.default.copyItem(
                at: TestPaths.repository.appendingPathComponent("scenarios/\(name)"),
                to: dir.appendingPathComponent(name))
        }
        let r = try Plansim.run(["sweep", "sensitivity_sweep.scn", "--out", "s", "--quiet", "--lang", "zh"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("已运行块") && r.stdout.contains("当前全要素生产率增速") && r.stdout.contains("结果在"), "\(r.stdout)")
        #expect(Self.englishWords(r.stdout).isEmpty, "\(Set(Self.englishWords(r.stdout)))")
        let summary = try String(contentsOf: dir.appendingPathComponent("s/summary.md"), encoding: .utf8)
        #expect(Self.englishWords(summary).isEmpty, "\(Set(Self.englishWords(summary)))")
        // Raising TFP growth raises the odds of the output target: the tornado says so.
        #expect(
            summary.contains("当前全要素生产率增速 | ")
                && summary.range(of: #"当前全要素生产率增速 \|[^\n]*↑ \+"#, options: .regularExpression) != nil, "\(summary)")
        let again = try Plansim.run(
            ["sweep", "sensitivity_sweep.scn", "--out", "s", "--quiet"], in: dir, environment: Self.zh)
        #expect(
            again.status == 1 && again.stderr.contains("错误：") && again.stderr.contains("提示：加 `--resume`"),
            "\(again.stderr)")
        #expect(Self.englishWords(again.stderr).isEmpty, "\(Set(Self.englishWords(again.stderr)))")
    }

    @Test func refusalsAreChinese() throws {
        let dir = try Plansim.scratchDirectory()
        let missing = try Plansim.run(["run", "nosuch.scn", "--lang", "zh"], in: dir)
        #expect(missing.status == 1 && missing.stdout.isEmpty)
        #expect(
            missing.stderr.contains("nosuch.scn: 错误：") && missing.stderr.contains("情景文件")
                && missing.stderr.contains("提示："), "\(missing.stderr)")
        #expect(Self.englishWords(missing.stderr).isEmpty, "\(Set(Self.englishWords(missing.stderr)))")

        let value = try Plansim.run(["run", "--paths", "abc"], in: dir, environment: Self.zh)
        #expect(value.status == 1 && value.stderr.hasPrefix("错误："), "\(value.stderr)")
        #expect(Self.englishWords(value.stderr).isEmpty, "\(Set(Self.englishWords(value.stderr)))")

        let indicator = try Plansim.run(["fit", "--indicator", "industrial_outptu", "--lang", "zh"], in: dir)
        #expect(
            indicator.status == 1 && indicator.stderr.contains("错误：未知指标 `industrial_outptu`")
                && indicator.stderr.contains("是否想用 `industrial_output`"),
            "\(indicator.stderr)")

        _ = try Plansim.write(
            "scenario s {\n  assume industrial_outptu growth 5% over 2021..2025\n}\n", to: "bad.scn", in: dir)
        let scenario = try Plansim.run(["run", "bad.scn", "--lang", "zh"], in: dir)
        #expect(scenario.status == 1)
        #expect(
            scenario.stderr.contains("错误[E012]：未知指标 `industrial_outptu`") && scenario.stderr.contains("= 提示：")
                && scenario.stderr.contains("发现 1 个错误；未运行任何内容"), "\(scenario.stderr)")
        let english = try Plansim.run(["run", "bad.scn", "--lang", "en"], in: dir)
        #expect(
            english.stderr.contains("error[E012]: unknown indicator") && english.stderr.contains("= help:"),
            "\(english.stderr)")
    }
}

/// `compare --format docx,pdf` (issue 13, item 7): the comparison as a Word document with
/// native charts and, with Chromium, as an A4 PDF; `report` re-renders the Word file.
@Suite struct CompareFormatsTests {
    /// A scratch folder holding the two scenarios compared.
    static func workspace() throws -> URL {
        let dir = try Plansim.scratchDirectory()
        for name in ["baseline.scn", "epidemic_shock.scn"] {
            try FileManager.default.copyItem(
                at: TestPaths.repository.appendingPathComponent("scenarios/\(name)"),
                to: dir.appendingPathComponent(name))
        }
        return dir
    }

    @Test(.enabled(if: Clients.runs(Clients.has("chromium", "chromium-browser")), "chromium is not installed"))
    func compareWritesAPDF() throws {
        _ = try Clients.path("chromium", "chromium-browser")
        let dir = try Self.workspace()
        let r = try Plansim.run(
            [
                "compare", "baseline.scn", "epidemic_shock.scn", "--paths", "300", "--quiet", "--out", "c", "--format",
                "pdf",
            ], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = try Data(contentsOf: dir.appendingPathComponent("c/comparison.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func compareWritesWordAndReportRerendersIt() throws {
        let dir = try Self.workspace()
        let r = try Plansim.run(
            [
                "compare", "baseline.scn", "epidemic_shock.scn", "--paths", "300", "--quiet", "--out", "c", "--format",
                "docx",
            ], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let docx = try Data(contentsOf: dir.appendingPathComponent("c/comparison.docx"))
        #expect(docx.starts(with: Array("PK".utf8)))
        let text = String(decoding: docx, as: Unicode.ASCII.self)
        #expect(text.contains("word/charts/chart1.xml") && text.contains("word/document.xml"), "native chart parts")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("c/comparison.docx"))
        let again = try Plansim.run(["report", "c", "--format", "docx", "--lang", "en"], in: dir)
        #expect(
            again.status == 0
                && FileManager.default.fileExists(atPath: dir.appendingPathComponent("c/comparison-en.docx").path),
            "\(again.stderr)")
        let bad = try Plansim.run(
            ["compare", "baseline.scn", "epidemic_shock.scn", "--paths", "300", "--format", "ipynb"], in: dir,
            environment: Plansim.english)
        #expect(bad.status == 1 && bad.stderr.contains("docx and pdf"), "\(bad.stderr)")
    }
}

/// `--help` in the message language (issue 13, item 8): with `--lang zh` or
/// `PLANSIM_LANG=zh` the summaries, option help and ArgumentParser's section heads are
/// Chinese; English help is as before.
@Suite struct HelpLocalisationTests {
    /// The Latin words of a help text beyond option names, `<value>` names and the names
    /// of tools a sweep runs on.
    static func englishWords(_ help: String) -> [String] {
        var plain = help
        for pattern in [
            #"<[^>]*>"#, #"(?<![A-Za-z0-9])--?[A-Za-z][A-Za-z0-9-]*"#, #"(?<![A-Za-z0-9])\.[a-z]+"#, #"(?m)^  [a-z]+ "#,
            "（默认：[^）]*）", "（可选值：[^）]*）",
        ] {
            plain = plain.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let names: Set = [
            "zh", "en", "FILE", "DIR", "TERMS", "Slurm", "Kubernetes", "SALib", "Chromium", "Theta", "ETS", "sMAPE",
            "MASE", "CRPS", "PIT", "NIST", "StRD",
        ]
        return LocalisationTests.englishWords(plain).filter { !names.contains($0) }
    }

    @Test func rootRunAndSweepHelpAreChinese() throws {
        let root = try Plansim.run(["--help", "--lang", "zh"])
        #expect(
            root.status == 0 && root.stdout.contains("用法：") && root.stdout.contains("子命令：")
                && root.stdout.contains("预测五年规划"), "\(root.stdout)")
        #expect(Self.englishWords(root.stdout).isEmpty, "\(Set(Self.englishWords(root.stdout)))")
        let run = try Plansim.run(["run", "--help", "--lang", "zh"])
        #expect(
            run.status == 0 && run.stdout.contains("选项：") && run.stdout.contains("蒙特卡洛路径数")
                && run.stdout.contains("显示帮助信息。"), "\(run.stdout)")
        #expect(Self.englishWords(run.stdout).isEmpty, "\(Set(Self.englishWords(run.stdout)))")
        let sweep = try Plansim.run(["sweep", "--help"], environment: LocalisationTests.zh)
        #expect(sweep.status == 0 && sweep.stdout.contains("参数：") && sweep.stdout.contains("敏感性分析"), "\(sweep.stdout)")
        #expect(Self.englishWords(sweep.stdout).isEmpty, "\(Set(Self.englishWords(sweep.stdout)))")
    }

    @Test func everyCommandsHelpIsChinese() throws {
        for command in [
            ["compare"], ["merge"], ["check"], ["fmt"], ["explain"], ["report"], ["fit"], ["targets"],
            ["data", "show"], ["data", "import"],
            ["regress"], ["plan", "show"], ["plan", "export"], ["plan", "import"], ["evaluate"], ["propose"],
            ["forecast"], ["backtest"],
        ] {
            let r = try Plansim.run(command + ["--help", "--lang", "zh"])
            #expect(r.status == 0 && r.stdout.contains("选项："), "\(command): \(r.stdout)")
            #expect(Self.englishWords(r.stdout).isEmpty, "\(command): \(Set(Self.englishWords(r.stdout)))")
        }
    }

    @Test func englishHelpIsUnchanged() throws {
        let run = try Plansim.run(["run", "--help", "--lang", "en"])
        #expect(
            run.stdout.contains("USAGE: plansim run") && run.stdout.contains("OPTIONS:")
                && run.stdout.contains("Skip the target inversions (faster).")
                && run.stdout.contains("Show help information."), "\(run.stdout)")
        #expect(!run.stdout.contains(where: { ("\u{4e00}"..."\u{9fff}").contains($0) }), "no Chinese in English help")
    }
}
