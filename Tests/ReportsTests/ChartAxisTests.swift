import Foundation
import PlanData
import Testing

@testable import Reports

/// One axis rule in every format: gridlines at a nice step, each labelled with its own
/// value at the decimals the step needs; an axis for data far from 0 does not start at 0;
/// Word and Excel set the same bounds; the 50 % line the probability chart names is drawn.
@Suite struct ChartAxisTests {
    @Test func gridlinesAreLabelledWithTheirOwnValues() {
        // 1.5…2.5 wants a step of 0.25: every label two decimals, never 1.75 shown as 1.8.
        let a = ChartSpec.Axis(low: 1.55, high: 2.45)
        #expect(a.step == 0.25)
        #expect(a.ticks.map(a.label) == ["1.25", "1.50", "1.75", "2.00", "2.25", "2.50", "2.75"])
        // Steps of 1, 2, 2.5, 5 × 10^k only, whole numbers without decimals.
        let b = ChartSpec.Axis(low: 12, high: 20)
        #expect([1.0, 2, 2.5, 5].contains(b.step) && b.decimals == 0)
        #expect(b.ticks.map(b.label) == ["10", "12", "14", "16", "18", "20", "22"])
        // Step 0.5 wants one decimal.
        #expect(
            ChartSpec.Axis.decimals(of: 0.5) == 1 && ChartSpec.Axis.decimals(of: 20) == 0
                && ChartSpec.Axis.decimals(of: 0.025) == 3)
        // A negative gridline carries the one minus sign.
        let c = ChartSpec.Axis(low: -3, high: 4)
        #expect(c.ticks.map(c.label).first == "−4")
    }

    @Test func anAxisForDataFarFromZeroDoesNotStartAtZero() {
        // 粮食 0.43–0.63: starts near the data, not at 0 (a flat line otherwise).
        let grain = ChartSpec.Axis(low: 0.43, high: 0.63)
        #expect(grain.min > 0.3 && grain.max < 0.8)
        // Data reaching near 0 keep 0 as the floor.
        #expect(ChartSpec.Axis(low: 2, high: 50).min == 0)
    }

    /// Word's chart (and the workbook's, the same DrawingML) has the PDF's axis.
    @Test func officeChartsSetTheSameAxis() {
        let d = LeaderFixture.document()
        let ind = d.indicators[0]
        let chart = WordCharts.band(ind, in: d, language: .zh)
        let axis = XLSXCharts.BandFigures(ind, in: d).axis
        #expect(chart.contains("<c:max val=\"\(axis.max)\"/><c:min val=\"\(axis.min)\"/>"))
        #expect(
            chart.contains("<c:majorUnit val=\"\(axis.step)\"/>")
                && chart.contains("<c:numFmt formatCode=\"\(axis.numberFormat)\" sourceLinked=\"0\"/>"))
        // Years: every fifth labelled, so they never run together.
        #expect(chart.contains("<c:tickLblSkip val=\"5\"/>"))
        // The probability chart draws the 50 % line it names (dark dashed gridlines).
        let bars = WordCharts.probabilities(d, language: .zh)
        #expect(bars.contains("（中间虚线为50%）") && !bars.contains("竖线"))
        #expect(
            bars.contains(
                "<c:majorGridlines><c:spPr><a:ln w=\"15875\"><a:solidFill><a:srgbClr val=\"333333\"/></a:solidFill><a:prstDash val=\"dash\"/>"
            ))
    }
}
