import Testing
import Foundation
import PlansimTestSupport

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
        let r = try Plansim.run(["run", "--plan", "county.plan", "--paths", "500", "--no-inversion", "--json", "--out", "o"], in: dir)
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
        #expect(r.stdout.contains("K₀ = κ·Y₀ = 2.5 × 40 = 100") && r.stdout.contains("Y₀ the output of 2025, the year before the simulation"), "\(r.stdout)")
        #expect(r.stdout.contains("  K₀ = κ·Y₂₀₂₅, TFP growth is its prior"))
        #expect(!r.stdout.contains("2016–2020") && !r.stdout.contains("Y₂₀₂₀"))
        let json = try Plansim.run(["fit", "--plan", "county.plan", "--json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let model = try #require(object["simulation"] as? [String: Any])
        let linked = try #require(model["linked"] as? [String: Any])
        #expect(model["first_year"] as? Int == 2026 && linked["base_year"] as? Int == 2025 && linked["output_2020"] as? Double == 40)
    }

    /// Haibin's fit keeps its years: the 2016–2020 history is reconstructed, K₀ = κ·Y₂₀₂₀.
    @Test func haibinsFitKeepsItsYears() throws {
        let r = try Plansim.run(["fit", "--lang", "en"])
        #expect(r.stdout.contains("the reconstructed 2016–2020 history does not enter the simulation: K₀ = κ·Y₂₀₂₀, TFP growth is its prior"))
        #expect(r.stdout.contains("Y₀ the output of 2020, the year before the simulation"))
    }

    /// A scenario year before the plan's first simulated year: exit 1, located, nothing written.
    @Test func aScenarioYearBeforeThePlanIsRefused() throws {
        let dir = try Self.directory()
        try Plansim.write("scenario early {\n    plan \"county.plan\"\n    assume output growth 5% over 2024..2027\n}\n", to: "a.scn", in: dir)
        for args in [["check", "a.scn"], ["run", "a.scn", "--out", "o"]] {
            let r = try Plansim.run(args, in: dir)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(args): \(r.stdout)")
            #expect(r.stderr.contains("year 2024 is before 2026, the first simulated year") && r.stderr.contains("a.scn:3:34"), "\(r.stderr)")
            #expect(r.stderr.contains("plansim simulates from 2026 (the year after the 2025 base)"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    @Test func dataShowNamesTheSumsOwnYears() throws {
        let dir = try Self.directory()
        let r = try Plansim.run(["data", "show", "--plan", "county.plan", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("55 (2026–2030 sum)") && !r.stdout.contains("2021–2025 sum"), "\(r.stdout)")
    }
}
