import Foundation
import Testing

@testable import PlanData

@Suite struct HistoryReconstructionTests {
    /// The printed sums are met to 1e-9 relative (the bar; the solver reaches
    /// about 1e-15), and the 2020 values stay as printed.
    @Test func embeddedHistoryMeetsPrintedSums() {
        let plan = HaibinPlan.dataset()
        for sum in plan.sums {
            let series = plan.series(sum.indicator)
            let total = sum.years.compactMap { series.value(in: $0) }.reduce(0, +)
            #expect(abs(total - sum.value) <= 1e-9 * sum.value, "\(sum.indicator): \(total) vs \(sum.value)")
            #expect(series.point(in: 2020)?.origin == .printed)
            for year in 2016...2019 { #expect(series.point(in: year)?.origin == .reconstructed) }
        }
    }

    /// With one sum and one level over five years, the smoothest growth path has zero
    /// second differences of the log: constant growth, which then solves
    /// 30.02·Σₖ₌₀..₄ (1+g)⁻ᵏ = 183.36 — checked in closed form.
    @Test func oneSumAndOneLevelGiveConstantGrowth() {
        let series = HaibinPlan.dataset().series("industrial_output")
        let values = (2016...2020).map { series.value(in: $0)! }
        let rates = zip(values.dropFirst(), values).map { $0 / $1 - 1 }
        for r in rates { #expect(abs(r - rates[0]) <= 1e-12) }
        let g = rates[0]
        let implied = (0..<5).reduce(0.0) { $0 + 30.02 * pow(1 + g, -Double($1)) }
        #expect(abs(implied - 183.36) <= 1e-10)
    }

    @Test func indicatorsWithoutSumsKeepOnePoint() {
        let plan = HaibinPlan.dataset()
        for id in [
            "retail_sales", "above_scale_firms", "market_entities", "commodity_sales", "domestic_capital",
            "new_employment", "grain_capacity",
        ] {
            #expect(plan.series(id).points.count == 1, "\(id) must not get invented history")
        }
    }

    @Test func userValueIsFixedAndTheRestReconstructedAround() throws {
        let plan = HaibinPlan.dataset()
        let user = UserData(
            file: "u.csv", sha256: "",
            points: [UserDataPoint(indicator: "industrial_output", year: 2018, value: 40, note: nil, line: 2)])
        let updated = plan.applying(user)
        let series = updated.series("industrial_output")
        #expect(series.point(in: 2018) == SeriesPoint(year: 2018, value: 40, origin: .user))
        let total = (2016...2020).compactMap { series.value(in: $0) }.reduce(0, +)
        #expect(abs(total - 183.36) <= 1e-9 * 183.36)
        #expect(updated.provenance.last?.file == "u.csv")
    }

    @Test func contradictorySumIsDroppedWithANote() {
        let plan = HaibinPlan.dataset()
        let points = (2016...2019).map {
            UserDataPoint(indicator: "fixed_investment", year: $0, value: 30, note: nil, line: $0)
        }
        let updated = plan.applying(UserData(file: "u.csv", sha256: "", points: points))
        #expect(updated.notes.contains { $0.id == "sum_unused_fixed_investment" })
    }

    @Test func threeConstraintsStillMeetEveryOne() throws {
        let path = try HistoryReconstruction.smoothestPath(
            years: 2016...2020, total: 100, fixed: [(2016, 30), (2020, 10)])
        #expect(abs(path.reduce(0, +) - 100) <= 1e-9 * 100)
        #expect(abs(path[0] - 30) <= 1e-12 * 30 && abs(path[4] - 10) <= 1e-12 * 10)
    }
}
