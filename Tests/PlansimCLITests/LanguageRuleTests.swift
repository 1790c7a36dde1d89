import Foundation
import PlansimTestSupport
import Testing

/// One language rule for everything a command prints or writes (issue 13, item 8):
/// `--lang`, else `PLANSIM_LANG`, else the locale when it names a language (the first set
/// of `LC_ALL`, `LC_MESSAGES`, `LANG`; `zh*` Chinese, any other English), else Chinese.
@Suite struct LanguageRuleTests {
    /// An environment with exactly these language variables (the others blank, which
    /// counts as unset).
    static func env(_ set: [String: String]) -> [String: String] {
        ["PLANSIM_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""].merging(set) { _, new in new }
    }

    /// The language of `targets`' terminal output, of a refusal and of `--help` under
    /// `arguments` and `environment`; each "zh", "en" or "?" when unclear.
    static func languages(_ arguments: [String], _ environment: [String: String]) throws -> [String] {
        let out = try Plansim.run(["targets"] + arguments, environment: environment)
        let refusal = try Plansim.run(["targets", "--data", "missing.csv"] + arguments, environment: environment)
        let help = try Plansim.run(["targets", "--help"] + arguments, environment: environment)
        return [
            out.stdout.hasPrefix("规划目标所需增速") ? "zh" : out.stdout.hasPrefix("Growth needed") ? "en" : "?",
            refusal.stderr.contains("missing.csv: 错误：")
                ? "zh" : refusal.stderr.contains("missing.csv: error: ") ? "en" : "?",
            help.stdout.contains("选项：") ? "zh" : help.stdout.contains("OPTIONS:") ? "en" : "?",
        ]
    }

    @Test(
        arguments: [
            // Nothing chosen, or a locale that names no language: Chinese, the plan's language.
            ([], [:], "zh"),
            ([], ["LANG": "C"], "zh"),
            ([], ["LANG": "C.UTF-8"], "zh"),
            ([], ["LC_ALL": "POSIX"], "zh"),
            // A locale that names a language.
            ([], ["LANG": "zh_CN.UTF-8"], "zh"),
            ([], ["LANG": "en_US.UTF-8"], "en"),
            ([], ["LANG": "fr_FR.UTF-8"], "en"),
            ([], ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"], "zh"),
            ([], ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"], "en"),
            // LC_ALL=C overrides LANG, as POSIX reads the locale.
            ([], ["LANG": "en_US.UTF-8", "LC_ALL": "C"], "zh"),
            // PLANSIM_LANG beats the locale.
            ([], ["LANG": "en_US.UTF-8", "PLANSIM_LANG": "zh"], "zh"),
            ([], ["LANG": "zh_CN.UTF-8", "PLANSIM_LANG": "en"], "en"),
            // --lang beats PLANSIM_LANG and the locale.
            (["--lang", "en"], ["LANG": "zh_CN.UTF-8", "PLANSIM_LANG": "zh"], "en"),
            (["--lang=zh"], ["LANG": "en_US.UTF-8", "PLANSIM_LANG": "en"], "zh"),
            (["--lang", "EN"], [:], "en"),
        ] as [([String], [String: String], String)])
    func eachStepOfTheRule(arguments: [String], environment: [String: String], expected: String) throws {
        let found = try Self.languages(arguments, Self.env(environment))
        #expect(
            found == [expected, expected, expected], "\(arguments) \(environment): output, refusal, help were \(found)")
    }

    /// `run` and `sweep` speak the same language under the same environment (they used to
    /// differ under the C locale: a Chinese briefing, an English sweep).
    @Test(
        arguments: [
            ([:], "zh"), (["LANG": "C.UTF-8"], "zh"), (["LANG": "en_US.UTF-8"], "en"), (["LANG": "zh_CN.UTF-8"], "zh"),
            (["PLANSIM_LANG": "en"], "en"),
        ] as [([String: String], String)])
    func runAndSweepAgree(environment: [String: String], expected: String) throws {
        let dir = try SweepCommandTests.workspace()
        try SweepFolderTests.small(dir, samples: 8)
        let environment = Self.env(environment)
        let run = try Plansim.run(
            ["run", "--paths", "100", "--no-inversion", "--quiet", "--out", "r"], in: dir, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let runLanguage = run.stdout.contains("结果已写入") ? "zh" : run.stdout.contains("Results written to") ? "en" : "?"
        let sweep = try Plansim.run(["sweep", "small.scn", "--quiet", "--out", "s"], in: dir, environment: environment)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let sweepLanguage = sweep.stdout.contains("已运行块") ? "zh" : sweep.stdout.contains("ran blocks") ? "en" : "?"
        let refusal = try Plansim.run(
            ["sweep", "small.scn", "--quiet", "--out", "s"], in: dir, environment: environment)
        let refusalLanguage = refusal.stderr.contains("错误：") ? "zh" : refusal.stderr.contains("error: ") ? "en" : "?"
        #expect(
            [runLanguage, sweepLanguage, refusalLanguage] == [expected, expected, expected],
            "\(environment): run \(runLanguage), sweep \(sweepLanguage), its refusal \(refusalLanguage)\n\(run.stdout)\n\(sweep.stdout)\n\(refusal.stderr)"
        )
    }

    /// A scenario's `language` still decides `run`'s briefing when nothing above names one;
    /// a locale that names a language wins over it.
    @Test func aScenarioLanguageFillsInOnlyWhenNothingChose() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("scenario s {\n    paths 100\n    language en\n}\n", to: "s.scn", in: dir)
        let c = try Plansim.run(
            ["run", "s.scn", "--no-inversion", "--quiet", "--out", "a"], in: dir,
            environment: Self.env(["LANG": "C.UTF-8"]))
        #expect(c.status == 0 && c.stdout.contains("Results written to"), "\(c.stderr)")
        let zh = try Plansim.run(
            ["run", "s.scn", "--no-inversion", "--quiet", "--out", "b"], in: dir,
            environment: Self.env(["LANG": "zh_CN.UTF-8"]))
        #expect(zh.status == 0 && zh.stdout.contains("结果已写入"), "\(zh.stderr)")
    }
}
