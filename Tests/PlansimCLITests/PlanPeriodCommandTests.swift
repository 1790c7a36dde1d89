import Foundation
import PlansimTestSupport
import Testing

/// `run`, `fit`, `check` and `data show` on a plan of another period (2026–2030, base
/// 2025): years, starting capital and messages name that plan's years, never Haibin's.
@Suite struct PlanPeriodCommandTests {
    static func directory() throws -> URL {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(NextPlanFixture.text, to: "county.plan", in: dir)
        return dir
    }

    @Test func runSimulatesFromTheYearAfterTheBase() throws {
        let dir = try Self.directory()
        let r = try Plansim.run(
            ["run", "--plan", "county.plan", "--paths", "500", "--no-inversion", "--json", "--out", "o"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let indicators = try #require(json["indicators"] as? [[String: Any]])
        for indicator in indicators {
            let years = try #require(indicator["years"] as? [[String: Any]])
            #expect(years.first?["year"] as? Int == 2026 && years.last?["year"] as? Int == 2035)
        }
    }

    @Test func fitNamesThePlansYears() throws {
        let dir = try Self.directory()
        let r = try Plansim.run(["fit", "--plan", "county.plan", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("K₀ = κ·Y₀ = 2.5 × 40 = 100")
                && r.stdout.contains("Y₀ the output of 2025, the year before the simulation"), "\(r.stdout)")
        #expect(r.stdout.contains("  K₀ = κ·Y₂₀₂₅, TFP growth is its prior"))
        #expect(!r.stdout.contains("2016–2020") && !r.stdout.contains("Y₂₀₂₀"))
        let json = try Plansim.run(["fit", "--plan", "county.plan", "--json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let model = try #require(object["simulation"] as? [String: Any])
        let linked = try #require(model["linked"] as? [String: Any])
        #expect(
            model["first_year"] as? Int == 2026 && linked["base_year"] as? Int == 2025
                && linked["output_base"] as? Double == 40)
    }

    /// Haibin's fit keeps its years: the 2016–2020 history is reconstructed, K₀ = κ·Y₂₀₂₀.
    @Test func haibinsFitKeepsItsYears() throws {
        let r = try Plansim.run(["fit", "--lang", "en"])
        #expect(
            r.stdout.contains(
                "the reconstructed 2016–2020 history does not enter the simulation: K₀ = κ·Y₂₀₂₀, TFP growth is its prior"
            ))
        #expect(r.stdout.contains("Y₀ the output of 2020, the year before the simulation"))
    }

    /// A scenario year before the plan's first simulated year: exit 1, located, nothing written.
    @Test func aScenarioYearBeforeThePlanIsRefused() throws {
        let dir = try Self.directory()
        try Plansim.write(
            "scenario early {\n    plan \"county.plan\"\n    assume output growth 5% over 2024..2027\n}\n", to: "a.scn",
            in: dir)
        for args in [["check", "a.scn"], ["run", "a.scn", "--out", "o"]] {
            let r = try Plansim.run(args, in: dir, environment: Plansim.english)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(args): \(r.stdout)")
            #expect(
                r.stderr.contains("year 2024 is before 2026, the first simulated year")
                    && r.stderr.contains("a.scn:3:34"), "\(r.stderr)")
            #expect(r.stderr.contains("plansim simulates from 2026 (the year after the 2025 base)"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    @Test func dataShowNamesTheSumsOwnYears() throws {
        let dir = try Self.directory()
        let r = try Plansim.run(["data", "show", "--plan", "county.plan", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("55 (2026–2030 sum)") && !r.stdout.contains("2021–2025 sum"), "\(r.stdout)")
        // The columns are the plan's base and target years, not Haibin's 2020 and 2025.
        let header = r.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("2025") && header.contains("2030 target") && !header.contains("2020"), "\(header)")
        #expect(!r.stdout.contains("2016–2020"))
    }

    /// `targets` heads its columns with the plan's years and titles the table with the plan's
    /// own title, Haibin's included; Haibin's table keeps its 2020 / 2025 / 2016–2020 headings.
    @Test func targetsNameThePlansYears() throws {
        let dir = try Self.directory()
        let r = try Plansim.run(["targets", "--plan", "county.plan", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("2030 target") && !r.stdout.contains("2025 target") && !r.stdout.contains("Haibin"),
            "\(r.stdout)")
        let haibin = try Plansim.run(["targets", "--lang", "en"], in: dir)
        #expect(
            haibin.stdout.contains("2025 target") && haibin.stdout.contains("2016–2020 growth")
                && haibin.stdout.hasPrefix(
                    "Growth needed by the plan's targets (Haibin Sub-district, Binhai New Area, Tianjin: 14th Five-Year Plan (2021–2025) and 2035 vision)\n"
                ),
            "the title comes from the plan file, Haibin's as any other: \(haibin.stdout)")
        let zh = try Plansim.run(["targets", "--lang", "zh"], in: dir)
        #expect(zh.stdout.hasPrefix("规划目标所需增速（天津市滨海新区海滨街道国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要）\n"), "\(zh.stdout)")
    }

    /// `propose` takes the years of the plan it is given: a base year before the plan's own is refused.
    @Test func proposeRefusesYearsOutsideThePlan() throws {
        let dir = try Self.directory()
        try Plansim.write("indicator,year,value\noutput,2030,50\n", to: "a.csv", in: dir)
        for (base, target) in [("2020", "2030"), ("2030", "2070")] {
            let r = try Plansim.run(
                [
                    "propose", "--plan", "county.plan", "--data", "a.csv", "--base-year", base, "--target-year", target,
                    "--out", "d.plan",
                ], in: dir, environment: Plansim.english)
            #expect(r.status == 1 && r.stdout.isEmpty)
            #expect(
                r.stderr.contains("--target-year") && r.stderr.contains("plansim simulates this plan over 2026–2065"),
                "\(r.stderr)")
            #expect(r.stderr.contains("use a base year from 2025 and a target year up to 2065"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("d.plan").path))
    }

    /// A plan for 2036–2040: the built-in baseline runs to 2040, not Haibin's 2035.
    @Test func aLaterPlanRunsToItsOwnHorizon() throws {
        let dir = try Plansim.scratchDirectory()
        let text = NextPlanFixture.text.replacingOccurrences(of: "2026..2030", with: "2036..2040")
            .replacingOccurrences(of: "2025", with: "2035").replacingOccurrences(of: "2030", with: "2040")
        try Plansim.write(text, to: "later.plan", in: dir)
        let r = try Plansim.run(
            ["run", "--plan", "later.plan", "--paths", "300", "--no-inversion", "--json", "--out", "o"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let years = try #require((json["indicators"] as? [[String: Any]])?.first?["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == (2036...2040).map { $0 })
    }
}
