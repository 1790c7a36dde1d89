import Artifacts
import Foundation
import PlanData
import PlansimKit
import ScenarioDSL
import Testing

/// Targets in percentage points and cumulative declines, proposed as plans print them, on
/// hand-made numbers: a uniform distribution on [lo, hi] (every quantile and share exact) for
/// points; the last period's actuals for declines. Tolerances are floating-point rounding only.
@Suite struct ProposalFormRuleTests {
    static let plan = """
        plan county_14th {
            title "某县国民经济和社会发展第十四个五年规划"
            period 2021..2025
            indicator rd {
                name "研发经费投入强度" "R&D intensity"
                unit "%"
                kind annual_level
                attribute 预期性
                base 2020 1.8
                target 2025 points 0.7
            }
            indicator non_fossil {
                name "非化石能源占能源消费总量比重" "Non-fossil share of energy use"
                unit "%"
                kind annual_level
                attribute 约束性
                base 2020 20.0
                target 2025 points 3
            }
            indicator energy {
                name "单位地区生产总值能耗降低" "Reduction in energy use per unit of GDP"
                unit "%"
                kind annual_level
                attribute 约束性
                target 2025 decline 14%
            }
            indicator energy_level {
                name "单位地区生产总值能耗" "Energy use per unit of GDP"
                unit 吨标准煤
                kind annual_level
                attribute 约束性
                target 2025 decline 13.5%
            }
            indicator carbon {
                name "单位地区生产总值二氧化碳排放降低" "Reduction in CO2 per unit of GDP"
                unit "%"
                kind annual_level
                attribute 约束性
                target 2025 decline 18%
            }
            indicator water {
                name "单位地区生产总值用水量降低" "Reduction in water use per unit of GDP"
                unit "%"
                kind annual_level
                attribute 预期性
                target 2025 decline 10%
            }
        }

        """

    /// The plan with the actuals `values` (year → value) for `id`.
    func data(_ id: String, _ values: [Int: Double]) throws -> (Dataset, Dataset) {
        let plan = try PlanFiles.compile(SourceFile(path: "county.plan", text: Self.plan), origin: "plan").get()
        var data = plan
        var series = data.series(id)
        for (year, v) in values { series.set(SeriesPoint(year: year, value: v, origin: .user, note: nil)) }
        data.series[id] = series
        return (plan, data)
    }

    func convention(relax: Bool = false) -> ProposalConvention {
        var c = ProposeRequest.defaultConvention
        c.allowsRelaxingBinding = relax
        return c
    }

    /// Points: rules for `id` with the 2025 actual `base`, proposed on the uniform [lo, hi].
    func points(_ id: String, base: Double, _ lo: Double, _ hi: Double, relax: Bool = false) throws -> ProposedTarget {
        let (plan, data) = try data(id, [2025: base])
        let r = ProposalRules(
            indicator: try #require(plan.indicator(id)), plan: plan, data: data, base: base, baseYear: 2025,
            targetYear: 2030)
        return r.propose(
            convention: convention(relax: relax), quantile: { lo + $0 * (hi - lo) },
            atMost: { min(max(($0 - lo) / (hi - lo), 0), 1) })
    }

    func decline(_ id: String, _ values: [Int: Double], relax: Bool = false) throws -> ProposedTarget {
        let (plan, data) = try data(id, values)
        let goal = try #require(plan.goals(of: id).first)
        guard case .decline(let d) = goal.form else { throw CancellationError() }
        return DeclineProposal.propose(
            goal, decline: d, indicator: try #require(plan.indicator(id)), data: data, baseYear: 2025, targetYear: 2030,
            convention: convention(relax: relax))
    }

    @Test func anIndicativeTargetInPointsIsProposedInPoints() throws {
        // 1.8 % (2020) → 2.3 % (2025): 0.5 points achieved. On [2.5, 3.3], 60 % odds give
        // 2.5 + 0.4 × 0.8 = 2.82, i.e. 0.52 points → 0.5 → 2.8 %; odds 1 − 0.3/0.8 = 0.625.
        let p = try points("rd", base: 2.3, 2.5, 3.3)
        #expect(p.form == .points && abs(p.value - 2.8) < 1e-9 && abs((p.lastPoints ?? .nan) - 0.5) < 1e-9)
        #expect(p.wordingZH == "提高0.5个百分点左右（达到2.8%）", "\(p.wordingZH)")
        #expect(abs((p.odds ?? .nan) - 0.625) < 1e-9)
        // As many points as achieved: not slower.
        #expect(!p.flags.contains(.slowerThanLastPeriod))
    }

