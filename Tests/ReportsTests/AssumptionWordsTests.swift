import Testing
import PlanData
@testable import Reports

/// A scenario's statements in a briefing's words: amounts carry a true minus sign and the
/// unit in the report's language (a Chinese unit written in the scenario must not appear
/// in an English briefing).
@Suite struct AssumptionWordsTests {
    @Test func shockAmountsSpeakTheReportsLanguage() {
        let d = ReportRenderingTests.document()
        let zh = AssumptionWords.describe("shock new_employment -400 人 in 2022", in: d, language: .zh)
        let en = AssumptionWords.describe("shock new_employment -400 人 in 2022", in: d, language: .en)
        #expect(zh == "新增就业人口在2022年受一次性冲击−400人（此后回到原路径）")
        #expect(en == "a one-off shock of −400 persons to New employment in 2022 (back on its path afterwards)")
        let percent = AssumptionWords.describe("shock retail_sales -15% in 2022", in: d, language: .en)
        #expect(percent == "a one-off shock of −15% to Retail sales of consumer goods in 2022 (back on its path afterwards)")
    }
}
