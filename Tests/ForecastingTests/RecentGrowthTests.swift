import Foundation
import Testing

@testable import Forecasting
@testable import PlanData

/// Issue 24, finding 8: on a long record whose growth slowed, the growth is fitted on the
/// last ``ModelSelection/recentYears`` years and the shock size on the whole record.
@Suite struct RecentGrowthTests {
    /// 25 years of retail sales: 10 % a year to 2010, then 2 % a year to 2020 (the plan's
    /// base, 10.69). The whole record's log-linear trend is about 6.5 % a year.
    static func slowedDataset() -> Dataset {
        let plan = HaibinPlan.dataset()
        let value = { (year: Int) -> Double in
            year >= 2010
                ? 10.69 * pow(1.02, Double(year - 2020)) : 10.69 * pow(1.02, -10) * pow(1.10, Double(year - 2010))
        }
        return plan.applying(
            UserData(
                file: "slowed.csv", sha256: "",
                points: (1996...2019).enumerated().map {
                    UserDataPoint(indicator: "retail_sales", year: $1, value: value($1), note: nil, line: $0 + 2)
                }))
    }

    /// The defect: every family was fitted on the whole record, so a series that slowed was
    /// projected at its old pace (Tourism's 16–30-year records: 6.8 % a year against 3.8 %
    /// realised). The log-linear component's growth is now the last ten years' 2 % (exact
    /// to 1e-12: ten points on one line), the damped model's starting growth lies between
    /// that and its prior (4 %), and both are far below the whole record's trend.
    @Test func growthComesFromTheLastTenYears() throws {
        let data = Self.slowedDataset()
        let fit = ModelSelection.fit(data.indicator("retail_sales")!, in: data)
        let all = [fit.chosen] + fit.alternatives
        let line = try #require(all.first { $0.family == .logLinear })
        #expect(line.observations == 10)
        #expect(abs(line.parameters[1].estimate - log(1.02)) <= 1e-12)
        let damped = try #require(all.first { $0.family == .damped })
        #expect(damped.parameters[0].estimate >= log(1.02) - 1e-12 && damped.parameters[0].estimate < 0.03)
        let whole = FitHistory(indicator: data.indicator("retail_sales")!, series: data.series("retail_sales"), sums: 0)
        #expect(whole.count == 25)
        #expect(try GrowthModels.logLinear(whole).parameters[1].estimate > 0.05)
    }

    /// The shock size is the same family's on the whole record (bit-equal), so a calm last
    /// decade does not thin the tails: here the last ten years lie on a line, yet the SD is
    /// the whole record's, well above the prior-only SD a perfect line would give.
    @Test func shockSizeComesFromTheWholeRecord() throws {
        let data = Self.slowedDataset()
        let indicator = data.indicator("retail_sales")!
        let fit = ModelSelection.fit(indicator, in: data)
        let line = try #require(([fit.chosen] + fit.alternatives).first { $0.family == .logLinear })
        let whole = try GrowthModels.logLinear(
            FitHistory(indicator: indicator, series: data.series("retail_sales"), sums: 0))
        #expect(line.residualSD == whole.residualSD)
        #expect(line.shockDegreesOfFreedom == whole.shockDegreesOfFreedom)
        let recent = try GrowthModels.logLinear(
            FitHistory(indicator: indicator, series: data.series("retail_sales"), sums: 0).recent(10))
        #expect(line.residualSD > 2 * recent.residualSD)
    }

    /// A record of ten years or fewer is fitted as before: ``FitHistory/recent(_:)`` keeps it whole.
    @Test func shortRecordsAreUnchanged() {
        let plan = HaibinPlan.dataset()
        let h = FitHistory(
            indicator: plan.indicator("industrial_output")!, series: plan.series("industrial_output"), sums: 1)
        let r = h.recent(ModelSelection.recentYears)
        #expect(r.years == h.years && r.weights == h.weights && r.reconstructed == h.reconstructed)
    }
}

/// A whole-record fit that fails its own diagnostics measures its misfit, not the shocks.
@Suite struct RecentGrowthShockTests {
    /// M1's YAB2 record (23 values; the last ten rise 4.4-fold): on the whole record GM(1,1)
    /// is graded 4 and its log residuals give a shock SD of 655, which took the simulated
    /// P90 to infinity and `propose` to an internal error. The component keeps its own
    /// (recent) SD then; every component's SD stays below 1 (a 170 % yearly move).
    @Test func aFailedWholeRecordFitLendsNoShock() throws {
        let record = [
            35.0, 188, 318, 425, 493, 786, 1662, 1646, 1512, 1279, 1845, 1294, 1724, 1949, 2280, 1691, 1231, 1415,
            1894, 3467, 6786, 7555, 8574.98,
        ]
        let plan = HaibinPlan.dataset()
        let data = plan.applying(
            UserData(
                file: "yab2.csv", sha256: "",
                points: record.enumerated().map {
                    UserDataPoint(indicator: "retail_sales", year: 2003 + $0, value: $1, note: nil, line: $0 + 2)
                }))
        let fit = ModelSelection.fit(data.indicator("retail_sales")!, in: data)
        #expect(!fit.components.isEmpty)
        for c in fit.components { #expect(c.model.residualSD < 1, "\(c.model.family) \(c.model.residualSD)") }
    }
}
