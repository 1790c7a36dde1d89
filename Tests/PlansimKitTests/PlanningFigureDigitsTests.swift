import Testing

@testable import PlansimKit

/// A figure beside 左右 keeps at most three significant figures below 100, as the proposal
/// annex's rule says (eighth reading P2-3: Haibin's `五年累计65.34亿元左右`); rates keep the
/// plan's decimals. Expectations are exact: the rounded values are printed figures.
@Suite struct PlanningFigureDigitsTests {
    @Test func aFigureBelowAHundredKeepsThreeSignificantFigures() {
        #expect(PlanningFigure.decimals(65.34, unitZH: "亿元", decimals: 2) == 1)
        #expect(PlanningFigure.rounded(65.34, unitZH: "亿元", decimals: 2) == 65.3)
        #expect(PlanningFigure.textZH(65.3, unitZH: "亿元", decimals: 1) == "65.3亿元")
        #expect(PlanningFigure.decimals(5.123, unitZH: "万亩", decimals: 2) == 2)
        #expect(PlanningFigure.decimals(0.583, unitZH: "吨", decimals: 2) == 2)
        #expect(PlanningFigure.decimals(28.84, unitZH: "%", decimals: 2) == 2)
        #expect(PlanningFigure.rounded(28.84, unitZH: "%", decimals: 2) == 28.84)
    }
}
