import Foundation
import PlansimTestSupport
import Testing

/// `plansim forecast`, run as the built binary: the JSON shape, files written with
/// `--out`, notes for gaps and non-positive values, and every bad input refused with a
/// located message, exit 1, nothing on standard output and nothing written.
@Suite struct ForecastCommandTests {
    /// Two series of 12 years, one a rate.
    static let csv: String = {
        let a = [100.0, 104, 103, 110, 115, 113, 121, 126, 124, 133, 139, 137]
        let b = [0.051, 0.049, 0.052, 0.055, 0.050, 0.048, 0.053, 0.056, 0.054, 0.052, 0.057, 0.055]
        return SeriesCSV.text([("output", a), ("jobless_rate", b)], firstYear: 2009)
    }()

    @Test func jsonHasTheDocumentedShape() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let result = try Plansim.run(["forecast", file, "--horizon", "3", "--level", "80,95", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let series = try #require(json["series"] as? [[String: Any]])
        #expect(series.map { $0["id"] as? String } == ["output", "jobless_rate"])
        let first = series[0]
        #expect(first["n"] as? Int == 12)
        #expect(json["format_version"] as? String == "2.0")
        #expect(first["working_scale"] as? String == "log" && first["log_scale"] as? Bool == true)
        #expect((first["filled_years"] as? [Int]) == [] && (first["notes"] as? [Any])?.isEmpty == true)
        let weights = try #require(first["model_weights"] as? [[String: Any]])
        #expect(weights.compactMap { $0["model"] as? String } == ["naive", "rw-drift", "theta", "damped-ets"])
        #expect(abs(weights.compactMap { $0["weight"] as? Double }.reduce(0, +) - 1) < 1e-12)
        let forecast = try #require(first["forecast"] as? [[String: Any]])
        #expect(forecast.map { $0["year"] as? Int } == [2021, 2022, 2023])
        for step in forecast {
            #expect(
                Set(step.keys) == ["year", "mean", "median", "location", "scale", "df", "lo80", "hi80", "lo95", "hi95"])
            #expect(step["mean"] is NSNull)  // a log-t has no finite mean (format 2.0)
            let v = { (k: String) in step[k] as? Double ?? .nan }
            #expect(
                v("lo95") < v("lo80") && v("lo80") < v("median") && v("median") < v("hi80") && v("hi80") < v("hi95"))
        }
    }

    /// Competition data number their years 1, 2, 3, …; they read as years.
    @Test func yearsNumberedFromOne() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(
            SeriesCSV.text([("s", [3, 4, 4, 5, 6, 6, 7, 8])], firstYear: 1), to: "series.csv", in: dir)
        let result = try Plansim.run(["forecast", file, "--horizon", "2", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"year\": 9") && result.stdout.contains("\"year\": 10"))
    }

    @Test func levelNinetyGivesItsOwnKeys() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let result = try Plansim.run(["forecast", file, "--horizon", "1", "--level", "90", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("\"lo90\"") && result.stdout.contains("\"hi90\"") && !result.stdout.contains("lo80"))
    }

    @Test func tableShowsRatesInPercent() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let result = try Plansim.run(["forecast", file, "--horizon", "2"], environment: Plansim.english)
        #expect(result.status == 0, "\(result.stderr)")
        for word in [
            "output: 12 years 2009–2020, log scale", "80% interval", "95% interval", "2021", "jobless_rate", "%",
        ] {
            #expect(result.stdout.contains(word), "missing \(word) in\n\(result.stdout)")
        }
    }

    @Test func outWritesJSONAndCSV() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(Self.csv, to: "series.csv", in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try Plansim.run(["forecast", file, "--horizon", "2", "--out", out.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(contentsOf: out.appendingPathComponent("forecast.json"), encoding: .utf8)
        #expect(
            json.trimmingCharacters(in: .whitespacesAndNewlines)
                == result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let csv = try String(contentsOf: out.appendingPathComponent("forecast.csv"), encoding: .utf8)
        #expect(csv.contains("series,year,mean,median,lo80,hi80,lo95,hi95"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5)
    }

    @Test func gapsAreFilledAndSaid() throws {
        let dir = try Plansim.scratchDirectory()
        let text =
            Self.csv.split(separator: "\n").filter { !$0.hasPrefix("output,2013") && !$0.hasPrefix("output,2014") }
            .joined(separator: "\n") + "\n"
        let file = try Plansim.write(text, to: "series.csv", in: dir)
        let result = try Plansim.run(["forecast", file, "--horizon", "2", "--json"], environment: Plansim.english)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: series `output`: no value for 2013, 2014; filled by interpolation"))
        #expect(result.stdout.contains("\"n\": 10"))
        let table = try Plansim.run(["forecast", file, "--horizon", "2"], environment: Plansim.english)
        #expect(table.stdout.contains("no value for 2013, 2014"))
    }

    /// A negative value: the level scale. A zero (a count, a lumpy flow): log(1 + x),
    /// floored at 0 (issue 24: a count running down to 0 went negative on the level scale).
    @Test func nonPositiveValuesFallBackToTheLevelScale() throws {
        let dir = try Plansim.scratchDirectory()
        let file = try Plansim.write(
            Self.csv.replacingOccurrences(of: "output,2012,110.0", with: "output,2012,-1"), to: "series.csv", in: dir)
        let result = try Plansim.run(["forecast", file, "--horizon", "2"], environment: Plansim.english)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("output: 12 years 2009–2020, level scale"))
        #expect(
            result.stdout.contains("-1.0 in 2012 is negative, so the models work on the values instead of their logs"))
        let zero = try Plansim.write(
            Self.csv.replacingOccurrences(of: "output,2012,110.0", with: "output,2012,0"), to: "zero.csv", in: dir)
        let counted = try Plansim.run(["forecast", zero, "--horizon", "2"], environment: Plansim.english)
        #expect(counted.stdout.contains("output: 12 years 2009–2020, log(1 + x) scale"))
        #expect(counted.stdout.contains("2012 is 0, so the models work on log(1 + value); forecasts do not go below 0"))
    }

    /// One bad input each: exit 1, the message names the place and says what to do,
    /// nothing on standard output and no files in `--out`.
    @Test(
        arguments: [
            (
                "short series", "series,year,value\na,2001,1\na,2002,2\na,2003,3\na,2004,4\na,2005,5\na,2006,6\n",
                [String](),
                "series.csv:2: error: series `a` has 6 years but a forecast needs at least 7"
            ),
            ("duplicate", Self.csv + "output,2015,1\n", [], "`output` for 2015 is given twice (first on line 8)"),
            ("horizon 0", Self.csv, ["--horizon", "0"], "horizon 0 is outside 1–50"),
            ("horizon 51", Self.csv, ["--horizon", "51"], "horizon 51 is outside 1–50"),
            (
                "level 100", Self.csv, ["--level", "80,100"],
                "`100` is not an interval level strictly between 0 and 100"
            ),
            ("level word", Self.csv, ["--level", "high"], "`high` is not an interval level"),
            ("bad value", "series,year,value\na,2001,x\n", [], "series.csv:2:8: error: `x` is not a number"),
            ("bad year", "series,year,value\na,20o1,1\n", [], "series.csv:2:3: error: `20o1` is not a year"),
            ("year 0", "series,year,value\na,0,1\n", [], "series.csv:2:3: error: year 0 is outside 1–9999"),
            ("missing column", "series,value\na,1\n", [], "series.csv:1:1: error: header lacks `year`"),
            ("empty", "series,year,value\n", [], "the file has a header but no data"),
            ("no file", nil, [], "series.csv: error: no such file"),
        ] as [(String, String?, [String], String)])
    func refusesBadInput(name: String, contents: String?, arguments: [String], expected: String) throws {
        let dir = try Plansim.scratchDirectory()
        if let contents { try Plansim.write(contents, to: "series.csv", in: dir) }
        let out = dir.appendingPathComponent("out")
        let result = try Plansim.run(
            ["forecast", "series.csv", "--out", out.path] + arguments, in: dir, environment: Plansim.english)
        #expect(result.status == 1, "\(name): exit \(result.status)")
        #expect(result.stdout.isEmpty, "\(name): wrote to stdout: \(result.stdout)")
        #expect(result.stderr.contains(expected), "\(name): stderr was\n\(result.stderr)")
        #expect(result.stderr.contains("help:"), "\(name): no help line in\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(name): --out was written")
    }
}
