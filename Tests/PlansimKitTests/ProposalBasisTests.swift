import Artifacts
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Reports
import ScenarioDSL
import Testing

/// Issue 24, finding 8: a proposed target says what it rests on — the grade, the years of
/// record and the fit, the prior and its share — in the JSON, the draft and the report.
@Suite struct ProposalBasisTests {
    /// Haibin's plan and its illustrative actuals at 2,000 paths (the basis does not depend
    /// on the path count).
    static let result: Result<ProposeResult, any Error> = Result {
        let plan = PlanFiles.embedded
        let actuals = try UserData.load(path: ProposeWorkflowTests.actualsPath, for: plan)
        return try ProposeWorkflow.run(
            ProposeRequest(
                plan: plan, actuals: actuals, illustrative: true, baseYear: 2025, targetYear: 2030, paths: 2_000,
                seed: 20_210_929, threads: 2))
    }

    /// Every simulated target carries a basis whose record is the data the draft is fitted on
    /// (the 2021–2025 actuals: five years, none reconstructed), whose weights sum to 1 (to
    /// 1e-12), and whose priors carry a share between 0 and 1, the growth now first; the
    /// linked core's output is graded as the run grades it (`prior`: TFP's prior carries
    /// 61 % of its precision), retail sales, measured, `data`.
    @Test func everySimulatedTargetSaysWhatItRestsOn() throws {
        let set = try Self.result.get().proposals
        for p in set.proposals {
            guard p.odds != nil else {
                #expect(p.basis == nil)
                continue
            }
            let b = try #require(p.basis, "\(p.indicator) has no basis")
            #expect(b.recordYears == 5 && b.firstYear == 2021 && b.lastYear == 2025 && !b.reconstructed)
            #expect(abs(b.models.map(\.weight).reduce(0, +) - 1) <= 1e-12)
            #expect(b.priors.allSatisfy { (0...1).contains($0.weight) })
            #expect(b.priors.first?.parameter.hasSuffix("growth_now") == true, "\(p.indicator)")
            #expect(b.fittedYears <= b.recordYears)
        }
        let output = try #require(set.proposals.first { $0.indicator == "industrial_output" }?.basis)
        #expect(output.grade == .prior && output.models.map(\.family) == ["linked"])
        let retail = try #require(set.proposals.first { $0.indicator == "retail_sales" }?.basis)
        #expect(retail.grade == .data && retail.models.count == 3)
    }

    /// The Chinese clause is Chinese through and through (no code names, no Latin), names
    /// its grade, and gives rates to one decimal; the English one says `rests on`; the
    /// linked core's prior is named as TFP's.
    @Test func theClauseReadsInEitherLanguage() throws {
        for p in try Self.result.get().proposals.proposals {
            guard let b = p.basis else { continue }
            let zh = b.summary(.zh)
            #expect(zh.hasPrefix("依据") && zh.range(of: "[A-Za-z]", options: .regularExpression) == nil, "\(zh)")
            #expect(b.summary(.en).hasPrefix("rests on"))
        }
        let b = ProposalBasis(
            grade: .prior, recordYears: 6, firstYear: 2020, lastYear: 2025, fittedYears: 6, reconstructed: false,
            models: [.init(family: "damped", weight: 1)], weighting: .onlyModel,
            priors: [.init(parameter: "growth_now", mean: 0.04, sd: 0.04, weight: 0.714)])
        #expect(b.summary(.zh) == "依据明示假设：2020—2025年共6年，增速先验4.0%±4.0%，占估计精度71%")
        var linked = b
        linked.priors = [.init(parameter: "tfp_growth_now", mean: 0.03, sd: 0.02, weight: 0.61)]
        #expect(linked.summary(.zh) == "依据明示假设：2020—2025年共6年，全要素生产率增速先验3.0%±2.0%，占估计精度61%")
        #expect(
            b.summary(.en)
                == "rests on stated priors: 6 years of record (2020–2025); the growth prior 4.0% ± 4.0% carries 71% of the estimate's precision"
        )
    }

    /// The basis travels: the JSON (version 3) reads back equal, the draft's comment and
    /// the report's technical annex state it.
    @Test func theBasisIsInTheJSONTheDraftAndTheReport() throws {
        let result = try Self.result.get()
        let set = result.proposals
        let back = try ProposalSet.decode(try set.encoded())
        #expect(back == set && back.version == 4)
        #expect(String(decoding: try set.encoded(), as: UTF8.self).contains("\"basis\""))
        let simulated = set.proposals.filter { $0.basis != nil }
        #expect(!simulated.isEmpty)
        #expect(result.draft.components(separatedBy: "rests on").count - 1 == simulated.count)
        let annex = ProposalReport(set, language: .zh).annexParagraphs
        // A clause shared by several targets is said once for the group (s8 P3-4).
        for p in simulated {
            #expect(annex.contains { $0.contains(p.nameZH) && $0.hasSuffix(p.basis!.summary(.zh) + "。") })
        }
    }
}
