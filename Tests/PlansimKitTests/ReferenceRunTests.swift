import Artifacts
import Forecasting
import Foundation
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Testing

/// Issue 24, finding 1: `run --reference PANEL.csv` adds the third named prior set,
/// `reference`, whose growth priors come from the panel's empirical-Bayes fit (the code
/// `propose --reference` uses), beside `stated` and `cautious`.
@Suite struct ReferenceRunTests {
    /// The built-in baseline at 4,000 paths with the illustrative panel (retail sales,
    /// commodity sales, market entities).
    static let outcome: RunOutcome? = {
        var request = RunRequest(
            source: .builtInBaseline, plan: PlanFiles.embedded, paths: 4_000, seed: 20_210_929, threads: 2,
            invert: false)
        request.referencePanel = ReferenceProposalTests.panelPath
        return try? RunWorkflow.run(request)
    }()

    @Test func everyTargetHasItsProbabilityUnderTheReferenceSet() throws {
        let d = try #require(Self.outcome).document
        let stated = try #require(PriorSetRunTests.outcome).document
        for (t, s) in zip(d.targets, stated.targets) {
            #expect(t.probabilityByPriorSet.map(\.set) == ["stated", "cautious", "reference"], "\(t.indicator)")
            // The main run and the cautious set do not depend on the panel: the same bits.
            #expect(t.probability == s.probability && PriorSetRange.cautious(t) == PriorSetRange.cautious(s))
            let range = try #require(PriorSetRange.range(t))
            #expect(t.probabilityByPriorSet.allSatisfy { range.contains($0.probability) })
        }
        func reference(_ id: String) throws -> (stated: Double, reference: Double) {
            let t = try #require(d.targets.first { $0.indicator == id })
            return (t.probability, try #require(t.probabilityByPriorSet.first { $0.set == "reference" }?.probability))
        }
        // An indicator the panel does not give keeps its stated priors and, on common random
        // numbers, exactly its stated hits.
        let investment = try reference("fixed_investment")
        #expect(investment.reference == investment.stated)
        // Commodity sales rest on the outside view alone (one 2020 value), so the panel's
        // prior moves its odds; the panel's growth (about 2.2 %/yr against the stated 4 %; 16 % → 5 % at 20,000 paths)
        // lowers them by far more than the noise of 4,000 paths (0.8 points, so > 6 SE).
        let sales = try reference("commodity_sales")
        #expect(sales.stated - sales.reference > 0.05, "commodity sales: \(sales)")
        // The terminal's note says what the bracket now spans.
        #expect(TextBriefing.render(d, language: .zh).contains("参考面板（同类单位）估计的增速先验"))
        #expect(TextBriefing.render(d, language: .en).contains("growth priors from the reference panel"))
    }

    /// The set is the panel's priors, bit for bit, on the indicators it gives; the stated
    /// priors elsewhere; the scenario's own `prior` statements kept.
    @Test func theSetIsThePanelsPriorsWhereItHasThem() throws {
        let plan = PlanFiles.embedded
        let panel = try ReferencePanel.load(path: ReferenceProposalTests.panelPath, for: plan)
        let priors = try ReferencePrior.fit(panel)
        let own = ["retail_sales": ["growth_now": Prior(mean: 0.01, sd: 0.05)]]
        let set = PriorSet.reference.overrides(for: plan, keeping: own, reference: priors)
        #expect(Set(set.keys) == ["retail_sales", "commodity_sales", "market_entities"])
        #expect(set["retail_sales"]?["growth_now"] == Prior(mean: 0.01, sd: 0.05))
        #expect(set["commodity_sales"] == ["growth_now": try #require(priors["commodity_sales"]).prior])
        #expect(set["market_entities"] == ["growth_now": try #require(priors["market_entities"]).prior])
        // Without a panel the reference set is the stated one.
        #expect(PriorSet.reference.overrides(for: plan, keeping: own) == own)
    }

    /// The provenance names the panel and its SHA-256, in results.json and in Chinese, and
    /// reads back.
    @Test func theProvenanceNamesThePanel() throws {
        let outcome = try #require(Self.outcome)
        let panel = try ReferencePanel.load(path: ReferenceProposalTests.panelPath, for: PlanFiles.embedded)
        let data = outcome.document.provenance.data
        #expect(panel.sha256.count == 64)
        #expect(data.hasSuffix(", reference panel \(ReferenceProposalTests.panelPath) sha256 \(panel.sha256)"))
        let origin = try #require(DataOrigin(parsing: data))
        #expect(origin.reference == .init(path: ReferenceProposalTests.panelPath, sha256: panel.sha256))
        #expect(origin.description == data)
        #expect(origin.phrase.zh.contains("参考面板 \(ReferenceProposalTests.panelPath) sha256 \(panel.sha256)"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.jsonText.utf8)) as? [String: Any])
        let targets = try #require(root["targets"] as? [[String: Any]])
        #expect(targets.allSatisfy { ($0["probability_by_prior_set"] as? [String: Double])?["reference"] != nil })
    }

    /// A bad panel refuses the run before anything is simulated, every problem at
    /// file:line:column.
    @Test func aBadPanelRefusesTheRun() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("panel-\(UUID().uuidString).csv")
        try "unit,indicator,year,value\nA,retail_sales,2016,10\nA,retial_sales,2017,11\n".write(
            to: path, atomically: true, encoding: .utf8)
        var request = RunRequest(
            source: .builtInBaseline, plan: PlanFiles.embedded, paths: 100, seed: 1, threads: 1, invert: false)
        request.referencePanel = path.path
        do {
            _ = try RunWorkflow.run(request)
            Issue.record("a bad panel was accepted")
        } catch let error as InputErrors {
            #expect(error.issues.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0)" } == ["\(path.path):3:3"])
        }
    }
}
