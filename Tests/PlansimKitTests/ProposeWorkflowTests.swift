import Artifacts
import Forecasting
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import ScenarioDSL
import Simulation
import Testing

/// `propose` on Haibin's 14th plan and the illustrative 2021–2025 actuals: binding targets
/// never weaker than the last actual, indicative ones as plans print them, sums kept as sums,
/// the vision kept, and the draft, run on the same actuals, giving each target its odds.
@Suite(.serialized) struct ProposeWorkflowTests {
    static let actualsPath = TestPaths.repository.appendingPathComponent(
        "plans/examples/haibin-14th-actuals-ILLUSTRATIVE.csv"
    ).path

    static func request(_ convention: ProposalConvention = ProposeRequest.defaultConvention, paths: Int = 20_000) throws
        -> ProposeRequest
    {
        let plan = PlanFiles.embedded
        let actuals = try UserData.load(path: actualsPath, for: plan)
        return ProposeRequest(
            plan: plan, actuals: actuals, illustrative: true, baseYear: 2025, targetYear: 2030, convention: convention,
            paths: paths, seed: 20_210_929, threads: 2)
    }

    static let result: Result<ProposeResult, any Error> = Result { try ProposeWorkflow.run(try request()) }

    static let examples = TestPaths.repository.appendingPathComponent("plans/examples")
    static let qingxiActualsPath = examples.appendingPathComponent("qingxi-14th-actuals-ILLUSTRATIVE.csv").path

    /// 青溪镇's 14th plan and its illustrative 2021–2025 actuals, proposed once.
    static let qingxi: Result<ProposeResult, any Error> = Result {
        let plan = try PlanFiles.load(path: examples.appendingPathComponent("qingxi-14th.plan").path).get()
        let actuals = try UserData.load(path: qingxiActualsPath, for: plan)
        return try ProposeWorkflow.run(
            ProposeRequest(
                plan: plan, actuals: actuals, illustrative: true, baseYear: 2025, targetYear: 2030,
                paths: 20_000, seed: 20_210_929, threads: 2))
    }

