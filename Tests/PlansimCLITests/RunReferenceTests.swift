import Foundation
import PlansimTestSupport
import Testing

/// `plansim run --reference PANEL.csv` (issue 24, finding 1), as a user types it.
@Suite struct RunReferenceTests {
    static let panel = TestPaths.repository.appendingPathComponent("plans/examples/reference-panel-ILLUSTRATIVE.csv")
        .path

    /// Haibin's baseline with the illustrative panel: every target's odds under the three
    /// named sets in results.json, the panel named in the provenance.
    @Test func theIllustrativePanelWorksWithHaibin() throws {
        let dir = try Plansim.scratchDirectory()
        let r = try Plansim.run(
            ["run", "--reference", Self.panel, "--paths", "2000", "--no-inversion", "--json", "--out", "o"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for t in try #require(root["targets"] as? [[String: Any]]) {
            let sets = try #require(t["probability_by_prior_set"] as? [String: Double])
            #expect(Set(sets.keys) == ["stated", "cautious", "reference"])
        }
        let data = try #require((root["provenance"] as? [String: Any])?["data"] as? String)
        #expect(data.contains("reference panel \(Self.panel) sha256 "))
    }

    /// A bad panel: exit 1, the problem at file:line:column, nothing written.
    @Test func aBadPanelIsRefusedAndNothingIsWritten() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write(
            "unit,indicator,year,value\nA,retail_sales,2016,10\nA,retail_sales,2017,-1\n", to: "bad.csv", in: dir)
        let r = try Plansim.run(
            ["run", "--reference", "bad.csv", "--paths", "200", "--out", "o"], in: dir, environment: Plansim.english)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.csv:3:"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }
}
