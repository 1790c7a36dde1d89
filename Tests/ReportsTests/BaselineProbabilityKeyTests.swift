import Foundation
import PlansimTestSupport
import Testing

@testable import Reports

/// A what-if compares each target with the baseline's same target (the newcomer's P1-5):
/// `baseline.probabilities` is keyed by indicator, target year and kind, so an indicator with
/// a 2030 target and a 2035 vision gets each year's odds, not the 2030 odds twice.
@Suite struct BaselineProbabilityKeyTests {
    /// The rendering fixture's results with a 2035 target added to its first indicator
    /// (odds 0.83, against the 2025 target's own), and a baseline whose two entries for that
    /// indicator differ: 0.40 for the first target, 0.90 for the 2035 one.
    static func twoTargets(keyed: Bool) throws -> (root: [String: Any], first: [String: Any]) {
        var root = try ReportHardeningTests.results()
        var targets = root["targets"] as! [[String: Any]]
        let first = targets[0]
        var vision = first
        vision["target_year"] = 2035
        vision["probability"] = 0.83
        targets.append(vision)
        root["targets"] = targets
        func entry(_ year: Int, _ p: Double) -> [String: Any] {
            var e: [String: Any] = ["indicator": first["indicator"]!, "probability": p]
            if keyed {
                e["target_year"] = year
                e["kind"] = first["kind"]!
            }
            return e
        }
        root["baseline"] = [
            "scenario": "baseline", "medians": [] as [Any],
            "probabilities": [entry(first["target_year"] as! Int, 0.40), entry(2035, 0.90)],
        ]
        return (root, first)
    }

    static func read(_ root: [String: Any]) throws -> ReportDocument {
        let path = try Plansim.scratchDirectory().appendingPathComponent("results.json").path
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        return try ReportDocument(resultsFile: path)
    }

    @Test func eachTargetMeetsTheBaselinesSameTarget() throws {
        let (root, first) = try Self.twoTargets(keyed: true)
        let d = try Self.read(root)
        let b = try #require(d.baseline)
        let mine = d.targets.filter { $0.indicator == first["indicator"] as? String }
        #expect(mine.map(\.targetYear) == [first["target_year"] as! Int, 2035])
        // Exact: the figures are read back as written.
        #expect(b.probability(of: mine[0]) == 0.40 && b.probability(of: mine[1]) == 0.90)
        // Written back with the key: indicator, target_year, kind.
        let text = RunReport.json(d).rendered()
        let again = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let entries = (again["baseline"] as! [String: Any])["probabilities"] as! [[String: Any]]
        #expect(entries.map { $0["target_year"] as? Int } == [first["target_year"] as? Int, 2035])
        #expect(entries.allSatisfy { $0["kind"] as? String == first["kind"] as? String })
        // A baseline made from a document keeps both targets apart.
        let figures = ReportDocument.BaselineFigures(d)
        #expect(figures.probability(of: mine[0]) == mine[0].probability)
        #expect(figures.probability(of: mine[1]) == 0.83)
    }

    /// A file of format 1.4 names only the indicator: for an indicator with two targets the
    /// entry cannot be placed and is left out, never set against the wrong year; an indicator
    /// with one target still reads its entry.
    @Test func anOlderFileIsReadOnlyWhereUnambiguous() throws {
        var (root, first) = try Self.twoTargets(keyed: false)
        root["format_version"] = "1.4"
        let d = try Self.read(root)
        let mine = d.targets.filter { $0.indicator == first["indicator"] as? String }
        #expect(mine.allSatisfy { d.baseline?.probability(of: $0) == nil })
        let other = try #require(d.targets.first { $0.indicator != first["indicator"] as? String })
        var baseline = root["baseline"] as! [String: Any]
        baseline["probabilities"] = [["indicator": other.indicator, "probability": 0.5]]
        root["baseline"] = baseline
        #expect(try Self.read(root).baseline?.probability(of: other) == 0.5)
    }
}
