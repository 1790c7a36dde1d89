import Artifacts
import Forecasting
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import ScenarioDSL
import Testing

/// `propose --reference`: the illustrative panel's priors replace the stated growth priors
/// of the indicators it gives, and the proposals say so.
@Suite struct ReferenceProposalTests {
    static let panelPath = TestPaths.repository.appendingPathComponent(
        "plans/examples/reference-panel-ILLUSTRATIVE.csv"
    ).path

    /// Every indicator of the panel (retail sales, commodity sales, market entities) gets
    /// the panel's prior as its growth prior, bit for bit, in place of the stated one; the
    /// grade is `data` or `reference`, never `prior`; the provenance names the panel.
    @Test func thePanelsPriorsCarryIntoTheProposals() throws {
        let plan = PlanFiles.embedded
        let panel = try ReferencePanel.load(path: Self.panelPath, for: plan)
        let priors = try ReferencePrior.fit(panel)
        #expect(Set(priors.keys) == ["retail_sales", "commodity_sales", "market_entities"])
        let actuals = try UserData.load(path: ProposeWorkflowTests.actualsPath, for: plan)
        var request = ProposeRequest(
            plan: plan, actuals: actuals, illustrative: true, baseYear: 2025, targetYear: 2030, paths: 2_000,
            seed: 20_210_929, threads: 2)
        let stated = try ProposeWorkflow.run(request).proposals
        request.reference = priors
        request.referenceFile = (Self.panelPath, panel.sha256)
        let set = try ProposeWorkflow.run(request).proposals
        for (id, prior) in priors {
            let basis = try #require(set.proposals.first { $0.indicator == id }?.basis)
            let now = try #require(basis.priors.first)
            #expect(now.parameter == "growth_now" && now.mean == prior.mean && now.sd == prior.sd)
            // Where the data pin the growth down it stays `data`; otherwise it rests on the class, never on `prior`.
            #expect(basis.grade == .data || basis.grade == .reference)
            let before = try #require(stated.proposals.first { $0.indicator == id }?.basis)
            #expect(before.priors.first?.mean != prior.mean)
        }
        #expect(set.provenance.contains { $0.hasPrefix("reference: ") && $0.contains(panel.sha256) })
    }
}
