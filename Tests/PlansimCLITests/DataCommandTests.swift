import Foundation
import PlansimTestSupport
import Testing

/// `plansim targets`, `plansim data show|history|import` and `--data`, as the built binary.
@Suite struct DataCommandTests {
    func json(_ arguments: [String], in dir: URL? = nil) throws -> [String: Any] {
        let result = try Plansim.run(arguments, in: dir)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The figures: industrial_output ≈ 0.05589, fixed_investment ≈ 0.28164,
    /// new_employment ≈ 0.03405 (5e-6 is the rounding of those quoted figures).
    @Test func targetsJSONGivesRequiredRates() throws {
        let targets = try #require(try json(["targets", "--json"])["targets"] as? [[String: Any]])
        #expect(targets.count == 9)
        let byId = Dictionary(uniqueKeysWithValues: targets.map { ($0["indicator"] as! String, $0) })
        for (id, rate) in [("industrial_output", 0.05589), ("fixed_investment", 0.28164), ("new_employment", 0.03405)] {
            let required = try #require(byId[id]?["required_growth"] as? Double)
            #expect(abs(required - rate) < 5e-6, "\(id): \(required)")
        }
        #expect(byId["fixed_investment"]?["kind"] as? String == "period_sum")
        #expect(byId["retail_sales"]?["history_growth"] is NSNull)
        #expect(byId["industrial_output"]?["history_growth"] is Double)
        for key in [
            "indicator", "base_year", "base", "target_year", "target", "kind", "required_growth", "history_growth",
        ] {
            #expect(targets.allSatisfy { $0[key] != nil }, "missing \(key)")
        }
    }

    @Test func targetsTextInBothLanguages() throws {
        let zh = try Plansim.run(["targets"])
        #expect(zh.stdout.contains("工业总产值") && zh.stdout.contains("5.59%") && zh.stdout.contains("28.16%"))
        let en = try Plansim.run(["targets", "--lang", "en"])
        #expect(en.stdout.contains("Industrial output") && en.stdout.contains("sum 2021–2025"))
    }

    @Test func historyJSONMarksReconstructedPointsAndMeetsSums() throws {
        let series = try #require(try json(["data", "history", "--json"])["series"] as? [[String: Any]])
        for (id, sum) in [("industrial_output", 183.36), ("fixed_investment", 94.43)] {
            let points = try #require(series.first { $0["indicator"] as? String == id }?["points"] as? [[String: Any]])
            let history = points.filter { (2016...2020).contains($0["year"] as! Int) }
            let total = history.reduce(0.0) { $0 + ($1["value"] as! Double) }
            #expect(abs(total - sum) <= 1e-9 * sum, "\(id): \(total)")
            #expect(history.filter { $0["origin"] as? String == "reconstructed" }.count == 4)
        }
    }

    @Test func plannersCSVReplacesReconstructedPoints() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "indicator,year,value\nindustrial_output,2017,41\nindustrial_output,2021,31.5\n", to: "mine.csv", in: dir)
        let series = try #require(
            try json(["data", "history", "--json", "--data", "mine.csv"], in: dir)["series"] as? [[String: Any]])
        let points = try #require(
            series.first { $0["indicator"] as? String == "industrial_output" }?["points"] as? [[String: Any]])
        #expect(points.first { $0["year"] as? Int == 2017 }?["origin"] as? String == "user")
        #expect(points.first { $0["year"] as? Int == 2021 }?["value"] as? Double == 31.5)
        let targets = try #require(
            try json(["targets", "--json", "--data", "mine.csv"], in: dir)["targets"] as? [[String: Any]])
        let progress = try #require(
            targets.first { $0["indicator"] as? String == "industrial_output" }?["progress"] as? [String: Any])
        #expect(progress["latest_year"] as? Int == 2021)
    }

    @Test func importShowsChangesAndChangesNothing() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("indicator,year,value\n新增就业人口,2021,2100\n", to: "mine.csv", in: dir)
        let result = try Plansim.run(["data", "import", "mine.csv", "--lang", "en"], in: dir)
        #expect(result.status == 0)
        #expect(
            result.stdout.contains("new_employment") && result.stdout.contains("2100")
                && result.stdout.contains("sha256"))
    }

    @Test func importRefusesBadFileWithEveryErrorAndNoOutput() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("indicator,year,value\nretail_sale,2021,1\nretail_sales,2021,-1\n", to: "bad.csv", in: dir)
        for arguments in [
            ["data", "import", "bad.csv"], ["targets", "--data", "bad.csv"],
            ["data", "history", "--data", "bad.csv", "--json"],
        ] {
            let result = try Plansim.run(arguments, in: dir, environment: Plansim.english)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("bad.csv:2:1: error: unknown indicator `retail_sale`"))
            #expect(result.stderr.contains("did you mean `retail_sales`?"))
            #expect(result.stderr.contains("bad.csv:3:"))
        }
    }

    @Test func showListsIndicatorsNotesAndFacts() throws {
        let show = try json(["data", "show", "--json"])
        #expect((show["indicators"] as? [[String: Any]])?.count == 9)
        #expect(
            (show["facts"] as? [[String: Any]])?.contains { $0["id"] as? String == "carbon_neutral_forest" } == true)
        let text = try Plansim.run(["data", "show", "--lang", "en"])
        #expect(text.stdout.contains("implausible"))
    }

    @Test func badLanguageIsRefused() throws {
        let result = try Plansim.run(["targets", "--lang", "fr"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }
}
