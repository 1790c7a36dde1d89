import Forecasting
import Foundation
import PlanData
import Testing

/// Which indicators are bounded shares, and the two maps of the log-odds scale.
@Suite struct LevelScaleTests {
    static func indicator(_ name: String, unit: String = "%", kind: IndicatorKind = .annualLevel) -> Indicator {
        Indicator(
            id: "x", nameZH: name, nameEN: "x", unitZH: unit, unitEN: unit, kind: kind, attribute: .indicative,
            location: "第1项", aliases: [])
    }

    @Test func sharesOfAWholeAreBoundedAndRatesOfChangeAreNot() {
        let shares = [93.5, 96.4]
        #expect(LevelScale.of(Self.indicator("城镇污水处理率"), values: shares) == .logOdds(upper: 100))
        #expect(LevelScale.of(Self.indicator("森林覆盖率", unit: "％"), values: [28.4]) == .logOdds(upper: 100))
        #expect(LevelScale.of(Self.indicator("地区生产总值增长"), values: [6.5]) == .log)
        #expect(LevelScale.of(Self.indicator("单位地区生产总值能耗降低"), values: [3]) == .log)
        #expect(LevelScale.of(Self.indicator("城镇污水处理率", unit: "亿元"), values: shares) == .log)
        #expect(LevelScale.of(Self.indicator("城镇污水处理率", kind: .annualFlow), values: shares) == .log)
        // A recorded 100 (or more) is not a share below its bound; a sum of shares is not a share.
        #expect(LevelScale.of(Self.indicator("农村卫生厕所普及率"), values: [98, 100]) == .log)
        #expect(LevelScale.of(Self.indicator("城镇污水处理率"), values: shares, periodSumTarget: true) == .log)
    }

    /// forward and inverse are inverses to 1e-12 relative (a few roundings of exp and log),
    /// the primitive's derivative is the level (central difference, 1e-6 relative), and the
    /// bound maps to ±∞.
    @Test func logOddsMapsRoundTrip() {
        let s = LevelScale.logOdds(upper: 100)
        for x in [0.01, 4.1, 50, 96.4, 99.99] {
            #expect(abs(s.inverse(s.forward(x)) - x) <= 1e-12 * x)
            let z = s.forward(x), h = 1e-4
            let slope = (s.inversePrimitive(z + h) - s.inversePrimitive(z - h)) / (2 * h)
            #expect(abs(slope - x) <= 1e-6 * x)
        }
        #expect(s.forward(100) == .infinity && s.forward(0) == -.infinity && s.inverse(30) < 100)
        #expect(s.inverse(s.shifted(s.forward(99.5), by: 2)) < 100)
        #expect(LevelScale.log.shifted(log(5), by: 1) == log(6))
    }
}
