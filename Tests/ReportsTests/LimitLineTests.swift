import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// A limit drawn in the PDF chart is flat from the last actual's year (review s7 P2-1: the
/// proposal's 控制上限 rose from the 2020 actual to the cap, while Word drew it flat).
@Suite struct LimitLineTests {
    @Test func aFlatLineOpensAtItsOwnValueNotAtTheLastActual() throws {
        // History to 2020 at about 4.2; a cap of 5.5 from 2020 on.
        let ind = LeaderFixture.indicator(
            "surveyed_unemployment", "城镇调查失业率", "Surveyed unemployment", "%", "%", base: 4.2, growth: -0.01,
            evidence: "data")
        let cap = Dictionary(uniqueKeysWithValues: (2020...2035).map { ($0, 5.5) })
        let svg = FanChart.svg(ind, target: nil, language: .zh, baseline: cap, baselineLabel: "控制上限")
        let line = try #require(
            svg.components(separatedBy: "<polyline").dropFirst().first {
                $0.contains("stroke=\"#777\"") && $0.contains("dasharray")
            })
        let points = try #require(
            line.components(separatedBy: "points=\"").dropFirst().first?.components(separatedBy: "\"").first)
        let ys = Set(points.split(separator: " ").compactMap { $0.split(separator: ",").last.map(String.init) })
        // Every point at one height: the line is flat from 2020 to 2035.
        #expect(ys.count == 1, "\(points)")
    }
}
