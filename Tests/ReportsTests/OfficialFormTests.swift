import PlanData
import Testing

@testable import Reports

/// 公文 conventions and the one chart and number specification.
@Suite struct OfficialFormTests {
    @Test func headingsAreNumberedAsADocumentNumbersThem() {
        #expect(OfficialForm.heading("总体判断", level: 1, 1, language: .zh) == "一、总体判断")
        #expect(OfficialForm.heading("有望完成", level: 2, 2, language: .zh) == "（二）有望完成")
        #expect(OfficialForm.number(level: 3, 3, language: .zh) == "3.")
        #expect(
            OfficialForm.chineseNumeral(10) == "十" && OfficialForm.chineseNumeral(12) == "十二"
                && OfficialForm.chineseNumeral(21) == "二十一")
    }

    @Test func datesAreYearMonthDayInBeijingTime() {
        #expect(OfficialForm.date("2026-12-07T01:47:00Z", language: .zh) == "2026年12月7日")
        // 17:00 UTC is past midnight in Beijing.
        #expect(OfficialForm.date("2026-12-06T17:00:00Z", language: .zh) == "2026年12月7日")
        #expect(OfficialForm.date("2026-12-07T01:47:00Z", language: .en) == "7 December 2026")
    }

    @Test func rangesReadAsAnOfficeWritesThem() {
        #expect(OfficialForm.changeRange(-0.3, 0.6, language: .zh) == "下降30%至增长60%")
        #expect(OfficialForm.changeRange(0.05, 0.12, language: .zh) == "增长5%至12%")
        #expect(OfficialForm.changeRange(-0.3, -0.1, language: .zh) == "下降10%至30%")
        #expect(OfficialForm.change(0.0004, language: .zh) == "持平")
    }

    @Test func oneMinusSign() {
        #expect(OfficialForm.minusSigns("-0.001 and −0.71, 2021-2025") == "−0.001 and −0.71, 2021-2025")
        #expect(ChartSpec.pointChangeText(from: 0.69, to: 0.66, language: .zh) == "−3个百分点")
    }

    /// 16% → 32% as displayed is +16 points, though the unrounded difference (0.1551 → 0.3249)
    /// is 16.98 and would round to +17: text and table must agree.
    @Test func pointsComeFromTheDisplayedFigures() {
        #expect(NumberFormat.probability(0.1551) == "16%" && NumberFormat.probability(0.3249) == "32%")
        #expect(ChartSpec.pointChange(from: 0.1551, to: 0.3249) == 16)
        #expect(ChartSpec.pointChange(from: 0.384, to: 0.376) == 0)
        #expect(ChartSpec.pointChangeText(from: 0.384, to: 0.376, language: .zh) == "不变")
    }

    @Test func risksAndColoursAreOneSpecification() {
        #expect(ChartSpec.risk(0.85, plan: false) == .likely)
        #expect(ChartSpec.risk(0.5, plan: false) == .uncertain)
        #expect(ChartSpec.risk(0.19, plan: false) == .difficult)
        #expect(ChartSpec.risk(0.9, plan: true) == .plan)
        #expect(Set(ChartSpec.Risk.allCases.map(\.colour)).count == ChartSpec.Risk.allCases.count)
    }

    @Test func latinWordsAreFound() {
        #expect(
            OfficialForm.latinWords("见 docs/methods.md 与 P10–P90，plansim") == [
                "docs", "methods", "md", "P10", "P90", "plansim",
            ])
        #expect(OfficialForm.latinWords("增长5%，2025年") == [])
    }
}
