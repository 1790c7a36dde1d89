import Foundation
import PlanData
import Testing

@testable import Forecasting

/// The weights `plansim fit` prints follow from the AICc it prints (issue 24, finding 7:
/// market entities printed GM(1,1) −38.3 against damped −30.3 yet weighted them 2 % and
/// 95 %, because the weights were computed from other AICc — other points, another k —
/// than the ones printed).
@Suite struct AICcWeightTests {
    /// Ten measured years of shapes where several families fit: steady growth, slowing
    /// growth (GM(1,1) and damped differ), a zig-zag, growth with a level shift.
    static let series: [[Double]] = [
        [0.50, 0.53, 0.555, 0.58, 0.61, 0.64, 0.66, 0.69, 0.72, 0.75],
        [10.0, 11.0, 11.9, 12.6, 13.2, 13.7, 14.1, 14.4, 14.65, 14.85],
        [20.0, 21.5, 21.0, 23.0, 22.4, 24.6, 24.0, 26.3, 25.5, 28.0],
        [5.0, 5.2, 5.5, 5.6, 7.0, 7.3, 7.5, 7.9, 8.1, 8.4],
    ]

    static func dataset(_ values: [Double]) -> (Dataset, Indicator) {
        let indicator = Indicator(
            id: "x", nameZH: "指标", nameEN: "Indicator", unitZH: "万", unitEN: "10k",
            kind: .stockCount, attribute: .indicative, location: "第1项", aliases: [])
        let points = values.enumerated().map { SeriesPoint(year: 2011 + $0.offset, value: $0.element, origin: .user) }
        let data = Dataset(
            planIndicators: [indicator], series: ["x": Series(indicator: "x", points: points)], sums: [],
            targets: [], facts: [], notes: [], provenance: [], roles: nil, plan: nil)
        return (data, indicator)
    }

    /// The value as `plansim fit` prints it: four significant digits (NumberFormat.value).
    static func printed(_ x: Double) -> Double {
        let decimals = max(0, min(10, 3 - Int(floor(log10(abs(x))))))
        return Double(String(format: "%.\(decimals)f", x))!
    }

    /// Weights recomputed from the printed AICc — `exp(−Δᵢ/2)/Σ exp(−Δⱼ/2)`, components
    /// below 1 % dropped and the rest renormalised — equal the weights used to within
    /// 0.01 (printing rounds an AICc by at most 0.005 when |AICc| < 100, which moves
    /// a weight by at most a factor e^{±0.005}, i.e. < 0.5 %, before renormalisation).
    /// And the lower AICc always has the larger weight.
    @Test func weightsFollowFromThePrintedAICc() throws {
        var compared = 0
        for values in Self.series {
            let (data, indicator) = Self.dataset(values)
            let fit = ModelSelection.fit(indicator, in: data)
            guard fit.chosenBy.en == "AICc weights" else { continue }
            compared += 1
            let scores = fit.comparedAICc.mapValues(Self.printed)
            #expect(scores.keys.count >= 2)
            let best = try #require(scores.values.min())
            var raw = scores.mapValues { exp(-($0 - best) / 2) }
            let total = raw.values.reduce(0, +)
            raw = raw.mapValues { $0 / total >= 0.01 ? $0 : 0 }
            let kept = raw.values.reduce(0, +)
            for (family, r) in raw {
                #expect(
                    abs(fit.weight(of: family) - r / kept) <= 0.01,
                    "\(values.first!): \(family) weight \(fit.weight(of: family)) vs \(r / kept) from printed AICc")
            }
            for (a, sa) in scores {
                for (b, sb) in scores where sa < sb - 0.01 {
                    #expect(
                        fit.weight(of: a) >= fit.weight(of: b),
                        "\(a) AICc \(sa) < \(b) AICc \(sb) but weight \(fit.weight(of: a)) < \(fit.weight(of: b))")
                }
            }
        }
        #expect(compared >= 3)  // the series are long enough for AICc weights (n ≥ 6)
    }
}