    /// 青溪镇's 〔14〕 energy-intensity decline (约束性) is proposed at least at the 13.6 % the
    /// actuals report, rounded up to half a point: 累计下降14%以上, the higher level's figure
    /// governing; its 〔0.7〕 R&D share is proposed in points, with the level beside; its
    /// forest cover, printed as a level, stays a level.
    @Test func qingxiDeclineAndPointsAreProposedAsPrinted() throws {
        let result = try Self.qingxi.get()
        let energy = try #require(result.proposals.proposals.first { $0.indicator == "energy_intensity_decline" })
        #expect(energy.form == .decline && abs(energy.value - 0.14) < 1e-12 && energy.wordingZH == "累计下降14%以上")
        #expect(energy.flags.contains(.higherLevelAllocates) && energy.odds == nil)
        #expect(!result.proposals.skipped.contains { $0.indicator == "energy_intensity_decline" })
        let draft = try PlanFiles.compile(SourceFile(path: "draft.plan", text: result.draft), origin: "plan").get()
        let goal = try #require(draft.goals(of: "energy_intensity_decline").first)
        #expect(goal.form == .decline(0.14) && goal.baseYear == 2025 && goal.targetYear == 2030)
        let rd = try #require(result.proposals.proposals.first { $0.indicator == "rd_intensity" })
        // Points to 0.1 (exact to floating rounding), the level they imply beside.
        let points = rd.value - rd.base
        #expect(
            rd.form == .points && abs((points * 10).rounded() - points * 10) < 1e-6
                && abs((rd.lastPoints ?? .nan) - 0.5) < 1e-9)
        #expect(rd.wordingZH.contains("个百分点左右（达到") && rd.wordingZH.hasSuffix("%）"), "\(rd.wordingZH)")
        let stated = try #require(draft.targets(of: "rd_intensity").first)
        #expect(abs(stated.target - rd.value) < 1e-9 && stated.stated == .points(ProposalRules.tenth(points)))
        let forest = try #require(result.proposals.proposals.first { $0.indicator == "forest_cover" })
        #expect(forest.form == .level && forest.value >= 28.8)
        // The 总结评估's 五、 states them the same way: points against points, the allocation note.
        let suggestions = ProposeWorkflow.suggestions(from: result.proposals)
        let rdText = try #require(suggestions.first { $0.indicator == "rd_intensity" }).textZH
        #expect(rdText.contains("2021—2025年实际提高0.5个百分点") && !rdText.contains("实际年均增长"), "\(rdText)")
        let energyText = try #require(suggestions.first { $0.indicator == "energy_intensity_decline" }).textZH
        #expect(
            energyText.contains("累计下降14%以上") && energyText.contains("实际累计下降13.6%") && energyText.contains("以上级下达指标为准"),
            "\(energyText)")
    }

    @Test func bindingTargetsAreNeverWeakerThanTheLastActual() throws {
        let set = try Self.result.get().proposals
        for p in set.proposals where p.binding {
            let last = p.form == .periodSum ? try #require(p.lastSum) : p.base
            // Exact: the value is clamped to the last actual rounded the strict way.
            #expect(p.ceiling ? p.value <= last : p.value >= last, "\(p.indicator): \(p.value) against \(last)")
            #expect(!p.flags.contains(.relaxedBinding))
        }
    }

    @Test func relaxingBindingTargetsIsAllowedOnlyByTheFlagAndThenSaid() throws {
        var convention = ProposeRequest.defaultConvention
        convention.allowsRelaxingBinding = true
        convention.bindingOdds = 0.99
        let set = try ProposeWorkflow.run(try Self.request(convention, paths: 4_000)).proposals
        for p in set.proposals where p.binding {
            let last = p.form == .periodSum ? (p.lastSum ?? p.base) : p.base
            let weaker = p.ceiling ? p.value > last : p.value < last
            #expect(weaker == p.flags.contains(.relaxedBinding), "\(p.indicator)")
        }
    }

    @Test func indicativeTargetsAreStatedAsPlansPrintThem() throws {
        let result = try Self.result.get()
        #expect(result.proposals.plan.id == "haibin_15th_draft")
        for p in result.proposals.proposals {
            switch p.form {
            case .growth:
                // The level is base·(1+g)^5 with g a multiple of half a point (to 1e-9).
                let g = PlanPrecision.halfPoint(p.growth)
                #expect(abs(g - p.growth) < 1e-9, "\(p.indicator) \(p.growth)")
                #expect(p.wordingZH.hasPrefix("年均增长") || p.wordingZH.hasPrefix("年均下降"))
            case .level, .periodSum:
                let scale = pow(10, Double(p.decimals))
                #expect(abs((p.value * scale).rounded() - p.value * scale) < 1e-6, "\(p.indicator) \(p.value)")
            case .points, .decline:
                Issue.record("Haibin's plan has no % row in points and no decline: \(p.indicator)")
            }
            if let g = p.lastGrowth, !p.ceiling {
                #expect((p.growth < g - 0.0005) == p.flags.contains(.slowerThanLastPeriod), "\(p.indicator)")
            }
        }
    }

    @Test func sumsStaySumsOverTheNewPeriodAndTheVisionIsKept() throws {
        let result = try Self.result.get()
        let plan = PlanFiles.embedded
        for p in result.proposals.proposals {
            let old = plan.targets(of: p.indicator)
            if old.first?.kind == .periodSum { #expect(p.form == .periodSum, "\(p.indicator)") }
            if let vision = old.first(where: { $0.targetYear > 2030 && $0.kind != .periodSum }) {
                #expect(p.visionYear == vision.targetYear && p.visionValue == vision.target)
            }
        }
        let draft = try PlanFiles.compile(SourceFile(path: "draft.plan", text: result.draft), origin: "plan").get()
        for t in draft.targets where t.kind == .periodSum { #expect(t.sumYears == 2026...2030) }
        #expect(draft.plan?.name == "haibin_15th_draft" && draft.plan?.period == 2026...2030)
        #expect(draft.plan?.titleZH.contains("第十五个五年规划") == true)
    }

    /// The draft, run on the same actuals with another seed, gives each 2030 target the odds
    /// `propose` reported, within 3 points: 20,000 paths give each a Monte Carlo standard
    /// error under 0.4 points, so 3 points leaves room for the histogram's resolution only.
    /// Except a target whose run rests on the plan itself (the linked core's investment
    /// follows the plan's own investment target: ≈ 50 % by construction, evidence `plan`),
    /// which `run` marks as not a forecast.
    @Test(arguments: ["haibin", "qingxi"])
    func theDraftRunsAndHitsItsOdds(_ town: String) throws {
        let actualsPath = town == "haibin" ? Self.actualsPath : Self.qingxiActualsPath
        let result = town == "haibin" ? try Self.result.get() : try Self.qingxi.get()
        let draftActuals = try UserData.load(
            path: actualsPath,
            for: try PlanFiles.compile(SourceFile(path: "draft.plan", text: result.draft), origin: "plan").get())
        let draft = try PlanFiles.compile(SourceFile(path: "draft.plan", text: result.draft), origin: "plan").get()
            .applying(draftActuals)
        let model = SimulationModel.baseline(draft, horizon: 2035).0
        let run = MonteCarlo.run(model, options: RunOptions(paths: 20_000, seed: 7, threads: 2))
        for p in result.proposals.proposals {
            // A cumulative decline is set from the last period's pace, not read from the simulation.
            guard let odds = p.odds else {
                #expect(p.form == .decline, "\(p.indicator)")
                continue
            }
            let outcome = try #require(
                run.targets.first { $0.target.indicator == p.indicator && $0.target.targetYear == 2030 })
            if outcome.evidence == .plan {
                // By construction: the draft's own path, about one half (± 5 points).
                #expect(abs(outcome.probability - 0.5) < 0.05, "\(p.indicator): \(outcome.probability)")
                continue
            }
            #expect(
                abs(outcome.probability - odds) <= 0.03, "\(p.indicator): run \(outcome.probability), propose \(odds)")
            // And the 2035 medians stay within a factor of 10 of the last actual.
            if let y = run.indicators.first(where: { $0.indicator == p.indicator })?.year(2035) {
                #expect(y.p50 < p.base * 10 && y.p50 > p.base / 10, "\(p.indicator): 2035 median \(y.p50)")
            }
        }
    }

    @Test func suggestionsPutBindingTargetsFirst() throws {
        let suggestions = ProposeWorkflow.suggestions(from: try Self.result.get().proposals)
        let firstIndicative = suggestions.firstIndex { !$0.binding } ?? suggestions.count
        #expect(suggestions[firstIndicative...].allSatisfy { !$0.binding })
        #expect(suggestions.allSatisfy { $0.textZH.hasSuffix("。") && $0.textZH.contains("建议") })
    }

    /// The distribution a run keeps gives the same quantiles as its summaries, and its
    /// distribution function inverts them to within one histogram bin's count (≤ 1 %).
    @Test func anyQuantileOfOneRun() throws {
        let model = SimulationModel.baseline(PlanFiles.embedded, horizon: 2030).0
        let run = MonteCarlo.run(model, options: RunOptions(paths: 10_000, seed: 3, threads: 2))
        let distribution = try #require(run.distribution)
        for outcome in run.indicators {
            let y = try #require(outcome.year(2030))
            #expect(distribution.quantile(0.1, indicator: outcome.indicator, year: 2030) == y.p10)
            #expect(distribution.quantile(0.9, indicator: outcome.indicator, year: 2030) == y.p90)
            for p in [0.2, 0.4, 0.6, 0.8] {
                let v = try #require(distribution.quantile(p, indicator: outcome.indicator, year: 2030))
                let back = try #require(distribution.fractionAtMost(v, indicator: outcome.indicator, year: 2030))
                #expect(abs(back - p) < 0.01, "\(outcome.indicator) p=\(p) back \(back)")
            }
        }
        for (t, outcome) in run.targets.enumerated() {
            #expect(distribution.quantile(0.5, target: t) == outcome.median)
        }
    }
}
