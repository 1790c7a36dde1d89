import Foundation
import PlansimTestSupport
import Testing

/// `plansim check`, `fmt`, `explain` and `run FILE` as the built binary.
@Suite struct ScenarioCommandTests {
    static var scenarios: URL { TestPaths.repository.appendingPathComponent("scenarios") }

    @Test func checkAcceptsTheLibrary() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios.path).filter {
            $0.hasSuffix(".scn")
        }
        let r = try Plansim.run(["check"] + files, in: Self.scenarios, environment: Plansim.english)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("baseline.scn: ok"))
    }

    @Test func checkReportsEveryErrorLocatedAndExits1() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "scenario a {\n    asume retail_sales growth 5% over 2021..2025\n    assume retail_salez growth 5% over 2021..2025\n}\n",
            to: "bad.scn", in: dir)
        let r = try Plansim.run(["check", "bad.scn"], in: dir, environment: Plansim.english)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error[E011]: unknown statement `asume`"))
        #expect(r.stderr.contains("--> bad.scn:2:5"))
        #expect(r.stderr.contains("--> bad.scn:3:12"))
        #expect(r.stderr.contains("= help: did you mean `retail_sales`?"))
        let json = try Plansim.run(["check", "--json", "bad.scn"], in: dir)
        #expect(json.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(
            items[0]["line"] as? Int == 2 && items[0]["column"] as? Int == 5
                && items[0]["severity"] as? String == "error")
        for key in ["file", "line", "column", "severity", "message"] { #expect(items[0][key] != nil) }
    }

    @Test func fmtRewritesAndChecks() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("scenario a{\n  seed   5\n}\n", to: "a.scn", in: dir)
        let before = try Plansim.run(["fmt", "--check", "a.scn"], in: dir, environment: Plansim.english)
        #expect(before.status == 1 && before.stderr.contains("not formatted"))
        #expect(try Plansim.run(["fmt", "a.scn"], in: dir).status == 0)
        #expect(
            try String(contentsOf: dir.appendingPathComponent("a.scn"), encoding: .utf8)
                == "scenario a {\n    seed 5\n}\n")
        #expect(try Plansim.run(["fmt", "--check", "a.scn"], in: dir).status == 0)
    }

    @Test func fmtRefusesFilesWithSyntaxErrors() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("scenario a {\n    seed 1 @\n}\n", to: "a.scn", in: dir)
        let r = try Plansim.run(["fmt", "a.scn"], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stderr.contains("unexpected character `@`"))
        #expect(try String(contentsOf: dir.appendingPathComponent("a.scn"), encoding: .utf8).contains("@"))
    }

    @Test func explainShowsWhereEachValueCameFrom() throws {
        let r = try Plansim.run(["explain", "restructuring.scn"], in: Self.scenarios)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("seed 20210929") && r.stdout.contains("← baseline (baseline.scn:"))
        #expect(
            r.stdout.contains("shock industrial_output -6% from 2022")
                && r.stdout.contains("← restructuring (restructuring.scn:"))
    }

    @Test func runAScenarioFileWritesUnderItsName() throws {
        let dir = try Plansim.scratchDirectory()
        for name in ["baseline.scn", "epidemic_shock.scn"] {
            try FileManager.default.copyItem(
                at: Self.scenarios.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let r = try Plansim.run(
            ["run", "epidemic_shock.scn", "--paths", "1500", "--no-inversion", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("Scenario epidemic_shock") && r.stdout.contains("New employment minimum at least 0: met"))
        #expect(
            FileManager.default.fileExists(
                atPath: dir.appendingPathComponent("notebooks-out/epidemic_shock/checks.json").path))
        let choose = try Plansim.run(
            ["run", "epidemic_shock.scn", "--scenario", "baselin", "--paths", "100", "--no-inversion"], in: dir,
            environment: Plansim.english)
        #expect(choose.status == 1 && choose.stderr.contains("did you mean `baseline`?"))
    }

    @Test func runRefusesABrokenScenarioWithoutRunning() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "scenario a {\n    horizon 2030\n    shock retail_sales -5% in 2031\n}\n", to: "a.scn", in: dir)
        let r = try Plansim.run(["run", "a.scn", "--paths", "100"], in: dir, environment: Plansim.english)
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("year 2031 is outside the simulated years 2021–2030")
                && r.stderr.contains("nothing was run"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("notebooks-out").path))
    }
}

