import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

/// The plan file, the text embedded in the binary and the Swift fixture the lower layers'
/// tests use (HaibinPlan) are one plan: equal text, and equal values bit for bit.
@Suite struct PlanFileEquivalenceTests {
    @Test func embeddedTextIsTheFile() throws {
        let file = String(decoding: try Data(contentsOf: EmbeddedPlanTests.planURL), as: UTF8.self)
        if file != EmbeddedPlanText.haibin14th, ProcessInfo.processInfo.environment["PLANSIM_REGENERATE"] == "1" {
            let swift = TestPaths.repository.appendingPathComponent(
                "Sources/ScenarioDSL/Semantics/EmbeddedPlanText.swift")
            let old = String(decoding: try Data(contentsOf: swift), as: UTF8.self)
            let head = old.components(separatedBy: "    public static let haibin14th = #\"\"\"\n")[0]
            try Data((head + "    public static let haibin14th = #\"\"\"\n" + file + "\n\"\"\"#\n}\n").utf8).write(
                to: swift)
            // Regenerating checks nothing: the run fails until it is rebuilt and run again.
            Issue.record("regenerated \(swift.path) from the plan file; rebuild and run the tests again")
            return
        }
        #expect(
            file == EmbeddedPlanText.haibin14th,
            "plans/haibin-14th.plan and EmbeddedPlanText differ: PLANSIM_REGENERATE=1 swift test --skip-build --filter PlanFileEquivalenceTests, then rebuild"
        )
    }

    /// Exact equality (no tolerance): the file's decimal literals parse to the same doubles
    /// as the Swift literals, and nothing is computed from them before the reconstruction.
    @Test func fileEqualsTheSwiftFixture() throws {
        let file = try EmbeddedPlanTests.planFile(), fixture = HaibinPlan.dataset(), embedded = PlanFiles.embedded
        for d in [file, embedded] {
            #expect(d.indicators == fixture.indicators)
            #expect(d.targets == fixture.targets)
            #expect(d.sums == fixture.sums)
            #expect(d.facts == fixture.facts)
            #expect(d.notes == fixture.notes)
            #expect(d.roles == fixture.roles)
            #expect(d.plan == fixture.plan)
            #expect(d.series == fixture.series)
        }
        #expect(embedded.provenance == fixture.provenance)
        #expect(file.provenance.first?.source == "plan" && file.provenance.first?.fileSHA256?.count == 64)
    }
}
