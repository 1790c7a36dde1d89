import PlanData
import Testing

@testable import Reports

/// The sweep's body names inputs and the analysis in words; code names (scenario, sweep,
/// input identifiers) are in the technical annex only. Page one's "on its own" is S₁;
/// the table writes one minus sign.
@Suite struct SweepBodyWordsTests {
    @Test(arguments: [Language.zh, Language.en])
    func codeNamesOnlyInTheAnnex(_ l: Language) {
        let s = SweepDirectionTests.summary()
        let html = s.html(language: l)
        let body = html.components(separatedBy: "<section class=\"annex\">")
        #expect(body.count == 2)
        for code in ["linked.tfp_growth_now", "linked.depreciation", "`tfp`", ">tfp<"] {
            #expect(!body[0].contains(code), "\(code) in the body")
        }
        #expect(!s.evidence(l).contains("baseline") && !s.evidence(l).contains("tfp"))
        #expect(
            body[1].contains("linked.tfp_growth_now")
                && body[1].contains(SweepNames.input("linked.tfp_growth_now", language: l)))
    }

    /// The top driver's share "on its own" is its first-order index (0.5 → 五成 / 50%),
    /// not its total (0.6); an unclear direction says nothing of higher or lower.
    @Test func pageOneSaysTheFirstOrderShareAlone() {
        let page = LeaderPage(sweep: SweepDirectionTests.summary(), language: .zh)
        #expect(page.judgement.contains { $0.contains("单独一项就可解释约五成的变化") })
        let en = LeaderPage(sweep: SweepDirectionTests.summary(), language: .en)
        #expect(en.judgement.contains { $0.contains("about 50% of the variation") })
        // English sentences start with a capital, lists read "a, b and c".
        #expect(
            en.judgement.allSatisfy { $0.first?.isUppercase ?? false }
                && en.levers.allSatisfy { $0.first?.isUppercase ?? false }, "\(en.judgement) \(en.levers)")
        #expect(LeaderPage.list(["a", "b", "c"]) == "a, b and c" && LeaderPage.list(["a", "b"]) == "a and b")
    }

    /// The table writes one minus sign (−) in every column (it mixed -0.006 and −0.72).
    @Test func everyNegativeNumberUsesTheMinusSign() {
        let s = SweepSummary(
            sweep: "s", scenario: "b", method: "sobol", n: 256, runs: 1280, measure: "mean industrial_output",
            rows: [
                .init(
                    name: "linked.depreciation", main: 0.05, mainConf: 0.01, first: 0.056, firstConf: 0.01,
                    direction: -0.4)
            ])
        let t = s.displayTable(language: .zh, identifiers: false)
        #expect(t.rows[0].contains("−0.006") && !t.rows[0].contains { $0.contains("-") }, "\(t.rows[0])")
    }
}
