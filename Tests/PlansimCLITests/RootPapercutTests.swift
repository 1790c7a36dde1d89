import Foundation
import PlansimTestSupport
import Testing

/// The command line's papercuts (issue 13), one test each: typos get a suggestion,
/// numbers are read as the help writes them, options in any case, help without
/// contradictions.
@Suite struct RootPapercutTests {
    @Test func misspelledCommandGetsADidYouMean() throws {
        let r = try Plansim.run(["rnu"], environment: ["PLANSIM_LANG": "en"])
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown command `rnu`; did you mean `run`?"), "\(r.stderr)")
        let zh = try Plansim.run(["rnu"], environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.stderr.contains("是否想用 `run`"), "\(zh.stderr)")
    }

    @Test func scenarioWithoutExtensionSuggestsTheFile() throws {
        let dir = try Plansim.scratchDirectory()
        _ = try Plansim.write("scenario s extends baseline {\n}\n", to: "shock.scn", in: dir)
        let r = try Plansim.run(["run", "shock"], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stderr.contains("did you mean `shock.scn`?"), "\(r.stderr)")
        let near = try Plansim.run(["run", "shok.scn"], in: dir, environment: Plansim.english)
        #expect(near.status == 1 && near.stderr.contains("did you mean `shock.scn`?"), "\(near.stderr)")
    }

    @Test func negativeSeedIsExplainedNotMissing() throws {
        let r = try Plansim.run(["run", "--seed", "-1"], environment: Plansim.english)
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("--seed must be a non-negative integer") && !r.stderr.contains("Missing value"),
            "\(r.stderr)")
    }

    @Test func pathsWithThousandsSeparatorsAreRead() throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            ["run", "--paths", "1,000", "--no-inversion", "--quiet", "--json", "--out", "o"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"paths\": 1000"))
        let bad = try Plansim.run(["run", "--paths", "1,00"], in: dir)
        #expect(bad.status == 1)
    }

    @Test func languageInAnyCaseAndFromTheEnvironment() throws {
        let dir = try Plansim.scratchDirectory()
        let upper = try Plansim.run(
            ["run", "--paths", "200", "--no-inversion", "--quiet", "--lang", "EN", "--out", "o"], in: dir)
        #expect(upper.status == 0 && upper.stdout.contains("Bottom line"), "\(upper.stderr)")
        let env = try Plansim.run(
            ["run", "--paths", "200", "--no-inversion", "--quiet", "--out", "o"], in: dir,
            environment: ["PLANSIM_LANG": "en"])
        #expect(env.status == 0 && env.stdout.contains("Results written to"))
        let report = try Plansim.run(["report", "o", "--format", "md", "--lang", "En"], in: dir)
        #expect(
            report.status == 0
                && FileManager.default.fileExists(atPath: dir.appendingPathComponent("o/briefing-en.md").path))
    }

    /// Messages follow `--lang`/`PLANSIM_LANG`/the locale; English when nothing says otherwise.
    @Test func errorMessagesInTheLanguageChosen() throws {
        let zh = try Plansim.run(["run", "--seed", "-1"], environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.status == 1 && zh.stderr.contains("非负整数"), "\(zh.stderr)")
        let locale = try Plansim.run(["run", "nowhere.scn"], environment: ["LANG": "zh_CN.UTF-8", "PLANSIM_LANG": ""])
        #expect(locale.status == 1 && locale.stderr.contains("找不到该情景文件"), "\(locale.stderr)")
        let report = try Plansim.run(["report", "x", "--format", "pfd", "--lang", "zh"])
        #expect(report.status == 1 && report.stderr.contains("未知格式"), "\(report.stderr)")
        let en = try Plansim.run(["run", "--seed", "-1"], environment: ["PLANSIM_LANG": "en"])
        #expect(en.stderr.contains("non-negative integer"))
    }

    @Test func helpDoesNotContradictItself() throws {
        let run = try Plansim.run(["run", "--help"], environment: Plansim.english)
        #expect(
            run.stdout.contains("(default: all cores)") && !run.stdout.contains("(default: all cores). (default:"),
            "\(run.stdout)")
        let regress = try Plansim.run(["regress", "--help"], environment: Plansim.english)
        let example =
            regress.stdout.components(separatedBy: "plansim regress ").dropFirst().first?.split(separator: " ").first
            .map(String.init) ?? ""
        #expect(
            !example.isEmpty
                && FileManager.default.fileExists(atPath: TestPaths.repository.appendingPathComponent(example).path),
            "example `\(example)`")
    }
}
