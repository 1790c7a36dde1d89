import Foundation
import PlansimTestSupport
import Testing

/// `plansim backtest`, run as the built binary.
@Suite struct BacktestCommandTests {
    static let csv: String = {
        let values: [Double] = (0..<20).map { (k: Int) -> Double in
            let t = Double(k)
            return 100 * exp(0.04 * t + 0.03 * sin(t * 2.1))
        }
        return SeriesCSV.text([("gdp", values)], firstYear: 1991)
    }()

    @Test func jsonScoresEveryMethod() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let result = try Plansim.run(["backtest", file, "--horizon", "3", "--origins", "2", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["horizon"] as? Int == 3 && json["origins"] as? Int == 2 && json["series"] as? Int == 1)
        let methods = try #require(json["methods"] as? [[String: Any]])
        #expect(
            methods.compactMap { $0["method"] as? String } == ["plansim", "damped-ets", "theta", "rw-drift", "naive"])
        for m in methods {
            #expect(m["forecasts"] as? Int == 6)
            for key in ["smape", "mase", "crps", "scaled_crps"] { #expect(m[key] is Double, "\(key)") }
            let coverage = try #require(m["coverage"] as? [[String: Any]])
            #expect(coverage.compactMap { $0["level"] as? Double } == [0.8, 0.95])
            // Covered, below and above partition the outcomes (exactly, up to the division).
            for c in coverage {
                let parts = ["coverage", "below", "above"].compactMap { c[$0] as? Double }
                #expect(parts.count == 3 && abs(parts.reduce(0, +) - 1) < 1e-12, "\(c)")
            }
            #expect(m["below_median"] is Double)
            let pit = try #require(m["pit"] as? [Double])
            #expect(pit.count == 10 && abs(pit.reduce(0, +) - 1) < 1e-12)
        }
        // Calibration by series length: the one 20-year series is in the 16–30 segment,
        // scored for plansim alone, with the pooled numbers (it is the only series).
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(
            segments.count == 1 && segments[0]["min_length"] as? Int == 16 && segments[0]["max_length"] as? Int == 30)
        let segmentMethods = try #require(segments[0]["methods"] as? [[String: Any]])
        #expect(segmentMethods.count == 1 && segmentMethods[0]["method"] as? String == "plansim")
        #expect(segmentMethods[0]["smape"] as? Double == methods[0]["smape"] as? Double)
    }

    /// One short series is left out of the scores with a note, not a refusal of the file
    /// (issue 24); sMAPE is in per cent (0–200).
    @Test func shortSeriesAreLeftOutNotFatal() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv + "short,2001,3\nshort,2002,4\nshort,2003,5\n", to: "series.csv", in: dir)
        let result = try Plansim.run(
            ["backtest", file, "--horizon", "3", "--origins", "2", "--json"], environment: Plansim.english)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "series `short` has 3 years but a backtest with --horizon 3 and --origins 2 needs at least 11; left out of the scores"
            ))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["series"] as? Int == 1 && json["format_version"] as? String == "2.0")
        #expect((json["skipped"] as? [[String: Any]])?.first?["id"] as? String == "short")
        let methods = try #require(json["methods"] as? [[String: Any]])
        // The gdp series wiggles by about 3 % around its trend: sMAPE of a few per cent,
        // i.e. > 0.5 and < 50 on the per-cent scale (as a fraction it was < 0.5).
        for m in methods {
            #expect(((m["smape"] as? Double) ?? 0) > 0.5 && ((m["smape"] as? Double) ?? 100) < 50, "\(m)")
        }
    }

    @Test func tableNamesTheMeasures() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let result = try Plansim.run(["backtest", file, "--horizon", "2"], environment: Plansim.english)
        #expect(result.status == 0, "\(result.stderr)")
        for word in ["sMAPE", "MASE", "CRPS/scale", "cover 80%", "cover 95%", "PIT", "plansim", "damped-ets"] {
            #expect(result.stdout.contains(word), "missing \(word) in\n\(result.stdout)")
        }
    }

    @Test(arguments: [
        (
            ["--horizon", "5", "--origins", "10"],
            "series `gdp` has 20 years but a backtest with --horizon 5 and --origins 10 needs at least 21"
        ),
        (["--origins", "0"], "0 origins is outside 1–20"),
        (["--horizon", "0"], "horizon 0 is outside 1–50"),
        (["--level", "0"], "`0` is not an interval level"),
    ])
    func refusesBadInput(arguments: [String], expected: String) throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let result = try Plansim.run(["backtest", "series.csv"] + arguments, in: dir, environment: Plansim.english)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(expected), "stderr was\n\(result.stderr)")
        #expect(result.stderr.contains("help:"))
    }
}
