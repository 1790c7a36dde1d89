import Testing

@testable import PlanData

/// The evaluation rules of docs/methods.md ("Evaluating targets"), case by case. All
/// comparisons are of sums and ratios of a few decimal numbers: exact to 1e-12.
@Suite struct TargetEvaluationTests {
    let investment = PlanTarget(
        indicator: "fixed_investment", baseYear: 2020, base: 4.47, targetYear: 2025, target: 50, kind: .periodSum)
    let output = PlanTarget(
        indicator: "industrial_output", baseYear: 2020, base: 30.02, targetYear: 2025, target: 39.4, kind: .level)

    func series(_ id: String, _ values: [Int: Double]) -> Series {
        Series(indicator: id, points: values.map { SeriesPoint(year: $0.key, value: $0.value, origin: .user) })
    }

    /// A missing 2022 is missing, not zero: the sum is of the years present, 2022 is named,
    /// and the status follows the probability (the defect: 37.40 % and 滞后 beside P = 94.55 %).
    @Test func missingYearIsNotZero() throws {
        let e = try #require(
            TargetEvaluation.evaluate(
                investment, series: series("fixed_investment", [2021: 9, 2023: 11]), probability: 0.9455))
        #expect(e.phase == .inProgress)
        #expect(e.missingYears == [2022])
        #expect(e.yearsPresent == [2021, 2023])
        #expect(abs(e.actual - 20) <= 1e-12)
        #expect(e.status == .onTrack)
    }

    /// A finished 2021–2025 sum of 48 against 50: ended, 96 % complete, 基本完成 — an
    /// evaluation, never 基本符合预期 beside P = 0.
    @Test func endedSumShortOfTarget() throws {
        let e = try #require(
            TargetEvaluation.evaluate(
                investment, series: series("fixed_investment", [2021: 9, 2022: 9, 2023: 10, 2024: 10, 2025: 10]),
                probability: 0))
        #expect(e.phase == .ended)
        #expect(abs(e.completion - 0.96) <= 1e-12)
        #expect(e.status == .largelyAchieved)
    }

    @Test func endedSumReachedEarlyAndWithMissingYear() throws {
        let early = try #require(
            TargetEvaluation.evaluate(
                investment, series: series("fixed_investment", [2021: 20, 2022: 20, 2023: 15, 2024: 1, 2025: 1])))
        #expect(early.status == .achievedEarly)
        #expect(early.metInYear == 2023)
        let gap = try #require(
            TargetEvaluation.evaluate(
                investment, series: series("fixed_investment", [2021: 9, 2023: 10, 2024: 10, 2025: 10])))
        #expect(gap.status == .incomplete)
        #expect(gap.missingYears == [2022])
    }

    /// Status and probability agree by construction: thresholds 1/3 and 2/3.
    @Test(arguments: [(0.8, TargetEvaluation.Status.onTrack), (0.5, .atRisk), (0.1816, .behind)])
    func statusFollowsProbability(probability: Double, status: TargetEvaluation.Status) throws {
        let e = try #require(
            TargetEvaluation.evaluate(
                output, series: series("industrial_output", [2021: 33, 2022: 35]), probability: probability))
        #expect(e.status == status)
        #expect(e.status?.text(.en) == status.english)
    }

    @Test func endedLevelAndCeiling() throws {
        let met = try #require(TargetEvaluation.evaluate(output, series: series("industrial_output", [2025: 40])))
        #expect(met.status == .achieved)
        let short = try #require(TargetEvaluation.evaluate(output, series: series("industrial_output", [2025: 30])))
        #expect(short.status == .notAchieved)
        #expect(abs(short.completion - 30 / 39.4) <= 1e-12)
        let ceiling = PlanTarget(
            indicator: "energy", baseYear: 2020, base: 100, targetYear: 2025, target: 90, kind: .level,
            direction: .ceiling)
        let under = try #require(TargetEvaluation.evaluate(ceiling, series: series("energy", [2024: 89, 2025: 88])))
        #expect(under.status == .achievedEarly)
        let over = try #require(TargetEvaluation.evaluate(ceiling, series: series("energy", [2025: 95])))
        #expect(over.status == .largelyAchieved)
        #expect(abs(over.completion - 90.0 / 95) <= 1e-12)
        #expect(TargetEvaluation.evaluate(ceiling, series: series("energy", [2019: 95])) == nil)
    }
}
