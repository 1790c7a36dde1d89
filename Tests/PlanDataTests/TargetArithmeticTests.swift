import Foundation
import Testing

@testable import PlanData

@Suite struct TargetArithmeticTests {
    /// Level targets: (target/base)^(1/5) − 1, to 1e-14.
    @Test(arguments: [("industrial_output", 0.05589), ("new_employment", 0.03405), ("retail_sales", 0.01995)])
    func levelRates(id: String, approximately: Double) throws {
        let plan = HaibinPlan.dataset()
        let a = try #require(TargetArithmetic.assess(plan).first { $0.target.indicator == id })
        let exact = pow(a.target.target / a.target.base, 0.2) - 1
        #expect(abs(a.requiredGrowth - exact) <= 1e-14)
        #expect(abs(a.requiredGrowth - approximately) < 5e-6)
    }

    /// The investment target is a 2021–2025 sum: 4.47·Σₖ₌₁..₅(1+g)ᵏ = 50 at g ≈ 28.16 %,
    /// not the 62 % of a level formula. The identity holds to 1e-12 relative.
    @Test func periodSumRateSolvesTheSum() throws {
        let plan = HaibinPlan.dataset()
        let a = try #require(TargetArithmetic.assess(plan).first { $0.target.indicator == "fixed_investment" })
        #expect(abs(a.requiredGrowth - 0.28164) < 5e-6)
        let total = (1...5).reduce(0.0) { $0 + 4.47 * pow(1 + a.requiredGrowth, Double($1)) }
        #expect(abs(total - 50) <= 1e-12 * 50)
        #expect(a.historyReconstructed)
    }

    @Test func progressWithActuals() {
        let target = PlanTarget(indicator: "x", baseYear: 2020, base: 100, targetYear: 2025, target: 200, kind: .level)
        let series = Series(
            indicator: "x",
            points: [
                SeriesPoint(year: 2020, value: 100, origin: .printed),
                SeriesPoint(year: 2022, value: 150, origin: .user),
            ])
        let p = TargetArithmetic.assess(target, series: series).progress!
        #expect(p.latestYear == 2022)
        #expect(abs(p.completion - log(1.5) / log(2)) < 1e-15)
        #expect(abs(p.requiredGrowthRemaining! - (pow(200.0 / 150, 1.0 / 3) - 1)) < 1e-15)
    }

    @Test func sumProgressCountsActualsSoFar() {
        let target = PlanTarget(
            indicator: "x", baseYear: 2020, base: 10, targetYear: 2025, target: 100, kind: .periodSum)
        let series = Series(
            indicator: "x",
            points: [
                SeriesPoint(year: 2021, value: 12, origin: .user), SeriesPoint(year: 2022, value: 14, origin: .user),
            ])
        let p = TargetArithmetic.assess(target, series: series).progress!
        #expect(p.sumSoFar == 26)
        #expect(abs(p.completion - 0.26) < 1e-15)
        let g = p.requiredGrowthRemaining!
        #expect(abs((1...3).reduce(0.0) { $0 + 14 * pow(1 + g, Double($1)) } - 74) < 1e-10)
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(Array(String(repeating: "a", count: 1000).utf8))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
