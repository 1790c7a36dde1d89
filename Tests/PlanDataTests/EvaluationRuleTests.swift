import Testing

@testable import PlanData

/// One test per rule of docs/methods.md ("Evaluating targets"), each with completions
/// computed by hand. The arithmetic is a ratio or a difference of a few decimals, so every
/// completion is asserted to 1e-9 (far below the 0.01 % a report prints).
@Suite struct EvaluationRuleTests {
    func series(_ values: [Int: Double]) -> Series {
        Series(
            indicator: "x",
            points: values.sorted { $0.key < $1.key }.map { SeriesPoint(year: $0.key, value: $0.value, origin: .user) })
    }
    func level(_ base: Double, _ target: Double, _ direction: TargetDirection = .floor) -> PlanTarget {
        PlanTarget(
            indicator: "x", baseYear: 2020, base: base, targetYear: 2025, target: target, kind: .level,
            direction: direction)
    }

    /// 失业率 ≤ 4 % met at the base (3.4) and every year: 完成, not 提前完成; completion 4 ÷ 3.4.
    @Test func ceilingHeldFromTheBaseIsAchieved() throws {
        let e = try #require(
            TargetEvaluation.evaluate(
                level(3.4, 4, .ceiling), series: series([2021: 3.5, 2022: 3.6, 2023: 3.8, 2024: 3.7, 2025: 3.4]),
                inPoints: true))
        #expect(e.status == .achieved)
        #expect(e.heldThroughout)
        #expect(e.metInYear == nil)
        #expect(abs(e.completion - 4 / 3.4) <= 1e-9)  // 117.65 %
    }

    /// 粮食播种面积 ≥ 50,000 亩 with 50,600 at the base and above ever since: 完成; 50,800 ÷ 50,000.
    @Test func floorHeldFromTheBaseIsAchieved() throws {
        let e = try #require(
            TargetEvaluation.evaluate(
                level(50_600, 50_000),
                series: series([2021: 50_700, 2022: 50_650, 2023: 50_900, 2024: 50_750, 2025: 50_800])))
        #expect(e.status == .achieved)
        #expect(abs(e.completion - 1.016) <= 1e-9)
    }

    /// 30 → 40, reached in 2023 and held: 提前完成 in 2023 (44 ÷ 40 = 110 %). Reached in 2023,
    /// lost in 2024 and regained in 2025: 完成 in 2025, not early.
    @Test func earlyOnlyWhenReachedBeforeItsYearAndHeld() throws {
        let early = try #require(
            TargetEvaluation.evaluate(
                level(30, 40), series: series([2021: 33, 2022: 36, 2023: 41, 2024: 42, 2025: 44])))
        #expect(early.status == .achievedEarly)
        #expect(early.metInYear == 2023)
        #expect(abs(early.completion - 1.1) <= 1e-9)
        let regained = try #require(
            TargetEvaluation.evaluate(
                level(30, 40), series: series([2021: 33, 2022: 36, 2023: 41, 2024: 39, 2025: 42])))
        #expect(regained.status == .achieved)
        #expect(regained.metInYear == 2025)
    }

    /// 39.5 against 40 is 98.75 %: 基本完成 when indicative, 未完成 when binding; a binding
    /// target reached early is 完成 (the year kept in ``metInYear``).
    @Test func bindingIsAchievedOrNot() throws {
        let s = series([2021: 36, 2022: 37, 2023: 38, 2024: 39, 2025: 39.5])
        let indicative = try #require(TargetEvaluation.evaluate(level(35, 40), series: s))
        let binding = try #require(TargetEvaluation.evaluate(level(35, 40), series: s, attribute: .binding))
        #expect(abs(binding.completion - 0.9875) <= 1e-9)
        #expect(indicative.status == .largelyAchieved)
        #expect(binding.status == .notAchieved)
        let early = try #require(
            TargetEvaluation.evaluate(
                level(35, 40), series: series([2023: 40, 2024: 41, 2025: 41]), attribute: .binding))
        #expect(early.status == .achieved)
        #expect(early.metInYear == 2023)
    }

    /// R&D share 1.8 % → 2.3 % against 2.5 %: 0.5 of the planned 0.7 points, 71.43 % (未完成),
    /// not 2.3 ÷ 2.5 = 92 % (基本完成).
    @Test func percentagesAreJudgedOnPoints() throws {
        let s = series([2021: 1.9, 2022: 2.0, 2023: 2.1, 2024: 2.2, 2025: 2.3])
        let points = try #require(TargetEvaluation.evaluate(level(1.8, 2.5), series: s, inPoints: true))
        #expect(abs(points.completion - 0.5 / 0.7) <= 1e-9)
        #expect(points.status == .notAchieved)
        let ratio = try #require(TargetEvaluation.evaluate(level(1.8, 2.5), series: s))
        #expect(abs(ratio.completion - 0.92) <= 1e-9)
        // A falling rate: 5.5 → ≤ 5.0, reached 5.2: 0.3 of 0.5 points = 60 %.
        let falling = try #require(
            TargetEvaluation.evaluate(level(5.5, 5.0, .ceiling), series: series([2025: 5.2]), inPoints: true))
        #expect(abs(falling.completion - 0.6) <= 1e-9)
    }

    /// Missing years are named, never zero; a level without its target-year actual in a final
    /// evaluation is 数据不全 and names 2025 too.
    @Test func missingYearsAreNamed() throws {
        let gaps = try #require(
            TargetEvaluation.evaluate(level(30, 40), series: series([2021: 33, 2023: 37, 2025: 41])))
        #expect(gaps.missingYears == [2022, 2024])
        #expect(gaps.status == .achieved)
        let noFinal = try #require(
            TargetEvaluation.evaluate(level(30, 40), series: series([2021: 33, 2023: 37]), asOf: 2025))
        #expect(noFinal.phase == .ended)
        #expect(noFinal.status == .incomplete)
        #expect(noFinal.missingYears == [2022, 2024, 2025])
    }

    /// 85 % of the target is 未完成 under the 90 % convention and 基本完成 under an 80 % one;
    /// thresholds outside 50–100 % are refused.
    @Test func largelyAchievedBandIsAConvention() throws {
        let s = series([2025: 34])
        let standard = try #require(TargetEvaluation.evaluate(level(30, 40), series: s))
        #expect(abs(standard.completion - 0.85) <= 1e-9)
        #expect(standard.status == .notAchieved)
        let loose = try #require(
            TargetEvaluation.evaluate(
                level(30, 40), series: s, convention: EvaluationConvention(largelyAchievedFrom: 0.8)))
        #expect(loose.status == .largelyAchieved)
        #expect(EvaluationConvention.refusal(largelyAchievedFrom: 0.8) == nil)
        #expect(EvaluationConvention.refusal(largelyAchievedFrom: 0.45) != nil)
        #expect(EvaluationConvention.refusal(largelyAchievedFrom: 1.01) != nil)
        #expect(EvaluationConvention.refusal(largelyAchievedFrom: .nan) != nil)
    }

    /// Mid-term as of 2023 (3 of 5 years, 60 %) on 100 → 161.051 (10 %/yr): progress is the
    /// share of the log growth. 135: ln 1.35 ÷ ln 1.61051 = 0.62974, 符合进度; 145: 0.77969,
    /// 进度超前 (≥ 70 %); 125: 0.46825, 滞后. Actuals after 2023 are not looked at.
    @Test(arguments: [
        (135.0, 0.629743, TargetEvaluation.Status.onSchedule), (145, 0.779693, .ahead), (125, 0.468247, .behind),
    ])
    func midTermJudgesProgressAgainstTime(value: Double, progress: Double, status: TargetEvaluation.Status) throws {
        let e = try #require(
            TargetEvaluation.evaluate(
                level(100, 161.051), series: series([2021: 110, 2023: value, 2024: 1]), asOf: 2023))
        #expect(e.phase == .inProgress)
        #expect(e.latestYear == 2023)
        #expect(e.missingYears == [2022])
        #expect(abs((e.timeElapsed ?? 0) - 0.6) <= 1e-12)
        #expect(abs(e.completion - progress) <= 1e-6)  // hand values to six decimals
        #expect(e.status == status)
    }

    /// A five-year sum of 50 as of 2022: 9 + 9 = 18 is 36 % against 40 % of time: 滞后.
    @Test func midTermSum() throws {
        let sum = PlanTarget(indicator: "x", baseYear: 2020, base: 8, targetYear: 2025, target: 50, kind: .periodSum)
        let e = try #require(TargetEvaluation.evaluate(sum, series: series([2021: 9, 2022: 9]), asOf: 2022))
        #expect(abs(e.completion - 0.36) <= 1e-12)
        #expect(e.status == .behind)
    }

    func indicator(_ unit: String, _ attribute: PlanAttribute = .indicative) -> Indicator {
        Indicator(
            id: "x", nameZH: "x", nameEN: "x", unitZH: unit, unitEN: unit, kind: .annualLevel, attribute: attribute,
            location: "")
    }

    /// 〔14〕 on 单位GDP能耗 (binding): intensity 1.00 → 0.88 is a 12 % decline, 12 ÷ 14 = 85.71 %,
    /// 未完成; the same decline reported in per cent (15 in 2025) is 15 ÷ 14 = 107.14 %, 完成;
    /// printed as a level (a ceiling 0.86 from 1.00) it is judged the same way, on the decline.
    @Test func declinesAreJudgedOnTheDeclineAchieved() throws {
        let goal = PlanGoal(indicator: "x", baseYear: 2020, base: 1.0, targetYear: 2025, form: .decline(0.14))
        let levels = GoalEvaluation.evaluate(
            goal, of: indicator("吨标准煤/万元", .binding), series: series([2020: 1.0, 2023: 0.93, 2025: 0.88]))
        let e = try #require(levels.evaluation)
        #expect(abs(e.actual - 0.12) <= 1e-9 && abs(e.completion - 0.12 / 0.14) <= 1e-9)
        #expect(e.status == .notAchieved)
        let reported = try #require(
            GoalEvaluation.evaluate(goal, of: indicator("%"), series: series([2025: 15])).evaluation)
        #expect(abs(reported.completion - 15.0 / 14) <= 1e-9 && reported.status == .achieved)
        let printed = PlanTarget(
            indicator: "x", baseYear: 2020, base: 1.0, targetYear: 2025, target: 0.86, kind: .level,
            direction: .ceiling, stated: .decline(0.14))
        let level = try #require(TargetEvaluation.evaluate(printed, series: series([2025: 0.88])))
        #expect(abs(level.completion - 0.12 / 0.14) <= 1e-9)
        let noBase = PlanGoal(indicator: "x", baseYear: 2020, base: nil, targetYear: 2025, form: .decline(0.14))
        #expect(GoalEvaluation.evaluate(noBase, of: indicator("吨"), series: series([2025: 0.88])).reason != nil)
    }

    /// 新增绿地面积〔120000〕 without a base: 5 × 25,000 = 125,000, 104.17 %, 完成; words are 待人工评定.
    @Test func sumsWithoutBaseAndWords() throws {
        let sum = PlanGoal(indicator: "x", baseYear: 2020, base: nil, targetYear: 2025, form: .sum(120_000))
        let e = try #require(
            GoalEvaluation.evaluate(
                sum, of: indicator("平方米"),
                series: series([2021: 25_000, 2022: 25_000, 2023: 25_000, 2024: 25_000, 2025: 25_000])
            ).evaluation)
        #expect(abs(e.completion - 125_000.0 / 120_000) <= 1e-9 && e.status == .achieved)
        let words = PlanGoal(
            indicator: "x", baseYear: 2020, base: nil, targetYear: 2025, form: .qualitative("与经济增长基本同步"))
        let w = try #require(
            GoalEvaluation.evaluate(words, of: indicator("元"), series: series([2024: 41_000, 2025: 43_500])).evaluation)
        #expect(w.status == .toBeJudged && w.actual == 43_500 && w.latestYear == 2025)
    }
}
