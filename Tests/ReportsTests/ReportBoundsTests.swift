import Foundation
import PlanData
import PlansimTestSupport
import Testing

@testable import Reports

/// Saved files with numbers no run or sweep writes (attack findings 3, 4, 16): refused on
/// reading with the JSON field path, and the chart arithmetic never traps whatever it gets.
@Suite struct ReportBoundsTests {
    /// `report` used to die converting 1e300 or 1e308 (a median) to Int while drawing.
    @Test(arguments: [1e300, 1e308, -1e16, 1e15])
    func hugeLevelsInResultsAreRefusedWithTheirPath(value: Double) throws {
        let issue = try #require(try ReportHardeningTests.read(try ReportHardeningTests.tamperFirstYear("p50", value)))
        #expect(issue.field == "indicators[0].years[0].p50", "\(issue)")
        #expect(
            issue.message.contains("out of range") && issue.messageZH?.contains("超出可用范围") == true, "\(issue.message)")
    }

    @Test func probabilitiesPathsAndFormatAreChecked() throws {
        var root = try ReportHardeningTests.results()
        var targets = root["targets"] as! [[String: Any]]
        targets[0]["probability"] = 2.0
        root["targets"] = targets
        #expect(try ReportHardeningTests.read(root)?.field == "targets[0].probability")
        for (key, value) in [("paths", -5), ("seed", -5)] as [(String, Any)] {
            var run = try ReportHardeningTests.results()
            var p = run["provenance"] as! [String: Any]
            p[key] = value
            run["provenance"] = p
            #expect(try ReportHardeningTests.read(run)?.field == "provenance.\(key)", "\(key)")
        }
        var top = try ReportHardeningTests.results()
        top["paths"] = -5
        #expect(try ReportHardeningTests.read(top)?.field == "paths")
        var numeric = try ReportHardeningTests.results()
        numeric["format_version"] = 1.1
        #expect(try ReportHardeningTests.read(numeric)?.field == "format_version")
        // The untampered file still reads.
        #expect(try ReportHardeningTests.read(try ReportHardeningTests.results()) == nil)
    }

    /// A finished Sobol sweep's indices, with `edit` applied to its second input.
    static func readIndices(_ edit: (inout [String: Any]) -> Void) throws -> InputIssue? {
        var second: [String: Any] = ["name": "b", "s1": 0.3, "s1_conf": 0.05, "st": 0.4, "st_conf": 0.06]
        edit(&second)
        let root: [String: Any] = [
            "method": "sobol", "n": 64, "seed": 1,
            "inputs": [["name": "a", "s1": -0.02, "s1_conf": 0.05, "st": 0.1, "st_conf": 0.04], second],
        ]
        let dir = try Plansim.scratchDirectory()
        let path = dir.appendingPathComponent("indices.json").path
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SweepSummary(indicesFile: path)
            return nil
        } catch { return error }
    }

    @Test(arguments: [
        ("st", 1e308), ("s1", 1e308), ("st_conf", 1e308), ("st", 2.0), ("st", -1e308), ("s1", -5), ("st_conf", -0.1),
    ])
    func sweepIndicesOutOfRangeAreRefused(key: String, value: Double) throws {
        let issue = try #require(try Self.readIndices { $0[key] = value }, "\(key) = \(value) accepted")
        #expect(issue.field == "inputs[1].\(key)", "\(issue)")
        #expect(issue.help?.contains("run the sweep again") == true)
    }

    @Test func ordinarySweepIndicesRead() throws {
        // Sampling error takes an index a little below 0 or above 1: still a finished sweep's.
        #expect(
            try Self.readIndices {
                $0["st"] = 1.05
                $0["s1"] = -0.04
            } == nil)
    }

    /// The conversion that trapped: any coordinate, however wrong, prints as a number.
    @Test func svgCoordinatesNeverTrap() {
        for x in [1e308, -1e308, .infinity, -.infinity, .nan, 9.3e18, 12.34] { _ = SVGCanvas.f(x) }
        #expect(SVGCanvas.f(12.34) == "12.3" && SVGCanvas.f(1e308) == "1000000000" && SVGCanvas.f(.nan) == "0")
    }

    /// A comparison of the test run with itself, edited by `edit`, read back.
    static func readComparison(_ edit: (inout [String: Any]) -> Void) throws -> InputIssue? {
        let d = ReportRenderingTests.document()
        var root =
            try JSONSerialization.jsonObject(with: Data(ComparisonFiles.json([d, d]).rendered().utf8)) as! [String: Any]
        edit(&root)
        let dir = try Plansim.scratchDirectory()
        let path = dir.appendingPathComponent("comparison.json").path
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ComparisonFiles.documents(comparisonFile: path)
            return nil
        } catch { return error }
    }

    /// Finding 16: edited summary fields of comparison.json were accepted.
    @Test func editedComparisonsAreRefusedWithTheirPath() throws {
        #expect(try Self.readComparison { _ in } == nil)
        func probabilities(_ values: [Any]) -> (inout [String: Any]) -> Void {
            { root in
                var p = root["probabilities"] as! [[String: Any]]
                p[0]["probability"] = values
                root["probabilities"] = p
            }
        }
        #expect(try Self.readComparison(probabilities([2.0, -1.0]))?.field == "probabilities[0].probability[0]")
        #expect(try Self.readComparison(probabilities(["x", 0.5]))?.field == "probabilities[0].probability[0]")
        #expect(try Self.readComparison(probabilities([0.5]))?.field == "probabilities[0].probability")
        #expect(try Self.readComparison { $0["scenarios"] = ["a"] }?.field == "scenarios")
        #expect(try Self.readComparison { $0["rows"] = nil }?.field == "rows")
        #expect(try Self.readComparison { $0["reference"] = 5 }?.field == "reference")
        #expect(
            try Self.readComparison { root in
                var rows = root["rows"] as! [[String: Any]]
                rows[0]["year"] = -5
                root["rows"] = rows
            }?.field == "rows[0].year")
        let huge = try #require(
            try Self.readComparison { root in
                var rows = root["rows"] as! [[String: Any]]
                rows[0]["p50"] = [1e308, 1.0]
                root["rows"] = rows
            })
        #expect(huge.field == "rows[0].p50[0]" && huge.message.contains("out of range"), "\(huge)")
    }
}
