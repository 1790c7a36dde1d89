import PlanData
import Testing

@testable import Reports
@testable import Simulation

/// One needed-growth figure: the investment target's own inversion at 50 % says the
/// growth the table prints as 所需年均增速, not the inversion's estimate beside it.
@Suite struct NeededGrowthTests {
    @Test(arguments: [Language.zh, Language.en])
    func theLeversOwnTargetAtEvenOddsSaysTheTablesFigure(_ l: Language) throws {
        let plan = HaibinPlan.dataset()
        let result = MonteCarlo.run(
            SimulationModel.baseline(plan).0, options: RunOptions(paths: 200, seed: 1, threads: 1))
        let provenance = RunProvenance(
            version: "test", scenario: "baseline", scenarioSHA256: String(repeating: "0", count: 64),
            seed: 1, paths: 200, data: "embedded plan", created: "2026-12-07T00:00:00Z")
        let inversions = [0.5, 0.8].map { level in
            InversionResult(
                indicator: "fixed_investment", lever: "investment_growth_plan", level: level,
                value: level == 0.5 ? 0.2797 : 0.3733,
                bracket: -0.3...0.6, achieved: level, outcome: .solved, impliedTotal: nil, planTotal: nil,
                totalYears: 2021...2025)
        }
        let d = ReportDocument(result: result, dataset: plan, inversions: inversions, provenance: provenance)
        let t = try #require(d.targets.first { $0.indicator == "fixed_investment" })
        // Rates at one decimal, as the briefing prints them (28.2%, not 28.16%).
        let needed = NumberFormat.rate(ChartSpec.neededGrowth(t))
        let sentences = InversionSentences.sentences(d, language: l)
        #expect(sentences[0].contains(needed) && !sentences[0].contains("28.0%"), "\(sentences[0]) vs \(needed)")
        // At 80 % the inversion's own answer stands: it is another question.
        #expect(sentences[1].contains("37.3%"))
    }
}
