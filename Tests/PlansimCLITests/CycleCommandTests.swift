import Foundation
import PlansimTestSupport
import Testing
import ZIPFoundation

/// `plansim evaluate` and `plansim propose` on the illustrative Haibin actuals and on a
/// plan without a linked core, and their refusals.
@Suite struct CycleCommandTests {
    static let actuals = TestPaths.repository.appendingPathComponent(
        "plans/examples/haibin-14th-actuals-ILLUSTRATIVE.csv"
    ).path

    @Test func evaluateJSONFollowsTheInterface() throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            ["evaluate", "--data", Self.actuals, "--json", "--paths", "2000", "--out", "eval"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try PlanCommandTests.object(r.stdout)
        #expect(json["illustrative"] as? Bool == true)
        let rows = try #require(json["evaluation"] as? [[String: Any]])
        #expect(rows.count == 9)
        for row in rows {
            for key in [
                "indicator", "target_year", "target", "actual", "completion", "status", "missing_years", "forecast",
                "outside_interval",
            ] {
                #expect(row.keys.contains(key), "missing \(key)")
            }
        }
        func row(_ id: String) -> [String: Any]? { rows.first { $0["indicator"] as? String == id } }
        // Industrial output: 38.1 against 39.4 → 96.70 % (exact ratio to 1e-12), 基本完成.
        #expect(abs((row("industrial_output")?["completion"] as? Double ?? 0) - 38.1 / 39.4) < 1e-12)
        #expect(row("industrial_output")?["status"] as? String == "基本完成")
        // Investment: the sum 6.1 + 8.4 + 9.7 + 11.2 + 12.3 = 47.7 against 50 (to 1e-12).
        #expect(abs((row("fixed_investment")?["actual"] as? Double ?? 0) - 47.7) < 1e-12)
        #expect(row("above_scale_firms")?["status"] as? String == "提前完成")
        #expect(row("commodity_sales")?["status"] as? String == "未完成")
        let forecast = try #require(row("retail_sales")?["forecast"] as? [String: Double])
        #expect(forecast["p10"]! < forecast["median"]! && forecast["median"]! < forecast["p90"]!)
        for name in ["evaluation.json", "evaluation.csv", "evaluation.md", "evaluation.html", "evaluation.xlsx"] {
            let path = dir.appendingPathComponent("eval/\(name)").path
            #expect(FileManager.default.fileExists(atPath: path), "\(name)")
            var text = ""
            if name == "evaluation.xlsx" {
                let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
                let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
                _ = try archive.extract(sheet) { text += String(decoding: $0, as: UTF8.self) }
            } else {
                text = try String(contentsOfFile: path, encoding: .utf8)
            }
            #expect(text.contains("ILLUSTRATIVE") || text.contains("【示意数据，非真实统计】"), "\(name) must say ILLUSTRATIVE")
        }
    }

    /// Actuals that lack years: completion on what is there, the missing years named.
    @Test func evaluateNamesMissingYearsOnAPlanWithoutLinkedCore() throws {
        let dir = try Plansim.scratchDirectory()
        try Data(CLIPlans.town.utf8).write(to: dir.appendingPathComponent("town.plan"))
        try Data(
            "indicator,year,value\ngdp,2021,26\ngdp,2022,27.5\ngdp,2025,33.9\nnew_jobs,2021,850\nnew_jobs,2023,900\n"
                .utf8
        )
        .write(to: dir.appendingPathComponent("a.csv"))
        let r = try Plansim.run(
            ["evaluate", "--plan", "town.plan", "--data", "a.csv", "--json", "--paths", "1000"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try PlanCommandTests.object(r.stdout)["evaluation"] as? [[String: Any]])
        let gdp = try #require(rows.first { $0["indicator"] as? String == "gdp" })
        #expect(gdp["missing_years"] as? [Int] == [2023, 2024] && gdp["status"] as? String == "完成")
        let jobs = try #require(rows.first { $0["indicator"] as? String == "new_jobs" })
        #expect(jobs["missing_years"] as? [Int] == [2022] && abs((jobs["actual"] as? Double ?? 0) - 1750) < 1e-9)
        let energy = try #require(rows.first { $0["indicator"] as? String == "energy_intensity" })
        #expect(energy["actual"] is NSNull && energy["missing_years"] as? [Int] == [2021, 2022, 2023, 2024, 2025])
    }

    /// A draft whose folder cannot exist (a file stands in its path) is refused before the
    /// simulation runs, naming the file in the way; nothing is written.
    @Test func proposeRefusesADraftInsideAFileBeforeRunning() throws {
        let dir = try Plansim.scratchDirectory()
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let r = try Plansim.run(
            [
                "propose", "--data", Self.actuals, "--base-year", "2025", "--target-year", "2030",
                "--out", "notes.txt/draft.plan", "--lang", "en",
            ], in: dir)
        #expect(
            r.status == 1 && r.stderr.contains("notes.txt is a file, not a folder") && r.stdout.isEmpty, "\(r.stderr)")
    }

