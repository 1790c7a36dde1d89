import Foundation
import PlansimTestSupport
import Testing

/// `plansim fit` and `plansim run` as the built binary.
@Suite struct RunCommandTests {
    @Test func fitJSONCarriesScoresPerModel() throws {
        let result = try Plansim.run(["fit", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let indicators = try #require(json["indicators"] as? [[String: Any]])
        #expect(indicators.count == 9)
        for indicator in indicators {
            let models = try #require(indicator["models"] as? [[String: Any]])
            for model in models {
                for key in ["family", "params", "se", "aicc", "loo_rmse"] {
                    #expect(model[key] != nil, "missing \(key)")
                }
            }
        }
        #expect(json["linked_core"] != nil && json["simulation"] != nil)
    }

    @Test func fitTextSaysWhenOnlyPriorsDrive() throws {
        let result = try Plansim.run(["fit", "--indicator", "社会消费品零售总额", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("retail_sales"))
        #expect(result.stdout.contains("only the stated priors"))
        #expect(!result.stdout.contains("commodity_sales"))
    }

    @Test func runWritesResultsAndPrintsTheBriefing() throws {
        let dir = try Plansim.scratchDirectory()
        let result = try Plansim.run(
            ["run", "--paths", "2000", "--seed", "7", "--no-inversion", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("P(meet target)") && result.stdout.contains("Industrial output"))
        for name in ["results.json", "indicators.csv", "targets.csv"] {
            #expect(
                FileManager.default.fileExists(
                    atPath: dir.appendingPathComponent("notebooks-out/baseline/\(name)").path), "\(name)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: dir.appendingPathComponent("notebooks-out/baseline").path)
        #expect(!leftovers.contains { $0.contains(".tmp-") })
    }

    @Test(
        arguments: [
            (["--paths", "0"], "--paths must be from 1"),
            (["--paths=-5"], "--paths must be from 1"),
            (["--paths", "100000001"], "--paths must be from 1"),
            (["--seed=-1"], "--seed must be a non-negative integer"),
            (["--seed", "abc"], "--seed must be a non-negative integer"),
            (["--threads", "0"], "--threads must be at least 1"),
            (["--data", "missing.csv"], "missing.csv: error: no such file"),
        ] as [([String], String)])
    func runRefusesBadInput(arguments: [String], message: String) throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            ["run", "--no-inversion", "--paths", "100"] + arguments, in: dir, environment: Plansim.english)
        #expect(r.status == 1, "\(arguments): exit \(r.status)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: dir.appendingPathComponent("notebooks-out").path),
            "wrote output for \(arguments)")
    }

    @Test func runRefusesAnUnwritableOutputDirectory() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("not a directory", to: "blocked", in: dir)
        let r = try Plansim.run(
            ["run", "--no-inversion", "--paths", "100", "--out", "blocked/sub"], in: dir, environment: Plansim.english)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot create the output directory"))
    }

    @Test func fitRefusesUnknownIndicator() throws {
        let r = try Plansim.run(["fit", "--indicator", "industrial_outptu"], environment: Plansim.english)
        #expect(r.status == 1)
        #expect(r.stderr.contains("did you mean `industrial_output`?"))
    }
}

/// A run's result set is swapped in whole: no file of an earlier run is left beside it,
/// no temporary is left behind, and a folder with the user's own files keeps them.
@Suite struct RunResultSetTests {
    @Test func aLaterRunLeavesNoStaleFilesAndNoTemporaries() throws {
        let dir = try Plansim.scratchDirectory()
        let first = try Plansim.run(["run", "--paths", "300", "--no-inversion", "--quiet", "--out", "o"], in: dir)
        #expect(first.status == 0)
        let report = try Plansim.run(["report", "o", "--format", "xlsx"], in: dir)
        #expect(report.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("o/briefing.xlsx").path))
        let again = try Plansim.run(["run", "--paths", "300", "--no-inversion", "--quiet", "--out", "o"], in: dir)
        #expect(again.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("o").path)
        #expect(!names.contains("briefing.xlsx"), "stale file of the earlier run: \(names)")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(siblings.allSatisfy { !$0.contains("plansim-") && !$0.contains(".tmp-") }, "\(siblings)")
    }

    @Test func theUsersOwnFilesAreKept() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("mine"), withIntermediateDirectories: true)
        _ = try Plansim.write("notes", to: "mine/notes.txt", in: dir)
        let run = try Plansim.run(["run", "--paths", "300", "--no-inversion", "--quiet", "--out", "mine"], in: dir)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("mine/notes.txt").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("mine/results.json").path))
    }

    /// `report DIR` re-renders without touching DIR/results.json, byte for byte.
    @Test func reportNeverModifiesItsInput() throws {
        let dir = try Plansim.scratchDirectory()
        #expect(
            try Plansim.run(["run", "--paths", "300", "--no-inversion", "--quiet", "--out", "o"], in: dir).status == 0)
        let path = dir.appendingPathComponent("o/results.json")
        let before = try Data(contentsOf: path)
        for _ in 0..<2 { #expect(try Plansim.run(["report", "o"], in: dir).status == 0) }
        #expect(try Data(contentsOf: path) == before)
    }
}

/// `notebooks-out/index.html` lists every result folder with its headline and links.
@Suite struct RunIndexTests {
    @Test func eachRunUpdatesTheIndex() throws {
        let dir = try Plansim.scratchDirectory()
        #expect(try Plansim.run(["run", "--paths", "300", "--no-inversion", "--quiet"], in: dir).status == 0)
        let shock = TestPaths.repository.appendingPathComponent("scenarios/epidemic_shock.scn").path
        #expect(try Plansim.run(["run", shock, "--paths", "300", "--no-inversion", "--quiet"], in: dir).status == 0)
        let index = try String(contentsOf: dir.appendingPathComponent("notebooks-out/index.html"), encoding: .utf8)
        #expect(
            index.contains("href=\"baseline/briefing.html\"") && index.contains("href=\"epidemic_shock/briefing.html\"")
        )
        #expect(index.contains("工业总产值") && index.contains("20210929"))
    }
}
