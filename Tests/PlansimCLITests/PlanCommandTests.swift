import Foundation
import PlansimTestSupport
import Testing

/// `--plan`, `plan show|export` and plan files through the built binary.
@Suite struct PlanCommandTests {
    static let haibin = TestPaths.repository.appendingPathComponent("plans/haibin-14th.plan").path

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The embedded default and plans/haibin-14th.plan give the same run, bit for bit: the
    /// JSON text of everything but the provenance block (creation time, data description).
    @Test func embeddedDefaultAndFileRunIdentically() throws {
        let dir = try Plansim.scratchDirectory()
        func run(_ extra: [String], _ out: String) throws -> String {
            let r = try Plansim.run(
                ["run", "--json", "--paths", "3000", "--seed", "11", "--threads", "2", "--out", out] + extra, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            var json = try Self.object(r.stdout)
            json["provenance"] = nil
            return String(
                decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]), as: UTF8.self)
        }
        let embedded = try run([], "a"), file = try run(["--plan", Self.haibin], "b")
        #expect(embedded == file)
        #expect(embedded.contains("industrial_output"))
    }

    @Test func showAndExport() throws {
        let dir = try Plansim.scratchDirectory()
        let show = try Plansim.run(["plan", "show", "--lang", "en"], in: dir)
        #expect(
            show.status == 0 && show.stdout.contains("Linked core: investment fixed_investment")
                && show.stdout.contains("2021–2025 Σ ≥ 50"))
        let export = try Plansim.run(["plan", "export", "--out", "mine.plan"], in: dir)
        #expect(export.status == 0, "\(export.stderr)")
        let written = try String(contentsOf: dir.appendingPathComponent("mine.plan"), encoding: .utf8)
        #expect(written == (try String(contentsOfFile: Self.haibin, encoding: .utf8)))
        let again = try Plansim.run(["plan", "export", "--out", "mine.plan"], in: dir, environment: Plansim.english)
        #expect(again.status == 1 && again.stderr.contains("exists already"))
        let check = try Plansim.run(["check", "mine.plan"], in: dir, environment: Plansim.english)
        #expect(check.status == 0 && check.stdout.contains("plan haibin_14th: 9 indicators"))
    }

    /// A plan without a linked core: `check` accepts it, `run` simulates it, targets and
    /// data read it; a scenario file can name it.
    @Test func anotherPlanRuns() throws {
        let dir = try Plansim.scratchDirectory()
        try Data(CLIPlans.town.utf8).write(to: dir.appendingPathComponent("town.plan"))
        #expect(try Plansim.run(["check", "town.plan"], in: dir).status == 0)
        let run = try Plansim.run(["run", "--plan", "town.plan", "--paths", "2000", "--json", "--out", "o"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.object(run.stdout)
        let targets = try #require(json["targets"] as? [[String: Any]])
        #expect(Set(targets.compactMap { $0["indicator"] as? String }) == ["gdp", "energy_intensity", "new_jobs"])
        for t in targets {
            let p = try #require(t["probability"] as? Double)
            #expect(p >= 0 && p <= 1)
        }
        let report = try Plansim.run(["report", "o", "--plan", "town.plan", "--format", "md", "--lang", "en"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let briefing = try String(contentsOf: dir.appendingPathComponent("o/briefing-en.md"), encoding: .utf8)
        #expect(briefing.contains("Gross domestic product"))
        // Its own title, never Haibin's.
        let chinese = try String(contentsOf: dir.appendingPathComponent("o/briefing.md"), encoding: .utf8)
        #expect(!briefing.contains("Haibin") && !chinese.contains("海滨街道"))
        let fit = try Plansim.run(["fit", "--plan", "town.plan", "--lang", "en"], in: dir)
        #expect(
            fit.status == 0 && fit.stdout.contains("linked core: none") && !fit.stdout.contains("linked core —"),
            "\(fit.stderr)")
        let data = try Plansim.run(["targets", "--plan", "town.plan", "--lang", "en"], in: dir)
        #expect(data.status == 0 && data.stdout.contains("Gross domestic product"), "\(data.stderr)")
        try Data(
            "scenario s {\n    plan \"town.plan\"\n    paths 1000\n    assume gdp growth 4% over 2021..2025\n}\n".utf8
        )
        .write(to: dir.appendingPathComponent("s.scn"))
        let scenario = try Plansim.run(["run", "s.scn", "--out", "s", "--no-inversion"], in: dir)
        #expect(scenario.status == 0, "\(scenario.stderr)")
    }

    /// A sweep and a comparison on another plan: named in the scenario, or given with --plan.
    @Test func sweepAndCompareTakeThePlan() throws {
        let dir = try Plansim.scratchDirectory()
        try Data(CLIPlans.town.utf8).write(to: dir.appendingPathComponent("town.plan"))
        let sweep =
            "scenario s {\n    plan \"town.plan\"\n    assume gdp growth 6% over 2021..2025\n    sweep g {\n        vary assume gdp growth uniform(3%, 9%)\n"
            + "        method lhs\n        samples 8\n        measure probability gdp\n    }\n}\n"
        try Data(sweep.utf8).write(to: dir.appendingPathComponent("s.scn"))
        let r = try Plansim.run(["sweep", "s.scn", "--quiet", "--out", "sw"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("probability_gdp"), "\(r.stderr)")
        for (name, growth) in [("a", "4%"), ("b", "8%")] {
            try Data("scenario \(name) {\n    assume gdp growth \(growth) over 2021..2025\n}\n".utf8).write(
                to: dir.appendingPathComponent("\(name).scn"))
        }
        // Shards on --plan: the manifest records the plan, so merge reads it again.
        let sharded =
            "scenario t {\n    assume gdp growth 6% over 2021..2025\n    sweep g {\n        vary assume gdp growth uniform(3%, 9%)\n"
            + "        method lhs\n        samples 512\n        measure probability gdp\n    }\n}\n"
        try Data(sharded.utf8).write(to: dir.appendingPathComponent("t.scn"))
        for k in 1...2 {
            let shard = try Plansim.run(
                ["sweep", "t.scn", "--plan", "town.plan", "--shard", "\(k)/2", "--quiet", "--out", "k\(k)"], in: dir)
            #expect(shard.status == 0, "\(shard.stderr)")
        }
        let merged = try Plansim.run(["merge", "k1", "k2"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        let compare = try Plansim.run(
            ["compare", "a.scn", "b.scn", "--plan", "town.plan", "--paths", "500", "--json", "--out", "c"], in: dir)
        #expect(compare.status == 0 && compare.stdout.contains("gdp"), "\(compare.stderr)")
        let without = try Plansim.run(
            ["compare", "a.scn", "b.scn", "--paths", "500", "--out", "c2"], in: dir, environment: Plansim.english)
        #expect(without.status == 1 && without.stderr.contains("unknown indicator `gdp`"))
    }

    /// Each kind of bad plan: located message, exit 1, nothing written.
    @Test(arguments: [
        ("unit 亿元", "unit 亿圆", "error[E040]: unknown unit `亿圆`\n --> bad.plan:6:14"),
        ("base 2020 25 亿元", "base 2020 -1 亿元", "error[E044]"),
        ("target 2025 growth 6% about", "target 2019 growth 6% about", "error[E041]"),
        ("target sum 2021..2025 4500 人", "target sum 4500 人", "error[E042]"),
        ("indicator new_jobs {", "indicator gdp {", "error[E043]"),
        (
            "period 2021..2025",
            "period 2021..2025\n    linked investment gdp\n    linked output gdp\n    linked employment new_jobs",
            "error[E045]"
        ),
    ])
    func eachBadPlanIsRefused(_ find: String, _ replace: String, _ expected: String) throws {
        let dir = try Plansim.scratchDirectory()
        let text = CLIPlans.town.replacingOccurrences(of: find, with: replace)
        #expect(text != CLIPlans.town)
        try Data(text.utf8).write(to: dir.appendingPathComponent("bad.plan"))
        let r = try Plansim.run(
            ["run", "--plan", "bad.plan", "--out", "never", "--paths", "100"], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stdout.isEmpty && r.stderr.contains(expected), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("never").path))
    }

    @Test func badPlanFileIsRefusedLocated() throws {
        let dir = try Plansim.scratchDirectory()
        try Data(CLIPlans.town.replacingOccurrences(of: "unit 人", with: "unit 仁").utf8).write(
            to: dir.appendingPathComponent("bad.plan"))
        for args in [
            ["check", "bad.plan"], ["run", "--plan", "bad.plan", "--out", "never"],
            ["data", "show", "--plan", "bad.plan"],
        ] {
            let r = try Plansim.run(args, in: dir, environment: Plansim.english)
            #expect(r.status == 1, "\(args)")
            #expect(
                r.stderr.contains("bad.plan:") && r.stderr.contains("unknown unit `仁`") && r.stdout.isEmpty,
                "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("never").path))
        let missing = try Plansim.run(["run", "--plan", "nope.plan"], in: dir, environment: Plansim.english)
        #expect(missing.status == 1 && missing.stderr.contains("nope.plan: error: no such plan file"))
    }
}

/// Plans the CLI tests write.
enum CLIPlans {
    static let town = """
        plan town_14th {
            title "某镇“十四五”规划"
            period 2021..2025
            indicator gdp {
                name "地区生产总值" "Gross domestic product"
                unit 亿元
                kind annual_level
                base 2020 25 亿元
                target 2025 growth 6% about
            }
            indicator energy_intensity {
                name "单位GDP能耗" "Energy use per unit of GDP"
                unit 吨标准煤
                kind annual_level
                attribute 约束性
                base 2020 0.8
                target 2025 <= change -13.5%
            }
            indicator new_jobs {
                name "城镇新增就业" "New urban jobs"
                unit 人
                kind annual_flow
                base 2020 800
                target sum 2021..2025 4500 人
            }
        }

        """
}