/// `plansim compare` on common random numbers: a scenario's differences are its own.
@Suite struct CompareCommandTests {
    /// `baseline` with no file of that name is the built-in baseline, as `run` without a
    /// file: the same numbers as comparing against scenarios/baseline.scn.
    @Test func theBuiltInBaselineIsNamedBaseline() throws {
        let dir = try Plansim.scratchDirectory()
        let scenarios = TestPaths.repository.appendingPathComponent("scenarios")
        for name in ["baseline.scn", "epidemic_shock.scn"] {
            try FileManager.default.copyItem(
                at: scenarios.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let builtIn = try Plansim.run(
            ["compare", "baseline", "epidemic_shock.scn", "--paths", "500", "--json", "--out", "a"], in: dir)
        let file = try Plansim.run(
            ["compare", "baseline.scn", "epidemic_shock.scn", "--paths", "500", "--json", "--out", "b"], in: dir)
        #expect(builtIn.status == 0 && file.status == 0, "\(builtIn.stderr)")
        let rows = { (text: String) in
            ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any])?["rows"] as? [[String: Any]]
        }
        #expect(rows(builtIn.stdout).map { NSArray(array: $0) } == rows(file.stdout).map { NSArray(array: $0) })
    }

    @Test func comparesAgainstTheFirstWithExactCommonRandomNumbers() throws {
        let dir = try Plansim.scratchDirectory()
        let scenarios = TestPaths.repository.appendingPathComponent("scenarios")
        for name in ["baseline.scn", "epidemic_shock.scn"] {
            try FileManager.default.copyItem(
                at: scenarios.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let r = try Plansim.run(
            [
                "compare", "baseline.scn", "epidemic_shock.scn", "--paths", "1000", "--json", "--out", "cmp",
                "--format",
                "xlsx",
            ], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        func pct(_ id: String, _ year: Int) -> Double? {
            (rows.first { $0["indicator"] as? String == id && $0["year"] as? Int == year }?["pct_diff"] as? [Double])?
                .first
        }
        // A one-off −15 % shock in 2022: −15 % on the median that year and none after, to
        // rounding (the shock is added and later removed in log space: a few ulp).
        #expect(abs((pct("retail_sales", 2022) ?? 0) + 0.15) < 1e-9)
        #expect(abs(pct("retail_sales", 2023) ?? 1) < 1e-12)
        #expect(pct("market_entities", 2022) == 0)
        for name in ["comparison.md", "comparison.html", "comparison.xlsx", "comparison.csv", "comparison.json"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cmp/\(name)").path))
        }
        // On a par with run: an English comparison beside the Chinese one, no `-0`,
        // --threads/--quiet/--data accepted, and `report` re-renders the folder.
        let en = try Plansim.run(
            [
                "compare", "baseline.scn", "epidemic_shock.scn", "--paths", "1,000", "--threads", "1", "--quiet",
                "--lang", "EN", "--out", "cmp",
            ], in: dir)
        #expect(en.status == 0, "\(en.stderr)")
        #expect(!en.stdout.contains(" -0 ") && !en.stdout.contains("-0.00%"), "\(en.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cmp/comparison-en.html").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cmp/comparison.md").path))
        // Without `--format xlsx` no workbook is written, as `run` writes only the formats asked.
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cmp/comparison-en.xlsx").path))
        let saved = try Data(contentsOf: dir.appendingPathComponent("cmp/comparison.json"))
        let again = try Plansim.run(["report", "cmp", "--lang", "en"], in: dir)
        #expect(again.status == 0 && again.stdout.contains("comparison-en.xlsx"), "\(again.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("cmp/comparison.json")) == saved)
        let one = try Plansim.run(["compare", "baseline.scn"], in: dir, environment: Plansim.english)
        #expect(one.status == 1 && one.stderr.contains("at least two"))
    }
}