    @Test func fewerPointsThanAchievedSaysWhy() throws {
        // On [2.4, 2.8]: 60 % odds give 2.56 (0.26 points → 0.3 → 2.6 %), the median 2.6
        // (0.3): fewer than the 0.5 achieved because the model's median itself is below the record.
        let p = try points("rd", base: 2.3, 2.4, 2.8)
        #expect(abs(p.value - 2.6) < 1e-9 && p.wordingZH == "提高0.3个百分点左右（达到2.6%）")
        #expect(p.flags.contains(.slowerThanLastPeriod) && p.slowerBecause == .modelBelowRecord)
        #expect(
            p.slowerReason(zh: true) == "模型预测提高0.3个百分点（中位数），少于上一时期实际提高的0.5个百分点", "\(p.slowerReason(zh: true) ?? "")")
    }

    @Test func aBindingTargetInPointsNeverHasFewerPointsThanAchieved() throws {
        // 20.0 % → 22.6 %: 2.6 points achieved. On [21, 27], 90 % odds give 21.6 (−1.0 point):
        // held at 22.6 + 2.6 = 25.2 %, odds 1 − 4.2/6 = 0.3.
        let p = try points("non_fossil", base: 22.6, 21, 27)
        #expect(abs(p.value - 25.2) < 1e-9 && p.flags.contains(.heldAtLastActual))
        #expect(p.wordingZH == "提高2.6个百分点以上（不低于25.2%）", "\(p.wordingZH)")
        #expect(abs((p.odds ?? .nan) - 0.3) < 1e-9)
        // Allowed to relax: the 21.6 % its odds give, flagged, worded as a commitment.
        let relaxed = try points("non_fossil", base: 22.6, 21, 27, relax: true)
        #expect(abs(relaxed.value - 21.6) < 1e-9 && relaxed.flags.contains(.relaxedBinding))
        #expect(relaxed.wordingZH == "降低不超过1个百分点（不低于21.6%）", "\(relaxed.wordingZH)")
    }

    @Test func aBindingRateThatFellIsNeverBelowItsLastLevel() throws {
        // 20.0 % → 19.5 %: the points achieved are negative, so the bound is the last level,
        // 19.5 %. On [18, 20], 90 % odds give 18.2: held at 19.5, odds 1 − 1.5/2 = 0.25.
        let p = try points("non_fossil", base: 19.5, 18, 20)
        #expect(abs(p.value - 19.5) < 1e-9 && p.wordingZH == "不低于19.5%" && abs((p.odds ?? .nan) - 0.25) < 1e-9)
    }

    @Test func aBindingDeclineIsAtLeastTheReportedPace() throws {
        // Reported cumulative decline 2021–2025: 13.6 %; rounded up to half a point: 14 %.
        let p = try decline("energy", [2021: 2.6, 2025: 13.6])
        #expect(p.form == .decline && abs(p.value - 0.14) < 1e-12 && abs((p.lastDecline ?? .nan) - 0.136) < 1e-12)
        #expect(p.wordingZH == "累计下降14%以上" && p.odds == nil)
        #expect(p.flags == [.higherLevelAllocates])
        #expect(DeclineProposal.printed(p.value) == "〔14〕")
        // 15.2 % achieved: 15.5 %, stricter than the old 14 %.
        let faster = try decline("energy", [2025: 15.2])
        #expect(abs(faster.value - 0.155) < 1e-12 && faster.wordingZH == "累计下降15.5%以上")
        // Relaxing allowed: the old target, weaker than achieved, flagged.
        let relaxed = try decline("energy", [2025: 15.2], relax: true)
        #expect(abs(relaxed.value - 0.14) < 1e-12 && relaxed.flags.contains(.relaxedBinding))
    }

    @Test func aDeclineIsReadFromIntensityLevels() throws {
        // 0.500 (2020) → 0.437 (2025) 吨标准煤 (per 万元): 1 − 0.437/0.5 = 12.6 % → 13 %.
        let p = try decline("energy_level", [2020: 0.5, 2025: 0.437])
        #expect(
            abs((p.lastDecline ?? .nan) - 0.126) < 1e-12 && abs(p.value - 0.13) < 1e-12 && p.wordingZH == "累计下降13%以上")
    }

    @Test func withoutActualsADeclineIsAtLeastTheOldTargetAndSaysSo() throws {
        let p = try decline("carbon", [:])
        #expect(abs(p.value - 0.18) < 1e-12 && p.wordingZH == "累计下降18%以上" && p.lastDecline == nil)
        #expect(p.flags.contains(.fromLastTarget) && p.flags.contains(.higherLevelAllocates))
    }

    @Test func anIndicativeDeclineIsAboutThePace() throws {
        // 11.3 % achieved: nearest half point, 11.5 %, 左右; no allocation note.
        let p = try decline("water", [2025: 11.3])
        #expect(abs(p.value - 0.115) < 1e-12 && p.wordingZH == "累计下降11.5%左右" && p.flags.isEmpty)
    }
}
