import Forecasting
import Foundation
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Testing

/// Issue 24, finding 1: the headline odds move across defensible priors, yet the briefing
/// printed one figure ("38 %"). Every target now carries its probability under each named
/// prior set, in results.json, the terminal's table and page one.
@Suite struct PriorSetRunTests {
    /// The built-in baseline at 4,000 paths: the cautious set runs on the same 4,000
    /// (min(paths, 20,000)) and the same seed.
    static let outcome: RunOutcome? = try? RunWorkflow.run(
        RunRequest(
            source: .builtInBaseline, plan: PlanFiles.embedded, paths: 4_000, seed: 20_210_929, threads: 2,
            invert: false))

    @Test func everyTargetHasItsProbabilityUnderEachSet() throws {
        let d = try #require(Self.outcome).document
        for t in d.targets {
            #expect(t.probabilityByPriorSet.map(\.set) == ["stated", "cautious"], "\(t.indicator)")
            // `stated` is the run's own probability, exactly.
            #expect(t.probabilityByPriorSet.first?.probability == t.probability)
            let range = try #require(PriorSetRange.range(t))
            #expect(range.contains(t.probability))
        }
        // Commodity sales rest on the outside view alone (one 2020 value): widening it from
        // 4 % ± 4 % to 4 % ± 8 % moves its odds (16 % → 27 % at 20,000 paths) by far more
        // than Monte Carlo noise (common random numbers; one probability at 4,000 paths has
        // a standard error of at most 0.8 points, so 5 points is > 6 SE).
        let sales = try #require(d.targets.first { $0.indicator == "commodity_sales" })
        let cautious = try #require(PriorSetRange.cautious(sales))
        #expect(
            cautious - sales.probability > 0.05, "commodity sales: stated \(sales.probability), cautious \(cautious)")
        // The plan's own investment path is the same in both sets: ≈ 50 % either way
        // (equal to 0.01, the Monte Carlo noise between two prior sets on common numbers).
        let investment = try #require(d.targets.first { $0.indicator == "fixed_investment" })
        #expect(abs((PriorSetRange.cautious(investment) ?? -1) - investment.probability) <= 0.01)
    }

    /// Issue 24, finding 1's investment: the plan's +28 % a year against the reference
    /// class' −5 % ± 10 %. Output falls from 37 % to 14 % and employment from 44 % to 31 %
    /// at 20,000 paths; here, at 4,000, each must fall by more than 10 points (> 12 SE) and
    /// the investment sum becomes a forecast far below its ≈ 50 % by construction.
    @Test func theUnconditionalInvestmentForecastStandsBesideThePlanConditionalOne() throws {
        let d = try #require(Self.outcome).document
        func target(_ id: String) throws -> ReportDocument.Target {
            try #require(d.targets.first { $0.indicator == id })
        }
        for id in ["industrial_output", "new_employment"] {
            let t = try target(id)
            let unconditional = try #require(t.probabilityUnconditionalInvestment)
            #expect(
                t.probability - unconditional > 0.10, "\(id): plan \(t.probability), unconditional \(unconditional)")
        }
        #expect(try #require(try target("fixed_investment").probabilityUnconditionalInvestment) < 0.05)
        // Retail does not depend on investment: the same hits on common random numbers.
        #expect(
            try target("retail_sales").probabilityUnconditionalInvestment == (try target("retail_sales")).probability)
        let output = try target("industrial_output")
        let shown = NumberFormat.probability(output.probabilityUnconditionalInvestment)
        // Page one and the terminal say it once, in one sentence with the fall assumed, the
        // investment total itself named (official's review: the most telling figure).
        let sentence = "若投资按同类地区一般走势（年均下降5.0%左右）而非规划，达标概率为：工业总产值\(shown)"
        #expect(LeaderPage(run: d, language: .zh).allText.contains(sentence))
        #expect(LeaderPage(run: d, language: .zh).allText.contains("累计固定资产投资总额"))
        #expect(
            LeaderPage(run: d, language: .en).allText.contains(
                "With investment as in comparable places (falling about 5.0% a year) rather than the plan: Industrial output \(shown)"
            ))
        let text = TextBriefing.render(d, language: .zh)
        #expect(text.contains(sentence))
        // A sentence says 不足1%, never the table's "< 1%" (Markdown escaped it to &lt;).
        #expect(
            PriorSetRange.inWords(0.004, language: .zh) == "不足1%"
                && PriorSetRange.inWords(0.004, language: .en) == "under 1%")
        #expect(PriorSetRange.inWords(0.14, language: .zh) == "14%")
        #expect(!text.contains("社会消费品零售总额\(NumberFormat.probability(try target("retail_sales").probability))，"))
    }

    /// A front end may turn the extra runs off: the same main numbers, the fields null.
    @Test func theExtraRunsCanBeTurnedOff() throws {
        var request = RunRequest(
            source: .builtInBaseline, plan: PlanFiles.embedded, paths: 4_000, seed: 20_210_929, threads: 2,
            invert: false)
        request.priorSets = false
        let off = try RunWorkflow.run(request)
        #expect(
            off.document.targets.map(\.probability) == (try #require(Self.outcome)).document.targets.map(\.probability))
        #expect(
            off.document.targets.allSatisfy {
                $0.probabilityByPriorSet.isEmpty && $0.probabilityUnconditionalInvestment == nil
            })
        #expect(off.jsonText.contains("\"probability_range\": null"))
    }

    @Test func resultsJSONCarriesTheSetsAndTheRangeAndReadsThemBack() throws {
        let outcome = try #require(Self.outcome)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.jsonText.utf8)) as? [String: Any])
        #expect(root["format_version"] as? String == ReportDocument.formatVersion)
        for (k, t) in (try #require(root["targets"] as? [[String: Any]])).enumerated() {
            let sets = try #require(t["probability_by_prior_set"] as? [String: Double])
            let range = try #require(t["probability_range"] as? [Double])
            #expect(sets["stated"] == t["probability"] as? Double)
            #expect(range == [sets.values.min()!, sets.values.max()!], "targets[\(k)]")
            let unconditional = try #require(t["probability_unconditional_investment"] as? Double)
            #expect((0...1).contains(unconditional))
        }
        // `report` re-renders from the file: the sets survive the round trip, stated first.
        let back = try ReportDocument(results: root, file: "results.json")
        #expect(
            back.targets.map { $0.probabilityByPriorSet.map(\.set) }
                == outcome.document.targets.map { $0.probabilityByPriorSet.map(\.set) })
        #expect(
            back.targets.map { $0.probabilityByPriorSet.map(\.probability) }
                == outcome.document.targets.map { $0.probabilityByPriorSet.map(\.probability) })
        #expect(
            back.targets.map(\.probabilityUnconditionalInvestment)
                == outcome.document.targets.map(\.probabilityUnconditionalInvestment))
    }

    @Test func pageOneAndTheTerminalShowTheRange() throws {
        let d = try #require(Self.outcome).document
        let output = try #require(d.targets.first { $0.indicator == "commodity_sales" })
        let cautious = NumberFormat.probability(PriorSetRange.cautious(output))
        let zh = LeaderPage(run: d, language: .zh).allText
        // Wider priors pull odds towards one half: the words say "wider", never "cautious".
        #expect(
            zh.contains("达标概率\(NumberFormat.probability(output.probability))，假设的不确定性放宽时为\(cautious)）")
                && !zh.contains("审慎"))
        let en = LeaderPage(run: d, language: .en).allText
        #expect(
            en.contains("probability \(NumberFormat.probability(output.probability)), \(cautious) with wider spreads)")
                && !en.contains("cautious"))
        let text = TextBriefing.render(d, language: .zh)
        #expect(text.contains(PriorSetRange.cell(output)) && PriorSetRange.cell(output).contains("–"))
        #expect(text.contains("放宽假设的不确定性"))
        // A gap under two points (noise of the smaller alternative runs) is not reported.
        var close = output
        // at most 1 point apart as shown
        close.probabilityByPriorSet = [("stated", output.probability), ("cautious", output.probability + 0.004)]
        #expect(
            PriorSetRange.words(close, language: .zh).isEmpty
                && PriorSetRange.cell(close) == NumberFormat.probability(output.probability))
    }
}

/// The named prior sets themselves (docs/methods.md, "Named prior sets").
@Suite struct PriorSetTests {
    @Test func cautiousWidensTheOutsideViewKeepsCentresAndTheScenariosOwnPriors() throws {
        let plan = PlanFiles.embedded
        let own = ["retail_sales": ["growth_now": Prior(mean: 0.01, sd: 0.05)]]
        let stated = PriorSet.stated.overrides(for: plan, keeping: own)
        #expect(stated.keys.sorted() == ["retail_sales"])  // stated: nothing but the scenario's own
        let cautious = PriorSet.cautious.overrides(for: plan, keeping: own)
        #expect(cautious["retail_sales"]?["growth_now"] == Prior(mean: 0.01, sd: 0.05))
        let output = try #require(plan.indicator("commodity_sales"))
        let widened = try #require(cautious["commodity_sales"]?["growth_now"])
        let base = BaselineAssumptions.growthPrior(for: output, in: plan)
        #expect(widened.mean == base.mean && widened.sd == 2 * base.sd)  // 4 % ± 4 % → 4 % ± 8 %
        #expect(cautious["linked"]?["tfp_growth_now"] == Prior(mean: 0.03, sd: 0.03))
    }
}