    @Test func proposeGivesOrderedTargetsAndADraftThatChecks() throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            [
                "propose", "--data", Self.actuals, "--base-year", "2025", "--target-year", "2030", "--json",
                "--paths", "4000", "--out", "drafts/15th/draft.plan",
            ], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // The draft's folder did not exist: it is made, as the report folder is.
        try FileManager.default.moveItem(
            at: dir.appendingPathComponent("drafts/15th/draft.plan"), to: dir.appendingPathComponent("draft.plan"))
        let document = try PlanCommandTests.object(r.stdout)
        #expect(document["format"] as? String == "plansim.proposals" && document["version"] as? Int == 4)
        let proposals = try #require(document["proposals"] as? [[String: Any]])
        #expect(proposals.count == 9)
        for p in proposals {
            for key in ["indicator", "baseYear", "base", "targetYear", "value", "odds", "points", "wordingZH"] {
                #expect(p.keys.contains(key), "missing \(key)")
            }
            let points = try #require(p["points"] as? [[String: Any]])
            #expect(points.compactMap { $0["probability"] as? Double } == [0.5, 0.7, 0.9])
            // Floors: the surer the odds, the lower the value (non-increasing); ceilings the reverse.
            let values = points.compactMap { $0["value"] as? Double }
            let ceiling = p["ceiling"] as? Bool == true
            #expect(ceiling ? values[0] <= values[2] : values[0] >= values[2], "\(p["indicator"]!): \(values)")
        }
        let draft = try String(contentsOf: dir.appendingPathComponent("draft.plan"), encoding: .utf8)
        #expect(
            draft.contains("ILLUSTRATIVE") && draft.contains("period 2026..2030") && draft.contains("base 2025 38.1 亿元")
                && draft.contains("plan haibin_15th_draft"))
        #expect(draft.contains("target sum 2026..2030"))
        let check = try Plansim.run(["check", "draft.plan"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        let fmt = try Plansim.run(["fmt", "--check", "draft.plan"], in: dir)
        #expect(fmt.status == 0, "\(fmt.stderr)")
    }

    @Test(arguments: [
        (
            ["propose", "--base-year", "2025", "--target-year", "2030", "--odds", "50,100"], "--odds",
            "`100` is not a probability strictly between 0 and 100"
        ),
        (
            ["propose", "--base-year", "2025", "--target-year", "2030", "--odds", "0"], "--odds",
            "`0` is not a probability"
        ),
        (
            ["propose", "--base-year", "2025", "--target-year", "2030", "--odds", "abc"], "--odds",
            "`abc` is not a probability"
        ),
        (["propose", "--base-year", "2026", "--target-year", "2030"], "a.csv", "no actuals for 2026, the base year"),
        (["propose", "--base-year", "2025", "--target-year", "2024"], "--target-year", "not after the base year"),
    ])
    func proposeRefusesBadInput(_ args: [String], _ file: String, _ message: String) throws {
        let dir = try Plansim.scratchDirectory()
        try Data("indicator,year,value\nindustrial_output,2025,38.1\n".utf8).write(
            to: dir.appendingPathComponent("a.csv"))
        let r = try Plansim.run(
            args + ["--data", "a.csv", "--out", "draft.plan"], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr.contains(file) && r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("draft.plan").path))
    }

    @Test func actualsForAnIndicatorThePlanLacksAreRefused() throws {
        let dir = try Plansim.scratchDirectory()
        try Data("indicator,year,value\nindustrial_outptu,2025,38.1\n".utf8).write(
            to: dir.appendingPathComponent("a.csv"))
        for args in [
            ["evaluate", "--data", "a.csv", "--out", "e"],
            ["propose", "--data", "a.csv", "--base-year", "2025", "--target-year", "2030"],
        ] {
            let r = try Plansim.run(args, in: dir)
            #expect(
                r.status == 1 && r.stderr.contains("a.csv:2") && r.stderr.contains("industrial_output"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("e").path))
    }
}
