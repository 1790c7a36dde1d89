import Foundation
import PlansimTestSupport
import Testing

/// `plansim run --data` with actuals: evaluation that agrees with itself, evidence grades,
/// inversions only where a target is still open, forecast misses.
@Suite struct RunEvaluationTests {
    static func run(_ csv: String, _ extra: [String] = []) throws -> (
        status: Int32, json: [String: Any], stdout: String
    ) {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(csv, to: "actuals.csv", in: dir)
        let text = try Plansim.run(
            ["run", "--data", "actuals.csv", "--paths", "4000", "--seed", "3", "--lang", "en", "--out", "t"] + extra,
            in: dir)
        let json = try Plansim.run(
            ["run", "--data", "actuals.csv", "--paths", "4000", "--seed", "3", "--json", "--out", "j"] + extra, in: dir)
        let object = (try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) as? [String: Any] ?? [:]
        return (json.status, object, text.stdout)
    }

    static func target(_ json: [String: Any], _ id: String) -> [String: Any]? {
        (json["targets"] as? [[String: Any]])?.first { $0["indicator"] as? String == id }
    }

    /// The defect: a final 2021–25 sum of 48 (< 50) got P = 0.00 % and 基本符合预期, and the
    /// inversion still ran over the finished period. Now: ended, 96 %, largely achieved,
    /// evidence `data`, no inversion for it.
    @Test func finishedSumIsEvaluated() throws {
        let csv =
            "indicator,year,value\n"
            + [9, 9, 10, 10, 10].enumerated().map { "fixed_investment,\(2021 + $0.offset),\($0.element)" }.joined(
                separator: "\n") + "\n"
        let r = try Self.run(csv)
        #expect(r.status == 0)
        let t = try #require(Self.target(r.json, "fixed_investment"))
        #expect(t["phase"] as? String == "ended")
        #expect(abs((t["completion"] as? Double ?? 0) - 0.96) < 1e-12)
        #expect(t["status"] as? String == "基本完成")
        #expect(t["evidence"] as? String == "data")
        let inversions = try #require(r.json["inversions"] as? [[String: Any]])
        #expect(!inversions.contains { $0["indicator"] as? String == "fixed_investment" })
        #expect(r.stdout.contains("largely achieved 96.0%") && r.stdout.contains("ended"))
    }

    /// A missing 2022 is named, never counted as zero; the status follows the probability,
    /// and a probability that is the plan's own path (evidence `plan`) sets no status word.
    @Test func missingYearIsNamed() throws {
        let r = try Self.run(
            "indicator,year,value\nfixed_investment,2021,9\nfixed_investment,2023,11\nretail_sales,2021,11\nretail_sales,2023,11.5\n"
        )
        let t = try #require(Self.target(r.json, "fixed_investment"))
        #expect(t["missing_years"] as? [Int] == [2022])
        #expect(t["phase"] as? String == "in_progress")
        #expect(t["evidence"] as? String == "plan" && t["status"] is NSNull)
        let retail = try #require(Self.target(r.json, "retail_sales"))
        let p = try #require(retail["probability"] as? Double)
        let status = try #require(retail["status"] as? String)
        #expect(status == (p >= 2.0 / 3 ? "符合预期" : p >= 1.0 / 3 ? "存在风险" : "滞后"))
        #expect(retail["missing_years"] as? [Int] == [2022])
    }

    /// Every indicator and target carries its evidence; an actual far above the 2020
    /// forecast's P95 is flagged as a forecast miss.
    @Test func evidenceAndForecastMisses() throws {
        let r = try Self.run("indicator,year,value\nretail_sales,2021,11.0\nretail_sales,2022,40\n")
        let indicators = try #require(r.json["indicators"] as? [[String: Any]])
        #expect(indicators.allSatisfy { ["data", "prior", "plan"].contains($0["evidence"] as? String ?? "") })
        #expect(Self.target(r.json, "fixed_investment")?["evidence"] as? String == "plan")
        let tracking = try #require(r.json["forecast_tracking"] as? [String: Any])
        let rows = try #require(tracking["rows"] as? [[String: Any]])
        #expect(rows.first { $0["year"] as? Int == 2022 }?["outside_p5_p95"] as? Bool == true)
        #expect(r.stdout.contains("outside P5–P95"))
    }
}

/// Issue 20: once a target's year has passed, the charts speak of status and completion,
/// never of odds (the HTML/PDF probability chart of `run --data`).
@Suite struct RunEvaluationChartTests {
    @Test func endedTargetsAreChartedAsStatusNotOdds() throws {
        let dir = try Plansim.scratchDirectory()
        let actuals = TestPaths.repository.appendingPathComponent("plans/examples/haibin-14th-actuals-ILLUSTRATIVE.csv")
        let r = try Plansim.run(
            ["run", "--data", actuals.path, "--paths", "2000", "--no-inversion", "--lang", "zh", "--out", "o"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("o/briefing.html"), encoding: .utf8)
        #expect(
            html.contains("<title>目标完成情况"), "every 2025 target has an actual: the chart is titled as a status chart")
        #expect(html.contains("目标年已过：基本完成，完成度96.7%"), "工业总产值 38.1 of 39.4")
        #expect(!html.contains("目标达成概率"))
    }
}
