import Foundation
import PlansimTestSupport
import Testing

/// Issue 25: what `check` and `data import` accept, `run` either computes into a
/// results.json that `report` reads, or refuses located at the scenario (exit 1, nothing
/// written); `forecast` and `backtest` never print `nan` or `inf` with exit 0.
@Suite struct ReadableResultsTests {
    /// `grows_as … elasticity -10` on a driver falling 99 % a year: accepted by `check`,
    /// it made `run` write 30 nulls and a 10²¹ forecast that `report` then refused.
    @Test func anExplosiveElasticityIsRefusedByRunNotByReport() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            """
            scenario a {
                paths 200
                assume commodity_sales growth -99% over 2021..2035
                assume retail_sales grows_as commodity_sales elasticity -10 over 2021..2035
            }

            """, to: "g.scn", in: dir)
        #expect(try Plansim.run(["check", "g.scn"], in: dir, environment: Plansim.english).status == 0)
        let r = try Plansim.run(
            ["run", "g.scn", "--quiet", "--no-inversion", "--out", "out"], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stdout.isEmpty, "\(r.stdout)")
        #expect(
            r.stderr.contains(
                "g.scn: error: scenario `a` gives numbers for `retail_sales` beyond what plansim writes and `report` reads"
            ), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    /// Values `data import` accepts (1e-300 … 1e12): the same refusal, not a results.json
    /// with nulls.
    @Test func extremeDataIsRefusedByRun() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "indicator,year,value\nretail_sales,2021,1e-300\nretail_sales,2022,1e12\n", to: "d.csv", in: dir)
        #expect(try Plansim.run(["data", "import", "d.csv"], in: dir, environment: Plansim.english).status == 0)
        let r = try Plansim.run(
            ["run", "--data", "d.csv", "--paths", "200", "--quiet", "--no-inversion", "--out", "out"], in: dir,
            environment: Plansim.english)
        #expect(
            r.status == 1 && r.stderr.contains("gives numbers for `retail_sales` beyond what plansim writes"),
            "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    /// Values near ±1.8e308 are refused at their cell; values far apart within the range
    /// are refused by series when the forecast or the backtest's errors overflow.
    @Test func forecastAndBacktestNeverPrintNaN() throws {
        let dir = try Plansim.scratchDirectory()
        let huge = (2000...2015).flatMap { ["a,\($0),1.7e308", "b,\($0),-1.7e308"] }
        try Plansim.write("series,year,value\n" + huge.joined(separator: "\n") + "\n", to: "huge.csv", in: dir)
        for command in ["forecast", "backtest"] {
            let r = try Plansim.run([command, "huge.csv"], in: dir, environment: Plansim.english)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(command): \(r.stdout)")
            #expect(
                r.stderr.contains("huge.csv:2:8: error: value `1.7e308` is outside the range plansim forecasts"),
                "\(r.stderr.prefix(300))")
        }
        let apart = (2000...2015).map { "a,\($0),\($0 % 2 == 0 ? "1e-100" : "1e100")" }
        try Plansim.write("series,year,value\n" + apart.joined(separator: "\n") + "\n", to: "apart.csv", in: dir)
        let f = try Plansim.run(
            ["forecast", "apart.csv", "--horizon", "50", "--json"], in: dir, environment: Plansim.english)
        #expect(
            f.status == 1 && f.stdout.isEmpty
                && f.stderr.contains("apart.csv:2: error: series `a`: the forecast overflows"), "\(f.stderr)")
        let b = try Plansim.run(["backtest", "apart.csv"], in: dir, environment: Plansim.english)
        #expect(
            b.status == 1 && b.stdout.isEmpty
                && b.stderr.contains("apart.csv:2: error: series `a`: the backtest's errors overflow"),
            "\(b.stdout)\(b.stderr)")
        for output in [f.stdout, b.stdout] { #expect(!output.contains("nan") && !output.contains("inf")) }
    }
}
